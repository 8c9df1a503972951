#!/usr/bin/env python3
"""Renders the resume corpus from people.py with real producers.

Needs (Debian): chromium, texlive-latex-base texlive-fonts-recommended,
python3-reportlab, libreoffice-writer-nogui, golang-github-jung-kurt-gofpdf-dev.
Run from this folder with /usr/bin/python3 gen.py; it rewrites ../*.pdf,
../*.docx and their ground truth ../*.json. Tests only read the results.
"""
import copy, html, json, os, shutil, subprocess, sys, tempfile, zipfile

from people import PEOPLE
import heldout  # noqa: F401  (adds the held-out people)

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
HERE = os.path.abspath(os.path.dirname(__file__))

HEADINGS = {
    "en": dict(summary=["Summary", "Profile", "About me"], work=["Experience", "Work Experience", "Professional Experience", "Employment History"],
               education=["Education", "Education", "Academic Background"], skills=["Skills", "Technical Skills", "Core Skills"],
               languages=["Languages"], certificates=["Certifications", "Certificates"], references=["References"], contact=["Contact"]),
    "de": dict(summary=["Profil", "Über mich", "Kurzprofil"], work=["Berufserfahrung", "Beruflicher Werdegang", "Berufserfahrung"],
               education=["Ausbildung", "Studium", "Bildungsweg"], skills=["Kenntnisse", "Fähigkeiten", "IT-Kenntnisse"],
               languages=["Sprachen", "Sprachkenntnisse"], certificates=["Zertifikate", "Weiterbildung"], references=["Referenzen"], contact=["Kontakt"]),
    "fr": dict(summary=["Profil", "À propos", "Résumé"], work=["Expérience professionnelle", "Expériences", "Parcours professionnel"],
               education=["Formation", "Études", "Formation"], skills=["Compétences", "Compétences techniques", "Savoir-faire"],
               languages=["Langues"], certificates=["Certifications"], references=["Références"], contact=["Contact"]),
    "es": dict(summary=["Perfil", "Sobre mí", "Perfil profesional"], work=["Experiencia profesional", "Experiencia laboral", "Experiencia"],
               education=["Formación", "Educación", "Formación académica"], skills=["Habilidades", "Competencias", "Conocimientos"],
               languages=["Idiomas"], certificates=["Certificaciones"], references=["Referencias"], contact=["Contacto"]),
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "en3": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "fr3": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
PRESENT = {"en": "Present", "de": "heute", "fr": "aujourd’hui", "es": "Actualidad"}
SCORE = {"en": "GPA: {}", "de": "Note: {}", "fr": "Mention : {}", "es": "Nota media: {}"}


def fmt_date(d, style, lang):
    """Shows an ISO partial date in one of several styles."""
    if len(d) == 4:
        return d
    y, m = d[:4], int(d[5:7])
    if style == "long":
        return MONTHS["en" if lang == "en" else lang][m - 1].capitalize() + " " + y if lang != "fr" else MONTHS["fr"][m - 1] + " " + y
    if style == "short":
        key = {"en": "en3", "fr": "fr3"}.get(lang, lang)
        return MONTHS[key][m - 1][:3].capitalize() + " " + y if lang in ("de", "es") else MONTHS[key][m - 1] + " " + y
    if style == "slash":
        return "%02d/%s" % (m, y)
    if style == "dot":
        return "%02d.%s" % (m, y)
    if style == "iso":
        return "%s-%02d" % (y, m)
    raise ValueError(style)


def fmt_range(start, end, style, lang, dash=" – "):
    if style == "season" and start[5:7] == "06" and end and end[5:7] == "08":
        return "Summer " + start[:4]
    if style == "season":
        style = "short"
    if not end:
        if lang == "fr" and style == "long":
            return "depuis " + fmt_date(start, style, lang)
        if lang == "de" and style == "dot":
            return "seit " + fmt_date(start, style, lang)
        return fmt_date(start, style, lang) + dash + PRESENT[lang]
    return fmt_date(start, style, lang) + dash + fmt_date(end, style, lang)


def model(p, s):
    """The abstract document: header and sections, rendered by each producer."""
    lang = p["lang"][:2]
    h = HEADINGS[lang]
    v = s.get("variant", 0)
    b = p["basics"]
    loc = b["location"]["city"] + (", " + b["location"]["region"] if b["location"]["region"] and lang == "en" else "")
    if s.get("country"):
        loc += ", " + {"US": "USA", "GB": "United Kingdom", "DE": "Deutschland", "FR": "France", "ES": "España", "NL": "Netherlands", "IE": "Ireland", "CH": "Schweiz"}[b["location"]["countryCode"]]
    contacts = [("email", b["email"], "mailto:" + b["email"]), ("phone", b["phone"], "tel:" + b["phone"].replace(" ", "")), ("location", loc, "")]
    if b["url"]:
        shown = b["url"].replace("https://", "") if s.get("noscheme") else b["url"]
        contacts.append(("url", shown, b["url"]))
    for pr in b["profiles"]:
        shown = pr["network"] if s.get("linktext") else pr["url"].replace("https://www.", "").replace("https://", "")
        contacts.append(("profile", shown, pr["url"]))
    secs = []
    secs.append(dict(kind="summary", title=h["summary"][v % len(h["summary"])], lines=[b["summary"]]))
    items = []
    for w in p["work"]:
        dates = fmt_range(w["startDate"], w.get("endDate"), s["dates"], lang)
        form = s.get("form", "at")
        at = {"en": " at ", "de": " bei ", "fr": " chez ", "es": " en "}[lang]
        if form == "at":
            it = dict(head=w["position"] + at + w["name"], right=dates, sub=w["location"])
        elif form == "pipe":
            it = dict(head=w["position"] + " | " + w["name"] + " | " + dates, right="", sub=w["location"])
        elif form == "dash":
            it = dict(head=w["name"] + " — " + w["position"], right=dates, sub=w["location"])
        elif form == "company":
            it = dict(head=w["name"], right=w["location"], sub=w["position"], sub2=dates)
        else:  # comma
            it = dict(head=w["position"] + ", " + w["name"], right=dates, sub=w["location"])
        it["bullets"] = w["highlights"]
        items.append(it)
    secs.append(dict(kind="work", title=h["work"][v % len(h["work"])], items=items))
    items = []
    for e in p["education"]:
        sub = e["studyType"] + ", " + e["area"]
        if e["score"]:
            sub += " — " + SCORE[lang].format(e["score"])
        items.append(dict(head=e["institution"], right=e["startDate"] + " – " + e["endDate"], sub=sub, bullets=[]))
    secs.append(dict(kind="education", title=h["education"][v % len(h["education"])], items=items))
    secs.append(dict(kind="skills", title=h["skills"][v % len(h["skills"])], lines=[k["name"] + ": " + ", ".join(k["keywords"]) for k in p["skills"]]))
    sep = {"en": "", "de": " – ", "fr": " : ", "es": ": "}
    secs.append(dict(kind="languages", title=h["languages"][0],
                     lines=[l["language"] + (" (" + l["fluency"] + ")" if lang == "en" else sep[lang] + l["fluency"]) for l in p["languages"]]))
    if p["certificates"]:
        secs.append(dict(kind="certificates", title=h["certificates"][0],
                         lines=[c["name"] + " — " + c["issuer"] + ", " + c["date"] for c in p["certificates"]]))
    if p.get("references"):
        secs.append(dict(kind="references", title=h["references"][0],
                         lines=[r["name"] + ", " + r["email"] + ", " + r["phone"] for r in p["references"]]))
    return dict(name=b["name"].upper() if s.get("caps") else b["name"], label=b["label"], contacts=contacts, sections=secs,
                cv=s.get("cv", False), lang=lang, contact_title=h["contact"][0])


def truth(p):
    t = copy.deepcopy(p)
    t.pop("references", None)
    lang = t.pop("lang")
    for e in t["education"]:
        if not e["score"]:
            del e["score"]
    b = t["basics"]
    if not b["url"]:
        del b["url"]
    if not b["location"]["region"]:
        del b["location"]["region"]
    return dict(lang=lang, resume=t)


# ---------------------------------------------------------------- HTML / Chromium

CSS = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 2pt 0; } .label { font-size: 11pt; color: #555; margin-bottom: 6pt; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: .5pt; border-bottom: 1px solid #999; margin: 10pt 0 4pt 0; }
.item { margin-bottom: 5pt; } .head { display: flex; justify-content: space-between; font-weight: bold; }
.sub { font-style: italic; } ul { margin: 2pt 0 0 14pt; padding: 0; } p { margin: 2pt 0; }
.contacts span { margin-right: 10pt; } .grid { display: grid; gap: 12pt; }
.side { background: #eef1f5; padding: 8pt; } .side p { margin: 3pt 0; }
.footer { position: fixed; bottom: -10mm; left: 0; right: 0; font-size: 8pt; color: #666; text-align: center; }
"""


def html_item(it):
    right = '<span>%s</span>' % html.escape(it["right"]) if it["right"] else ""
    out = '<div class="item"><div class="head"><span>%s</span>\n%s</div>' % (html.escape(it["head"]), right)
    out += '<div class="sub">%s</div>' % html.escape(it["sub"])
    if it.get("sub2"):
        out += '<div>%s</div>' % html.escape(it["sub2"])
    if it["bullets"]:
        out += "<ul>" + "".join("<li>%s</li>" % html.escape(x) for x in it["bullets"]) + "</ul>"
    return out + "</div>"


def html_section(sec):
    out = "<h2>%s</h2>" % html.escape(sec["title"])
    if "items" in sec:
        out += "".join(html_item(it) for it in sec["items"])
    else:
        out += "".join("<p>%s</p>" % html.escape(l) for l in sec["lines"])
    return out


def html_contacts(m, tag="span"):
    out = []
    for kind, shown, href in m["contacts"]:
        if href and kind in ("url", "profile", "email"):
            out.append('<%s><a href="%s">%s</a></%s>' % (tag, html.escape(href), html.escape(shown), tag))
        else:
            out.append("<%s>%s</%s>" % (tag, html.escape(shown), tag))
    return (" | " if tag == "span" else "\n").join(out)


def render_html(m, layout):
    head = ""
    if m["cv"]:
        head += "<p>CURRICULUM VITAE</p>"
    head += "<h1>%s</h1><div class='label'>%s</div>" % (html.escape(m["name"]), html.escape(m["label"]))
    side_kinds = ("skills", "languages", "certificates")
    if layout == "datecol":
        # a German-style tabular CV: dates in a narrow left column
        rows = ""
        for sec in m["sections"]:
            rows += '<tr><td colspan="2"><h2>%s</h2></td></tr>' % html.escape(sec["title"])
            if "items" in sec:
                for it in sec["items"]:
                    body = "<b>%s</b><br>%s" % (html.escape(it["head"]), html.escape(it["sub"]))
                    if it["bullets"]:
                        body += "<ul>" + "".join("<li>%s</li>" % html.escape(x) for x in it["bullets"]) + "</ul>"
                    rows += '<tr><td style="width:28%%;vertical-align:top">%s</td><td>%s</td></tr>' % (html.escape(it["right"]), body)
            else:
                rows += '<tr><td></td><td>%s</td></tr>' % "<br>".join(html.escape(l) for l in sec["lines"])
        body = head + '<div class="contacts">%s</div>' % html_contacts(m) + '<table style="width:100%%;border-collapse:collapse">%s</table>' % rows
        return '<!doctype html><html lang="%s"><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (m["lang"], CSS, body)
    if layout == "one":
        body = head + '<div class="contacts">%s</div>' % html_contacts(m) + "".join(html_section(s) for s in m["sections"])
    elif layout == "footer":
        body = head + "".join(html_section(s) for s in m["sections"])
        body += '<div class="footer">%s</div>' % " · ".join(html.escape(c[1]) for c in m["contacts"])
    else:
        side = "<h2>%s</h2>" % m["contact_title"] + html_contacts(m, "p") + "".join(html_section(s) for s in m["sections"] if s["kind"] in side_kinds)
        main = "".join(html_section(s) for s in m["sections"] if s["kind"] not in side_kinds)
        cols = "32% 1fr" if layout == "sidebar-left" else "1fr 32%"
        parts = ('<div class="side">%s</div><div>%s</div>' % (side, main)) if layout == "sidebar-left" else ('<div>%s</div><div class="side">%s</div>' % (main, side))
        body = head + '<div class="grid" style="grid-template-columns: %s">%s</div>' % (cols, parts)
    return '<!doctype html><html lang="%s"><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (m["lang"], CSS, body)


def chromium(m, layout, out):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "cv.html")
        open(src, "w").write(render_html(m, layout))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + os.path.join(d, "u"), "--no-pdf-header-footer", "--print-to-pdf=" + out, src],
                       check=True, capture_output=True)


# ---------------------------------------------------------------- pdfTeX

def tex_escape(s):
    rep = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\~{}", "^": r"\^{}",
           "–": "--", "—": "---", "’": "'", "“": "``", "”": "''", "\\": r"\textbackslash{}"}
    return "".join(rep.get(c, c) for c in s)


def render_tex(m, t1):
    pre = [r"\documentclass[10pt,a4paper]{article}", r"\usepackage[utf8]{inputenc}"]
    if t1:
        pre += [r"\usepackage[T1]{fontenc}", r"\usepackage{times}"]
    pre += [r"\usepackage[margin=2cm]{geometry}", r"\usepackage{hyperref}", r"\pagestyle{empty}", r"\setlength{\parindent}{0pt}",
            r"\begin{document}"]
    b = []
    if m["cv"]:
        b.append(r"{\centering CURRICULUM VITAE\par}\medskip")
    b.append(r"{\centering {\LARGE\bfseries %s}\\[2pt] %s\\[2pt]" % (tex_escape(m["name"]), tex_escape(m["label"])))
    cs = []
    for kind, shown, href in m["contacts"]:
        if href and kind in ("url", "profile", "email"):
            cs.append(r"\href{%s}{%s}" % (href.replace("%", r"\%").replace("#", r"\#"), tex_escape(shown)))
        else:
            cs.append(tex_escape(shown))
    b.append(r" $\cdot$ ".join(cs[:3]) + r"\\" + r" $\cdot$ ".join(cs[3:]) + r"\par}" if len(cs) > 3 else r" $\cdot$ ".join(cs) + r"\par}")
    for sec in m["sections"]:
        b.append(r"\section*{%s}" % tex_escape(sec["title"]))
        if "items" in sec:
            for it in sec["items"]:
                b.append(r"\textbf{%s}\hfill %s\\" % (tex_escape(it["head"]), tex_escape(it["right"])))
                b.append(r"\textit{%s}" % tex_escape(it["sub"]) + (r"\\ %s" % tex_escape(it["sub2"]) if it.get("sub2") else ""))
                if it["bullets"]:
                    b.append(r"\begin{itemize}\setlength{\itemsep}{0pt}" + "".join(r"\item %s" % tex_escape(x) for x in it["bullets"]) + r"\end{itemize}")
                else:
                    b.append(r"\par\smallskip")
        else:
            b.append(r"\\".join(tex_escape(l) for l in sec["lines"]) + r"\par")
    return "\n".join(pre + b + [r"\end{document}"])


def pdftex(m, t1, out):
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "cv.tex"), "w").write(render_tex(m, t1))
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "cv.tex"], cwd=d, capture_output=True)
        if not os.path.exists(os.path.join(d, "cv.pdf")):
            sys.exit(r.stdout.decode()[-3000:])
        shutil.copy(os.path.join(d, "cv.pdf"), out)


# ---------------------------------------------------------------- ReportLab

def reportlab(m, out, dates_right=True):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    c = canvas.Canvas(out, pagesize=A4)
    c.setAuthor("")
    W, H = A4
    x0, y = 50, H - 60
    def need(h):
        nonlocal y
        if y - h < 50:
            c.showPage()
            y = H - 60
    def text(s, font="Helvetica", size=9.5, x=x0, indent=0):
        nonlocal y
        for line in simpleSplit(s, font, size, W - 2 * x0 - indent) or [""]:
            need(size + 3)
            c.setFont(font, size)
            c.drawString(x + indent, y, line)
            y -= size + 3
    if m["cv"]:
        text("CURRICULUM VITAE", "Helvetica", 8)
    text(m["name"], "Helvetica-Bold", 18)
    y -= 4
    text(m["label"], "Helvetica", 11)
    text("  |  ".join(cc[1] for cc in m["contacts"]), "Helvetica", 8.5)
    for sec in m["sections"]:
        y -= 8
        need(30)
        text(sec["title"].upper(), "Helvetica-Bold", 11)
        c.line(x0, y + 9, W - x0, y + 9)
        if "items" in sec:
            for it in sec["items"]:
                need(40)
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(x0, y, it["head"])
                c.setFont("Helvetica", 9.5)
                c.drawRightString(W - x0, y, it["right"])
                y -= 12.5
                text(it["sub"], "Helvetica-Oblique")
                if it.get("sub2"):
                    text(it["sub2"])
                for bl in it["bullets"]:
                    need(13)
                    c.setFont("Helvetica", 9.5)
                    c.drawString(x0 + 4, y, "\u2022")
                    text(bl, indent=14)
                y -= 4
        else:
            for l in sec["lines"]:
                text(l)
    c.save()


# ---------------------------------------------------------------- DOCX (own writer, python-docx-like output)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def x(s):
    return html.escape(s, quote=True)


def run(t, bold=False, italic=False, size=None):
    rpr = ""
    if bold or italic or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + ('<w:sz w:val="%d"/>' % (size * 2) if size else "") + "</w:rPr>"
    # soft hyphens become w:softHyphen, as Word writes them
    parts = t.split("\u00ad")
    out = ""
    for i, ptxt in enumerate(parts):
        if i:
            out += "<w:r>%s<w:softHyphen/></w:r>" % rpr
        if ptxt:
            out += '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, x(ptxt))
    return out


def para(content, style=None, tabs=False):
    ppr = ""
    if style or tabs:
        ppr = "<w:pPr>" + ('<w:pStyle w:val="%s"/>' % style if style else "") + ('<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>' if tabs else "") + "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, content)


def docx(m, out, traps=True, strict=False):
    rels, hyper = [], []
    def link(text, href):
        rid = "rIdL%d" % (len(hyper) + 1)
        hyper.append((rid, href))
        return '<w:hyperlink r:id="%s">%s</w:hyperlink>' % (rid, run(text))
    body = []
    if m["cv"]:
        body.append(para(run("CURRICULUM VITAE", size=8)))
    name = run(m["name"], bold=True, size=20)
    if traps:
        # the name inside a content control, as templates do
        body.append('<w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % para(name, "Title"))
        # a label in a text box: Choice and Fallback both carry it
        tb = para(run(m["label"], size=12))
        body.append(para('<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></mc:Choice><mc:Fallback><w:r><w:pict><v:shape><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></mc:Fallback></mc:AlternateContent>' % (tb, tb)))
    else:
        body.append(para(name, "Title"))
        body.append(para(run(m["label"], size=12)))
    contact_runs = []
    for kind, shown, href in m["contacts"]:
        if contact_runs:
            contact_runs.append(run(" | "))
        if href and kind in ("url", "profile", "email"):
            contact_runs.append(link(shown, href))
        else:
            contact_runs.append(run(shown))
    header = para(run(m["name"] + " — " + m["label"], size=8))
    footer = para("".join(contact_runs))
    if not traps:
        body.append(para("".join(contact_runs)))
        footer = para(run(m["name"], size=8))
    for sec in m["sections"]:
        body.append(para(run(sec["title"].upper(), bold=True, size=12), "Heading1"))
        if "items" in sec:
            for it in sec["items"]:
                body.append(para(run(it["head"], bold=True) + ("<w:r><w:tab/></w:r>" + run(it["right"]) if it["right"] else ""), tabs=True))
                sub = it["sub"]
                body.append(para(run(sub, italic=True)))
                if it.get("sub2"):
                    body.append(para(run(it["sub2"])))
                for bl in it["bullets"]:
                    if traps and " " in bl:
                        # a tracked deletion that must not be read
                        body.append(para(run("• ") + '<w:del w:id="1" w:author="HR"><w:r><w:delText>Obsolete wording </w:delText></w:r></w:del>' + run(bl)))
                    else:
                        body.append(para(run("• " + bl)))
        elif sec["kind"] == "skills" and traps:
            rows = ""
            for l in sec["lines"]:
                k, v = l.split(": ", 1)
                rows += "<w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>" % (para(run(k + ":", bold=True)), para(run(v)))
            body.append("<w:tbl><w:tblPr/>%s</w:tbl>" % rows)
        else:
            for l in sec["lines"]:
                body.append(para(run(l)))
    ns = 'xmlns:w="%s" xmlns:r="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"' % (W_NS, R_NS)
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr></w:body></w:document>' % (ns, "".join(body))
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>' % (ns, header)
    ftr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (ns, footer)
    doc_rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    doc_rels += '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    doc_rels += '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    ftr_rels = doc_rels.split("<Relationship ")[0]
    for rid, href in hyper:
        rel = '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>' % (rid, x(href))
        doc_rels += rel
        ftr_rels += rel
    doc_rels += "</Relationships>"
    ftr_rels += "</Relationships>"
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'
    root_rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    if strict:
        doc, hdr, ftr = (s.replace(W_NS, "http://purl.oclc.org/ooxml/wordprocessingml/main") for s in (doc, hdr, ftr))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", doc_rels), ("word/header1.xml", hdr), ("word/footer1.xml", ftr),
                           ("word/_rels/footer1.xml.rels", ftr_rels)]:
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- LibreOffice

def soffice(src, fmt, out):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(d, "u"), "--headless", "--convert-to", fmt, "--outdir", d, src],
                       check=True, capture_output=True)
        base = os.path.splitext(os.path.basename(src))[0]
        ext = fmt.split(":")[0]
        shutil.copy(os.path.join(d, base + "." + ext), out)


def libreoffice_pdf(m, out):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "cv.docx")
        docx(m, src, traps=False)
        soffice(src, "pdf", out)


def libreoffice_docx(m, out):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "cv.html")
        open(src, "w").write(render_html(m, "one"))
        soffice(src, 'docx:MS Word 2007 XML', out)


# ---------------------------------------------------------------- gofpdf (fpdf-style UTF-8)

def gofpdf(m, out):
    with tempfile.TemporaryDirectory() as d:
        mj = os.path.join(d, "m.json")
        json.dump(m, open(mj, "w"), ensure_ascii=False)
        subprocess.run(["go", "run", ".", mj, out], cwd=os.path.join(HERE, "fpdf"), check=True,
                       env=dict(os.environ, GOFLAGS="-mod=mod", GOPROXY="off", GOWORK="off"))


# ---------------------------------------------------------------- the plan

PLAN = [
    # id, person, producer, options
    ("chen-chromium-one", "chen", "chromium", dict(layout="one", dates="short", form="at", linktext=True)),
    ("bennett-chromium-sidebar-left", "bennett", "chromium", dict(layout="sidebar-left", dates="long", form="comma", variant=1)),
    ("dubois-chromium-sidebar-right", "dubois", "chromium", dict(layout="sidebar-right", dates="long", form="at")),
    ("garcia-chromium-footer", "garcia", "chromium", dict(layout="footer", dates="long", form="pipe", noscheme=True)),
    ("ramanathan-chromium-sidebar-left", "ramanathan", "chromium", dict(layout="sidebar-left", dates="season", form="company", caps=True)),
    ("oconnor-chromium-one", "oconnor", "chromium", dict(layout="one", dates="long", form="comma", cv=True)),
    ("keller-chromium-sidebar-right", "keller", "chromium", dict(layout="sidebar-right", dates="slash", form="company", country=True)),
    ("vanderberg-chromium-one", "vanderberg", "chromium", dict(layout="one", dates="short", form="pipe", variant=2)),
    ("chen-pdftex", "chen", "pdftex", dict(t1=False, dates="slash", form="comma", variant=1)),
    ("hoffmann-pdftex", "hoffmann", "pdftex", dict(t1=True, dates="slash", form="at")),
    ("delaroche-pdftex", "delaroche", "pdftex", dict(t1=False, dates="short", form="company")),
    ("vanderberg-pdftex", "vanderberg", "pdftex", dict(t1=True, dates="long", form="comma")),
    ("laurent-pdftex", "laurent", "pdftex", dict(t1=True, dates="long", form="at", cv=True)),
    ("fernandez-pdftex", "fernandez", "pdftex", dict(t1=True, dates="slash", form="pipe", variant=2)),
    ("bennett-reportlab", "bennett", "reportlab", dict(dates="short", form="at")),
    ("vogt-reportlab", "vogt", "reportlab", dict(dates="long", form="comma", variant=1)),
    ("ramanathan-reportlab", "ramanathan", "reportlab", dict(dates="slash", form="at", variant=2)),
    ("sokolova-reportlab", "sokolova", "reportlab", dict(dates="long", form="company")),
    ("keller-reportlab", "keller", "reportlab", dict(dates="dot", form="at", variant=2)),
    ("dubois-gofpdf", "dubois", "gofpdf", dict(dates="slash", form="comma", variant=1, cv=True)),
    ("garcia-gofpdf", "garcia", "gofpdf", dict(dates="slash", form="at", variant=2)),
    ("sokolova-gofpdf", "sokolova", "gofpdf", dict(dates="short", form="at", variant=1)),
    ("oconnor-gofpdf", "oconnor", "gofpdf", dict(dates="slash", form="pipe", caps=True)),
    ("hoffmann-docx", "hoffmann", "docx", dict(dates="dot", form="company", variant=1)),
    ("delaroche-docx", "delaroche", "docx", dict(dates="long", form="at", variant=1)),
    ("fernandez-docx", "fernandez", "docx", dict(dates="long", form="comma")),
    ("laurent-docx-strict", "laurent", "docx-strict", dict(dates="slash", form="comma", variant=2)),
    ("vogt-docx", "vogt", "docx", dict(dates="slash", form="at", cv=True)),
    ("hoffmann-libreoffice", "hoffmann", "libreoffice-pdf", dict(dates="long", form="comma", variant=2)),
    ("fernandez-libreoffice", "fernandez", "libreoffice-pdf", dict(dates="short", form="company", variant=1)),
    ("vanderberg-libreoffice-docx", "vanderberg", "libreoffice-docx", dict(dates="long", form="at", linktext=True)),
    ("oconnor-libreoffice-docx", "oconnor", "libreoffice-docx", dict(dates="short", form="at", variant=1)),
    ("chen-libreoffice", "chen", "libreoffice-pdf", dict(dates="long", form="company", noscheme=True)),
    # held out: written after the parser was tuned on the files above
    ("novak-chromium-one", "novak", "chromium", dict(layout="one", dates="iso", form="dash", linktext=True)),
    ("novak-docx", "novak", "docx", dict(dates="short", form="dash", variant=2)),
    ("schneider-chromium-datecol", "schneider", "chromium", dict(layout="datecol", dates="slash", form="comma", variant=1)),
    ("schneider-libreoffice", "schneider", "libreoffice-pdf", dict(dates="dot", form="dash", variant=2)),
    ("moreau-chromium-sidebar-left", "moreau", "chromium", dict(layout="sidebar-left", dates="short", form="dash", variant=1)),
    ("moreau-pdftex", "moreau", "pdftex", dict(t1=False, dates="long", form="company", variant=2, cv=True)),
]


def main():
    only = set(sys.argv[1:])
    for rid, pkey, producer, s in PLAN:
        if only and rid not in only:
            continue
        p = PEOPLE[pkey]
        m = model(p, s)
        ext = "docx" if producer in ("docx", "docx-strict", "libreoffice-docx") else "pdf"
        out = os.path.join(OUT, rid + "." + ext)
        if producer == "chromium":
            chromium(m, s["layout"], out)
        elif producer == "pdftex":
            pdftex(m, s["t1"], out)
        elif producer == "reportlab":
            reportlab(m, out)
        elif producer == "gofpdf":
            gofpdf(m, out)
        elif producer == "docx":
            docx(m, out)
        elif producer == "docx-strict":
            docx(m, out, strict=True)
        elif producer == "libreoffice-pdf":
            libreoffice_pdf(m, out)
        elif producer == "libreoffice-docx":
            libreoffice_docx(m, out)
        t = truth(p)
        t["producer"] = producer
        json.dump(t, open(os.path.join(OUT, rid + ".json"), "w"), ensure_ascii=False, indent=1)
        print(rid)


if __name__ == "__main__" and "negatives" not in sys.argv[1:2]:
    main()


# ---------------------------------------------------------------- negative cases

def negatives(outdir):
    """Files that must not parse as resumes, or parse with a warning."""
    os.makedirs(outdir, exist_ok=True)
    src = os.path.join(OUT, "chen-chromium-one.pdf")
    with tempfile.TemporaryDirectory() as d:
        # a scan: the first page as an image, no text layer
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", src, os.path.join(d, "p")], check=True)
        png = [f for f in os.listdir(d) if f.endswith(".png")][0]
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(os.path.join(outdir, "scan.pdf"), pagesize=A4)
        c.drawImage(os.path.join(d, png), 0, 0, width=A4[0], height=A4[1])
        c.save()
    # password-protected (RC4 128, a user password) and AES-256 encrypted
    subprocess.run(["qpdf", "--encrypt", "secret", "owner", "128", "--use-aes=y", "--", src, os.path.join(outdir, "password.pdf")], check=True)
    subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", src, os.path.join(outdir, "aes256.pdf")], check=True)
    # owner password only: anyone may open it, so it must parse
    subprocess.run(["qpdf", "--encrypt", "", "owner", "128", "--use-aes=y", "--", src, os.path.join(outdir, "owner-only.pdf")], check=True)
    # truncated in the middle
    data = open(src, "rb").read()
    open(os.path.join(outdir, "truncated.pdf"), "wb").write(data[: len(data) // 2])
    # an invoice: a real document, not a resume
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(os.path.join(outdir, "invoice.pdf"), pagesize=A4)
    y = 780
    for size, line in [(16, "Northwind Office Supplies Ltd"), (9, "12 Harbour Street, Bristol BS1 4RN · accounts@example.com · +44 117 496 0123"),
                       (14, "INVOICE No. 2026-0412"), (9, "Invoice date: 03/11/2026    Due date: 03/12/2026"),
                       (9, "Bill to: Fabrikam GmbH, Friedrichstraße 123, 10117 Berlin"), (10, "Description                     Qty     Unit price     Amount"),
                       (9, "A4 copy paper, 80 g/m², box of 5 reams     12     £24.00     £288.00"), (9, "Toner cartridge, black     4     £61.50     £246.00"),
                       (10, "Subtotal £534.00    VAT 20% £106.80    Total £640.80"), (8, "Payment by bank transfer within 30 days. IBAN GB33 BUKB 2020 1555 5555 55")]:
        c.setFont("Helvetica-Bold" if size > 10 else "Helvetica", size)
        c.drawString(50, y, line)
        y -= size + 12
    c.save()


if __name__ == "__main__" and "negatives" in sys.argv[1:2]:
    negatives(os.path.join(OUT, "..", "negative"))
