"""Writes a person with ReportLab's Platypus and the standard Helvetica
fonts: right-aligned dates as two-cell table rows, ListFlowable bullets, an
optional header table (name left, contact right) and an optional running
header with 'Page n of N' on every page."""

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.platypus import (HRFlowable, KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

from model import build, contact_lines, tpl

BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13.5, textColor=colors.HexColor("#222222"))
S = {
    "name": ParagraphStyle("name", parent=BASE, fontName="Helvetica-Bold", fontSize=21, leading=25, textColor=colors.HexColor("#0f3d3e")),
    "label": ParagraphStyle("label", parent=BASE, fontSize=12, leading=15, textColor=colors.HexColor("#444444")),
    "contact": ParagraphStyle("contact", parent=BASE, fontSize=9, leading=12),
    "contactR": ParagraphStyle("contactR", parent=BASE, fontSize=9, leading=12.5, alignment=TA_RIGHT),
    "h": ParagraphStyle("h", parent=BASE, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=12,
                        textColor=colors.HexColor("#0f3d3e")),
    "p": ParagraphStyle("p", parent=BASE, spaceBefore=1, spaceAfter=1),
    "entry": ParagraphStyle("entry", parent=BASE),
    "right": ParagraphStyle("right", parent=BASE, alignment=TA_RIGHT, textColor=colors.HexColor("#555555")),
    "sub": ParagraphStyle("sub", parent=BASE, textColor=colors.HexColor("#555555")),
    "li": ParagraphStyle("li", parent=BASE, leading=13.5),
    "title": ParagraphStyle("title", parent=BASE, fontName="Helvetica-Bold", fontSize=13),
}


def runs_para(runs):
    out = []
    for t, st, href in runs:
        x = escape(t)
        if "b" in st:
            x = "<b>%s</b>" % x
        if "i" in st:
            x = "<i>%s</i>" % x
        if href:
            x = '<a href="%s">%s</a>' % (escape(href, {'"': "&quot;"}), x)
        out.append(x)
    return "".join(out)


def two(left, right, width, top=6):
    t = Table([[Paragraph(left, S["entry"]), Paragraph(right, S["right"])]], colWidths=[width - 56 * mm, 56 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def flow(blocks, width):
    out = []
    for b in blocks:
        k = b[0]
        if k == "name":
            out.append(Paragraph(runs_para(b[1]), S["name"]))
        elif k == "label":
            out.append(Paragraph(runs_para(b[1]), S["label"]))
        elif k == "contact":
            out.append(Paragraph(runs_para(b[1]), S["contact"]))
        elif k == "title":
            out.append(Paragraph(runs_para(b[1]), S["title"]))
        elif k == "h":
            out.append(KeepTogether([Paragraph(escape(b[1]), S["h"]),
                                     HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#0f3d3e"), spaceBefore=2, spaceAfter=3)]))
        elif k == "p":
            out.append(Paragraph(runs_para(b[1]), S["p"]))
        elif k == "entry":
            if b[2]:
                out.append(two(runs_para(b[1]), runs_para(b[2]), width))
            else:
                out.append(Spacer(1, 4))
                out.append(Paragraph(runs_para(b[1]), S["entry"]))
        elif k == "sub":
            out.append(Paragraph(runs_para(b[1]), S["sub"]))
        elif k == "subr":
            out.append(two(runs_para(b[1]), runs_para(b[2]), width, top=0))
        elif k == "ul":
            out.append(ListFlowable([ListItem(Paragraph(runs_para(r), S["li"]), leftIndent=12) for r in b[1]],
                                    bulletType="bullet", start="•", leftIndent=12, bulletFontSize=8))
        elif k == "gap":
            out.append(Spacer(1, 6))
        else:
            raise ValueError(k)
    return out


class NumberedCanvas(rlcanvas.Canvas):
    """Draws the running header once the page count is known."""

    header = ""
    pagesize = A4

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            if self.header:
                w, h = self.pagesize
                self.setFont("Helvetica", 8)
                self.setFillColor(colors.HexColor("#666666"))
                self.drawString(18 * mm, h - 11 * mm, self.header)
                self.drawRightString(w - 18 * mm, h - 11 * mm, "Page %d of %d" % (self._pageNumber, n))
                self.setStrokeColor(colors.HexColor("#bbbbbb"))
                self.line(18 * mm, h - 12.5 * mm, w - 18 * mm, h - 12.5 * mm)
            super().showPage()
        super().save()


def render(p, path):
    st = p["style"]
    size = LETTER if st.get("page") == "letter" else A4
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=16 * mm,
                            title=p["name"] + " – CV", author=p["name"])
    width = doc.width - 12  # the frame's own padding, 6 points each side
    main, _ = build(p)
    story = []
    if st.get("headtable"):
        # the head blocks become a two-cell table: name and title left, contact right
        left = [Paragraph(runs_para(tpl(p["name"])), S["name"]), Paragraph(runs_para(tpl(p["label"])), S["label"])]
        right = [Paragraph(runs_para(r), S["contactR"]) for r in contact_lines(p)]
        t = Table([[left, right]], colWidths=[width * 0.55, width * 0.45], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                               ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#0f3d3e"))]))
        story.append(t)
        main = [b for b in main if b[0] not in ("name", "label", "contact")]
    story += flow(main, width)

    class C(NumberedCanvas):
        header = st.get("header", "")
        pagesize = size

    doc.build(story, canvasmaker=C)
