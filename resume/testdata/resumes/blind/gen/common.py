"""Dates as each language writes them, section headings, and the ground
truth written beside every rendered resume."""
import html
import json

MONTHS = {
    "en": (["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
           ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]),
    "de": (["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
           ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]),
    "fr": (["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
           ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]),
    "es": (["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
           ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]),
    "it": (["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
           ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]),
    "nl": (["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
           ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]),
    "pt": (["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
           ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]),
}


def fmt_date(d, style, lang, cap=False):
    """d is "YYYY" or "YYYY-MM". Styles: month (March 2021), mon (Mar 2021),
    slash (03/2021), dot (03.2021), year (2021), monslash (mar/2021)."""
    y = d[:4]
    if style == "year" or len(d) == 4:
        return y
    m = int(d[5:7])
    full, short = MONTHS[lang]
    if style == "month":
        s = full[m - 1] + " " + y
    elif style == "mon":
        s = short[m - 1] + " " + y
    elif style == "monslash":
        s = short[m - 1].rstrip(".") + "/" + y
    elif style == "slash":
        s = "%02d/%s" % (m, y)
    elif style == "dot":
        s = "%02d.%s" % (m, y)
    else:
        raise ValueError(style)
    return s[0].upper() + s[1:] if cap else s


def fmt_range(it, style, lang, present, dash=" – ", since=None, cap=False):
    """A date range; since ("seit", "depuis", "Desde") writes a current
    position as "since <start>" instead of "<start> – <present>"."""
    if it.get("dates_text"):
        return it["dates_text"]
    a = fmt_date(it["start"], style, lang, cap)
    if it["end"] is None:
        if since:
            return since + " " + (a if not cap else a)
        return a + dash + present
    return a + dash + fmt_date(it["end"], style, lang, cap)


def truth_date(d, style):
    if d is None:
        return None
    return d[:4] if style == "year" else d


def esc(s):
    return html.escape(s, quote=True)


def truth(p, producer, layout, style, traps, edu_style=None):
    """The ground truth: JSON Resume fields as the rendered resume shows them."""
    edu_style = edu_style or style
    basics = {"name": p["name"], "label": p["label"], "email": p["email"], "phone": p["phone"]}
    loc = {"city": p["city"], "countryCode": p["countryCode"]}
    if p.get("region"):
        loc["region"] = p["region"]
    basics["location"] = loc
    profiles = []
    for net, user, url, _text in p["links"]:
        if net in ("Website", "Portfolio"):
            basics["url"] = url
        else:
            profiles.append({"network": net, "username": user, "url": url})
    basics["profiles"] = profiles
    if p.get("summary"):
        basics["summary"] = p["summary"]
    work = []
    for w in p["work"]:
        o = {"name": w["company"], "position": w["position"], "location": w["location"]}
        s = w.get("truth_style", style)
        o["startDate"] = truth_date(w["start"], s)
        if w["end"] is not None:
            o["endDate"] = truth_date(w["end"], s)
        o["highlights"] = w["highlights"]
        work.append(o)
    edu = []
    for e in p["education"]:
        o = {"institution": e["institution"]}
        if e["area"]:
            o["area"] = e["area"]
        o["studyType"] = e["studyType"]
        o["startDate"] = truth_date(e["start"], edu_style)
        if e["end"] is not None:
            o["endDate"] = truth_date(e["end"], edu_style)
        if e.get("score"):
            o["score"] = e["score"]
        edu.append(o)
    resume = {
        "basics": basics,
        "work": work,
        "education": edu,
        "skills": [{"name": n, "keywords": k} for n, k in p["skills"]],
        "languages": [{"language": l, "fluency": f} for l, f in p["languages"]],
        "certificates": [{"name": n, "issuer": i, "date": d} for n, i, d in p.get("certificates", [])],
    }
    return {"lang": p["lang"], "locale": p["locale"], "producer": producer, "layout": layout, "traps": traps, "resume": resume}


def write_truth(path, t):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")
