"""English resumes (US and UK) of the fifth blind set. Fictional people;
employers and schools are real or plausible names used only as a realistic
setting."""

from model import W, E, C, NBSP, SHY

calloway = dict(
    file="calloway-libreoffice-docx-twojobs",
    lang="en", locale="en-US", producer="libreoffice-docx",
    layout="plain one-column US resume saved as DOCX (US Letter, Carlito); 'Professional Experience' with a bold company line 'Company, City, ST — 2014–2022' and two titles under it, each 'Title, dates' in italics with bulleted achievements; 'Education & Certifications'",
    traps=["two jobs under one company line 'Kestrel Freightways Inc., Denver, CO — 2014–2022' (a promotion: two entries)",
           "the company line carries the span of both jobs, the title lines their own dates", "ZIP code 80215",
           "'Education & Certifications' holding a degree and a certification", "'Present' as the end"],
    style=dict(page="letter", font="Carlito", heading="bold-caps-rule", size=11),
    name="Darnell Calloway", label="Transportation Operations Manager",
    email="d.calloway@example.com", phone="(720) 555-0139",
    city="Lakewood", region="CO", country="US",
    profiles=[dict(network="LinkedIn", username="darnellcalloway", url="https://www.linkedin.com/in/darnellcalloway", text="linkedin.com/in/darnellcalloway")],
    contact=[["1450 Garrison St, Lakewood, CO 80215"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep="  ·  ",
    summary="Operations manager for regional trucking and cross-dock networks. Fourteen years of keeping freight on time while trimming empty miles.",
    sections=[("summary", "Summary"), ("work", "Professional Experience"), ("edu", "Education & Certifications"), ("certs", None),
              ("skills", "Skills")],
    certs_style="p",
    work_fmt=dict(lines=["**{name}, {location} — {span}**", "__{position}, {dates}__"]),
    work=[
        W("Ridgeline Logistics", "Transportation Operations Manager", "Aurora, CO", "Mar 2022 – Present", "2022-03", None, [
            "Run 3 cross-docks and 140 drivers across the Front Range.",
            "Reduced empty miles by 17% with a new backhaul board."], span="2022–Present"),
        W("Kestrel Freightways Inc.", "Fleet Operations Supervisor", "Denver, CO", "Jun 2018 – Feb 2022", "2018-06", "2022-02", [
            "Supervised dispatch for 85 tractors; on-time delivery rose from 88% to 95%."], span="2014–2022"),
        W("Kestrel Freightways Inc.", "Dispatcher", "Denver, CO", "Aug 2014 – May 2018", "2014-08", "2018-05", [
            "Planned daily LTL routes for the Denver terminal."], span="2014–2022", cont=True),
    ],
    edu_fmt=dict(lines=["**{studyType} in {area}**, {institution}, {dates}"]),
    education=[
        E("Metropolitan State University of Denver", "B.S.", "Aviation and Transportation Management", "2014", None, "2014"),
    ],
    certs=[C("Certified Supply Chain Professional (CSCP)", "ASCM", "2020", "Certified Supply Chain Professional (CSCP), ASCM, 2020")],
    skills=dict(style="groups", groups=[("Operations", ["route planning", "cross-docking", "DOT compliance", "KPI reporting"]),
                                        ("Systems", ["McLeod LoadMaster", "Samsara", "Excel", "Tableau"])]),
    langs=dict(items=[]),
)

abernathy = dict(
    file="abernathy-chromium-headcol",
    lang="en", locale="en-US", producer="chromium",
    layout="one-column HTML resume printed by Chromium (US Letter) whose section headings sit in a narrow left column beside their sections; 'Title' in bold with the dates right-aligned, 'Employer · City, ST' below",
    traps=["headings in a left column beside the first line of each section (CSS grid)", "heading text on the same visual line as the first entry",
           "link text 'Portfolio' differs from its target", "ZIP code 27701", "teaching with dates under 'Teaching' (not employment)"],
    style=dict(page="letter", font="'Liberation Serif', serif", accent="#5a2a27",
               css=""".one { display: grid; grid-template-columns: 34mm 1fr; column-gap: 8mm; align-items: start; }
.one > * { grid-column: 2; }
.one > h1, .one > .label, .one > .contact { grid-column: 1 / -1; }
.one > h2 { grid-column: 1; border-bottom: none; margin: 8pt 0 0 0; font-size: 10pt; }
.one > .entry { margin-top: 8pt; }
"""),
    name="Simone Abernathy", label="UX Researcher",
    email="simone.abernathy@example.io", phone="919-555-0172",
    city="Durham", region="NC", country="US",
    url="https://simoneabernathy.example.com/work", url_text="Portfolio",
    contact=[["Durham, NC 27701", "{phone}", "{email}", "{url}"]],
    contact_sep="  |  ",
    summary="Mixed-methods researcher who turns interviews and product analytics into decisions for health and fintech teams.",
    sections=[("summary", "Profile"), ("work", "Experience"), ("edu", "Education"), ("skills", "Skills"),
              ("blocks", "Teaching", [("entry", "**Adjunct Instructor, Human Factors**", "2021 – 2023"),
                                      ("sub", "North Carolina Central University")])],
    work_fmt=dict(lines=["**{position}**", "{name} · {location}"], right="{dates}"),
    work=[
        W("Bandwidth Health Analytics", "Senior UX Researcher", "Durham, NC", "Jan 2022 – Present", "2022-01", None, [
            "Lead research for the patient-billing app; ran 60 interviews in 2023."]),
        W("Pendleford Credit Union", "UX Researcher", "Raleigh, NC", "Sep 2018 – Dec 2021", "2018-09", "2021-12", [
            "Set up a usability lab and a panel of 400 members."]),
        W("Pendleford Credit Union", "Research Intern", "Raleigh, NC", "Summer 2017", "2017", "2017", []),
    ],
    edu_fmt=dict(lines=["**{studyType}, {area}**", "{institution}"], right="{dates}"),
    education=[
        E("North Carolina State University", "M.S.", "Human Factors and Ergonomics", "2016 – 2018", "2016", "2018"),
        E("Elon University", "B.A.", "Psychology", "2012 – 2016", "2012", "2016"),
    ],
    skills=dict(style="groups", groups=[("Methods", ["contextual inquiry", "diary studies", "survey design", "A/B test analysis"]),
                                        ("Tools", ["Dovetail", "Figma", "Qualtrics", "R"])]),
    langs=dict(items=[("English", "native"), ("Portuguese", "conversational")], style="line"),
)
abernathy["sections"].append(("langs", "Languages"))

lindgren = dict(
    file="lindgren-reportlab-oneline",
    lang="en", locale="en-US", producer="reportlab",
    layout="one-column resume from ReportLab Platypus (US Letter, Helvetica); each job on one line 'Title, Employer – Town (Dates)' with the title in bold, bullets below; education 'School – Degree (Year)'",
    traps=["'Title, Employer – Town (Dates)' all on one line", "dates in parentheses at the line end", "school before degree",
           "standard-font bullets", "phone 651.555.0193 with dots", "volunteer work with dates (not employment)"],
    style=dict(page="letter"),
    name="Annika Lindgren", label="Water Resources Engineer",
    email="annika.lindgren@example.net", phone="651.555.0193",
    city="Saint Paul", region="MN", country="US",
    contact=[["Saint Paul, MN", "{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Civil engineer (PE) designing stormwater and drinking-water projects for Minnesota cities.",
    sections=[("summary", "Summary"), ("work", "Experience"), ("edu", "Education"), ("skills", "Skills"),
              ("blocks", "Volunteer Work", [("p", "**Trail crew lead**, Superior Hiking Trail Association – Two Harbors (2016 – 2020)")])],
    work_fmt=dict(lines=["**{position}**, {name} – {location} ({dates})"]),
    work=[
        W("Barr Engineering Co.", "Senior Water Resources Engineer", "Minneapolis", "May 2020 – Present", "2020-05", None, [
            "Designed 12 stormwater ponds and infiltration basins for suburban clients.",
            "Manage budgets up to $1.8M."]),
        W("City of Bloomington", "Civil Engineer II", "Bloomington", "Jun 2015 – Apr 2020", "2015-06", "2020-04", [
            "Reviewed grading plans and ran HEC-RAS models for the Nine Mile Creek corridor."]),
    ],
    edu_fmt=dict(lines=["**{institution}** – {studyType} in {area} ({dates})"]),
    education=[
        E("Iowa State University", "M.S.", "Civil Engineering", "2015", None, "2015"),
        E("Gustavus Adolphus College", "B.A.", "Environmental Studies", "2013", None, "2013"),
    ],
    skills=dict(style="groups", groups=[("Modeling", ["HEC-RAS", "HEC-HMS", "PCSWMM"]), ("Design", ["Civil 3D", "ArcGIS Pro"])]),
    langs=dict(items=[]),
)

whitcombe = dict(
    file="whitcombe-libreoffice-smallcaps",
    lang="en", locale="en-US", producer="libreoffice-pdf",
    layout="plain one-column word-processor resume (US Letter, Caladea); job titles in bold small caps with the dates right-aligned on a tab stop, 'Employer, City, ST' in italics below; headings bold with a rule",
    traps=["job titles in small caps (the text keeps its case)", "employer in italics on the second line", "ZIP code 43215",
           "abbreviated months without periods ('Oct 2019')", "GitHub link text without a scheme", "degree and school on one line"],
    style=dict(page="letter", font="Caladea", heading="bold-rule", size=11),
    name="Graham Whitcombe", label="Backend Software Engineer",
    email="gwhitcombe@example.org", phone="(614) 555-0116",
    city="Columbus", region="OH", country="US",
    profiles=[dict(network="GitHub", username="gwhitcombe", url="https://github.com/gwhitcombe", text="github.com/gwhitcombe")],
    contact=[["245 N High St, Columbus, OH 43215", "{phone}"], ["{email}", "{p:GitHub}"]],
    contact_sep="  •  ",
    summary="Backend engineer working in Go and PostgreSQL on insurance and logistics platforms.",
    sections=[("summary", "Summary"), ("work", "Experience"), ("edu", "Education"), ("skills", "Technical Skills")],
    work_fmt=dict(lines=["**^^{position}^^**", "__{name}, {location}__"], right="{dates}"),
    work=[
        W("Root Insurance", "Senior Backend Engineer", "Columbus, OH", "Oct 2019 – Present", "2019-10", None, [
            "Built the claims event pipeline in Go handling 2M events a day."]),
        W("Lancaster Parcel Systems", "Software Engineer", "Westerville, OH", "Jul 2016 – Sep 2019", "2016-07", "2019-09", [
            "Wrote the rate-shopping service used by 300 shippers."]),
    ],
    edu_fmt=dict(lines=["**{studyType} in {area}**, {institution}"], right="{dates}"),
    education=[E("Ohio University", "B.S.", "Computer Science", "2012 – 2016", "2012", "2016")],
    skills=dict(style="groups", groups=[("Languages", ["Go", "Python", "SQL"]), ("Infrastructure", ["PostgreSQL", "Kafka", "AWS", "Docker"])]),
    langs=dict(items=[]),
)

featherstone = dict(
    file="featherstone-libreoffice-careerhistory",
    lang="en", locale="en-GB", producer="libreoffice-pdf",
    layout="plain one-column British CV from a word processor (A4, Liberation Serif); 'Career history' heading; employer and town in bold with the dates right-aligned, an italic one-line company blurb below, then the title in bold",
    traps=["'Career history' as the work heading", "an italic company blurb between employer and title (not a title)",
           "York postcode YO31 7EL and the district Heworth", "'Sept 2017 – present'", "A levels as an education entry", "referee with an email (not the candidate's)"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-rule", size=11),
    name="Imogen Featherstone", label="Chartered Management Accountant",
    email="imogen.featherstone@example.co.uk", phone="07700 900318",
    city="York", country="GB",
    contact=[["14 Huntington Road, Heworth, York YO31 7EL"], ["{phone}", "{email}"]],
    contact_sep="  |  ",
    summary="CIMA-qualified management accountant with nine years in retail and housing. Good at budgets that operations managers actually read.",
    sections=[("summary", "Profile"), ("work", "Career history"), ("edu", "Education"), ("skills", "Skills"),
              ("blocks", "References", [("p", "Mr Colin Ashdown, Finance Director, Harrowgate Homes – colin.ashdown@example.co.uk")])],
    work_fmt=dict(lines=["**{name}, {location}**", "__{blurb}__", "**{position}**"], right="{dates}"),
    work=[
        W("Harrowgate Homes", "Senior Management Accountant", "Leeds", "Sept 2017 – present", "2017-09", None, [
            "Own the monthly close and a £48m capital budget.",
            "Introduced rolling forecasts for eight regional offices."], blurb="Housing association with 9,000 homes across West Yorkshire"),
        W("Kirkgate Outfitters Ltd", "Management Accountant", "Wakefield", "Jan 2014 – Aug 2017", "2014-01", "2017-08", [
            "Prepared store profitability packs for 60 shops."], blurb="Family-owned outdoor clothing retailer"),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} {area}"], right="{dates}"),
    education=[
        E("Lancaster University", "BA (Hons)", "Accounting and Financial Management", "2010 – 2013", "2010", "2013"),
        E("Ripon Grammar School", "A levels", "Mathematics, Economics, French", "2008 – 2010", "2008", "2010",
          lines=["**{institution}**", "{studyType}: {area}"]),
    ],
    skills=dict(style="groups", groups=[("Finance", ["budgeting", "variance analysis", "IFRS"]), ("Systems", ["Sage Intacct", "Power BI", "Excel"])]),
    langs=dict(items=[("English", "native"), ("French", "good")], style="line"),
)
featherstone["sections"].append(("langs", "Languages"))

ogilvie = dict(
    file="ogilvie-pdftex-smallcaps",
    lang="en", locale="en-GB", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1); job titles in small caps with the dates right-aligned by \\hfill, 'Employer · Town' in italics below",
    traps=["pdfTeX text (no space characters, ligatures)", "job titles in small caps (cmcsc font)", "Aberdeen postcode AB10 6RN",
           "years only", "school before degree", "publications with years (not employment)"],
    style=dict(paper="a4paper"),
    name="Fraser Ogilvie", label="Subsea Pipeline Engineer",
    email="fraser.ogilvie@example.co.uk", phone="+44 1224 555 019",
    city="Aberdeen", country="GB",
    contact=[["{phone}", "{email}", "Aberdeen AB10 6RN"]],
    contact_sep=" \u00a0 ",
    summary="Pipeline engineer with twelve years in North Sea tie-backs, from concept to installation.",
    sections=[("summary", "Profile"), ("work", "Employment"), ("edu", "Education"), ("skills", "Skills"),
              ("blocks", "Publications", [("p", "Fatigue screening of rigid spools, Offshore Technology Conference, 2019")])],
    work_fmt=dict(lines=["^^{position}^^", "__{name} · {location}__"], right="{dates}"),
    work=[
        W("Subsea 7", "Principal Pipeline Engineer", "Aberdeen", "2019 – present", "2019", None, [
            "Lead engineer for two gas tie-backs in the Central North Sea."]),
        W("Wood Group", "Pipeline Engineer", "Aberdeen", "2013 – 2019", "2013", "2019", [
            "Wall-thickness and expansion design for 40 km of flowlines."]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} {area}"], right="{dates}"),
    education=[
        E("Heriot-Watt University", "MEng", "Naval Architecture and Ocean Engineering", "2008 – 2013", "2008", "2013"),
    ],
    skills=dict(style="groups", groups=[("Design", ["DNV-ST-F101", "on-bottom stability", "free-span analysis"]), ("Software", ["Abaqus", "OrcaFlex", "Python"])]),
    langs=dict(items=[]),
)

pennington = dict(
    file="pennington-libreoffice-docx-todate",
    lang="en", locale="en-GB", producer="libreoffice-docx",
    layout="plain one-column British CV saved as DOCX (A4, Liberation Sans); 'Employment history' with the employer in bold and the town, then 'Title, June 2016 to September 2020' on the next line; headings with trailing colons",
    traps=["dates written with 'to' ('June 2016 to September 2020')", "'October 2020 to date' for the current job", "headings with trailing colons",
           "Bristol postcode BS7 8NP", "A levels as an education entry", "phone written +44 (0)117 555 0148"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-plain", size=10.5),
    name="Harriet Pennington-Shaw", label="Senior Paralegal",
    email="hpenningtonshaw@example.co.uk", phone="+44 (0)117 555 0148",
    city="Bristol", country="GB",
    contact=[["22 Egerton Road, Bishopston, Bristol BS7 8NP"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Paralegal in commercial property with a law degree and eight years of lease and title work.",
    sections=[("summary", "Personal statement:"), ("work", "Employment history:"), ("edu", "Education:"), ("skills", "Key skills:")],
    work_fmt=dict(lines=["**{name}**, {location}", "{position}, {dates}"]),
    work=[
        W("Clarke Willmott LLP", "Senior Paralegal, Commercial Property", "Bristol", "October 2020 to date", "2020-10", None, [
            "Run a caseload of 70 lease renewals and licences to assign."]),
        W("Osborne Clarke", "Paralegal", "Bristol", "June 2016 to September 2020", "2016-06", "2020-09", [
            "Prepared reports on title for portfolio acquisitions."]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} {area}, {dates}"]),
    education=[
        E("Cardiff University", "LLB", "Law", "2012 to 2015", "2012", "2015"),
        E("Clifton College", "A levels", "English Literature, History, Spanish", "2010 to 2012", "2010", "2012",
          lines=["**{institution}**", "{studyType}: {area}, {dates}"]),
    ],
    skills=dict(style="ul", groups=[("Key skills", ["Land Registry applications", "SDLT returns", "lease reporting", "Lexis PSL"])]),
    langs=dict(items=[]),
)

PEOPLE = [calloway, abernathy, lindgren, whitcombe, featherstone, ogilvie, pennington]
