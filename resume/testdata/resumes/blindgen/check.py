"""Checks every truth value against the text of its own file.

For a PDF the text is poppler's (pdftotext in its default, -raw and -layout
modes) and the link targets are poppler's too (pdftohtml -xml); for a DOCX
it is the XML of the document, headers and footers, and the targets of the
relationships. Text is compared after NFC (TeX's separate accents joined),
with soft hyphens dropped, non-breaking spaces as spaces, whitespace
collapsed, case folded, and once more with words hyphenated across lines
joined. Dates: the string the page prints must be in the text, and this
script's own reading of it (month names in en, de, fr, es) must give the
truth's startDate and endDate at the same precision.

Also checks that each JSON is exactly what make.py writes from the data,
that every resume file has its JSON, and that the set is what the brief
asked for (at least 16 files, 4 per language). Exit status 1 on any miss.

Run with Debian's python3 from the folder above: /usr/bin/python3 blindgen/check.py blind5
"""

import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) < 2:
    sys.exit("usage: /usr/bin/python3 %s SET-FOLDER%s" % (os.path.basename(__file__), " [file-stem ...]" if __file__.endswith("make.py") else ""))
OUT = os.path.abspath(sys.argv[1])  # the set: its files, and its people in OUT/gen
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(OUT, "gen"))
import model  # noqa: E402
import people_en, people_de, people_fr, people_es  # noqa: E402

PEOPLE = {p["file"]: p for p in people_en.PEOPLE + people_de.PEOPLE + people_fr.PEOPLE + people_es.PEOPLE}

# ---------------------------------------------------------------- text

SPACING_ACCENTS = {"\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302", "^": "\u0302", "\u00a8": "\u0308",
                   "\u02dc": "\u0303", "\u02da": "\u030a", "\u00b8": "\u0327", "\u02c7": "\u030c"}


def normalise(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    # TeX builds accents from two glyphs; poppler may give a spacing accent before the letter
    s = re.sub("([%s])\\s?([A-Za-z\u0131])" % re.escape("".join(SPACING_ACCENTS)),
               lambda m: m.group(2) + SPACING_ACCENTS[m.group(1)], s)
    s = unicodedata.normalize("NFD", s)
    s = re.sub("\u0131(?=[\u0300-\u036f])", "i", s)  # dotless i under an accent (TeX's \'\i)
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\ufb00", "ff").replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb03", "ffi").replace("\ufb04", "ffl")
    s = s.replace("’", "'").replace("‘", "'")
    return s


def variants(raw):
    s = normalise(raw)
    joined = re.sub(r"(\w)[-\u2010]\s*\n\s*(\w)", r"\1\2", s)  # a word hyphenated at a line end
    kept = re.sub(r"(\w-)\s*\n\s*(\w)", r"\1\2", s)  # a real hyphen at a line end
    return [" ".join(v.split()).casefold() for v in (s, joined, kept)]


def pdf_text(path):
    texts = []
    for mode in ([], ["-raw"], ["-layout"]):
        texts.append(subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", path, "-"], check=True,
                                    stdout=subprocess.PIPE).stdout.decode("utf-8"))
    x = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", "-q", path], check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
    links = set(re.findall(r'<a href="([^"]*)"', x))
    return texts, links


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)]
    out = []
    for n in parts:
        root = ET.fromstring(z.read(n))
        for para in root.iter(W + "p"):
            buf = []
            for el in para.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag == W + "tab":
                    buf.append("\t")
                elif el.tag in (W + "br", W + "cr"):
                    buf.append("\n")
                elif el.tag == W + "noBreakHyphen":
                    buf.append("-")
            out.append("".join(buf))
    links = set()
    for n in z.namelist():
        if n.startswith("word/_rels/") and n.endswith(".rels"):
            for rel in ET.fromstring(z.read(n)):
                if rel.get("TargetMode") == "External":
                    links.add(rel.get("Target"))
    return ["\n".join(out)], links


# ---------------------------------------------------------------- dates

