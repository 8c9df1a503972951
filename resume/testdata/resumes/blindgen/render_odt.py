"""Writes a person as a flat OpenDocument text file (.fodt) that LibreOffice
Writer opens like any document typed in it: paragraph styles, a right tab
stop for dates, bullet lists, tables, page header and footer. make.py then
has soffice export it to PDF or DOCX."""

from xml.sax.saxutils import escape

from model import build, contact_lines, tpl

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

PAGES = {"a4": (21.0, 29.7, 2.0), "letter": (21.59, 27.94, 1.9)}


def text(s):
    """Escapes text, keeping tabs, runs of spaces and line breaks."""
    out = []
    for i, part in enumerate(s.split("\t")):
        if i:
            out.append("<text:tab/>")
        part = escape(part)
        # runs of spaces: the first is kept, the rest become text:s
        res, n = [], 0
        for ch in part:
            if ch == " ":
                n += 1
                continue
            if n:
                res.append(" " if n == 1 else ' <text:s text:c="%d"/>' % (n - 1))
                n = 0
            res.append(ch)
        if n:
            res.append(" " if n == 1 else ' <text:s text:c="%d"/>' % (n - 1))
        out.append("".join(res))
    return "".join(out)


def runs_xml(runs):
    out = []
    for t, st, href in runs:
        x = text(t)
        if st:
            x = '<text:span text:style-name="T%s">%s</text:span>' % (st, x)
        if href:
            x = '<text:a xlink:type="simple" xlink:href="%s">%s</text:a>' % (escape(href, {'"': "&quot;"}), x)
        out.append(x)
    return "".join(out)


def para(style, runs):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, runs_xml(runs))


def blocks_xml(blocks, st, in_cell=False):
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        k = b[0]
        if k == "row":
            rows = []
            while i < len(blocks) and blocks[i][0] == "row":
                rows.append(blocks[i])
                i += 1
            out.append(table_xml([(r[1], r[2]) for r in rows], st, "Tdate"))
            continue
        if k == "kv":
            out.append(table_xml([(a, [("p", v)]) for a, v in b[1]], st, "Tkv"))
        elif k == "title":
            out.append(para("Title", b[1]))
        elif k == "name":
            out.append(para("Name", b[1]))
        elif k == "label":
            out.append(para("Label", b[1]))
        elif k == "contact":
            out.append(para("Contact", b[1]))
        elif k == "h":
            out.append('<text:h text:style-name="Heading" text:outline-level="1">%s</text:h>' % text(b[1]))
        elif k == "p":
            out.append(para("Body", b[1]))
        elif k == "entry":
            r = list(b[1])
            if b[2]:
                r += [("\t", "", None)] + b[2]
            out.append(para("EntryCell" if in_cell else "Entry", r))
        elif k == "sub":
            out.append(para("Sub", b[1]))
        elif k == "subr":
            out.append(para("SubTab", list(b[1]) + [("\t", "", None)] + b[2]))
        elif k == "ul":
            items = "".join('<text:list-item>%s</text:list-item>' % para("Bullet", r) for r in b[1])
            out.append('<text:list text:style-name="LBullet">%s</text:list>' % items)
        elif k == "sig":
            out.append(para("Signature", b[1]))
        elif k == "gap":
            out.append('<text:p text:style-name="Body"/>')
        else:
            raise ValueError(k)
        i += 1
    return "".join(out)


def table_xml(rows, st, style):
    w = st["textwidth"]
    left = float(st.get("colwidth", "4cm").rstrip("cm"))
    global _tables
    _tables += 1
    x = ['<table:table table:name="Tabelle%d" table:style-name="Tbl">' % _tables,
         '<table:table-column table:style-name="TblA"/><table:table-column table:style-name="TblB"/>']
    for left_runs, blocks in rows:
        x.append('<table:table-row><table:table-cell table:style-name="Cell" office:value-type="string">%s</table:table-cell>'
                 '<table:table-cell table:style-name="Cell" office:value-type="string">%s</table:table-cell></table:table-row>'
                 % (para("CellLeft", left_runs), blocks_xml(blocks, st, in_cell=True)))
    x.append("</table:table>")
    return "".join(x)


_tables = 0


def heading_props(kind):
    rule = 'fo:border-bottom="0.6pt solid #555555" fo:padding-bottom="0.04cm"'
    if kind == "bold-rule":
        return ('<style:paragraph-properties fo:margin-top="0.38cm" fo:margin-bottom="0.14cm" %s fo:keep-with-next="always"/>'
                '<style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" style:font-weight-complex="bold"/>' % rule)
    if kind == "bold-caps-rule":
        return ('<style:paragraph-properties fo:margin-top="0.38cm" fo:margin-bottom="0.14cm" %s fo:keep-with-next="always"/>'
                '<style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:text-transform="uppercase" fo:letter-spacing="0.03cm"/>' % rule)
    if kind == "plain-caps-rule":
        return ('<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.14cm" %s fo:keep-with-next="always"/>'
                '<style:text-properties fo:font-size="12pt" fo:letter-spacing="0.04cm" fo:color="#2f3b4c"/>' % rule)
    if kind == "smallcaps-rule":
        return ('<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.14cm" %s fo:keep-with-next="always"/>'
                '<style:text-properties fo:font-size="13pt" fo:font-variant="small-caps" fo:color="#1d3557"/>' % rule)
    if kind == "bold-plain":
        return ('<style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>'
                '<style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" style:font-weight-complex="bold"/>')
    raise ValueError(kind)


