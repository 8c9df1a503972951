"""Three resumes written as flat ODT documents and converted by LibreOffice
Writer (headless) to PDF or to DOCX: a German tabular Lebenslauf, a Spanish
resume whose sidebar is a coloured table column, and a Dutch one-column
resume with heading styles and a page header."""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape as x

from common import fmt_range, fmt_date

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def soffice(src, fmt, out):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(d, "u"), "--headless", "--convert-to", fmt,
                        "--outdir", d, src], check=True, capture_output=True)
        base = os.path.splitext(os.path.basename(src))[0]
        shutil.copy(os.path.join(d, base + "." + fmt.split(":")[0]), out)


def convert(fodt, fmt, out):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "lebenslauf.fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fodt)
        soffice(src, fmt, out)


def doc(font, lang, country, styles, auto, body, header="", margins="1.8cm"):
    hdr = "<style:header>%s</style:header>" % header if header else ""
    hstyle = '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>' if header else ""
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document %(ns)s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="%(font)s" svg:font-family="'%(font)s'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm"/>
<style:text-properties style:font-name="%(font)s" fo:font-size="10pt" fo:language="%(lang)s" fo:country="%(country)s"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
%(styles)s
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="%(m)s" fo:margin-bottom="%(m)s" fo:margin-left="%(m)s" fo:margin-right="%(m)s"/>%(hstyle)s</style:page-layout>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
%(auto)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%(hdr)s</style:master-page></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
""" % dict(ns=NS, font=font, lang=lang, country=country, styles=styles, auto=auto, m=margins, hstyle=hstyle, hdr=hdr, body=body)


def P(text, style="Standard"):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


def B(t):
    return '<text:span text:style-name="B">%s</text:span>' % x(t)


def I(t):
    return '<text:span text:style-name="I">%s</text:span>' % x(t)


def link(url, t, span=None):
    inner = '<text:span text:style-name="%s">%s</text:span>' % (span, x(t)) if span else x(t)
    return '<text:a xlink:type="simple" xlink:href="%s">%s</text:a>' % (x(url), inner)


def bullets(items, style="Standard"):
    if not items:
        return ""
    return '<text:list text:style-name="L1">%s</text:list>' % "".join(
        "<text:list-item>%s</text:list-item>" % P(x(h), style) for h in items)


LIST_STYLE = """<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•">
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.4cm" fo:margin-left="0.5cm"/></style:list-level-properties>
</text:list-level-style-bullet></text:list-style>"""


# ---------------------------------------------------------------- vonstetten: tabular German Lebenslauf

def vonstetten(p):
    lang = "de"
    styles = """
