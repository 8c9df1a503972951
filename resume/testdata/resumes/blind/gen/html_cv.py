"""Four resumes printed to PDF by headless Chromium, each with its own page
design (as people build them from online templates)."""
import os
import subprocess
import tempfile

from common import esc, fmt_range, fmt_date


def chromium(html_text, out):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "cv.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + os.path.join(d, "u"), "--no-pdf-header-footer", "--print-to-pdf=" + out, src],
                       check=True, capture_output=True)


def shy(text):
    """Soft hyphens inside long words, as a word processor's or a CMS's
    hyphenation leaves them in copied text."""
    out = []
    for w in text.split(" "):
        if len(w) >= 11 and w.isalpha():
            k = len(w) // 2
            w = w[:k] + "\u00ad" + w[k:]
        out.append(w)
    return " ".join(out)


# ---------------------------------------------------------------- kermadec: one column, dates on their own line, icons

def kermadec(p):
    lang = "fr"
    li = p["links"]
    work = []
    for w in p["work"]:
        dates = fmt_range(w, "month", lang, "aujourd’hui", since="Depuis")
        dates = dates[0].upper() + dates[1:]
        hl = "".join("<li>%s</li>" % esc(shy(h)) for h in w["highlights"])
        work.append('<div class="item"><div class="when">%s</div><div class="what"><b>%s</b> — %s, %s</div>%s</div>'
                    % (esc(dates), esc(w["position"]), esc(w["company"]), esc(w["location"]), "<ul>%s</ul>" % hl if hl else ""))
    edu = []
    for e in p["education"]:
        edu.append('<div class="item"><div class="when">%s – %s</div><div class="what"><b>%s %s</b> — %s</div></div>'
                   % (e["start"], e["end"], esc(e["studyType"]), esc(e["area"]), esc(e["institution"])))
    skills = " · ".join(esc(k) for k in p["skills"][0][1])
    langs = "".join("<li><b>%s</b> : %s</li>" % (esc(l), esc(f)) for l, f in p["languages"])
    return """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CV</title><style>
@page { size: A4; margin: 14mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; color: #222; line-height: 1.35; }
h1 { font-size: 22pt; margin: 0; font-weight: 700; letter-spacing: .5px; }
.label { font-size: 12pt; color: #b0413e; margin: 2px 0 8px; }
.contact { margin: 2px 0; }
.contact span { margin-right: 14px; white-space: nowrap; }
.ico { color: #b0413e; }
h2 { font-size: 11.5pt; color: #b0413e; border-bottom: 1.5px solid #b0413e; margin: 14px 0 6px; padding-bottom: 2px; }
.item { margin: 0 0 8px; }
.when { font-size: 8.8pt; color: #666; font-style: italic; }
ul { margin: 2px 0 0 0; padding-left: 16px; }
a { color: #222; text-decoration: none; }
</style></head><body>
<h1>%(name)s</h1>
<div class="label">%(label)s</div>
<div class="contact"><span><span class="ico">☎</span> %(phone)s</span><span><span class="ico">✉</span> <a href="mailto:%(email)s">%(email)s</a></span><span><span class="ico">⌂</span> %(address)s</span></div>
<div class="contact"><span><span class="ico">in</span> %(li0)s</span><span><span class="ico">➚</span> <a href="%(li1url)s">%(li1)s</a></span><span>Permis B</span></div>
<h2>Profil</h2><p>%(summary)s</p>
<h2>Expérience professionnelle</h2>%(work)s
<h2>Formation</h2>%(edu)s
<h2>Compétences</h2><p>%(skills)s</p>
<h2>Langues</h2><ul>%(langs)s</ul>
<h2>Centres d’intérêt</h2><p>Voile (régates en Bretagne), photographie argentique, bénévolat à la Croix-Rouge.</p>
</body></html>""" % dict(name=esc(p["name"]), label=esc(p["label"]), phone=esc(p["phone"]).replace(" ", "&nbsp;"), email=esc(p["email"]),
                         address=esc(p["address"]), li0=esc(li[0][3]), li1url=esc(li[1][2]), li1=esc(li[1][3]),
                         summary=esc(shy(p["summary"])), work="".join(work), edu="".join(edu), skills=skills, langs=langs)