MONTHS = {
    1: "jan january januar jänner janv janvier ene enero",
    2: "feb february februar févr fevr février fevrier febrero",
    3: "mar march märz mär maerz mars marzo",
    4: "apr april avr avril abr abril",
    5: "may mai mayo",
    6: "jun june juni juin junio",
    7: "jul july juli juil juillet julio",
    8: "aug august août aout ago agosto",
    9: "sep sept september septembre septiembre",
    10: "oct october okt oktober octobre octubre",
    11: "nov november novembre noviembre",
    12: "dec december dez dezember déc decembre décembre dic diciembre",
}
MONTH = {w: m for m, ws in MONTHS.items() for w in ws.split()}
PRESENT = {"bis heute", "present", "current", "now", "heute", "aktuell", "aujourd'hui", "aujourd’hui", "actualidad", "presente", "actualmente"}
SINCE = ("seit ", "depuis ", "desde ", "since ")
SEASONS = ("summer ", "spring ", "autumn ", "fall ", "winter ", "sommer ", "été ", "verano ")


def one_date(s):
    s = s.strip().rstrip(".").strip()
    for season in SEASONS:
        if s.startswith(season):
            s = s[len(season):]
    if re.fullmatch(r"\d{4}", s):
        return s
    m = re.fullmatch(r"(\d{1,2})[/.](\d{4})", s)
    if m:
        return "%s-%02d" % (m.group(2), int(m.group(1)))
    m = re.fullmatch(r"([^\d\s]+)\.?\s+(?:de\s+)?(\d{4})", s)
    if m and m.group(1).rstrip(".") in MONTH:
        return "%s-%02d" % (m.group(2), MONTH[m.group(1).rstrip(".")])
    m = re.fullmatch(r"([^\d\s]+)\.?", s)
    if m and m.group(1).rstrip(".") in MONTH:
        return "--%02d" % MONTH[m.group(1).rstrip(".")]  # a month whose year comes later
    raise ValueError("cannot read date %r" % s)


def read_range(printed, kind):
    s = printed.casefold().strip()
    for w in SINCE:
        if s.startswith(w):
            return one_date(s[len(w):]), None
    if s.endswith(" to date"):  # British 'October 2020 to date'
        return one_date(s[:-len(" to date")]), None
    m = (re.fullmatch(r"(?:de |d'|d’)(.+?) à (.+)", s)  # French 'de mars 2016 à août 2019'
         or re.fullmatch(r"von (.+?) bis (.+)", s)  # German 'von 04/2015 bis 09/2019'
         or re.fullmatch(r"de (.+?) a (.+)", s)  # Spanish 'de 2015 a 2019'
         or re.fullmatch(r"([^–—-]+?) (?:bis|to|→) (.+)", s))  # '03/2019 bis 02/2022', 'June 2016 to March 2020', '2019 → 2021' (not '03/2019 – bis heute')
    parts = [m.group(1), m.group(2)] if m else re.split(r"\s*[–—-]\s*", s)
    if len(parts) == 1:
        d = one_date(parts[0])
        return (d, d) if kind == "work" else (None, d)
    parts = [x.strip() for x in parts]
    if len(parts) != 2:
        raise ValueError("cannot read range %r" % printed)
    end = None if parts[1].strip() in PRESENT else one_date(parts[1])
    start = one_date(parts[0])
    if start.startswith("--"):
        start = end[:4] + start[1:]
    return start, end


# ---------------------------------------------------------------- checks

def norm_url(u):
    u = u.lower().rstrip("/")
    for p in ("https://", "http://", "www."):
        if u.startswith(p):
            u = u[len(p):]
    return u


