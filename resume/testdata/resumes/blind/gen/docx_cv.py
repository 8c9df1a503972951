"""Three DOCX files written part by part, as Word writes them: contact data
in the page header (with its own hyperlink relationship), in a floating text
box (a DrawingML choice with a VML fallback: the same text twice), headings
styled with all-caps formatting over mixed-case text, numbering lists, tab
stops, HYPERLINK field codes, soft and non-breaking hyphens, and a tracked
change."""
import zipfile
from xml.sax.saxutils import escape as x

from common import fmt_range

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPER = REL + "/hyperlink"


def rpr(b=False, i=False, sz=None, color=None, caps=False, font=None):
    o = []
    if font:
        o.append('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font))
    if b:
        o.append("<w:b/>")
    if i:
        o.append("<w:i/>")
    if caps:
        o.append("<w:caps/>")
    if color:
        o.append('<w:color w:val="%s"/>' % color)
    if sz:
        o.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz * 2, sz * 2))
    return "<w:rPr>%s</w:rPr>" % "".join(o) if o else ""


def R(text, **kw):
    """A run; "\t" becomes w:tab, "\u00ad" a soft hyphen, "\u2011" a
    non-breaking hyphen, "\n" a line break."""
    parts, buf = [], []

    def flush():
        if buf:
            parts.append('<w:t xml:space="preserve">%s</w:t>' % x("".join(buf)))
            buf.clear()
    for ch in text:
        tag = {"\t": "<w:tab/>", "\u00ad": "<w:softHyphen/>", "\u2011": "<w:noBreakHyphen/>", "\n": "<w:br/>"}.get(ch)
        if tag:
            flush()
            parts.append(tag)
        else:
            buf.append(ch)
    flush()
    return "<w:r>%s%s</w:r>" % (rpr(**kw), "".join(parts))


def Pg(*runs, style=None, jc=None, tabs=None, num=None, before=None, after=None, ind=None, border=False):
    ppr = []
    if style:
        ppr.append('<w:pStyle w:val="%s"/>' % style)
    if num is not None:
        ppr.append('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num)
    if border:
        ppr.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="8C8C8C"/></w:pBdr>')
    if tabs:
        ppr.append("<w:tabs>%s</w:tabs>" % "".join('<w:tab w:val="%s" w:pos="%d"/>' % (k, pos) for k, pos in tabs))
    if before is not None or after is not None:
        ppr.append('<w:spacing w:before="%d" w:after="%d"/>' % (before or 0, after or 0))
    if ind:
        ppr.append('<w:ind w:left="%d" w:hanging="%d"/>' % ind)
    if jc:
        ppr.append('<w:jc w:val="%s"/>' % jc)
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % "".join(ppr) if ppr else "", "".join(runs))


def link(rid, text, **kw):
    kw.setdefault("color", "1F5C99")
    return '<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>' % (rid, R(text, **kw))


def field_link(url, text, **kw):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "%s" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>') % (x(url), R(text, **kw))


def table(rows, widths, borders=False):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    b = "" if borders else ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
                            '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % (sum(widths), b, grid)]
    for row in rows:
        out.append("<w:tr>")
        for w, cell in zip(widths, row):
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (w, cell))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def textbox(paras, left_emu, top_emu, w_emu, h_emu, shape_id=1):
    """A floating text box as Word 2010+ writes it: DrawingML in mc:Choice,
    the same content again as VML in mc:Fallback."""
    content = "<w:txbxContent>%s</w:txbxContent>" % "".join(paras)
    pt = lambda emu: emu / 12700.0
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV><wp:extent cx="%d" cy="%d"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            '<wps:txbx>%s</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="Text Box %d" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" filled="f" stroked="f" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<v:textbox>%s</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
            ) % (left_emu, top_emu, w_emu, h_emu, shape_id, shape_id, w_emu, h_emu, content,
                 shape_id, 1024 + shape_id, pt(left_emu), pt(top_emu), pt(w_emu), pt(h_emu), content)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%(font)s" w:hAnsi="%(font)s" w:cs="%(font)s" w:eastAsia="%(font)s"/><w:sz w:val="%(sz)d"/><w:szCs w:val="%(sz)d"/><w:lang w:val="%(lang)s"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