# ---------------------------------------------------------------- deluca: sidebar left, header repeated on every page

def deluca(p):
    lang = "it"
    work = []
    for w in p["work"]:
        dates = fmt_range(w, "mon", lang, "in corso")
        hl = "".join("<li>%s</li>" % esc(h) for h in w["highlights"])
        work.append('<div class="job"><div class="row"><span class="t">%s</span><span class="d">%s</span></div>'
                    '<div class="co">%s · %s</div><ul>%s</ul></div>' % (esc(w["position"]), esc(dates), esc(w["company"]), esc(w["location"]), hl))
    edu = []
    for e in p["education"]:
        score = '<div class="co">Voto: %s</div>' % esc(e["score"]) if e.get("score") else ""
        edu.append('<div class="job"><div class="row"><span class="t">%s in %s</span><span class="d">%s – %s</span></div><div class="co">%s</div>%s</div>'
                   % (esc(e["studyType"]), esc(e["area"]), e["start"], e["end"], esc(e["institution"]), score))
    skills = "".join("<li>%s</li>" % esc(k) for k in p["skills"][0][1])
    langs = "".join("<li>%s <span class=lv>%s</span></li>" % (esc(l), esc(f)) for l, f in p["languages"])
    projects = [
        ("Mappa delle fontanelle di Milano", "Applicazione web open source (React, Leaflet) con i dati aperti del Comune; 3.000 utenti al mese."),
        ("go-fatturapa", "Libreria Go per generare e validare fatture elettroniche nel formato FatturaPA; 400 stelle su GitHub."),
        ("Volontariato CoderDojo Milano", "Laboratori di programmazione per ragazzi dagli 8 ai 14 anni, una volta al mese."),
    ]
    proj = "".join('<div class="job"><div class="t">%s</div><div>%s</div></div>' % (esc(a), esc(b)) for a, b in projects)
    return """<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Curriculum</title><style>
@page { size: A4; margin: 12mm 12mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #1d2a35; margin: 0; line-height: 1.45; }
table.page { width: 100%%; border-collapse: collapse; }
thead td { padding: 0 0 8px; border-bottom: 2px solid #2a6f97; }
.hname { font-size: 20pt; font-weight: 700; }
.hsub { font-size: 10pt; color: #2a6f97; }
td.side { width: 31%%; vertical-align: top; background: #eef3f7; padding: 10px 10px; font-size: 9.5pt; }
td.main { vertical-align: top; padding: 10px 0 0 14px; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1px; color: #2a6f97; margin: 12px 0 6px; }
.side h2 { margin-top: 4px; }
.side ul { list-style: none; padding: 0; margin: 0 0 8px; }
.side li { margin: 0 0 4px; }
.lv { color: #667; font-size: 8.5pt; display: block; }
.job { margin: 0 0 10px; break-inside: avoid; }
.row { display: flex; justify-content: space-between; }
.t { font-weight: 700; }
.d { color: #557; white-space: nowrap; }
.co { color: #2a6f97; }
ul { margin: 3px 0 0; padding-left: 16px; }
.gdpr { font-size: 7.5pt; color: #777; margin-top: 18px; }
</style></head><body>
<table class="page"><thead><tr><td colspan="2">
<div class="hname">%(name)s</div><div class="hsub">%(label)s · ✉ %(email)s · ✆ %(phone)s</div>
</td></tr></thead><tbody><tr>
<td class="side">
<h2>Contatti</h2><ul><li>✆ %(phone)s</li><li>✉ %(email)s</li><li>⌂ %(address)s</li><li>⌘ %(gh)s</li><li>in <a href="%(liurl)s">%(litext)s</a></li></ul>
<h2>Competenze</h2><ul>%(skills)s</ul>
<h2>Lingue</h2><ul>%(langs)s</ul>
<h2>Interessi</h2><ul><li>Arrampicata</li><li>Fotografia</li><li>Cucina napoletana</li></ul>
</td>
<td class="main">
<h2>Profilo</h2><p>%(summary)s</p>
<h2>Esperienza professionale</h2>%(work)s
<h2>Istruzione e formazione</h2>%(edu)s
<h2>Progetti personali</h2>%(proj)s
<p class="gdpr">Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae in base all’art. 13 del D.Lgs. 196/2003 e all’art. 13 del Regolamento UE 2016/679 relativo alla protezione delle persone fisiche con riguardo al trattamento dei dati personali.</p>
</td></tr></tbody></table>
</body></html>""" % dict(name=esc(p["name"]), label=esc(p["label"]), email=esc(p["email"]), phone=esc(p["phone"]),
                         address=esc(p["address"]), gh=esc(p["links"][0][3]), liurl=esc(p["links"][1][2]), litext=esc(p["links"][1][3]),
                         skills=skills, langs=langs, summary=esc(p["summary"]), work="".join(work), edu="".join(edu), proj=proj)


