#!/usr/bin/env python3
"""Renders the blind set: resumes written by an evaluator who had not read
the parser, to measure it on layouts, people and languages it was not tuned
on. Tests only read the outputs (../*.pdf, ../*.docx and ../*.json).

Needs (Debian): chromium, texlive-latex-base texlive-latex-recommended
texlive-fonts-recommended, python3-reportlab, libreoffice-writer-nogui,
fonts-dejavu. Run from this folder: /usr/bin/python3 make.py [name ...]

The ground truth (../*.json) follows the JSON Resume fields the scoring test
reads, as the rendered page shows them: dates at the precision printed (years
only where the page prints years), no endDate for a current position, work
entries only from the employment section (not volunteering, projects,
teaching or publications), skills as listed, languages as written.
"""
import os
import sys

import common
import docx_cv
import html_cv
import odt_cv
import rl_cv
import tex_cv
from people import PEOPLE

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

DOCX = "docx:MS Word 2007 XML"

# name, person, producer, how to render, date style of the work entries, layout, traps
FILES = [
    ("whitfield-reportlab-2p", "whitfield", "reportlab", lambda p, o: rl_cv.whitfield(p, o), "mon",
     "one column, US Letter, two pages, running header from page 2 repeating phone and email, dates right in a table",
     ["Title at Company", "icon glyphs before phone, email and address (DejaVu)", "URLs without scheme",
      "an entry split across the page break", "'Programming languages' in the skills section", "volunteer section after education"]),
    ("macallister-docx-header", "macallister", "docx-handwritten", lambda p, o: docx_cv.macallister(p, o), "month",
     "one column; address, phone, email and LinkedIn in the page header part",
     ["CURRICULUM VITAE first line", "name in capitals", "company first, two roles under one employer",
      "dates on their own line", "headings not bold (all-caps formatting over mixed-case text)", "link text differs from target",
      "non-breaking spaces in the phone", "soft hyphens", "referee email and phone"]),
    ("vonstetten-libreoffice-table", "vonstetten", "libreoffice-pdf", lambda p, o: odt_cv.convert(odt_cv.vonstetten(p), "pdf", o), "slash",
     "German tabular Lebenslauf: two-column tables (dates | entry), personal data table, signature line",
     ["name particle 'von'", "hyphenated first name", "'seit 04/2021' with no end", "birth date 12.04.1988",
      "non-breaking spaces in the phone", "school (Abitur) as education", "place and date at the end"]),
    ("vonstetten-libreoffice-docx-table", "vonstetten", "libreoffice-docx", lambda p, o: odt_cv.convert(odt_cv.vonstetten(p), DOCX, o), "slash",
     "the same Lebenslauf exported by LibreOffice as DOCX (tables)",
     ["name particle 'von'", "'seit 04/2021'", "birth date", "tables"]),
    ("kermadec-chromium-dates-above", "kermadec", "chromium", lambda p, o: html_cv.chromium(html_cv.kermadec(p), o), "month",
     "one column; dates on their own line above each entry",
     ["name particle 'de'", "icon glyphs before phone and email", "'Depuis septembre 2019'", "link text 'Portfolio' differs from target",
      "URL without scheme", "soft hyphens", "non-breaking spaces", "'Title — Company, City'", "French phone 06 12 34 56 78"]),
    ("nguyenvan-pdftex-cm", "nguyenvan", "pdftex", lambda p, o: tex_cv.pdflatex(tex_cv.nguyenvan(p), o), "month",
     "pdfTeX, Computer Modern OT1 (accents as separate glyphs), company first, dates right",
     ["hyphenated surname", "company-first", "education with month dates", "'aujourd'hui'"]),
    ("delacruz-libreoffice-sidebar-left", "delacruz", "libreoffice-pdf", lambda p, o: odt_cv.convert(odt_cv.delacruz(p), "pdf", o), "month",
     "sidebar left as a coloured table column (contact, skills, languages); dates on their own line",
     ["name particles 'de la', two surnames", "'Marzo 2020 – Actualidad'", "postcode 28012"]),
    ("delacruz-libreoffice-docx-sidebar-left", "delacruz", "libreoffice-docx", lambda p, o: odt_cv.convert(odt_cv.delacruz(p), DOCX, o), "month",
     "the same sidebar resume exported by LibreOffice as DOCX (one table row of two cells)",
     ["name particles", "sidebar in a table cell"]),
    ("ruizcastellanos-docx-textbox", "ruizcastellanos", "docx-handwritten", lambda p, o: docx_cv.ruizcastellanos(p, o), "year",
     "contact data in a floating text box (DrawingML with VML fallback), education and languages in tables",
     ["'Title | Company | Dates'", "years only", "referee email and phone", "hyphenated surname", "postcode 08008"]),
    ("deluca-chromium-sidebar-left-2p", "deluca", "chromium", lambda p, o: html_cv.chromium(html_cv.deluca(p), o), "mon",
     "sidebar left; two pages with the name, email and phone repeated at the top of each page (table header)",
     ["capitalised particle 'De'", "icon glyphs", "URL without scheme", "link text 'LinkedIn'", "Italian 'gen 2021 – in corso'",
      "GDPR consent footer with 196/2003 and 2016/679", "projects section"]),
    ("esposito-reportlab-europass", "esposito", "reportlab", lambda p, o: rl_cv.esposito(p, o), "slash",
     "Europass (old style): labels in a right-aligned left column, values on the right",
     ["'Curriculum Vitae' first line", "'Date 03/2019 – oggi' label rows", "employer after the position", "birth date 03/07/1990",
      "'Madrelingua' / 'Altre lingue'", "consent footer with law numbers"]),
    ("vandenbroek-libreoffice-docx", "vandenbroek", "libreoffice-docx", lambda p, o: odt_cv.convert(odt_cv.vandenbroek(p), DOCX, o), "mon",
     "one column, heading styles, page header with the name",
     ["name particles 'van den'", "Dutch 'Title bij Company'", "dates on their own line", "'jan. 2021 – heden'", "postcode 3014 GS"]),
    ("vandenbroek-libreoffice-pdf", "vandenbroek", "libreoffice-pdf", lambda p, o: odt_cv.convert(odt_cv.vandenbroek(p), "pdf", o), "mon",
     "the same Dutch resume as a LibreOffice PDF", ["name particles", "'bij'", "page header"]),
    ("dejong-chromium-sidebar-right", "dejong", "chromium", lambda p, o: html_cv.chromium(html_cv.dejong(p), o), "year",
     "sidebar right (dark) with contact, skills and languages; headings not bold; justified, hyphenated text",
     ["name particle 'de'", "years only, '2020 – heden'", "a date range broken across lines", "URLs without scheme",
      "headings light weight, letter-spaced"]),
    ("carvalho-pdftex-times", "carvalho", "pdftex", lambda p, o: tex_cv.pdflatex(tex_cv.carvalho(p), o), "mon",
     "pdfTeX, Times (T1), centred header, small-caps headings",
     ["name in capitals", "postcode 1100-053 looks like a phone or range", "link text 'Portfólio' differs from target",
      "Portuguese 'jan. 2021 – presente'"]),
    ("albuquerque-reportlab-header-table", "albuquerque", "reportlab", lambda p, o: rl_cv.albuquerque(p, o), "monslash",
     "header as a table (name left, contact right), company first, dates right, ReportLab 0x7F bullets",
     ["'Company — Title'", "Brazilian 'mar/2021 – atual'", "CEP 01310-200", "'2011 a 2015'", "URLs without scheme"]),
    ("mensah-pdftex-pipes", "mensah", "pdftex", lambda p, o: tex_cv.pdflatex(tex_cv.mensah(p), o), "mon",
     "pdfTeX, Computer Modern, US Letter, one page",
     ["'Title | Company | Dates' with location right", "'Summer 2017'", "hyphenated surname", "link text 'LinkedIn'",
      "publication with a year"]),
    ("solberg-chromium-3p", "solberg", "chromium", lambda p, o: html_cv.chromium(html_cv.solberg(p), o), "month",
     "three pages with a running header (name, email, page N of 3), serif, headings small caps and not bold",
     ["Title at Company, City", "dates on their own line, right-aligned", "non-breaking spaces in the phone",
      "URLs without scheme", "publications, talks and teaching with years", "UK postcode EH9 1HD"]),
    ("oezdemir-docx-tabs", "oezdemir", "docx-handwritten", lambda p, o: docx_cv.oezdemir(p, o), "month",
     "one column, company first, position and dates on one line split by a right tab stop",
     ["HYPERLINK field code", "tracked change (deleted old title)", "soft hyphens", "non-breaking hyphens in a school name",
      "German mobile 0170 1234567", "referee email and phone", "'März 2020 – heute'"]),
    ("brandt-reportlab-sidebar-right", "brandt", "reportlab", lambda p, o: rl_cv.brandt(p, o), "dot",
     "sidebar right drawn on the canvas (contact, skills, languages, training)",
     ["hyphenated surname with diaeresis", "'01.2019 – heute'", "Swiss phone +41 44 123 45 67", "postcode 8004 Zürich"]),
]


def main(names):
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    for name, who, producer, render, style, layout, traps in FILES:
        if names and name not in names:
            continue
        p = PEOPLE[who]
        ext = ".docx" if "docx" in producer else ".pdf"
        render(p, os.path.join(OUT, name + ext))
        common.write_truth(os.path.join(OUT, name + ".json"), common.truth(p, producer, layout, style, traps))
        print(name + ext)


if __name__ == "__main__":
    main(sys.argv[1:])
