"""The neutral model every renderer draws from, and the ground truth.

A person (people_*.py) is a dict of facts plus format choices. build()
turns it into a list of blocks that each producer renders its own way;
truth() turns the same facts into the JSON Resume truth the scoring test
reads. Dates are given twice in the data: as printed ("März 2020 – heute")
and as truth ("2020-03", None); check.py parses the printed string on its
own and compares, so a slip in either shows.

Blocks: ('title', runs) ('name', runs) ('label', runs) ('contact', runs)
('h', text) ('p', runs) ('entry', runs, right_runs|None) ('sub', runs)
('ul', [runs]) ('row', left_runs, [blocks]) ('kv', [(key_runs, val_runs)])
('sig', runs) ('gap',). Runs are lists of (text, style, href) with style a
subset of "bic" (bold, italic, small caps; markup ^^…^^ added for the fifth set).
"""

import re

SHY = "\u00ad"  # soft hyphen
NBSP = "\u00a0"


def W(name, position, location, dates, start, end, hl=(), **kw):
    """A work entry: employer, title, place, printed dates, truth dates."""
    d = dict(name=name, position=position, location=location, dates=dates,
             start=start, end=end, hl=list(hl))
    d.update(kw)
    return d


def E(institution, studyType, area, dates, start, end, location=None, score=None, **kw):
    """An education entry, with its printed dates and truth dates."""
    d = dict(institution=institution, studyType=studyType, area=area, dates=dates,
             start=start, end=end, location=location, score=score)
    d.update(kw)
    return d


def C(name, issuer, date, text):
    """A certificate: truth fields and the printed line."""
    return dict(name=name, issuer=issuer, date=date, text=text)


_tok = re.compile(r"(\*\*|__|\^\^)")


def tpl(s, fields=None):
    """Parses the mini markup (**bold**, __italic__) and fills {fields}."""
    runs, bold, ital, caps = [], False, False, False
    for t in _tok.split(s):
        if t == "^^":
            caps = not caps
            continue
        if t == "**":
            bold = not bold
            continue
        if t == "__":
            ital = not ital
            continue
        if not t:
            continue
        text = t.format_map(fields) if fields is not None else t
        runs.append((text, ("b" if bold else "") + ("i" if ital else "") + ("c" if caps else ""), None))
    return runs


def plain(runs):
    return "".join(r[0] for r in runs)


def contact_item(p, item):
    """One contact item: a placeholder becomes text or a link."""
    icons = p.get("icons", {})
    if item == "{email}":
        return icons.get("email", ""), (p["email"], "", "mailto:" + p["email"])
    if item == "{phone}":
        return icons.get("phone", ""), (p["phone_print"] if "phone_print" in p else p["phone"], "", None)
    if item == "{url}":
        return icons.get("url", ""), (p["url_text"], "", p["url"])
    m = re.fullmatch(r"\{p:(.+)\}", item)
    if m:
        for pr in p["profiles"]:
            if pr["network"] == m.group(1):
                return icons.get(pr["network"], icons.get("link", "")), (pr["text"], "", pr["url"])
        raise KeyError(item)
    if item.startswith("{city}"):
        return icons.get("city", ""), (item[len("{city}"):], "", None)
    return "", (item, "", None)


def contact_lines(p):
    """The contact block as lines of runs."""
    sep = p.get("contact_sep", " | ")
    out = []
    for line in p["contact"]:
        runs = []
        for i, item in enumerate(line):
            icon, run = contact_item(p, item)
            if i and sep:
                runs.append((sep, "", None))
            if icon:
                runs.append((icon, "", None))
            runs.append(run)
        out.append(runs)
    return out


def entry_blocks(e, fmt):
    lines = e.get("lines") or fmt["lines"]
    right = fmt.get("right")
    right_line = fmt.get("right_line", 0)
    if e.get("cont"):
        keep = [i for i, l in enumerate(lines) if "{name}" not in l]
        right_line = 0 if right_line not in keep else keep.index(right_line)
        lines = [lines[i] for i in keep]
    fields = {k: (v if v is not None else "") for k, v in e.items() if not isinstance(v, list)}
    out = []
    for i, l in enumerate(lines):
        runs = tpl(l, fields)
        if i == 0:
            out.append(("entry", runs, tpl(right, fields) if right and right_line == 0 else None))
        elif right and i == right_line:
            out.append(("subr", runs, tpl(right, fields)))
        else:
            out.append(("sub", runs))
    if e.get("hl"):
        if fmt.get("hl") == "p":
            out.append(("p", tpl(" ".join(e["hl"]))))
        else:
            out.append(("ul", [tpl(h) for h in e["hl"]]))
    if fmt.get("col"):
        return [("row", tpl(fmt["col"], fields), out)]
    return out