%(extra)s
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
</w:styles>"""

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


def package(out, body, font, size, lang, extra_styles="", header=None, header_rels=(), rels=(), numbering=False, title="", author=""):
    """Writes the zip: rels maps rId -> URL for the document part."""
    sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1304" w:right="1134" w:bottom="1134" w:left="1134" '
            'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>') % ('<w:headerReference w:type="default" r:id="rIdH1"/>' if header else "")
    document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, body, sect)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    drels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
             '<Relationship Id="rIdS" Type="%s/styles" Target="styles.xml"/>' % REL]
    for rid, url in rels:
        drels.append('<Relationship Id="%s" Type="%s" Target="%s" TargetMode="External"/>' % (rid, HYPER, x(url)))
    if header:
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        drels.append('<Relationship Id="rIdH1" Type="%s/header" Target="header1.xml"/>' % REL)
    if numbering:
        ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        drels.append('<Relationship Id="rIdN" Type="%s/numbering" Target="numbering.xml"/>' % REL)
    ct.append("</Types>")
    drels.append("</Relationships>")
    stamp = (1980, 1, 1, 0, 0, 0)

    def put(z, name, data):
        z.writestr(zipfile.ZipInfo(name, stamp), data, compress_type=zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(out, "w") as z:
        put(z, "[Content_Types].xml", "".join(ct))
        put(z, "_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/></Relationships>' % (REL, REL))
        put(z, "word/document.xml", document)
        put(z, "word/_rels/document.xml.rels", "".join(drels))
        put(z, "word/styles.xml", STYLES % dict(font=font, sz=size * 2, lang=lang, extra=extra_styles))
        if numbering:
            put(z, "word/numbering.xml", NUMBERING)
        if header:
            put(z, "word/header1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>' % (W_NS, header))
            if header_rels:
                put(z, "word/_rels/header1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
                    % "".join('<Relationship Id="%s" Type="%s" Target="%s" TargetMode="External"/>' % (rid, HYPER, x(url)) for rid, url in header_rels))
        put(z, "docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-10T09:12:00Z</dcterms:created></cp:coreProperties>' % (x(title), x(author)))
        put(z, "docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')


# ---------------------------------------------------------------- macallister: CV first, contact in the page header, company first

def macallister(p, out):
    lang = "en"
    section = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:basedOn w:val="Normal"/>'
               '<w:next w:val="Normal"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="2E6B5E"/></w:pBdr>'
               '<w:spacing w:before="280" w:after="100"/></w:pPr><w:rPr><w:caps/><w:color w:val="2E6B5E"/><w:spacing w:val="20"/><w:sz w:val="24"/></w:rPr></w:style>')
    S = lambda t: Pg(R(t), style="SectionTitle")
    nb = p["phone"].replace(" ", "\u00a0")
    header = Pg(R(p["address"] + "  •  " + nb + "  •  " + p["email"] + "  •  ", sz=9, color="555555"),
                link("rIdL1", p["links"][0][3], sz=9), style="Header", jc="center")
    body = [Pg(R("Curriculum Vitae", caps=True, sz=10, color="777777"), jc="center", after=120),
            Pg(R(p["name"].upper(), sz=22), jc="center", after=0),
            Pg(R(p["label"], sz=12, color="2E6B5E"), jc="center", after=200),
            S("Profile"),
            Pg(R(p["summary"].replace("technology", "tech\u00adnology").replace("regulators", "regu\u00adlators"))),
            S("Career history")]
    last = None
    for w in p["work"]:
        if w["company"] != last:
            body.append(Pg(R(w["company"], b=True), R(", " + w["location"]), before=160, after=20))
            last = w["company"]
        body.append(Pg(R(w["position"], i=True), after=0))
        body.append(Pg(R(fmt_range(w, "month", lang, "present"), sz=9, color="666666"), after=40))
        for h in w["highlights"]:
            body.append(Pg(R("•\t" + h), ind=(360, 360), after=20))
    body.append(S("Education"))
    for e in p["education"]:
        body.append(Pg(R(e["institution"], b=True), before=60, after=0))
        body.append(Pg(R("%s %s, %s (%s – %s)" % (e["studyType"], e["area"], e["score"], e["start"], e["end"]))))
    body.append(S("Skills"))
    body.append(Pg(R(" · ".join(p["skills"][0][1]))))
    body.append(S("Training"))
    for n, i, d in p["certificates"]:
        body.append(Pg(R("%s (%s), %s" % (n, i, d))))
    body.append(S("Languages"))
    body.append(Pg(R(", ".join("%s (%s)" % (l, f) for l, f in p["languages"]))))
    body.append(S("References"))
    for n, role, email, phone in p["references"]:
        body.append(Pg(R(n, b=True), R(", " + role), after=0))
        body.append(Pg(R(email + " · " + phone)))
    package(out, "".join(body), "Calibri", 10, "en-GB", section, header=header, header_rels=[("rIdL1", p["links"][0][2])],
            title="CV", author=p["name"])


# ---------------------------------------------------------------- ruizcastellanos: text box, "Title | Company | Dates", tables

def ruizcastellanos(p, out):
    lang = "es"
    H = lambda t: Pg(R(t.upper(), b=True, color="A33B20", sz=11), before=240, after=80, border=True)
    box = [Pg(R(p["phone"], sz=9), jc="right", after=0), Pg(R(p["email"], sz=9), jc="right", after=0),
           Pg(R(p["address"].split(", ")[0], sz=9), jc="right", after=0), Pg(R(p["address"].split(", ")[1], sz=9), jc="right", after=0)]
    body = [Pg(textbox(box, 4400000, 420000, 2700000, 900000), R(p["name"], b=True, sz=20), after=0),
            Pg(R(p["label"], sz=12, color="A33B20"), after=480),
            H("Perfil"), Pg(R(p["summary"])),
            H("Experiencia profesional")]
    for w in p["work"]:
        dates = fmt_range(w, "year", lang, "actualidad")
        body.append(Pg(R("%s | %s | %s" % (w["position"], w["company"], dates), b=True), before=120, after=0))
        body.append(Pg(R(w["location"], i=True, color="666666"), after=20))
        for h in w["highlights"]:
            body.append(Pg(R(h), num=1, after=0))
    body.append(H("Formación"))
    rows = []
    for e in p["education"]:
        rows.append([Pg(R("%s – %s" % (e["start"], e["end"]))),
                     Pg(R("%s en %s" % (e["studyType"], e["area"]), b=True), after=0) + Pg(R(e["institution"]))])
    body.append(table(rows, [1700, 7900]))
    body.append(H("Certificaciones"))
    for n, i, d in p["certificates"]:
        body.append(Pg(R("%s (%s), %s" % (n, i, d))))
    body.append(H("Herramientas"))
    body.append(Pg(R(", ".join(p["skills"][0][1]))))
    body.append(H("Idiomas"))
    body.append(table([[Pg(R(l, b=True)), Pg(R(f))] for l, f in p["languages"]], [1700, 7900]))
    body.append(H("Referencias"))
    for n, role, email, phone in p["references"]:
        body.append(Pg(R(n, b=True), R(" — " + role), after=0))
        body.append(Pg(R("%s  ·  %s" % (email, phone))))
    package(out, "".join(body), "Cambria", 10, "es-ES", numbering=True, title="Currículum", author=p["name"])


# ---------------------------------------------------------------- oezdemir: tab stops, field-code link, soft hyphens, a tracked change

def oezdemir(p, out):
    lang = "de"
    H = lambda t: Pg(R(t, b=True, sz=12, color="7B2D43"), before=260, after=80, border=True)
    body = [Pg(R(p["name"], sz=24, font="Georgia"), after=0),
            Pg(R(p["label"], sz=12, color="7B2D43"), after=120),
            Pg(R("%s · Tel.: %s · E-Mail: %s · " % (p["address"], p["phone"], p["email"]), sz=9), field_link(p["links"][0][2], p["links"][0][3], sz=9, color="1F5C99")),
            H("Profil"),
            Pg(R(p["summary"].replace("Personalentwicklung", "Personal\u00adentwicklung").replace("Führungskräfteberatung", "Führungs\u00adkräfte\u00adberatung"))),
            H("Berufserfahrung")]
    tabs = [("right", 9638)]
    for w in p["work"]:
        dates = fmt_range(w, "month", lang, "heute")
        body.append(Pg(R("%s, %s" % (w["company"], w["location"]), b=True), before=120, after=0))
        if w["company"] == "LANXESS AG":
            # edited with track changes on: the old title is a deletion, the new one an insertion
            pos = ('<w:del w:id="1" w:author="K. Özdemir" w:date="2025-11-02T10:00:00Z"><w:r><w:delText>Personalsachbearbeiterin</w:delText></w:r></w:del>'
                   '<w:ins w:id="2" w:author="K. Özdemir" w:date="2025-11-02T10:00:00Z">%s</w:ins>') % R(w["position"], i=True)
        else:
            pos = R(w["position"], i=True)
        body.append(Pg(pos, R("\t" + dates), tabs=tabs, after=40))
        for h in w["highlights"]:
            h = h.replace("Personalentwicklungsprogramms", "Personal\u00adentwicklungs\u00adprogramms")
            body.append(Pg(R(h), num=1, after=0))
    body.append(H("Ausbildung"))
    for e in p["education"]:
        inst = e["institution"].replace("-", "\u2011")
        body.append(Pg(R(inst, b=True), before=80, after=0))
        score = ", Abschlussnote %s" % e["score"] if e.get("score") else ""
        body.append(Pg(R("%s %s%s\t%s – %s" % (e["studyType"], e["area"], score, e["start"], e["end"])), tabs=tabs))
    body.append(H("Kenntnisse"))
    body.append(Pg(R(", ".join(p["skills"][0][1]))))
    body.append(H("Sprachen"))
    body.append(Pg(R(" · ".join("%s (%s)" % (l, f) for l, f in p["languages"]))))
    body.append(H("Referenzen"))
    for n, role, email, phone in p["references"]:
        body.append(Pg(R("%s, %s" % (n, role)), after=0))
        body.append(Pg(R("%s · %s" % (email, phone))))
    body.append(Pg(R("Köln, im Januar 2026", color="555555"), before=480))
    package(out, "".join(body), "Calibri", 10, "de-DE", numbering=True, title="Lebenslauf Katharina Özdemir", author=p["name"])
