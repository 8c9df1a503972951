#!/usr/bin/env python3
"""Checks every truth value against the file's text as an independent
extractor reads it (poppler's pdftotext; for DOCX, the text of its XML
parts), so that the ground truth holds only what the page shows. Needs
poppler-utils. Prints what it cannot find."""
import glob
import html
import json
import os
import re
import subprocess
import sys
import zipfile
import unicodedata

HERE = os.path.abspath(os.path.dirname(__file__))
OUT = os.path.dirname(HERE)


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-raw", path, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    # DOCX: the w:t text of every part (body, headers, text boxes), one
    # paragraph a line; deletions (w:delText) are not w:t and drop out.
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.startswith("word/") and n.endswith(".xml"):
                xml = z.read(n).decode("utf-8")
                xml = re.sub(r"</w:p>|<w:br/>", "\n", xml)
                xml = re.sub(r"<w:tab/>", " ", xml)
                xml = re.sub(r"<w:noBreakHyphen/>", "<w:t>-</w:t>", xml)
                out += [html.unescape(m) for m in re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n)", xml) for m in m if m]
    return "".join(out)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00ad", "").replace("\u2011", "-").replace("\u00a0", " ")
    s = s.replace("’", "'").replace("–", "-").replace("—", "-")
    s = re.sub(r"-\s*\n\s*", "-", s)  # a date range or a hyphenated word broken at the line end
    return re.sub(r"\s+", " ", s).lower()


def main():
    bad = 0
    for tf in sorted(glob.glob(os.path.join(OUT, "*.json"))):
        base = tf[:-5]
        doc = base + ".pdf" if os.path.exists(base + ".pdf") else base + ".docx"
        t = norm(text_of(doc))
        r = json.load(open(tf, encoding="utf-8"))["resume"]
        b = r["basics"]
        want = [b["email"], b["phone"], b["location"]["city"]]
        want.append(b["name"])
        for w in r["work"]:
            want += [w["name"], w["position"]]
        for e in r["education"]:
            want.append(e["institution"])
        for s in r["skills"]:
            want += s["keywords"]
        for l in r["languages"]:
            want.append(l["language"])
        miss = [w for w in want if norm(w) not in t]
        if miss:
            bad += 1
            print("%s: not in the text: %s" % (os.path.basename(doc), miss))
    print("checked; %d files with misses" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