def check_file(stem, misses):
    p = PEOPLE[stem]
    jpath = os.path.join(OUT, stem + ".json")
    with open(jpath, encoding="utf-8") as f:
        t = json.load(f)
    if t != json.loads(json.dumps(model.truth(p), ensure_ascii=False)):
        misses.append("%s: JSON differs from what make.py writes" % stem)
    path = os.path.join(OUT, stem + (".docx" if p["producer"] == "libreoffice-docx" else ".pdf"))
    texts, links = docx_text(path) if path.endswith(".docx") else pdf_text(path)
    hay = [v for raw in texts for v in variants(raw)]
    nlinks = {norm_url(u) for u in links}
    n = 0

    def has(what, value):
        nonlocal n
        if value is None or value == "":
            return
        n += 1
        v = " ".join(normalise(value).split()).casefold()
        if not any(v in h for h in hay):
            misses.append("%s: %s %r not in the text" % (stem, what, value))

    def has_link(what, url):
        nonlocal n
        n += 1
        if norm_url(url) not in nlinks:
            misses.append("%s: %s %r not among the link targets %s" % (stem, what, url, sorted(nlinks)))

    r = t["resume"]
    b = r["basics"]
    for k in ("name", "label", "email", "phone", "summary"):
        has("basics." + k, b.get(k))
    has("basics.location.city", b["location"]["city"])
    has("basics.location.region", b["location"].get("region"))
    has_link("email link", "mailto:" + b["email"]) if p.get("contact") else None
    if b.get("url"):
        has_link("basics.url", b["url"])
    for pr in b["profiles"]:
        has_link("profile " + pr["network"], pr["url"])
        if pr["username"].casefold() not in pr["url"].casefold():
            misses.append("%s: username %r not in %r" % (stem, pr["username"], pr["url"]))
    for kind, items, src in (("work", r["work"], p["work"]), ("education", r["education"], p["education"])):
        if len(items) != len(src):
            misses.append("%s: %d %s entries in JSON, %d in data" % (stem, len(items), kind, len(src)))
        for x, e in zip(items, src):
            for k in ("name", "position", "location", "institution", "area", "studyType", "score"):
                has("%s.%s" % (kind, k), x.get(k))
            for h in x.get("highlights", []):
                has(kind + ".highlight", h)
            has(kind + ".summary", x.get("summary"))
            has(kind + " printed dates", e["dates"])
            try:
                start, end = read_range(e["dates"], "work" if kind == "work" else "edu")
            except ValueError as err:
                misses.append("%s: %s" % (stem, err))
                continue
            n += 1
            if (start, end) != (x.get("startDate"), x.get("endDate")):
                misses.append("%s: %s %r reads as %s..%s, truth says %s..%s" % (
                    stem, kind, e["dates"], start, end, x.get("startDate"), x.get("endDate")))
    for s in r["skills"]:
        for k in s["keywords"]:
            has("skill", k)
    for l in r["languages"]:
        has("language", l["language"])
        has("fluency", l["fluency"])
    for c in r["certificates"]:
        for k in ("name", "issuer", "date"):
            has("certificate." + k, c.get(k))
    return n


def main():
    misses = []
    files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(OUT, "*.pdf")) + glob.glob(os.path.join(OUT, "*.docx")))
    stems = [os.path.splitext(f)[0] for f in files]
    for s in stems:
        if s not in PEOPLE:
            misses.append("%s: a resume file with no person in the data" % s)
    for s in PEOPLE:
        if s not in stems:
            misses.append("%s: no resume file" % s)
    jsons = sorted(os.path.basename(f)[:-5] for f in glob.glob(os.path.join(OUT, "*.json")))
    if jsons != sorted(stems):
        misses.append("JSON files %s do not match resume files %s" % (jsons, stems))
    total = 0
    for s in stems:
        if s in PEOPLE:
            total += check_file(s, misses)
    langs = Counter(PEOPLE[s]["lang"] for s in stems if s in PEOPLE)
    prods = Counter(PEOPLE[s]["producer"] for s in stems if s in PEOPLE)
    names = Counter(PEOPLE[s]["name"] for s in stems if s in PEOPLE)
    if len(stems) < 16 or any(langs[l] < 4 for l in ("en", "de", "fr", "es")):
        misses.append("set too small: %d files, %s" % (len(stems), dict(langs)))
    if any(c > 1 for c in names.values()):
        misses.append("a person appears twice: %s" % names)
    for m in misses:
        print("MISS", m)
    print("%d files, %d values checked, %d misses; languages %s; producers %s" % (
        len(stems), total, len(misses), dict(langs), dict(prods)))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
