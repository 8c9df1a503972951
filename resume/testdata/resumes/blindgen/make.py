"""Renders a blind set (blind2 ... blind5): its people (SET/gen/people_*.py)
into SET's resume files and their truth (*.json).

Run with Debian's python3 (it has python3-reportlab), from the folder above:
    /usr/bin/python3 blindgen/make.py blind5 [file-stem ...]
Needs libreoffice-writer, chromium, pdflatex (texlive-latex-base,
-recommended, -fonts-recommended) and the Liberation, Carlito and Caladea
fonts, which make.py takes from FONTDIR through a private fontconfig file so
that nothing is installed system-wide (apt-get download fonts-liberation2
fonts-crosextra-carlito fonts-crosextra-caladea; dpkg-deb -x each into
FONTDIR/root).

The truth (*.json) follows the first blind set's conventions: the JSON
Resume fields the scoring test reads, as the page prints them; dates at the
printed precision; no endDate for a current position; work only from the
employment section (not volunteering, projects, teaching, talks or
publications), a promotion as two entries; skills as listed; languages as
written. check.py checks every truth value against the file's own text.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) < 2:
    sys.exit("usage: /usr/bin/python3 %s SET-FOLDER%s" % (os.path.basename(__file__), " [file-stem ...]" if __file__.endswith("make.py") else ""))
OUT = os.path.abspath(sys.argv[1])  # the set: its files, and its people in OUT/gen
FONTDIR = os.environ.get("FONTDIR", "/tmp/blind2-fonts")

sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(OUT, "gen"))
import model  # noqa: E402
import people_en, people_de, people_fr, people_es  # noqa: E402

PEOPLE = people_en.PEOPLE + people_de.PEOPLE + people_fr.PEOPLE + people_es.PEOPLE


def env():
    e = dict(os.environ)
    e["FONTCONFIG_FILE"] = os.path.join(FONTDIR, "fonts.conf")
    e["SOURCE_DATE_EPOCH"] = "1772323200"  # 2026-03-01, for reproducible TeX output
    e["FORCE_SOURCE_DATE"] = "1"
    return e


def soffice(src, fmt, outdir):
    profile = tempfile.mkdtemp(prefix="blindgen-lo-")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                        "--convert-to", fmt, "--outdir", outdir, src],
                       check=True, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def make(p, work):
    stem = p["file"]
    prod = p["producer"]
    if prod in ("libreoffice-pdf", "libreoffice-docx"):
        import render_odt
        src = os.path.join(work, stem + ".fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render_odt.render(p))
        if prod == "libreoffice-pdf":
            soffice(src, "pdf:writer_pdf_Export", work)
            shutil.copy(os.path.join(work, stem + ".pdf"), os.path.join(OUT, stem + ".pdf"))
        else:
            soffice(src, "docx:MS Word 2007 XML", work)
            shutil.copy(os.path.join(work, stem + ".docx"), os.path.join(OUT, stem + ".docx"))
    elif prod == "chromium":
        import render_html
        src = os.path.join(work, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render_html.render(p))
        profile = tempfile.mkdtemp(prefix="blindgen-cr-")
        try:
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--user-data-dir=" + profile, "--no-pdf-header-footer",
                            "--print-to-pdf=" + os.path.join(OUT, stem + ".pdf"), "file://" + src],
                           check=True, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        finally:
            shutil.rmtree(profile, ignore_errors=True)
    elif prod == "pdftex":
        import render_tex
        src = os.path.join(work, stem + ".tex")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render_tex.render(p))
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", stem + ".tex"], cwd=work,
                               env=env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
            if r.returncode:
                sys.stderr.write(r.stdout.decode("utf-8", "replace")[-3000:])
                raise SystemExit("pdflatex failed on " + stem)
        shutil.copy(os.path.join(work, stem + ".pdf"), os.path.join(OUT, stem + ".pdf"))
    elif prod == "reportlab":
        import render_rl
        render_rl.render(p, os.path.join(OUT, stem + ".pdf"))
    else:
        raise ValueError(prod)
    with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(model.truth(p), f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    want = set(sys.argv[2:])
    work = tempfile.mkdtemp(prefix="blindgen-")
    keep = os.environ.get("KEEP")
    try:
        for p in PEOPLE:
            if want and p["file"] not in want:
                continue
            print(p["file"], flush=True)
            make(p, work)
    finally:
        if keep:
            print("sources kept in", work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
