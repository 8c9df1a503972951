"""Writes a person as an HTML page with print CSS, for Chromium's print to
PDF: one column, or a main column with a sidebar on either side."""

from html import escape

from model import build


def runs_html(runs):
    out = []
    for t, st, href in runs:
        x = escape(t, quote=False)
        if "b" in st:
            x = "<strong>%s</strong>" % x
        if "i" in st:
            x = "<em>%s</em>" % x
        if "c" in st:
            x = '<span class="sc">%s</span>' % x
        if href:
            x = '<a href="%s">%s</a>' % (escape(href), x)
        out.append(x)
    return "".join(out)


def blocks_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append('<div class="title">%s</div>' % runs_html(b[1]))
        elif k == "name":
            out.append("<h1>%s</h1>" % runs_html(b[1]))
        elif k == "label":
            out.append('<div class="label">%s</div>' % runs_html(b[1]))
        elif k == "contact":
            out.append('<div class="contact">%s</div>' % runs_html(b[1]))
        elif k == "h":
            out.append("<h2>%s</h2>" % escape(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % runs_html(b[1]))
        elif k == "entry":
            right = '<span class="right">%s</span>' % runs_html(b[2]) if b[2] else ""
            out.append('<div class="entry"><span class="left">%s</span>%s</div>' % (runs_html(b[1]), right))
        elif k == "sub":
            out.append('<div class="sub">%s</div>' % runs_html(b[1]))
        elif k == "subr":
            out.append('<div class="sub entryline"><span class="left">%s</span><span class="right">%s</span></div>'
                       % (runs_html(b[1]), runs_html(b[2])))
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % runs_html(r) for r in b[1]))
        elif k == "row":
            out.append('<div class="row"><div class="when">%s</div><div class="what">%s</div></div>'
                       % (runs_html(b[1]), blocks_html(b[2])))
        elif k == "kv":
            out.append('<table class="kv">%s</table>' % "".join(
                "<tr><th>%s</th><td>%s</td></tr>" % (runs_html(a), runs_html(v)) for a, v in b[1]))
        elif k == "sig":
            out.append('<p class="sig">%s</p>' % runs_html(b[1]))
        elif k == "gap":
            out.append('<div class="gap"></div>')
        else:
            raise ValueError(k)
    return "".join(out)


CSS = """
@page { size: %(page)s; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: %(font)s; font-size: 9.6pt; line-height: 1.38; color: #222; }
a { color: inherit; text-decoration: none; }
h1 { font-size: 23pt; margin: 0 0 2pt 0; color: %(accent)s; letter-spacing: 0.3pt; }
.label { font-size: 12pt; color: #555; margin-bottom: 8pt; }
.contact { font-size: 9pt; color: #333; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1.2pt; color: %(accent)s;
     border-bottom: 1.2pt solid %(accent)s; padding-bottom: 2pt; margin: 14pt 0 6pt 0; }
p { margin: 3pt 0; }
.entry { display: flex; justify-content: space-between; gap: 12pt; margin-top: 8pt; break-after: avoid; }
.entryline { display: flex; justify-content: space-between; gap: 12pt; }
.entry .right, .entryline .right { white-space: nowrap; color: #555; }
.sub { color: #555; }
ul { margin: 3pt 0 0 0; padding-left: 14pt; }
li { margin: 1.5pt 0; }
.row { display: grid; grid-template-columns: 28mm 1fr; gap: 8pt; margin-top: 7pt; }
.row .when { color: #555; }
.sc { font-variant: small-caps; }
.row .entry { margin-top: 0; }
.page { display: grid; min-height: %(height)s; }
.one { padding: 16mm 18mm; }
.main { padding: 14mm 12mm 12mm 12mm; }
.side { padding: 14mm 8mm 12mm 9mm; background: %(sidebg)s; color: %(sidefg)s; font-size: 9pt; }
.side h2 { color: %(sidefg)s; border-bottom-color: %(sidefg)s; font-size: 10pt; }
.side .contact { color: %(sidefg)s; margin: 2.5pt 0; }
.side ul { list-style: none; padding-left: 0; }
.side .sub { color: %(sidefg)s; }
.sidebar-left { grid-template-columns: 64mm 1fr; }
.sidebar-right { grid-template-columns: 1fr 62mm; }
.photo { float: right; width: 30mm; height: 38mm; border: 1pt dashed #888; color: #888; font-size: 8pt;
         display: flex; align-items: center; justify-content: center; margin: 0 0 6pt 10pt; }
"""


def render(p):
    st = p["style"]
    layout = st.get("layout", "one")
    page = {"a4": ("A4", "297mm"), "letter": ("Letter", "279.4mm")}[st.get("page", "a4")]
    dark = st.get("dark")
    css = CSS % dict(page=page[0], height=page[1], font=st.get("font", "sans-serif"), accent=st.get("accent", "#234"),
                     sidebg=st.get("accent", "#234") if dark else "#eef2f6", sidefg="#f2f2f2" if dark else "#222")
    css += st.get("css", "")
    main, side = build(p)
    photo = '<div class="photo">%s</div>' % escape(st["photo"]) if st.get("photo") else ""
    if layout == "one":
        body = '<div class="one">%s%s</div>' % (photo, blocks_html(main))
    elif layout == "sidebar-left":
        body = '<div class="page sidebar-left"><aside class="side">%s</aside><main class="main">%s</main></div>' % (
            blocks_html(side), blocks_html(main))
    elif layout == "sidebar-right":
        body = '<div class="page sidebar-right"><main class="main">%s</main><aside class="side">%s</aside></div>' % (
            blocks_html(main), blocks_html(side))
    else:
        raise ValueError(layout)
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s – CV</title><style>%s</style></head>'
            '<body>%s</body></html>\n' % (p["locale"], escape(p["name"]), css, body))