<style:style style:name="Titel" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="20pt" fo:letter-spacing="0.1cm"/></style:style>
<style:style style:name="Abschnitt" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:border-bottom="0.5pt solid #7a7a7a" fo:padding-bottom="0.05cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#2b4c7e"/></style:style>
<style:style style:name="Klein" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
""" + LIST_STYLE
    auto = """
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="17.4cm" table:align="left"/></style:style>
<style:style style:name="Tab.A" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
<style:style style:name="Tab.B" style:family="table-column"><style:table-column-properties style:column-width="13.2cm"/></style:style>
<style:style style:name="Zelle" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.05cm" fo:padding-bottom="0.15cm" fo:padding-left="0cm" fo:padding-right="0.2cm" fo:border="none"/></style:style>
"""

    names = iter(range(1, 100))

    def table(rows):
        out = ['<table:table table:name="Tabelle%d" table:style-name="Tab"><table:table-column table:style-name="Tab.A"/><table:table-column table:style-name="Tab.B"/>' % next(names)]
        for a, b in rows:
            out.append('<table:table-row><table:table-cell table:style-name="Zelle" office:value-type="string">%s</table:table-cell>'
                       '<table:table-cell table:style-name="Zelle" office:value-type="string">%s</table:table-cell></table:table-row>' % (a, b))
        out.append("</table:table>")
        return "".join(out)

    nb = lambda s: x(s).replace(" ", "\u00a0")
    personal = table([
        (P("Name"), P(B(p["name"]))),
        (P("Anschrift"), P(x(p["address"]))),
        (P("Telefon"), P(nb(p["phone"]))),
        (P("E-Mail"), P(link("mailto:" + p["email"], p["email"]))),
        (P("LinkedIn"), P(link(p["links"][0][2], p["links"][0][3]))),
        (P("Geburtsdatum/-ort"), P(x("%s in %s" % (p["birth"], p["birthplace"])))),
        (P("Familienstand"), P("verheiratet, zwei Kinder")),
    ])
    work = []
    for w in p["work"]:
        dates = fmt_range(w, "slash", lang, "heute", since="seit")
        work.append((P(x(dates)), P(B(w["position"])) + P(x("%s, %s" % (w["company"], w["location"]))) + bullets(w["highlights"], "Klein")))
    edu = []
    for e in p["education"]:
        dates = fmt_range(e, "slash", lang, "heute")
        what = "%s %s" % (e["studyType"], e["area"]) if e["area"] else e["studyType"]
        if e["area"] == "Physik":
            what = "Studium der Physik, Abschluss: " + e["studyType"]
        edu.append((P(x(dates)), P(B(e["institution"])) + P(x("%s, Note %s" % (what, e["score"])))))
    skills = [(P(x(n)), P(x(", ".join(k)))) for n, k in p["skills"]]
    langs = [(P(x(l)), P(x(f))) for l, f in p["languages"]]
    body = "".join([
        P("Lebenslauf", "Titel"),
        P("Persönliche Daten", "Abschnitt"), personal,
        P("Beruflicher Werdegang", "Abschnitt"), table(work),
        P("Ausbildung", "Abschnitt"), table(edu),
        P("Kenntnisse", "Abschnitt"), table(skills),
        P("Sprachen", "Abschnitt"), table(langs),
        P("Interessen", "Abschnitt"), P("Bergsteigen (Alpenverein Sektion Oberland), Cello im Akademischen Orchesterverband München"),
        P(""), P(""), P("München, 15. März 2026"), P(""), P(x(p["name"])),
    ])
    return doc("DejaVu Sans", "de", "DE", styles, auto, body)


# ---------------------------------------------------------------- delacruz: sidebar as the left column of a table

def delacruz(p):
    lang = "es"
    styles = """