# ---------------------------------------------------------------- dejong: sidebar right, headings not bold, years only

def dejong(p):
    lang = "nl"
    work = []
    for w in p["work"]:
        dates = fmt_range(w, "year", lang, "heden")
        hl = "".join("<li>%s</li>" % esc(h) for h in w["highlights"])
        work.append('<div class="job"><div class="t">%s</div><div class="co">%s, %s <span class="d">| %s</span></div><ul>%s</ul></div>'
                    % (esc(w["position"]), esc(w["company"]), esc(w["location"]), esc(dates), hl))
    edu = []
    for e in p["education"]:
        edu.append('<div class="job"><div class="t">%s %s</div><div class="co">%s <span class="d">| %s – %s</span></div></div>'
                   % (esc(e["studyType"]), esc(e["area"]), esc(e["institution"]), e["start"], e["end"]))
    skills = "".join("<li>%s</li>" % esc(k) for k in p["skills"][0][1])
    langs = "".join("<li>%s – %s</li>" % (esc(l), esc(f)) for l, f in p["languages"])
    return """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CV Thomas de Jong</title><style>
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #333; line-height: 1.4; }
.wrap { display: flex; min-height: 297mm; }
main { width: 64%%; padding: 16mm 10mm 12mm 16mm; hyphens: auto; text-align: justify; }
aside { width: 36%%; background: #24323f; color: #e9eef2; padding: 16mm 10mm 12mm 9mm; font-size: 9.3pt; }
aside a { color: #e9eef2; text-decoration: none; }
h1 { font-weight: 300; font-size: 26pt; margin: 0; }
.label { font-weight: 300; font-size: 13pt; color: #2f8f83; margin-bottom: 8mm; }
h2 { font-weight: 400; font-size: 10.5pt; text-transform: uppercase; letter-spacing: 3px; color: #2f8f83; margin: 7mm 0 3mm; }
aside h2 { color: #9fd8cf; }
aside ul { list-style: none; padding: 0; margin: 0; }
aside li { margin-bottom: 2.2mm; }
.job { margin-bottom: 4mm; }
.t { font-size: 10.8pt; }
.co { font-style: italic; color: #555; }
.d { font-style: normal; color: #2f8f83; }
main ul { padding-left: 14px; margin: 1mm 0 0; }
</style></head><body><div class="wrap">
<main>
<h1>%(name)s</h1><div class="label">%(label)s</div>
<h2>Profiel</h2><p>%(summary)s</p>
<h2>Werkervaring</h2>%(work)s
<h2>Opleidingen</h2>%(edu)s
<h2>Nevenactiviteiten</h2><p>Bestuurslid van de Amsterdamse roeivereniging De Hoop (2018 – 2021). Vrijwilliger bij Data Science for Social Good.</p>
</main>
<aside>
<h2>Contact</h2><ul><li>%(phone)s</li><li><a href="mailto:%(email)s">%(email)s</a></li><li>%(address)s</li><li>%(gh)s</li><li>%(web)s</li></ul>
<h2>Vaardigheden</h2><ul>%(skills)s</ul>
<h2>Talen</h2><ul>%(langs)s</ul>
<h2>Persoonlijk</h2><ul><li>Geboren 1992</li><li>Rijbewijs B</li></ul>
</aside></div></body></html>""" % dict(name=esc(p["name"]), label=esc(p["label"]), summary=esc(p["summary"]), work="".join(work), edu="".join(edu),
                                      phone=esc(p["phone"]), email=esc(p["email"]), address=esc(p["address"]), gh=esc(p["links"][0][3]),
                                      web=esc(p["links"][1][3]), skills=skills, langs=langs)