def section_blocks(p, spec):
    kind, heading = spec[0], spec[1]
    out = [("h", heading)] if heading else []
    if kind == "summary":
        out.append(("p", tpl(p["summary_print"] if "summary_print" in p else p["summary"])))
    elif kind == "work":
        for e in p["work"]:
            out += entry_blocks(e, p["work_fmt"])
    elif kind == "edu":
        for e in p["education"]:
            out += entry_blocks(e, p["edu_fmt"])
    elif kind == "skills":
        s = p["skills"]
        style = s.get("style", "groups")
        if style == "groups":
            for label, kws in s["groups"]:
                out.append(("p", tpl(s.get("label_fmt", "**{label}:** ").format(label=label)) + tpl(s.get("sep", ", ").join(kws))))
        elif style == "line":
            out.append(("p", tpl(s.get("sep", ", ").join(s["groups"][0][1]))))
        elif style == "ul":
            out.append(("ul", [tpl(k) for k in s["groups"][0][1]]))
        elif style == "rows":
            for label, kws in s["groups"]:
                out.append(("row", tpl(label), [("p", tpl(s.get("sep", ", ").join(kws)))]))
        elif style == "kv":
            out.append(("kv", [(tpl(label), tpl(s.get("sep", ", ").join(kws))) for label, kws in s["groups"]]))
        else:
            raise ValueError(style)
    elif kind == "langs":
        s = p["langs"]
        fmt = s.get("fmt", "{language} ({fluency})")
        items = [fmt.format(language=l, fluency=f) for l, f in s["items"]]
        style = s.get("style", "line")
        if style == "line":
            out.append(("p", tpl(s.get("sep", ", ").join(items))))
        elif style == "lines":
            for it in items:
                out.append(("p", tpl(it)))
        elif style == "ul":
            out.append(("ul", [tpl(it) for it in items]))
        elif style == "kv":
            out.append(("kv", [(tpl(l), tpl(f)) for l, f in s["items"]]))
        else:
            raise ValueError(style)
    elif kind == "certs":
        items = [c["text"] for c in p["certs"]]
        if p.get("certs_style", "ul") == "ul":
            out.append(("ul", [tpl(t) for t in items]))
        else:
            for t in items:
                out.append(("p", tpl(t)))
    elif kind == "blocks":
        for b in spec[2]:
            out.append(raw_block(b))
    elif kind == "head":
        out += head_blocks(p)
    elif kind == "contact":
        for runs in contact_lines(p):
            out.append(("contact", runs))
    else:
        raise ValueError(kind)
    return out


def raw_block(b):
    k = b[0]
    if k in ("p", "sub", "sig", "title", "label", "contact"):
        return (k, tpl(b[1]))
    if k == "entry":
        return (k, tpl(b[1]), tpl(b[2]) if b[2] else None)
    if k == "ul":
        return (k, [tpl(x) for x in b[1]])
    if k == "row":
        return (k, tpl(b[1]), [raw_block(x) for x in b[2]])
    if k == "kv":
        return (k, [(tpl(a), tpl(v)) for a, v in b[1]])
    if k == "gap":
        return ("gap",)
    raise ValueError(k)


def head_blocks(p):
    out = []
    if p.get("title"):
        out.append(("title", tpl(p["title"])))
    if p.get("name_print", p["name"]):
        out.append(("name", tpl(p.get("name_print", p["name"]))))
    if p.get("label_print", p.get("label")):
        out.append(("label", tpl(p.get("label_print", p.get("label")))))
    if p.get("contact") and p.get("contact_in", "body") == "body":
        for runs in contact_lines(p):
            out.append(("contact", runs))
    return out


def build(p):
    """main (and side) blocks for a person."""
    main = []
    if p.get("head", True):
        main += head_blocks(p)
    for spec in p["sections"]:
        main += section_blocks(p, spec)
    side = []
    for spec in p.get("side", []):
        side += section_blocks(p, spec)
    return main, side


def clean(s):
    """Truth text: no soft hyphens, no non-breaking spaces."""
    if s is None:
        return None
    return s.replace(SHY, "").replace(NBSP, " ").replace("\u202f", " ")


def strip_markup(s):
    return clean(s.replace("**", "").replace("__", "").replace("^^", ""))


def truth(p):
    b = {"name": p["name"]}
    if p.get("label"):
        b["label"] = clean(p["label"])
    b["email"] = p["email"]
    b["phone"] = clean(p["phone"])
    if p.get("url"):
        b["url"] = p["url"]
    loc = {"city": p["city"]}
    if p.get("region"):
        loc["region"] = p["region"]
    loc["countryCode"] = p["country"]
    b["location"] = loc
    b["profiles"] = [{"network": x["network"], "username": x["username"], "url": x["url"]} for x in p.get("profiles", [])]
    if p.get("summary"):
        b["summary"] = strip_markup(p["summary"])
    work = []
    for e in p["work"]:
        w = {"name": e["name"], "position": e["position"]}
        if e.get("location"):
            w["location"] = e["location"]
        if e.get("start"):
            w["startDate"] = e["start"]
        if e.get("end"):
            w["endDate"] = e["end"]
        if p["work_fmt"].get("hl") == "p":
            w["summary"] = strip_markup(" ".join(e["hl"]))
            w["highlights"] = []
        else:
            w["highlights"] = [strip_markup(h) for h in e["hl"]]
        work.append(w)
    edu = []
    for e in p["education"]:
        x = {"institution": e["institution"]}
        if e.get("area"):
            x["area"] = e["area"]
        if e.get("studyType"):
            x["studyType"] = e["studyType"]
        if e.get("start"):
            x["startDate"] = e["start"]
        if e.get("end"):
            x["endDate"] = e["end"]
        if e.get("score"):
            x["score"] = e["score"]
        edu.append(x)
    skills = []
    s = p.get("skills")
    if s:
        for label, kws in s["groups"]:
            skills.append({"name": strip_markup(label), "keywords": [strip_markup(k) for k in kws]})
    langs = [{"language": clean(l), "fluency": clean(f)} for l, f in p.get("langs", {}).get("items", [])]
    certs = []
    for c in p.get("certs", []):
        x = {"name": c["name"]}
        if c.get("issuer"):
            x["issuer"] = c["issuer"]
        if c.get("date"):
            x["date"] = c["date"]
        certs.append(x)
    return {
        "lang": p["lang"],
        "locale": p["locale"],
        "producer": p["producer"],
        "layout": p["layout"],
        "traps": p["traps"],
        "resume": {"basics": b, "work": work, "education": edu, "skills": skills,
                   "languages": langs, "certificates": certs},
    }