<style:style style:name="Nombre" style:family="paragraph"><style:text-properties fo:font-size="21pt" fo:font-weight="bold" fo:color="#1b365d"/></style:style>
<style:style style:name="Puesto" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.35cm"/><style:text-properties fo:font-size="12.5pt" fo:color="#c8102e"/></style:style>
<style:style style:name="Seccion" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="#1b365d" fo:text-transform="uppercase"/></style:style>
<style:style style:name="Lateral" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:color="#ffffff"/></style:style>
<style:style style:name="LateralT" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="#f2c75c"/></style:style>
<style:style style:name="Fecha" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-size="9pt" fo:color="#666666"/></style:style>
""" + LIST_STYLE
    auto = """
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="19cm" table:align="left"/></style:style>
<style:style style:name="Tab.A" style:family="table-column"><style:table-column-properties style:column-width="6.3cm"/></style:style>
<style:style style:name="Tab.B" style:family="table-column"><style:table-column-properties style:column-width="12.7cm"/></style:style>
<style:style style:name="Blanco" style:family="text"><style:text-properties fo:color="#ffffff" style:text-underline-style="none"/></style:style>
<style:style style:name="Lado" style:family="table-cell"><style:table-cell-properties fo:background-color="#1b365d" fo:padding="0.35cm" fo:border="none" style:vertical-align="top"/></style:style>
<style:style style:name="Cuerpo" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.55cm" fo:padding-right="0.2cm" fo:padding-top="0.3cm" fo:border="none" style:vertical-align="top"/></style:style>
"""
    side = [P("Contacto", "LateralT"), P(x(p["phone"]), "Lateral"), P(x(p["email"]), "Lateral"),
            P(x(p["address"].split(", ")[0]), "Lateral"), P(x(p["address"].split(", ")[1]), "Lateral"),
            P(link(p["links"][0][2], p["links"][0][3], "Blanco"), "Lateral"),
            P("Habilidades", "LateralT")] + [P(x(k), "Lateral") for k in p["skills"][0][1]] + \
           [P("Idiomas", "LateralT")] + [P(x("%s – %s" % (l, f)), "Lateral") for l, f in p["languages"]] + \
           [P("Certificaciones", "LateralT")] + [P(x("%s (%s)" % (n, d)), "Lateral") for n, _i, d in p["certificates"]]
    main = [P(x(p["name"]), "Nombre"), P(x(p["label"]), "Puesto"), P("Perfil", "Seccion"), P(x(p["summary"])),
            P("Experiencia profesional", "Seccion")]
    for w in p["work"]:
        main.append(P(x(fmt_range(w, "month", lang, "Actualidad", cap=True)), "Fecha"))
        main.append(P(B(w["position"])))
        main.append(P(I("%s · %s" % (w["company"], w["location"]))))
        main.append(bullets(w["highlights"]))
    main.append(P("Formación académica", "Seccion"))
    for e in p["education"]:
        main.append(P("%s – %s" % (e["start"], e["end"]), "Fecha"))
        main.append(P(B("%s en %s" % (e["studyType"], e["area"]))))
        main.append(P(I(e["institution"])))
    body = ('<table:table table:name="CV" table:style-name="Tab"><table:table-column table:style-name="Tab.A"/><table:table-column table:style-name="Tab.B"/>'
            '<table:table-row><table:table-cell table:style-name="Lado" office:value-type="string">%s</table:table-cell>'
            '<table:table-cell table:style-name="Cuerpo" office:value-type="string">%s</table:table-cell></table:table-row></table:table>'
            % ("".join(side), "".join(main)))
    return doc("DejaVu Sans Condensed", "es", "ES", styles, auto, body, margins="1cm")


# ---------------------------------------------------------------- vandenbroek: one column, heading styles, page header

def vandenbroek(p):
    lang = "nl"
    styles = """
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#e05d00"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:class="chapter"><style:text-properties fo:font-size="24pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:class="extra"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:color="#777777"/></style:style>
<style:style style:name="Datum" style:family="paragraph"><style:text-properties fo:font-style="italic" fo:color="#555555"/></style:style>
<style:style style:name="Taal" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="3.5cm"/></style:tab-stops></style:paragraph-properties></style:style>
""" + LIST_STYLE
    H = lambda t: '<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % x(t)
    body = [P(x(p["name"]), "Title"), P(x(p["label"])),
            P(x("%s | %s | %s | " % (p["address"], p["phone"], p["email"])) + link(p["links"][0][2], p["links"][0][3])),
            H("Profiel"), P(x(p["summary"])), H("Werkervaring")]
    for w in p["work"]:
        body.append(P(B("%s bij %s" % (w["position"], w["company"])) + x(", " + w["location"])))
        body.append(P(x(fmt_range(w, "mon", lang, "heden")), "Datum"))
        body.append(bullets(w["highlights"]))
    body.append(H("Opleiding"))
    for e in p["education"]:
        body.append(P(B("%s %s" % (e["studyType"], e["area"])) + x(", %s (%s – %s)" % (e["institution"], e["start"], e["end"]))))
    body.append(H("Vaardigheden"))
    body.append(bullets(p["skills"][0][1]))
    body.append(H("Talen"))
    for l, f in p["languages"]:
        body.append(P(x(l) + "<text:tab/>" + x(f), "Taal"))
    body.append(H("Hobby’s"))
    body.append(P("Hardlopen (halve marathon Rotterdam), koken, bordspellen."))
    header = P(x("Curriculum vitae – %s" % p["name"]), "Header")
    return doc("Bitstream Charter", "nl", "NL", styles, "", "".join(body), header=header, margins="2cm")
