"""Three resumes typeset by pdfLaTeX: Computer Modern in OT1 (accents as
separate glyphs, no space characters), and Times in T1."""
import os
import shutil
import subprocess
import tempfile

from common import fmt_range


def tex(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"),
                 ("{", r"\{"), ("}", r"\}"), ("~", r"\textasciitilde{}"), ("^", r"\^{}"), ("\u00a0", "~"),
                 ("’", "'"), ("“", "``"), ("”", "''"), ("–", "--"), ("—", "---")]:
        s = s.replace(a, b)
    return s


def pdflatex(src, out):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "cv.tex"), "w", encoding="utf-8") as f:
            f.write(src)
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=d, capture_output=True)
            if r.returncode != 0:
                raise RuntimeError(r.stdout.decode("utf-8", "replace")[-3000:])
        shutil.copy(os.path.join(d, "cv.pdf"), out)


# ---------------------------------------------------------------- nguyenvan: CM/OT1, company first, dates right

def nguyenvan(p):
    lang = "fr"
    work = []
    for w in p["work"]:
        dates = fmt_range(w, "month", lang, "aujourd'hui", dash=" -- ")
        items = "".join(r"\item %s" % tex(h) + "\n" for h in w["highlights"])
        work.append(r"""\textbf{%s} \hfill %s\\
\textit{%s} \hfill %s
\begin{itemize}\itemsep0pt
%s\end{itemize}
""" % (tex(w["company"]), tex(w["location"]), tex(w["position"]), tex(dates), items))
    edu = []
    for e in p["education"]:
        dates = fmt_range(e, "mon", lang, "", dash=" -- ")
        edu.append(r"\textbf{%s} \hfill %s\\ %s, %s\par\smallskip" % (tex(e["institution"]), tex(dates), tex(e["studyType"]), tex(e["area"])) + "\n")
    langs = ", ".join("%s (%s)" % (tex(l), tex(f)) for l, f in p["languages"])
    return r"""\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=18mm]{geometry}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\sect}[1]{\medskip{\large\bfseries #1}\par\hrule\smallskip}
\begin{document}
{\LARGE\bfseries %(name)s}\\[2pt]
%(label)s\\[4pt]
%(address)s\\
T\'el.~: %(phone)s \quad \href{mailto:%(email)s}{%(email)s} \quad \href{%(ghurl)s}{%(gh)s}

\sect{Profil}
%(summary)s

\sect{Exp\'erience professionnelle}
%(work)s
\sect{Formation}
%(edu)s
\sect{Comp\'etences techniques}
%(skills)s

\sect{Langues}
%(langs)s

\sect{Divers}
Membre de l'association Toulouse Hackerspace ; course \`a pied (semi-marathon en 1~h~32).
\end{document}
""" % dict(name=tex(p["name"]), label=tex(p["label"]), address=tex(p["address"]), phone=tex(p["phone"]).replace(" ", "~"),
           email=p["email"], ghurl=p["links"][0][2], gh=tex(p["links"][0][3]), summary=tex(p["summary"]), work="\n".join(work),
           edu="".join(edu), skills=", ".join(tex(k) for k in p["skills"][0][1]), langs=langs)


# ---------------------------------------------------------------- carvalho: Times/T1, name in capitals, portfolio link text