# ---------------------------------------------------------------- solberg: three pages, running header, plain headings

def solberg(p):
    lang = "en"
    work = []
    for w in p["work"]:
        dates = fmt_range(w, "month", lang, "present")
        hl = "".join("<li>%s</li>" % esc(h) for h in w["highlights"])
        work.append('<div class="job"><div class="t">%s at %s, %s</div><div class="d">%s</div><ul>%s</ul></div>'
                    % (esc(w["position"]), esc(w["company"]), esc(w["location"]), esc(dates), hl))
    edu = []
    for e in p["education"]:
        score = " (%s)" % esc(e["score"]) if e.get("score") else ""
        edu.append('<div class="job"><div class="t">%s %s%s, %s</div><div class="d">%s – %s</div></div>'
                   % (esc(e["studyType"]), esc(e["area"]), score, esc(e["institution"]), e["start"], e["end"]))
    skills = "".join("<p><span class=k>%s:</span> %s</p>" % (esc(n), esc(", ".join(k))) for n, k in p["skills"])
    langs = "; ".join("%s (%s)" % (esc(l), esc(f)) for l, f in p["languages"])
    pubs = "".join("<li>%s</li>" % esc(x) for x in p["publications"])
    talks = "".join("<li>%s</li>" % esc(x) for x in p["talks"])
    teach = "".join("<li>%s</li>" % esc(x) for x in p["teaching"])
    return """<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ingrid Solberg CV</title><style>
@page { size: A4; margin: 22mm 20mm 18mm;
  @top-left { content: "Ingrid Solberg · Curriculum vitae"; font-family: 'DejaVu Serif', serif; font-size: 8.5pt; color: #777; }
  @top-right { content: "ingrid.solberg@example.org · page " counter(page) " of " counter(pages); font-family: 'DejaVu Serif', serif; font-size: 8.5pt; color: #777; } }
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.55; color: #202020; }
h1 { font-size: 24pt; font-weight: 400; margin: 0; }
.sub { font-size: 12.5pt; color: #555; margin-bottom: 4mm; }
h2 { font-size: 12.5pt; font-weight: 400; font-variant: small-caps; letter-spacing: 1.5px; color: #6b2d5c; border-bottom: .6px solid #999; margin: 7mm 0 3mm; }
.job { margin-bottom: 4mm; }
.t { font-weight: 400; font-style: italic; }
.d { text-align: right; color: #555; font-size: 10pt; }
ul { margin: 1mm 0 0; padding-left: 18px; }
li { margin-bottom: 1mm; }
.k { font-variant: small-caps; }
a { color: inherit; text-decoration: none; }
</style></head><body>
<h1>%(name)s</h1><div class="sub">%(label)s</div>
<div>%(address)s · %(phone)s · <a href="mailto:%(email)s">%(email)s</a></div>
<div>%(web)s · %(li)s</div>
<h2>Profile</h2><p>%(summary)s</p>
<h2>Employment</h2>%(work)s
<h2>Education</h2>%(edu)s
<h2>Skills</h2>%(skills)s
<h2>Languages</h2><p>%(langs)s</p>
<h2>Publications</h2><ol>%(pubs)s</ol>
<h2>Selected talks</h2><ul>%(talks)s</ul>
<h2>Teaching and mentoring</h2><ul>%(teach)s</ul>
<h2>Awards</h2><ul><li>UK Government Digital Service “Research Impact” award, 2019</li><li>BBC Audiences Award (team), 2015</li></ul>
<h2>Memberships</h2><ul><li>Member, ACM SIGCHI (since 2011)</li><li>Member, Market Research Society (MRS), Certified Member 2018</li></ul>
</body></html>""" % dict(name=esc(p["name"]), label=esc(p["label"]), address=esc(p["address"]),
                         phone=esc(p["phone"]).replace(" ", "&nbsp;"), email=esc(p["email"]), web=esc(p["links"][0][3]), li=esc(p["links"][1][3]),
                         summary=esc(p["summary"]), work="".join(work), edu="".join(edu), skills=skills, langs=langs, pubs=pubs, talks=talks, teach=teach)
