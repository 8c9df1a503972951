"""Writes a person as a LaTeX article for pdfTeX: Computer Modern in the
default OT1 encoding (accents built by TeX, no space characters in the
PDF), hyperref links, headings with a rule, \\hfill for right-aligned dates
or a narrow date column."""

from model import build

SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
           "·": r"$\cdot$", "|": r"$|$", "\u00a0": "~", "\u00ad": r"\-"}


def esc(s):
    return "".join(SPECIAL.get(c, c) for c in s)


def runs_tex(runs, icons=True):
    out = []
    for t, st, href in runs:
        x = esc(t)
        x = x.replace("@PHONE@", r"\Mobilefone\ ").replace("@EMAIL@", r"\Letter\ ")
        if "b" in st:
            x = r"\textbf{%s}" % x
        if "i" in st:
            x = r"\emph{%s}" % x
        if "c" in st:
            x = r"\textsc{%s}" % x
        if href:
            x = r"\href{%s}{%s}" % (href.replace("%", r"\%").replace("#", r"\#"), x)
        out.append(x)
    return "".join(out)


def blocks_tex(blocks, st):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(r"{\centering\large\bfseries %s\par}\medskip" % runs_tex(b[1]))
        elif k == "name":
            out.append(r"{\LARGE\bfseries %s\par}\smallskip" % runs_tex(b[1]))
        elif k == "label":
            out.append(r"{\large %s\par}\medskip" % runs_tex(b[1]))
        elif k == "contact":
            out.append(r"{\small %s\par}" % runs_tex(b[1]))
        elif k == "h":
            out.append(r"\cvsection{%s}" % esc(b[1]))
        elif k == "p":
            out.append(r"%s\par" % runs_tex(b[1]))
        elif k == "entry":
            if b[2]:
                out.append(r"\cventry{%s}{%s}" % (runs_tex(b[1]), runs_tex(b[2])))
            else:
                out.append(r"\cventry{%s}{}" % runs_tex(b[1]))
        elif k == "sub":
            out.append(r"%s\par" % runs_tex(b[1]))
        elif k == "subr":
            out.append(r"%s\hfill %s\par" % (runs_tex(b[1]), runs_tex(b[2])))
        elif k == "ul":
            out.append(r"\begin{cvitems}" + "".join(r"\item %s" % runs_tex(r) + "\n" for r in b[1]) + r"\end{cvitems}")
        elif k == "row":
            w = st.get("datecol", "3cm")
            inner = blocks_tex(b[2], st).replace(r"\cventry", r"\cvrowentry")
            out.append(r"\noindent\begin{minipage}[t]{%s}%s\end{minipage}\begin{minipage}[t]{\dimexpr\textwidth-%s\relax}%s\end{minipage}\par\medskip"
                       % (w, runs_tex(b[1]), w, inner))
        elif k == "sig":
            out.append(r"\vspace{1.2cm}%s\par" % runs_tex(b[1]))
        elif k == "gap":
            out.append(r"\medskip")
        else:
            raise ValueError(k)
    return "\n".join(out)


PREAMBLE = r"""\documentclass[10pt,%(paper)s]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=2cm]{geometry}
\usepackage{marvosym}
\usepackage[hidelinks,pdfusetitle]{hyperref}
\hypersetup{pdftitle={%(title)s},pdfauthor={%(author)s}}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{1pt}
\newcommand{\cvsection}[1]{\par\vspace{8pt}{\large\bfseries #1\par}\vspace{-3pt}\rule{\textwidth}{0.4pt}\par\vspace{2pt}}
\newcommand{\cventry}[2]{\par\vspace{5pt}#1\hfill #2\par}
\newcommand{\cvrowentry}[2]{#1\hfill #2\par}
\newenvironment{cvitems}{\begin{itemize}\setlength{\itemsep}{0pt}\setlength{\parsep}{0pt}\setlength{\topsep}{1pt}}{\end{itemize}}
\begin{document}
"""


def render(p):
    st = p["style"]
    main, _ = build(p)
    head = PREAMBLE % dict(paper=st.get("paper", "a4paper"), title=esc(p["name"]) + " -- CV", author=esc(p["name"]))
    return head + blocks_tex(main, st) + "\n\\end{document}\n"