def carvalho(p):
    lang = "pt"
    work = []
    for w in p["work"]:
        dates = fmt_range(w, "mon", lang, "presente", dash=" -- ")
        items = "".join(r"\item %s" % tex(h) + "\n" for h in w["highlights"])
        work.append(r"""\noindent\textbf{%s}, %s, %s \hfill \textsl{%s}
\begin{itemize}\setlength{\itemsep}{0pt}\setlength{\parskip}{0pt}
%s\end{itemize}
""" % (tex(w["position"]), tex(w["company"]), tex(w["location"]), tex(dates), items))
    edu = []
    for e in p["education"]:
        edu.append(r"\noindent\textbf{%s em %s}, %s \hfill \textsl{%s -- %s}\par" % (tex(e["studyType"]), tex(e["area"]), tex(e["institution"]), e["start"], e["end"]) + "\n")
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{times}
\usepackage[top=20mm,bottom=20mm,left=22mm,right=22mm]{geometry}
\usepackage{xcolor}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\definecolor{acc}{HTML}{0B6E4F}
\newcommand{\sect}[1]{\vspace{8pt}{\color{acc}\large\textsc{#1}}\par\vspace{-4pt}{\color{acc}\rule{\linewidth}{0.6pt}}\par\vspace{2pt}}
\begin{document}
\begin{center}
{\Huge\bfseries ANA LU\'ISA CARVALHO}\\[4pt]
{\large %(label)s}\\[6pt]
%(address)s $\cdot$ %(phone)s $\cdot$ \href{mailto:%(email)s}{%(email)s} $\cdot$ \href{%(url)s}{%(urltext)s}
\end{center}

\sect{Perfil}
%(summary)s

\sect{Experi\^encia profissional}
%(work)s
\sect{Forma\c{c}\~ao acad\'emica}
%(edu)s
\sect{Compet\^encias}
%(skills)s

\sect{Idiomas}
%(langs)s

\sect{Pr\'emios}
Men\c{c}\~ao honrosa, Pr\'emio Nacional de Design, 2016.
\end{document}
""" % dict(label=tex(p["label"]), address=tex(p["address"]), phone=tex(p["phone"]), email=p["email"], url=p["links"][0][2],
           urltext=tex(p["links"][0][3]), summary=tex(p["summary"]), work="\n".join(work), edu="".join(edu),
           skills=" $\\cdot$ ".join(tex(k) for k in p["skills"][0][1]),
           langs=" \\quad ".join(r"\textbf{%s}: %s" % (tex(l), tex(f)) for l, f in p["languages"]))


# ---------------------------------------------------------------- mensah: CM, "Title | Company | Dates", publications

def mensah(p):
    lang = "en"
    work = []
    for w in p["work"]:
        dates = fmt_range(w, "mon", lang, "Present", dash=" -- ")
        items = "".join(r"\item %s" % tex(h) + "\n" for h in w["highlights"])
        work.append(r"""\textbf{%s} $|$ %s $|$ %s \hfill %s
\begin{itemize}\itemsep1pt\parskip0pt
%s\end{itemize}
""" % (tex(w["position"]), tex(w["company"]), tex(dates), tex(w["location"]), items))
    edu = []
    for e in p["education"]:
        gpa = "; GPA %s" % e["score"] if e.get("score") else ""
        edu.append(r"\textbf{%s}, %s %s%s \hfill %s -- %s\par" % (tex(e["institution"]), tex(e["studyType"]), tex(e["area"]), gpa, e["start"], e["end"]) + "\n")
    return r"""\documentclass[11pt,letterpaper]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=0.75in]{geometry}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\sect}[1]{\vspace{6pt}\textbf{\MakeUppercase{#1}}\par\vspace{-6pt}\rule{\linewidth}{0.4pt}\par}
\begin{document}
\begin{center}
{\huge %(name)s}\\[3pt]
%(address)s \textbullet\ %(phone)s \textbullet\ \href{mailto:%(email)s}{%(email)s} \textbullet\ \href{%(liurl)s}{%(li)s}
\end{center}
\sect{Experience}
%(work)s
\sect{Education}
%(edu)s
\sect{Skills}
%(skills)s

\sect{Languages}
%(langs)s

\sect{Publications}
%(pubs)s
\end{document}
""" % dict(name=tex(p["name"]), address=tex(p["address"]), phone=tex(p["phone"]), email=p["email"], liurl=p["links"][0][2],
           li=tex(p["links"][0][3]), work="\n".join(work), edu="".join(edu),
           skills=", ".join(tex(k) for k in p["skills"][0][1]),
           langs=", ".join("%s (%s)" % (tex(l), tex(f)) for l, f in p["languages"]),
           pubs="".join(tex(x) for x in p["publications"]))
