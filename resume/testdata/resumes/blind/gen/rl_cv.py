"""Four resumes drawn with ReportLab (Debian's python3-reportlab): Platypus
documents with tables and a running header, an Europass-style label column
drawn on the canvas, and a canvas layout with a right sidebar."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether)

from common import esc, fmt_range, fmt_date

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", DEJAVU + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique", boldItalic="DejaVu-Bold")


# ---------------------------------------------------------------- whitfield: Platypus, two pages, header on page 2, icons

def whitfield(p, out):
    lang = "en"
    base = ParagraphStyle("b", fontName="DejaVu", fontSize=10.5, leading=16)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#444444"))
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    h2 = ParagraphStyle("h2", parent=base, fontName="DejaVu-Bold", fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4,
                        textColor=colors.HexColor("#1f4e79"))
    story = []
    story.append(Paragraph(esc(p["name"]), ParagraphStyle("n", parent=base, fontName="DejaVu-Bold", fontSize=22, leading=26)))
    story.append(Paragraph(esc(p["label"]), ParagraphStyle("l", parent=base, fontSize=12, leading=16, textColor=colors.HexColor("#1f4e79"))))
    story.append(Spacer(1, 4))
    story.append(Paragraph("☎ %s &nbsp;&nbsp; ✉ %s &nbsp;&nbsp; ⌂ %s" % (esc(p["phone"]), esc(p["email"]), esc(p["address"])), base))
    story.append(Paragraph(" &nbsp;&nbsp; ".join(esc(l[3]) for l in p["links"]), base))

    def section(t):
        story.append(Paragraph(t.upper(), h2))
        story.append(Table([[""]], colWidths=[174 * mm], rowHeights=[1], style=[("LINEABOVE", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79"))]))
        story.append(Spacer(1, 3))

    section("Summary")
    story.append(Paragraph(esc(p["summary"]), base))
    section("Professional Experience")
    for w in p["work"]:
        dates = fmt_range(w, "mon", lang, "Present")
        head = Table([[Paragraph("<b>%s</b> at %s" % (esc(w["position"]), esc(w["company"])), base), Paragraph(esc(dates), right)],
                      [Paragraph(esc(w["location"]), small), ""]], colWidths=[124 * mm, 50 * mm],
                     style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
        bullets = ListFlowable([ListItem(Paragraph(esc(h), base), leftIndent=12) for h in w["highlights"]],
                               bulletType="bullet", start="•", leftIndent=12, bulletFontName="DejaVu")
        story.extend([head, bullets, Spacer(1, 9)])
    section("Education")
    for e in p["education"]:
        story.append(Table([[Paragraph("<b>%s</b>, %s" % (esc(e["institution"]), esc(e["location"])), base),
                             Paragraph("%s – %s" % (e["start"], e["end"]), right)],
                            [Paragraph("%s in %s · GPA %s" % (esc(e["studyType"]), esc(e["area"]), esc(e["score"])), base), ""]],
                           colWidths=[124 * mm, 50 * mm],
                           style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    section("Technical Skills")
    for n, ks in p["skills"]:
        story.append(Paragraph("<b>%s:</b> %s" % (esc(n), esc(", ".join(ks))), base))
    section("Certifications")
    for n, i, d in p["certificates"]:
        story.append(Paragraph("%s, %s (%s)" % (esc(n), esc(i), d), base))
    section("Volunteer Experience")
    for org, role, start, end, text in p["volunteer"]:
        story.append(Paragraph("<b>%s</b>, %s — %s – %s" % (esc(role), esc(org), start, end or "Present"), base))
        story.append(Paragraph(esc(text), base))
    section("Languages")
    story.append(Paragraph("; ".join("%s (%s)" % (esc(l), esc(f)) for l, f in p["languages"]), base))
    section("References")
    story.append(Paragraph("Available upon request.", base))

    def later(c, doc):
        c.saveState()
        c.setFont("DejaVu", 8.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(18 * mm, LETTER[1] - 12 * mm, "%s — Resume" % p["name"])
        c.drawRightString(LETTER[0] - 18 * mm, LETTER[1] - 12 * mm, "%s · %s · Page %d" % (p["phone"], p["email"], doc.page))
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=LETTER, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=16 * mm,
                            title="Resume – " + p["name"], author=p["name"])
    doc.build(story, onLaterPages=later)


# ---------------------------------------------------------------- esposito: Europass, labels in a right-aligned left column

def esposito(p, out):
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("Curriculum Vitae Europass")
    W, H = A4
    lx, rx = 70 * mm, 75 * mm  # label column ends at lx, values start at rx
    y = [H - 20 * mm]

    def page_break_if(need):
        if y[0] - need < 18 * mm:
            c.showPage()
            y[0] = H - 20 * mm

    def line(label, value, bold=False, size=9.5, label_font="Helvetica"):
        lines = simpleSplit(value, "Helvetica-Bold" if bold else "Helvetica", size, W - rx - 18 * mm) if value else [""]
        labels = simpleSplit(label, label_font, 9, lx - 18 * mm) if label else []
        page_break_if(max(len(lines) * size * 1.3, len(labels) * 11.7) + 2)
        top = y[0]
        c.setFont(label_font, 9)
        for ln in labels:
            c.drawRightString(lx, y[0], ln)
            y[0] -= 11.7
        low = y[0]
        y[0] = top
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        for ln in lines:
            c.drawString(rx, y[0], ln)
            y[0] -= size * 1.3
        y[0] = min(y[0], low) - 2

    def heading(t):
        page_break_if(40)
        y[0] -= 6
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(lx, y[0], t)
        c.setStrokeColor(colors.HexColor("#0e4194"))
        c.line(lx + 2.5 * mm, y[0] - 2, lx + 2.5 * mm, y[0] + 12)
        y[0] -= 16

    c.setFont("Helvetica-Bold", 15)
    c.drawRightString(lx, y[0], "Curriculum Vitae")
    c.setFont("Helvetica", 9)
    c.drawString(rx, y[0], "Europass")
    y[0] -= 26
    heading("Informazioni personali")
    line("Nome / Cognome", p["name"], bold=True, size=12)
    line("Indirizzo", p["address"])
    line("Telefono", p["phone"])
    line("E-mail", p["email"])
    line("Cittadinanza", "Italiana")
    line("Data di nascita", p["birth"])
    line("Sesso", "F")
    y[0] -= 4
    heading("Occupazione desiderata")
    line("", "Responsabile amministrazione e controllo di gestione", bold=True)
    heading("Esperienza professionale")
    for w in p["work"]:
        page_break_if(90)
        line("Date", fmt_range(w, "slash", "it", "oggi"))
        line("Lavoro o posizione ricoperti", w["position"], bold=True)
        line("Principali attività e responsabilità", "; ".join(w["highlights"]))
        line("Nome e indirizzo del datore di lavoro", "%s, %s" % (w["company"], w["location"]))
        line("Tipo di attività o settore", w["sector"])
        y[0] -= 8
    heading("Istruzione e formazione")
    for e in p["education"]:
        line("Date", "%s – %s" % (e["start"], e["end"]))
        line("Titolo della qualifica rilasciata", "%s in %s%s" % (e["studyType"], e["area"], " (%s)" % e["score"] if e.get("score") else ""), bold=True)
        line("Nome e tipo d'organizzazione erogatrice dell'istruzione e formazione", e["institution"])
        y[0] -= 8
    heading("Capacità e competenze personali")
    line("Madrelingua", p["languages"][0][0])
    line("Altre lingue", ", ".join("%s (%s)" % (l, f) for l, f in p["languages"][1:]))
    y[0] -= 4
    line("Capacità e competenze informatiche", ", ".join(p["skills"][0][1]))
    line("Patente", "B")
    y[0] -= 10
    line("", "Autorizzo il trattamento dei miei dati personali ai sensi del Decreto Legislativo 30 giugno 2003, n. 196 "
             "e del GDPR (Regolamento UE 2016/679).", size=8)
    line("", "Napoli, 12/01/2026", size=9)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- albuquerque: Platypus, header table, company first

def albuquerque(p, out):
    lang = "pt"
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT, fontSize=9, leading=12)
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=10, spaceAfter=3,
                        textColor=colors.HexColor("#8a05be"))
    story = []
    contact = "<br/>".join([esc(p["phone"]), esc(p["email"]), esc(p["links"][0][3]), esc(p["links"][1][3])])
    story.append(Table([[Paragraph("<font size=20><b>%s</b></font><br/><br/><font size=12>%s</font><br/>%s" % (esc(p["name"]), esc(p["label"]), esc(p["address"])),
                                   ParagraphStyle("hn", parent=base, leading=16)),
                         Paragraph(contact, right)]], colWidths=[115 * mm, 60 * mm],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#8a05be")),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(Paragraph("Resumo", h2))
    story.append(Paragraph(esc(p["summary"]), base))
    story.append(Paragraph("Experiência", h2))
    for w in p["work"]:
        dates = fmt_range(w, "monslash", lang, "atual")
        story.append(Table([[Paragraph("<b>%s</b> — %s" % (esc(w["company"]), esc(w["position"])), base), Paragraph(esc(dates), right)]],
                           colWidths=[135 * mm, 40 * mm], style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(Paragraph("<i>%s</i>" % esc(w["location"]), base))
        for h in w["highlights"]:
            story.append(Paragraph(esc(h), ParagraphStyle("li", parent=base, leftIndent=10, bulletIndent=0), bulletText="\x7f"))
        story.append(Spacer(1, 5))
    story.append(Paragraph("Formação", h2))
    for e in p["education"]:
        story.append(Paragraph("<b>%s</b> — %s em %s, %s a %s" % (esc(e["institution"]), esc(e["studyType"]), esc(e["area"]), e["start"], e["end"]), base))
    story.append(Paragraph("Habilidades técnicas", h2))
    story.append(Paragraph(esc(", ".join(p["skills"][0][1])), base))
    story.append(Paragraph("Certificações", h2))
    for n, i, d in p["certificates"]:
        story.append(Paragraph("%s (%s, %s)" % (esc(n), esc(i), d), base))
    story.append(Paragraph("Idiomas", h2))
    story.append(Paragraph(" · ".join("%s – %s" % (esc(l), esc(f)) for l, f in p["languages"]), base))
    SimpleDocTemplate(out, pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm, topMargin=15 * mm, bottomMargin=15 * mm).build(story)


# ---------------------------------------------------------------- brandt: canvas, sidebar on the right, dotted dates

def brandt(p, out):
    lang = "de"
    c = canvas.Canvas(out, pagesize=A4)
    W, H = A4
    sx = W - 62 * mm  # sidebar starts here
    c.setFillColor(colors.HexColor("#f1ece4"))
    c.rect(sx, 0, W - sx, H, stroke=0, fill=1)
    c.setFillColor(colors.black)
    mx, mw = 16 * mm, sx - 16 * mm - 8 * mm
    y = H - 24 * mm
    c.setFont("Helvetica-Bold", 22)
    c.drawString(mx, y, p["name"])
    y -= 8 * mm
    c.setFont("Helvetica", 12)
    c.setFillColor(colors.HexColor("#a0522d"))
    c.drawString(mx, y, p["label"])
    c.setFillColor(colors.black)
    y -= 10 * mm

    def head(t, x, yy):
        c.setFont("Helvetica-Bold", 10.5)
        c.setFillColor(colors.HexColor("#a0522d"))
        c.drawString(x, yy, t.upper())
        c.setFillColor(colors.black)
        return yy - 6 * mm

    def para(text, x, yy, width, font="Helvetica", size=9.3, lead=12):
        c.setFont(font, size)
        for ln in simpleSplit(text, font, size, width):
            c.drawString(x, yy, ln)
            yy -= lead
        return yy

    y = head("Profil", mx, y)
    y = para(p["summary"], mx, y, mw) - 4 * mm
    y = head("Berufserfahrung", mx, y)
    for w in p["work"]:
        dates = fmt_range(w, "dot", lang, "heute")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(mx, y, w["position"])
        c.setFont("Helvetica", 9)
        c.drawRightString(mx + mw, y, dates)
        y -= 12
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(mx, y, "%s, %s" % (w["company"], w["location"]))
        y -= 13
        for h in w["highlights"]:
            c.setFont("Helvetica", 9.3)
            c.drawString(mx + 1 * mm, y, "–")
            y = para(h, mx + 5 * mm, y, mw - 5 * mm)
        y -= 4 * mm
    y = head("Ausbildung", mx, y)
    for e in p["education"]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(mx, y, "%s %s" % (e["studyType"], e["area"]))
        c.setFont("Helvetica", 9)
        c.drawRightString(mx + mw, y, "%s – %s" % (e["start"], e["end"]))
        y -= 12
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(mx, y, e["institution"])
        y -= 16

    # sidebar
    x, sw = sx + 7 * mm, W - sx - 12 * mm
    y = H - 24 * mm
    y = head("Kontakt", x, y)
    for t in [p["address"].split(", ")[0], p["address"].split(", ")[1], p["phone"], p["email"], p["links"][0][3]]:
        y = para(t, x, y, sw, size=9)
    y -= 5 * mm
    y = head("Kenntnisse", x, y)
    for k in p["skills"][0][1]:
        y = para(k, x, y, sw, size=9)
    y -= 5 * mm
    y = head("Sprachen", x, y)
    for l, f in p["languages"]:
        y = para(l, x, y, sw, font="Helvetica-Bold", size=9)
        y = para(f, x, y, sw, size=8.5)
    y -= 5 * mm
    y = head("Weiterbildung", x, y)
    for n, _i, d in p["certificates"]:
        y = para("%s, %s" % (n, d), x, y, sw, size=8.5)
    c.showPage()
    c.save()