def render(p):
    global _tables
    _tables = 0
    st = dict(p["style"])
    pw, ph, margin = PAGES[st.get("page", "a4")]
    st["textwidth"] = pw - 2 * margin
    lang, country = p["locale"].split("-")
    font = st.get("font", "Liberation Sans")
    size = st.get("size", 11)
    center = st.get("center_head")
    align = ' fo:text-align="center"' if center else ""
    tab = '<style:tab-stops><style:tab-stop style:position="%.2fcm" style:type="right"/></style:tab-stops>' % st["textwidth"]
    celltab = '<style:tab-stops><style:tab-stop style:position="%.2fcm" style:type="right"/></style:tab-stops>' % (
        st["textwidth"] - float(st.get("colwidth", "4cm").rstrip("cm")) - 0.3)

    main, _ = build(p)

    header = ""
    footer = ""
    if p.get("page_header"):
        parts = []
        for what in p["page_header"]:
            if what == "name":
                parts.append(para("HeaderName", tpl(p.get("name_print", p["name"]))))
            elif what == "contact":
                for runs in contact_lines(p):
                    parts.append(para("Header", runs))
        header = "<style:header>%s</style:header>" % "".join(parts)
    elif st.get("header_text"):
        header = '<style:header><text:p text:style-name="HeaderRight">%s</text:p></style:header>' % text(st["header_text"])
    if st.get("footer_pages"):
        f = text(st["footer_pages"]).replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>').replace(
            "{pages}", "<text:page-count>1</text:page-count>")
        footer = '<style:footer><text:p text:style-name="Footer">%s</text:p></style:footer>' % f

    styles = f"""
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-pitch="variable"/>
 <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="{lang}" fo:country="{country}" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="{size + 3}pt" fo:font-weight="bold" fo:letter-spacing="0.08cm"/>
 </style:style>
 <style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.08cm"{align}/>
  <style:text-properties fo:font-size="{size + 10}pt" fo:font-weight="bold" fo:color="#1b2a3a"/>
 </style:style>
 <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.12cm"{align}/>
  <style:text-properties fo:font-size="{size + 1.5}pt" fo:color="#404040"/>
 </style:style>
 <style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties{align}/>
  <style:text-properties fo:font-size="{size - 0.5}pt"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
  {heading_props(st.get("heading", "bold-rule"))}
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.05cm" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Entry" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.22cm" fo:keep-with-next="always">{tab}</style:paragraph-properties>
 </style:style>
 <style:style style:name="EntryCell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:keep-with-next="always">{celltab}</style:paragraph-properties>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:keep-with-next="always"/>
 </style:style>
 <style:style style:name="SubTab" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:keep-with-next="always">{tab}</style:paragraph-properties>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.02cm"/>
 </style:style>
 <style:style style:name="CellLeft" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="1.2cm"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="{size - 1}pt" fo:color="#333333"/>
 </style:style>
 <style:style style:name="HeaderName" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="{size + 8}pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="HeaderRight" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="{size - 2}pt" fo:color="#666666"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="{size - 2}pt" fo:color="#666666"/>
 </style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
 <style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Tbi" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Tc" style:family="text"><style:text-properties fo:font-variant="small-caps"/></style:style>
 <style:style style:name="Tbc" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-variant="small-caps"/></style:style>
 <style:style style:name="Tic" style:family="text"><style:text-properties fo:font-style="italic" fo:font-variant="small-caps"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{st['textwidth']:.2f}cm" table:align="left" fo:margin-top="0.15cm"/></style:style>
 <style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="{st.get('colwidth', '4cm')}"/></style:style>
 <style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="{st['textwidth'] - float(st.get('colwidth', '4cm').rstrip('cm')):.2f}cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.06cm" fo:padding-bottom="0.06cm" fo:padding-left="0cm" fo:padding-right="0.15cm" fo:border="none"/></style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="{pw}cm" fo:page-height="{ph}cm" fo:margin-top="1.6cm" fo:margin-bottom="1.5cm" fo:margin-left="{margin}cm" fo:margin-right="{margin}cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">{header}{footer}</style:master-page>
</office:master-styles>
"""
    body = blocks_xml(main, st)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            f'<office:meta><dc:title>{escape(p["name"])} – CV</dc:title><dc:language>{p["locale"]}</dc:language></office:meta>'
            f'{styles}<office:body><office:text>{body}</office:text></office:body></office:document>\n')
