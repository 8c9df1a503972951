"""English resumes (US and UK). Fictional people; employers and schools are
real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

okafor = dict(
    file="okafor-libreoffice",
    lang="en", locale="en-US", producer="libreoffice-pdf",
    layout="plain one-column word-processor resume (US Letter, Carlito); company and city in bold with the dates right-aligned on a tab stop, title in italics below",
    traps=["dates right-aligned on a tab stop", "ZIP code 60614 in the contact line", "URLs without a scheme",
           "a skills group named 'Languages' (programming languages, no spoken languages)",
           "education with only a graduation month", "GPA after the degree"],
    style=dict(page="letter", font="Carlito", heading="bold-rule", size=10.5),
    name="Chinedu Okafor", label="Senior Data Engineer",
    email="chinedu.okafor@example.com", phone="(312) 555-0148",
    city="Chicago", region="IL", country="US",
    profiles=[dict(network="LinkedIn", username="chineduokafor", url="https://www.linkedin.com/in/chineduokafor", text="linkedin.com/in/chineduokafor"),
              dict(network="GitHub", username="cokafor", url="https://github.com/cokafor", text="github.com/cokafor")],
    contact=[["Chicago, IL 60614", "{phone}", "{email}"], ["{p:LinkedIn}", "{p:GitHub}"]],
    summary="Data engineer with eight years of experience building batch and streaming pipelines for logistics and food-delivery platforms. I care about data quality, clear ownership, and pipelines that the on-call engineer can actually debug at 3 a.m.",
    sections=[("summary", "Summary"), ("work", "Professional Experience"), ("edu", "Education"),
              ("skills", "Technical Skills"), ("certs", "Certifications")],
    work_fmt=dict(lines=["**{name}**, {location}", "__{position}__"], right="{dates}"),
    work=[
        W("Lakeshore Freight Systems", "Senior Data Engineer", "Chicago, IL", "Mar 2021 – Present", "2021-03", None, [
            "Designed a Kafka and Flink streaming pipeline that cut shipment-status latency from 15 minutes to under 30 seconds.",
            "Led the migration of 140 Airflow DAGs from an on-premises Hadoop cluster to Snowflake, saving about $410,000 a year.",
            "Mentor three junior engineers and run the team’s weekly design review."]),
        W("Grubhub", "Data Engineer", "Chicago, IL", "Jul 2018 – Feb 2021", "2018-07", "2021-02", [
            "Built the dbt models behind restaurant-partner payouts, reconciling roughly 2 million orders a day.",
            "Reduced nightly batch runtime by 45% by repartitioning Spark jobs and removing redundant shuffles."]),
        W("CNA Financial", "Business Intelligence Analyst", "Chicago, IL", "Jun 2016 – Jun 2018", "2016-06", "2018-06", [
            "Maintained Tableau dashboards on claims severity for 30 regional managers.",
            "Automated a weekly Excel report with Python, freeing about six analyst hours a week."]),
    ],
    edu_fmt=dict(lines=["**{institution}**, {location}", "{studyType} in {area}"], right="{dates}"),
    education=[
        E("Northwestern University", "M.S.", "Computer Science", "Aug 2014 – May 2016", "2014-08", "2016-05", location="Evanston, IL"),
        E("Purdue University", "B.S.", "Statistics", "May 2014", None, "2014-05", location="West Lafayette, IN", score="3.7/4.0",
          lines=["**{institution}**, {location}", "{studyType} in {area}, GPA {score}"]),
    ],
    skills=dict(style="groups", groups=[
        ("Languages", ["Python", "SQL", "Scala", "Bash"]),
        ("Data", ["Spark", "Kafka", "Flink", "Airflow", "dbt", "Snowflake"]),
        ("Cloud & Tools", ["AWS", "Terraform", "Docker", "Kubernetes", "Git"]),
    ]),
    langs=dict(items=[]),
    certs=[C("AWS Certified Data Engineer – Associate", "Amazon Web Services", "2024", "AWS Certified Data Engineer – Associate, Amazon Web Services, 2024"),
           C("SnowPro Core Certification", "Snowflake", "2022", "SnowPro Core Certification, Snowflake, 2022")],
)

lindqvist = dict(
    file="lindqvistmoreno-libreoffice-docx-header",
    lang="en", locale="en-US", producer="libreoffice-docx",
    layout="plain one-column word-processor resume saved as DOCX (US Letter); name and contact line in the page header; headings in capitals, not bold; employer line, then title, then dates on their own line",
    traps=["name and contact only in the page header (header part of the DOCX)", "hyphenated surname",
           "headings not bold", "promotion: two titles under one employer heading", "'Summer 2013'",
           "licence number RN2298417 in a certification line", "volunteer work with a date range (not employment)"],
    style=dict(page="letter", font="Carlito", heading="plain-caps-rule", size=11),
    head=False,
    page_header=["name", "contact"],
    name="Erika Lindqvist-Moreno", label="Nurse Manager | Cardiac and Progressive Care",
    email="erika.lindqvistmoreno@example.org", phone="(617) 555-0163",
    city="Boston", region="MA", country="US",
    profiles=[dict(network="LinkedIn", username="erika-lindqvist-moreno", url="https://www.linkedin.com/in/erika-lindqvist-moreno", text="linkedin.com/in/erika-lindqvist-moreno")],
    contact=[["Boston, MA 02130", "{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" · ",
    summary="Registered nurse with eleven years of acute-care experience, the last five leading a 38-bed cardiac step-down unit. Known for cutting agency-staff hours, coaching new graduates, and keeping patient-satisfaction scores above the 90th percentile.",
    sections=[("blocks", None, [("label", "Nurse Manager | Cardiac and Progressive Care")]),
              ("summary", "PROFILE"), ("work", "PROFESSIONAL EXPERIENCE"), ("edu", "EDUCATION"),
              ("certs", "LICENSURE & CERTIFICATIONS"), ("skills", "CORE COMPETENCIES"), ("langs", "LANGUAGES"),
              ("blocks", "VOLUNTEER WORK", [
                  ("entry", "**Boston Athletic Association** — Boston, MA", None),
                  ("sub", "Medical Volunteer, Boston Marathon Medical Tent"),
                  ("sub", "__April 2016 – April 2024__"),
                  ("ul", ["Triage and treatment of runners in the finish-line medical tent, one day each spring."])])],
    label_print=False,
    work_fmt=dict(lines=["**{name}** — {location}", "**{position}**", "__{dates}__"]),
    work=[
        W("Massachusetts General Hospital", "Nurse Manager, Cardiac Step-Down Unit", "Boston, MA", "January 2020 – Present", "2020-01", None, [
            "Lead a team of 64 RNs and patient-care technicians on a 38-bed unit with a $7.2M annual budget.",
            "Reduced agency staffing hours by 52% in two years through self-scheduling and an internal float pool.",
            "Cut catheter-associated urinary tract infections to zero for 14 consecutive months."]),
        W("Beth Israel Deaconess Medical Center", "Charge Nurse, Cardiovascular Intermediate Care", "Boston, MA", "June 2017 – December 2019", "2017-06", "2019-12", [
            "Coordinated patient flow and bed assignments for 24 beds on day shift.",
            "Precepted 15 new-graduate nurses through the hospital’s residency program."]),
        W("Beth Israel Deaconess Medical Center", "Staff Nurse (RN)", "Boston, MA", "August 2014 – May 2017", "2014-08", "2017-05", [
            "Cared for telemetry patients after cardiac catheterization and ablation."], cont=True),
        W("Boston Children’s Hospital", "Nursing Extern", "Boston, MA", "Summer 2013", "2013", "2013", [
            "Ten-week externship on the cardiac surgery floor."]),
    ],
    edu_fmt=dict(lines=["**{studyType}**, {area}", "{institution}, {location} — {dates}"]),
    education=[
        E("Simmons University", "Master of Science in Nursing (MSN)", "Nursing Administration", "2019", None, "2019", location="Boston, MA"),
        E("Boston College", "Bachelor of Science in Nursing (BSN)", None, "2014", None, "2014", location="Chestnut Hill, MA", score="magna cum laude",
          lines=["**{studyType}**, {score}", "{institution}, {location} — {dates}"]),
    ],
    certs=[C("Registered Nurse", "Commonwealth of Massachusetts", None, "Registered Nurse, Commonwealth of Massachusetts, License No. RN2298417"),
           C("Progressive Care Certified Nurse (PCCN)", "AACN Certification Corporation", "2018", "Progressive Care Certified Nurse (PCCN), AACN Certification Corporation, 2018"),
           C("Advanced Cardiovascular Life Support (ACLS)", "American Heart Association", "2024", "Advanced Cardiovascular Life Support (ACLS), American Heart Association, 2024")],
    skills=dict(style="ul", groups=[("CORE COMPETENCIES", ["Staff scheduling and retention", "Epic EHR", "Telemetry monitoring",
                                                         "Lean process improvement", "Budget management", "Joint Commission readiness"])]),
    langs=dict(style="line", sep=" · ", items=[("Spanish", "fluent"), ("Swedish", "basic")]),
)

pratt = dict(
    file="pratt-chromium-sidebar-left",
    lang="en", locale="en-US", producer="chromium",
    layout="two columns: a tinted sidebar on the left (contact, skills, education, languages) and the main column (summary, experience, side projects); 'Title at Company' with dates and place on the line below",
    traps=["sidebar left (two columns)", "icon glyphs before email, phone and place", "link text 'Portfolio' and 'LinkedIn' differ from their targets",
           "URL without a scheme", "'Title at Company'", "promotion listed as two entries at one company",
           "education in the sidebar", "side project with a date range (not employment)"],
    style=dict(page="letter", layout="sidebar-left", font="'DejaVu Sans', sans-serif", accent="#1f4e79"),
    name="Marcus Pratt", label="Staff Software Engineer",
    email="marcus.pratt@example.com", phone="+1 (512) 555-0126",
    city="Austin", region="TX", country="US",
    url="https://mpratt.example.net", url_text="Portfolio",
    profiles=[dict(network="GitHub", username="marcuspratt", url="https://github.com/marcuspratt", text="github.com/marcuspratt"),
              dict(network="LinkedIn", username="marcus-pratt-atx", url="https://www.linkedin.com/in/marcus-pratt-atx", text="LinkedIn")],
    icons={"email": "✉ ", "phone": "☎ ", "city": "⌂ ", "link": "➜ ", "url": "➜ "},
    contact=[["{email}"], ["{phone}"], ["{city}Austin, TX"], ["{url}"], ["{p:GitHub}"], ["{p:LinkedIn}"]],
    contact_sep="",
    contact_in="side",
    summary="Full-stack engineer who likes the unglamorous middle of the stack: APIs, data contracts and the tooling that keeps six teams shipping without stepping on each other. Ten years in TypeScript and Java, three as a technical lead.",
    side=[("contact", "Contact"), ("skills", "Skills"), ("edu", "Education"), ("langs", "Languages")],
    sections=[("summary", "About"), ("work", "Experience"),
              ("blocks", "Side projects", [
                  ("entry", "**react-virtual-table** — maintainer", None),
                  ("sub", "2019 – present · open source"),
                  ("p", "Virtualized table component for React with 2.3k GitHub stars and about 40k weekly downloads.")])],
    work_fmt=dict(lines=["**{position}** at {name}", "{dates} · {location}"]),
    work=[
        W("Bazaarvoice", "Staff Software Engineer", "Austin, TX", "Oct 2022 – present", "2022-10", None, [
            "Technical lead for the review-ingestion platform (1.2B events a month) across four teams.",
            "Designed a tenant-isolated GraphQL gateway; p95 latency dropped from 480 ms to 110 ms.",
            "Co-wrote the engineering ladder’s expectations for staff engineers."]),
        W("Bazaarvoice", "Senior Software Engineer", "Austin, TX", "Feb 2020 – Sep 2022", "2020-02", "2022-09", [
            "Rebuilt the moderation dashboard in React and TypeScript, retiring a nine-year-old Backbone app."]),
        W("RetailMeNot", "Software Engineer", "Austin, TX", "Jul 2015 – Jan 2020", "2015-07", "2020-01", [
            "Shipped the checkout detection of the coupon browser extension, used by about 300,000 shoppers a week.",
            "Cut a Java service’s cold-start time by 60% by moving configuration out of the classpath scan."]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}", "{dates}"]),
    education=[E("Texas State University", "B.S.", "Computer Science", "2011 – 2015", "2011", "2015")],
    skills=dict(style="ul", groups=[("Skills", ["TypeScript", "React", "Node.js", "GraphQL", "Java", "PostgreSQL", "AWS", "Terraform"])]),
    langs=dict(style="lines", fmt="{language} — {fluency}", items=[("English", "native"), ("Portuguese", "professional working proficiency")]),
)

kaminski = dict(
    file="kaminski-libreoffice-docx",
    lang="en", locale="en-US", producer="libreoffice-docx",
    layout="plain one-column word-processor resume saved as DOCX (US Letter); title in bold with MM/YYYY dates right-aligned on a tab stop, 'Company | City, ST' below",
    traps=["dates right-aligned on a tab stop", "numeric dates 04/2019", "phone written 206-555-0187", "ZIP code 98103",
           "skills separated by middle dots", "'References available on request'"],
    style=dict(page="letter", font="Carlito", heading="bold-caps-rule", size=11),
    name="Paul Kaminski", label="Supply Chain Operations Manager",
    email="paul.kaminski@example.net", phone="206-555-0187",
    city="Seattle", region="WA", country="US",
    profiles=[dict(network="LinkedIn", username="paulkaminski", url="https://www.linkedin.com/in/paulkaminski", text="linkedin.com/in/paulkaminski")],
    contact=[["Seattle, WA 98103", "{phone}", "{email}", "{p:LinkedIn}"]],
    summary="Operations manager with twelve years in distribution and aftermarket parts logistics. I have led teams of up to 85 people across two shifts and am equally at home in SAP, on the warehouse floor and in the CFO’s spreadsheet.",
    sections=[("summary", "Summary"), ("work", "Work Experience"), ("edu", "Education"), ("certs", "Certifications"),
              ("skills", "Skills"), ("blocks", "References", [("p", "Available on request.")])],
    work_fmt=dict(lines=["**{position}**", "{name} | {location}"], right="{dates}"),
    work=[
        W("PACCAR Parts", "Operations Manager", "Renton, WA", "04/2019 – Present", "2019-04", None, [
            "Run a 420,000 sq ft parts distribution center shipping 18,000 order lines a day.",
            "Raised order-fill rate from 94.1% to 98.3% by re-slotting fast movers and adding a second pick wave.",
            "Manage 6 supervisors and 85 associates; recordable injuries down 40% since 2020."]),
        W("Costco Wholesale", "Supply Chain Analyst", "Issaquah, WA", "08/2015 – 03/2019", "2015-08", "2019-03", [
            "Forecast demand for 1,200 seasonal SKUs across 14 depots; reduced end-of-season markdowns by $3.1M.",
            "Built the depot capacity model used in annual network planning."]),
        W("Expeditors International", "Logistics Coordinator", "Seattle, WA", "06/2013 – 07/2015", "2013-06", "2015-07", [
            "Coordinated ocean and air imports for retail customers and prepared customs documentation with brokers."]),
    ],
    edu_fmt=dict(lines=["**{institution}**, {location}", "{studyType}, {area}"], right="{dates}"),
    education=[
        E("University of Washington Foster School of Business", "MBA", "Operations and Supply Chain Management", "2021", None, "2021", location="Seattle, WA"),
        E("Western Washington University", "B.A.", "Business Administration", "2013", None, "2013", location="Bellingham, WA"),
    ],
    certs=[C("Certified Supply Chain Professional (CSCP)", "ASCM", "2018", "Certified Supply Chain Professional (CSCP), ASCM, 2018"),
           C("Lean Six Sigma Green Belt", "ASQ", "2016", "Lean Six Sigma Green Belt, ASQ, 2016")],
    skills=dict(style="line", sep=" · ", groups=[("Skills", ["SAP S/4HANA", "Manhattan WMS", "Oracle NetSuite", "Excel (Power Query)", "Tableau", "S&OP", "Lean"])]),
    langs=dict(items=[]),
)

pemberton = dict(
    file="pemberton-libreoffice-cv",
    lang="en", locale="en-GB", producer="libreoffice-pdf",
    layout="plain one-column British CV from a word processor (A4, Caladea); centred 'CURRICULUM VITAE' title and capitalised name; title and employer on one line with dates right-aligned",
    traps=["first line 'CURRICULUM VITAE'", "name in capitals", "referees with their own emails and a phone number",
           "'Sept 2018 – present'", "London postcode SE8 4EJ", "promotion listed as two entries at one firm",
           "A levels as an education entry", "'since 2019' in interests (not employment)"],
    style=dict(page="a4", font="Caladea", heading="bold-rule", size=11, center_head=True),
    title="CURRICULUM VITAE", name="Harriet Pemberton", name_print="HARRIET PEMBERTON", label="Chartered Accountant (ACA)",
    email="harriet.pemberton@example.com", phone="+44 20 7946 0321",
    city="London", country="GB",
    contact=[["27 Cranbrook Road, London SE8 4EJ"], ["Tel: +44 20 7946 0321", "{email}"]],
    contact_sep="  ·  ",
    summary="ICAEW chartered accountant with five years in audit and six in public-sector finance. I turn large capital programmes into forecasts that directors trust, and I enjoy building the team and the tools that make month-end calm.",
    sections=[("summary", "Personal Profile"), ("work", "Employment History"), ("edu", "Education"),
              ("certs", "Professional Qualifications"), ("skills", "Key Skills"), ("langs", "Languages"),
              ("blocks", "Interests", [("p", "Open-water swimming; choral singing with the Blackheath Choral Society; treasurer of the Deptford community food bank since 2019.")]),
              ("blocks", "References", [
                  ("p", "Daniel Okoro, Head of Finance, Transport for London – daniel.okoro@example.org"),
                  ("p", "Priya Lal, Director, Grant Thornton UK LLP – priya.lal@example.net, +44 20 7946 0877")])],
    work_fmt=dict(lines=["**{position}** – {name}"], right="{dates}"),
    work=[
        W("Transport for London", "Finance Manager, Capital Programmes", None, "Sept 2018 – present", "2018-09", None, [
            "Lead a team of five producing monthly forecasts for a £1.3bn annual capital programme.",
            "Introduced a rolling 18-month forecast that reduced year-end variance from 9% to 3%.",
            "Finance business partner to the Director of Major Projects for the Elizabeth line close-out."]),
        W("Grant Thornton UK LLP", "Audit Senior Associate", None, "Sept 2015 – Aug 2018", "2015-09", "2018-08", [
            "Ran audits of FTSE 250 infrastructure and utilities clients, leading teams of up to eight.",
            "Six-month secondment to a water company’s group reporting team in 2017."]),
        W("Grant Thornton UK LLP", "Audit Associate", None, "Sept 2013 – Aug 2015", "2013-09", "2015-08", [
            "Completed the ACA training contract, passing all fifteen exams at the first attempt."]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} {area} – {score}"], right="{dates}"),
    education=[
        E("University of Bristol", "BSc (Hons)", "Economics and Accounting", "2010 – 2013", "2010", "2013", score="First Class"),
        E("Dartford Grammar School for Girls", "A levels", None, "2008 – 2010", "2008", "2010",
          lines=["**{institution}**", "{studyType}: Mathematics (A*), Economics (A), History (A)"]),
    ],
    certs=[C("ACA", "Institute of Chartered Accountants in England and Wales (ICAEW)", "2016",
             "ACA – Institute of Chartered Accountants in England and Wales (ICAEW), 2016")],
    skills=dict(style="ul", groups=[("Key Skills", ["IFRS", "Financial modelling", "SAP S/4HANA", "Power BI", "Alteryx", "Stakeholder management"])]),
    langs=dict(style="line", fmt="{language} – {fluency}", items=[("French", "intermediate (B1)")]),
)

adeyemi = dict(
    file="adeyemi-pdftex-cm",
    lang="en", locale="en-GB", producer="pdftex",
    layout="one-column LaTeX CV (article class, Computer Modern, OT1); 'Title at Company, City' in bold-and-roman with years right-aligned by \\hfill; marvosym icons in the contact line",
    traps=["post-nominal letters after the name ('CEng MIStructE')", "pdfTeX text (no space characters, ligatures)",
           "marvosym icon glyphs before phone and email", "'Title at Company'", "years only", "Manchester postcode M15 4FN",
           "selected projects with year ranges (not employment)", "chartership as certificates"],
    style=dict(paper="a4paper", icons=True),
    name="Tobi Adeyemi", name_print="Tobi Adeyemi CEng MIStructE", label="Senior Structural Engineer",
    email="tobi.adeyemi@example.net", phone="+44 161 496 0452",
    city="Manchester", country="GB",
    profiles=[dict(network="LinkedIn", username="tobiadeyemi", url="https://www.linkedin.com/in/tobiadeyemi", text="linkedin.com/in/tobiadeyemi")],
    icons={"phone": "@PHONE@", "email": "@EMAIL@"},
    contact=[["Manchester M15 4FN", "{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep="  |  ",
    summary="Chartered structural engineer with twelve years of experience in buildings and rail infrastructure. I lead multidisciplinary design teams on tall timber-hybrid and steel structures, and write the small tools that keep our analysis models and drawings in step.",
    sections=[("summary", "Profile"), ("work", "Employment"), ("edu", "Education"), ("certs", "Chartership"),
              ("skills", "Software and skills"), ("langs", "Languages"),
              ("blocks", "Selected projects", [
                  ("entry", "Trinity Islands Tower C, Manchester (32 storeys, timber-hybrid)", "2021 – 2023"),
                  ("entry", "HS2 Curzon Street station enabling works, Birmingham", "2016 – 2018"),
                  ("entry", "Temple Quay footbridge refurbishment, Bristol", "2014")])],
    work_fmt=dict(lines=["**{position}** at {name}, {location}"], right="{dates}"),
    work=[
        W("Arup", "Senior Structural Engineer", "Manchester", "2019 – present", "2019", None, [
            "Lead engineer for a 32-storey timber-hybrid residential tower through concept and developed design.",
            "Manage a team of six engineers and technicians, including fee tracking and resourcing.",
            "Wrote Python scripts linking Revit and ETABS models, saving around two days per design iteration."]),
        W("Mott MacDonald", "Structural Engineer", "Birmingham", "2015 – 2019", "2015", "2019", [
            "Designed steel and composite structures for station enabling works on a high-speed rail project.",
            "Checked temporary works for weekend possessions on the West Coast Main Line."]),
        W("Atkins", "Graduate Structural Engineer", "Bristol", "2013 – 2015", "2013", "2015", [
            "Rotations in the bridges and buildings teams; designed pile caps and retaining walls to Eurocode 7."]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} {area}, {score}"], right="{dates}"),
    education=[E("University of Sheffield", "MEng (Hons)", "Civil and Structural Engineering", "2009 – 2013", "2009", "2013", score="First Class Honours")],
    certs=[C("Chartered Member of the Institution of Structural Engineers (MIStructE)", None, "2018", "Chartered Member of the Institution of Structural Engineers (MIStructE), 2018"),
           C("Chartered Engineer (CEng)", "Engineering Council", "2018", "Chartered Engineer (CEng), Engineering Council, 2018")],
    certs_style="lines",
    skills=dict(style="line", groups=[("Software and skills", ["Tekla Structural Designer", "ETABS", "SAP2000", "Revit", "Python", "Eurocodes"])]),
    langs=dict(style="line", items=[("English", "native"), ("Yoruba", "fluent"), ("French", "basic")]),
)

mcintyre = dict(
    file="mcintyre-reportlab-2p",
    lang="en", locale="en-GB", producer="reportlab",
    layout="two-page one-column CV from ReportLab Platypus (Helvetica); a running header with the name and 'Page n of 2' on both pages; title with dates right-aligned in a table row, employer below",
    traps=["two pages with a repeated running header", "UK mobile 07700 900412", "portfolio URL without a scheme",
           "promotion listed as two entries at one company", "teaching and talks with date ranges (not employment)",
           "standard-font bullets", "Edinburgh postcode EH6 6QU"],
    style=dict(page="a4", header="Isla McIntyre – Curriculum Vitae"),
    name="Isla McIntyre", label="Senior UX Researcher",
    email="isla.mcintyre@example.org", phone="07700 900412",
    city="Edinburgh", country="GB",
    url="https://islamcintyre.example.com", url_text="islamcintyre.example.com",
    contact=[["Leith, Edinburgh EH6 6QU", "{phone}", "{email}", "{url}"]],
    summary="User researcher with ten years in financial software, healthcare education and consumer apps. I plan and run mixed-methods research, coach designers and product managers to do their own, and make sure what we learn is still findable a year later.",
    sections=[("summary", "Profile"), ("work", "Experience"), ("edu", "Education"), ("skills", "Skills"), ("langs", "Languages"),
              ("blocks", "Teaching and talks", [
                  ("entry", "**Guest lecturer**, University of Edinburgh (Design Informatics, research methods)", "2020 – 2023"),
                  ("entry", "**Speaker**, UX Scotland: ‘Research repositories people actually use’", "2022"),
                  ("entry", "**Mentor**, ResearchOps Community mentoring scheme", "2019 – 2021")]),
              ("blocks", "Interests", [("p", "Hill walking (42 Munros so far), Gaelic choir, and restoring an old Raleigh bicycle.")])],
    work_fmt=dict(lines=["**{position}**", "{name}, {location}"], right="{dates}"),
    work=[
        W("FreeAgent", "Senior UX Researcher", "Edinburgh", "Mar 2021 – Present", "2021-03", None, [
            "Lead research for the invoicing and tax-return product areas across web and app, supporting four product squads.",
            "Set up a continuous-discovery programme: more than 120 customer interviews a year, tagged in a shared repository.",
            "A study of how freelancers file their self-assessment returns led to a redesign that cut support tickets by 17%.",
            "Line manage two researchers and run the fortnightly research critique."]),
        W("FreeAgent", "UX Researcher", "Edinburgh", "Jan 2019 – Feb 2021", "2019-01", "2021-02", [
            "Ran diary studies with sole traders and remote usability tests with their accountants.",
            "Introduced a lightweight consent and data-retention process agreed with the privacy team."]),
        W("NHS Education for Scotland", "User Researcher", "Edinburgh", "Aug 2016 – Dec 2018", "2016-08", "2018-12", [
            "Researched how trainee doctors use their e-portfolio; the findings shaped the 2018 redesign.",
            "Started regular accessibility testing with screen-reader and switch users.",
            "Trained 30 staff from digital and training teams in interviewing and usability testing."]),
        W("FanDuel", "Junior UX Designer", "Edinburgh", "Jun 2014 – Jul 2016", "2014-06", "2016-07", [
            "Designed wireframes and prototypes for the fantasy-sports lobby and contest entry flows.",
            "Ran guerrilla usability tests every sprint and reported findings to the product team."]),
        W("Edinburgh Napier University", "Research Assistant (part-time)", "Edinburgh", "Oct 2013 – May 2014", "2013-10", "2014-05", [
            "Recruited participants and transcribed sessions for a project on older adults and tablet computers."]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[
        E("Edinburgh Napier University", "MSc", "User Experience Design", "2013 – 2014", "2013", "2014"),
        E("University of St Andrews", "MA (Hons)", "Psychology", "2009 – 2013", "2009", "2013", score="2:1",
          lines=["**{studyType} {area}**, {score}", "{institution}"]),
    ],
    skills=dict(style="groups", groups=[
        ("Methods", ["Usability testing", "Diary studies", "Contextual inquiry", "Card sorting", "Survey design"]),
        ("Tools", ["Dovetail", "Maze", "Figma", "Qualtrics", "Lookback"]),
    ]),
    langs=dict(style="line", items=[("English", "native"), ("Scottish Gaelic", "conversational"), ("German", "B1")]),
)

PEOPLE = [okafor, lindqvist, pratt, kaminski, pemberton, adeyemi, mcintyre]
