"""English resumes (US and UK) of the third blind set. Fictional people;
employers and schools are real or plausible names used only as a realistic
setting."""

from model import W, E, C, NBSP, SHY

harlow = dict(
    file="harlow-libreoffice-docx",
    lang="en", locale="en-US", producer="libreoffice-docx",
    layout="plain one-column US resume saved as DOCX (US Letter, Carlito); 'Professional Experience' with 'Company, Title' in bold on one line and the dates right-aligned on a tab stop, city below; 'Education & Certifications' in one section; 'Key Skills' as a bullet list",
    traps=["company first, then the title after a comma on the same line", "'Education & Certifications' holding degrees and certifications",
           "'Key Skills' as a bullet list", "abbreviated months ('Sept. 2020')", "ZIP code 80205", "phone with dots 303.555.0172"],
    style=dict(page="letter", font="Carlito", heading="bold-caps-rule", size=11),
    name="Dana Harlow", label="Clinical Operations Manager",
    email="dana.harlow@example.com", phone="303.555.0172",
    city="Denver", region="CO", country="US",
    profiles=[dict(network="LinkedIn", username="danaharlow", url="https://www.linkedin.com/in/danaharlow", text="linkedin.com/in/danaharlow")],
    contact=[["2240 Gaylord St, Denver, CO 80205"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep="  |  ",
    summary="Operations manager for outpatient clinics with nine years of experience in scheduling, revenue cycle and staff training. I like turning messy patient-intake processes into checklists that new hires can follow on day one.",
    sections=[("summary", "Summary"), ("work", "Professional Experience"), ("edu", "Education & Certifications"), ("certs", None),
              ("skills", "Key Skills")],
    work_fmt=dict(lines=["**{name}, {position}**", "{location}"], right="{dates}"),
    work=[
        W("Front Range Family Health", "Clinical Operations Manager", "Denver, CO", "Sept. 2020 – Present", "2020-09", None, [
            "Oversee daily operations of four outpatient clinics with 70 staff and 96,000 visits a year.",
            "Cut average new-patient wait time from 23 to 9 days by redesigning the referral queue.",
            "Led the switch from paper intake to tablet check-in across all sites."]),
        W("UCHealth", "Practice Supervisor", "Aurora, CO", "Mar. 2017 – Aug. 2020", "2017-03", "2020-08", [
            "Supervised 18 front-desk and billing staff in a busy orthopedics practice.",
            "Reduced claim denials by 31% through weekly coding audits."]),
        W("Kaiser Permanente", "Patient Access Representative", "Lakewood, CO", "Jun. 2015 – Feb. 2017", "2015-06", "2017-02", [
            "Registered patients and verified insurance for urgent care and lab services."]),
    ],
    edu_fmt=dict(lines=["**{studyType}, {area}**", "{institution}"], right="{dates}"),
    education=[
        E("University of Colorado Denver", "Master of Health Administration", "Health Administration", "May 2019", None, "2019-05",
          lines=["**{studyType}**", "{institution}"]),
        E("Colorado State University", "B.S.", "Health and Exercise Science", "2011 – 2015", "2011", "2015"),
    ],
    certs=[C("Certified Medical Practice Executive (CMPE)", "MGMA", "2021", "Certified Medical Practice Executive (CMPE), MGMA, 2021"),
           C("Lean Healthcare Yellow Belt", "Intermountain Healthcare", "2018", "Lean Healthcare Yellow Belt, Intermountain Healthcare, 2018")],
    skills=dict(style="ul", groups=[("Key Skills", ["Revenue cycle management", "Epic Cadence", "Staff training", "HIPAA compliance",
                                                    "Process improvement", "Budgeting"])]),
    langs=dict(items=[]),
)

szabo = dict(
    file="szabo-libreoffice",
    lang="en", locale="en-US", producer="libreoffice-pdf",
    layout="plain one-column word-processor resume (US Letter, Liberation Sans); title in bold with the dates in parentheses after it, employer and city below; degree before school",
    traps=["dates in parentheses after the title", "degree line before the school line", "ZIP code 55408", "'Present' in parentheses",
           "teaching (adjunct) listed under 'Teaching' with dates (not employment)", "GitHub URL without a scheme"],
    style=dict(page="letter", font="Liberation Sans", heading="bold-rule", size=10.5),
    name="Rebecca Szabo", label="Machine Learning Engineer",
    email="rebecca.szabo@example.net", phone="(612) 555-0139",
    city="Minneapolis", region="MN", country="US",
    profiles=[dict(network="GitHub", username="rszabo", url="https://github.com/rszabo", text="github.com/rszabo")],
    contact=[["Minneapolis, MN 55408", "{phone}", "{email}", "{p:GitHub}"]],
    contact_sep=" • ",
    summary="Machine learning engineer who ships ranking and forecasting models to production and keeps them healthy afterwards. Comfortable from feature pipelines to on-call.",
    sections=[("summary", "Profile"), ("work", "Experience"), ("edu", "Education"), ("skills", "Skills"),
              ("blocks", "Teaching", [("entry", "**Adjunct Instructor, Applied Machine Learning** (2021 – 2023)", None),
                                      ("sub", "Metropolitan State University, Saint Paul, MN"),
                                      ("p", "Taught one evening course per semester to working professionals.")])],
    work_fmt=dict(lines=["**{position}** ({dates})", "{name}, {location}"]),
    work=[
        W("Target Corporation", "Senior Machine Learning Engineer", "Minneapolis, MN", "Jan 2022 – Present", "2022-01", None, [
            "Own the search-ranking model serving 40 million queries a day; raised add-to-cart rate by 3.8%.",
            "Built a feature store on Spark and Redis used by five product teams."]),
        W("Best Buy", "Data Scientist", "Richfield, MN", "Jul 2018 – Dec 2021", "2018-07", "2021-12", [
            "Forecast weekly demand for 60,000 SKUs with gradient-boosted trees.",
            "Automated model retraining with Airflow, cutting manual work by ten hours a week."]),
        W("Medtronic", "Data Analyst Intern", "Fridley, MN", "Summer 2017", "2017", "2017", [
            "Analyzed device telemetry for battery-life studies."]),
    ],
    edu_fmt=dict(lines=["**{studyType} in {area}**", "{institution}, {dates}"]),
    education=[
        E("University of Minnesota", "M.S.", "Data Science", "2016 – 2018", "2016", "2018"),
        E("Macalester College", "B.A.", "Mathematics", "2016", None, "2016"),
    ],
    skills=dict(style="groups", groups=[
        ("Languages", ["Python", "SQL", "Scala"]),
        ("ML", ["PyTorch", "LightGBM", "scikit-learn", "MLflow"]),
        ("Infrastructure", ["Spark", "Airflow", "Redis", "Kubernetes", "GCP"]),
    ]),
    langs=dict(items=[]),
)

ashby = dict(
    file="ashby-chromium-sidebar-right",
    lang="en", locale="en-US", producer="chromium",
    layout="two columns printed by Chromium (US Letter): main column on the left (summary, experience) and a tinted sidebar on the right holding contact, education, skills and certifications; title in bold with dates right-aligned, employer below",
    traps=["sidebar right (two columns)", "education only in the right sidebar", "icon glyphs before phone, email and place",
           "link text 'Portfolio' differs from its target", "promotion as two entries at one company", "'Title' line with dates right-aligned"],
    style=dict(page="letter", layout="sidebar-right", font="'DejaVu Sans', sans-serif", accent="#5a2a27"),
    name="Jerome Ashby", label="UX Research Lead",
    email="jerome.ashby@example.com", phone="+1 404 555 0191",
    city="Atlanta", region="GA", country="US",
    url="https://jeromeashby.example.org", url_text="Portfolio",
    profiles=[dict(network="LinkedIn", username="jeromeashby", url="https://www.linkedin.com/in/jeromeashby", text="linkedin.com/in/jeromeashby")],
    icons={"email": "✉ ", "phone": "☎ ", "city": "⌂ ", "url": "➜ ", "link": "➜ "},
    contact=[["{phone}"], ["{email}"], ["{city}Atlanta, GA"], ["{url}"], ["{p:LinkedIn}"]],
    contact_sep="",
    contact_in="side",
    summary="Mixed-methods researcher who helps product teams decide what not to build. Eight years in fintech and healthcare, two leading a research team of four.",
    side=[("contact", "Contact"), ("edu", "Education"), ("skills", "Skills"), ("certs", "Certifications")],
    sections=[("summary", "Summary"), ("work", "Experience")],
    work_fmt=dict(lines=["**{position}**", "{name} · {location}"], right="{dates}"),
    work=[
        W("Cardlytics", "UX Research Lead", "Atlanta, GA", "Apr 2023 – Present", "2023-04", None, [
            "Lead four researchers across the banking-partner and advertiser products.",
            "Set up a research repository that cut duplicate studies by half."]),
        W("Cardlytics", "Senior UX Researcher", "Atlanta, GA", "Jun 2020 – Mar 2023", "2020-06", "2023-03", [
            "Ran 120 interviews and six diary studies for the rewards redesign."]),
        W("Greenway Health", "UX Researcher", "Carrollton, GA", "Aug 2016 – May 2020", "2016-08", "2020-05", [
            "Usability testing of an EHR charting module with physicians and nurses."]),
    ],
    edu_fmt=dict(lines=["**{studyType}, {area}**", "{institution}", "{dates}"]),
    education=[
        E("Georgia Institute of Technology", "M.S.", "Human-Computer Interaction", "2014 – 2016", "2014", "2016"),
        E("Morehouse College", "B.A.", "Psychology", "2010 – 2014", "2010", "2014"),
    ],
    skills=dict(style="ul", groups=[("Skills", ["Interviewing", "Usability testing", "Survey design", "Dovetail", "Figma", "R"])]),
    certs=[C("CUA", "Human Factors International", "2019", "CUA, Human Factors International, 2019")],
    langs=dict(items=[]),
)

varma = dict(
    file="varma-reportlab-colons",
    lang="en", locale="en-US", producer="reportlab",
    layout="one-column resume from ReportLab Platypus (US Letter, Helvetica); headings with trailing colons; 'Company, Title' in bold with dates right-aligned in a table row, city below",
    traps=["headings with trailing colons ('Experience:')", "company first, title after a comma", "standard-font bullets",
           "phone with country code +1-412-555-0107", "education with both years", "'Selected Projects' with years (not employment)"],
    style=dict(page="letter"),
    name="Nikhil Varma", label="Robotics Software Engineer",
    email="nikhil.varma@example.org", phone="+1-412-555-0107",
    city="Pittsburgh", region="PA", country="US",
    url="https://nvarma.example.dev", url_text="nvarma.example.dev",
    contact=[["Pittsburgh, PA", "{phone}", "{email}", "{url}"]],
    contact_sep=" | ",
    summary="Robotics software engineer working on perception and motion planning for warehouse and agricultural robots. C++ and ROS 2 day to day.",
    sections=[("summary", "Summary:"), ("work", "Experience:"), ("edu", "Education:"), ("skills", "Skills:"), ("langs", "Languages:"),
              ("blocks", "Selected Projects:", [("entry", "**Open-source lidar calibration toolkit**", "2020 – 2022"),
                                                ("p", "Maintainer of a ROS 2 package for extrinsic lidar-camera calibration.")])],
    work_fmt=dict(lines=["**{name}, {position}**", "{location}"], right="{dates}"),
    work=[
        W("Locus Robotics", "Senior Robotics Software Engineer", "Pittsburgh, PA", "May 2022 – Present", "2022-05", None, [
            "Lead the local planner for a fleet of 4,000 autonomous mobile robots.",
            "Reduced aisle deadlocks by 70% with a new cooperative reservation scheme."]),
        W("Carnegie Robotics", "Robotics Software Engineer", "Pittsburgh, PA", "Sep 2018 – Apr 2022", "2018-09", "2022-04", [
            "Wrote stereo-depth and obstacle-detection nodes for agricultural vehicles.",
            "Ported the perception stack from ROS 1 to ROS 2."]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} in {area}"], right="{dates}"),
    education=[
        E("Carnegie Mellon University", "M.S.", "Robotics", "2016 – 2018", "2016", "2018"),
        E("Indian Institute of Technology Madras", "B.Tech.", "Mechanical Engineering", "2012 – 2016", "2012", "2016"),
    ],
    skills=dict(style="groups", groups=[
        ("Languages", ["C++17", "Python", "CUDA"]),
        ("Robotics", ["ROS 2", "Gazebo", "OpenCV", "PCL", "MoveIt"]),
    ]),
    langs=dict(style="line", items=[("English", "fluent"), ("Hindi", "native"), ("Tamil", "conversational")]),
)

pryce = dict(
    file="pryce-libreoffice-smallcaps",
    lang="en", locale="en-GB", producer="libreoffice-pdf",
    layout="plain one-column British CV from a word processor (A4, Caladea); headings in small caps with a rule; two-line entries with the place first ('Cardiff — Employer'), then 'Title, dates'; education with both years",
    traps=["headings in small caps", "place first on the entry line, then the employer", "title and dates on the second line after a comma",
           "Cardiff postcode CF24 4HQ", "A levels as an education entry", "referee with email (not the candidate's)"],
    style=dict(page="a4", font="Caladea", heading="smallcaps-rule", size=11),
    name="Rhiannon Pryce", label="Senior Quantity Surveyor",
    email="rhiannon.pryce@example.co.uk", phone="07700 900583",
    city="Cardiff", country="GB",
    contact=[["14 Partridge Road, Cardiff CF24 4HQ"], ["Mobile: 07700 900583", "{email}"]],
    contact_sep="  ·  ",
    summary="Chartered quantity surveyor with ten years on education, health and rail projects in South Wales. I keep cost plans honest from feasibility to final account.",
    sections=[("summary", "Profile"), ("work", "Career History"), ("edu", "Education"), ("skills", "Skills"), ("langs", "Languages"),
              ("blocks", "References", [("p", "Gareth Lewis, Commercial Director, Willmott Dixon — gareth.lewis@example.co.uk")])],
    work_fmt=dict(lines=["{location} — **{name}**", "__{position}__, {dates}"]),
    work=[
        W("Willmott Dixon", "Senior Quantity Surveyor", "Cardiff", "April 2020 – present", "2020-04", None, [
            "Commercial lead on a £38m secondary school under the Sustainable Communities for Learning programme.",
            "Agreed final accounts on three NHS Wales schemes within 2% of budget."]),
        W("Gleeds", "Quantity Surveyor", "Bristol", "September 2016 – March 2020", "2016-09", "2020-03", [
            "Cost plans and valuations for rail station upgrades in the Severn Valley."]),
        W("Gleeds", "Assistant Quantity Surveyor", "Bristol", "July 2014 – August 2016", "2014-07", "2016-08", [
            "Measured works and prepared monthly valuations."]),
    ],
    edu_fmt=dict(lines=["**{institution}**, {dates}", "{studyType} {area}"]),
    education=[
        E("Cardiff Metropolitan University", "BSc (Hons)", "Quantity Surveying and Commercial Management", "2011 – 2014", "2011", "2014"),
        E("Whitchurch High School", "A levels", None, "2009 – 2011", "2009", "2011",
          lines=["**{institution}**, {dates}", "{studyType}: Mathematics (A*), Economics (A), Geography (A)"]),
    ],
    skills=dict(style="groups", groups=[("Commercial", ["NEC4", "JCT", "cost planning", "final accounts"]),
                                        ("Software", ["CostX", "Excel", "Bluebeam"])]),
    langs=dict(style="line", items=[("Welsh", "fluent"), ("English", "native")]),
)

ferguson = dict(
    file="ferguson-pdftex-datecol",
    lang="en", locale="en-GB", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1) with the dates at the line start in a narrow left column; 'Employer, Title' in bold, town below",
    traps=["pdfTeX text (no space characters, ligatures)", "dates in a left column", "employer first, title after a comma",
           "Glasgow postcode G12 8QQ", "'Sep 2019 – present'", "publications with years (not employment)"],
    style=dict(paper="a4paper", datecol="3.9cm"),
    name="Callum Ferguson", label="Renewable Energy Engineer",
    email="callum.ferguson@example.com", phone="+44 141 496 0725",
    city="Glasgow", country="GB",
    profiles=[dict(network="LinkedIn", username="callumferguson", url="https://www.linkedin.com/in/callumferguson", text="linkedin.com/in/callumferguson")],
    contact=[["3 Cresswell Street, Glasgow G12 8QQ", "{phone}"], ["{email}", "{p:LinkedIn}"]],
    contact_sep="  |  ",
    summary="Electrical engineer specialising in grid connection of onshore wind and battery storage. Eight years from feasibility studies to commissioning.",
    sections=[("summary", "Profile"), ("work", "Employment"), ("edu", "Education"), ("skills", "Technical skills"),
              ("blocks", "Publications", [("row", "2021", [("p", "C. Ferguson: Fault ride-through of grid-forming inverters. CIRED Workshop, Geneva.")])])],
    work_fmt=dict(lines=["**{name}, {position}**", "{location}"], col="{dates}"),
    work=[
        W("SSE Renewables", "Senior Grid Engineer", "Glasgow", "Sep 2019 – present", "2019-09", None, [
            "Grid connection studies for 1.2 GW of onshore wind in the Highlands",
            "Technical lead for a 50 MW battery storage site"]),
        W("Natural Power", "Electrical Engineer", "Castle Douglas", "Aug 2015 – Aug 2019", "2015-08", "2019-08", [
            "Power system modelling in PowerFactory and protection settings"]),
        W("Scottish Power Energy Networks", "Graduate Engineer", "Glasgow", "Sep 2013 – Jul 2015", "2013-09", "2015-07", [
            "Two-year graduate scheme in distribution planning"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], col="{dates}"),
    education=[
        E("University of Strathclyde", "MEng", "Electrical and Mechanical Engineering", "2008 – 2013", "2008", "2013"),
    ],
    skills=dict(style="groups", groups=[("Software", ["DIgSILENT PowerFactory", "PSCAD", "Python", "MATLAB"]),
                                        ("Standards", ["Grid Code", "G99", "IEC 61850"])]),
    langs=dict(items=[]),
)

ashworth = dict(
    file="ashworth-libreoffice-docx",
    lang="en", locale="en-GB", producer="libreoffice-docx",
    layout="plain one-column British CV saved as DOCX (A4, Liberation Sans); 'Employer, Title' on one line in bold, the dates in italics on the line below; 'Key skills' as a bullet list before the experience",
    traps=["employer first, title after a comma", "dates on their own line in italics", "'Key skills' bullet list at the top",
           "Leeds postcode LS6 2AB", "degree before school", "'Oct 2018 – Present'", "volunteering with dates (not employment)"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-rule", size=10.5),
    name="Imogen Ashworth", label="Product Marketing Manager",
    email="imogen.ashworth@example.co.uk", phone="+44 7700 900714",
    city="Leeds", country="GB",
    profiles=[dict(network="LinkedIn", username="imogenashworth", url="https://www.linkedin.com/in/imogenashworth", text="LinkedIn")],
    contact=[["Headingley, Leeds LS6 2AB", "{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" | ",
    summary="B2B product marketer with seven years in software for accountants and retailers. I write positioning that sales teams actually use.",
    sections=[("summary", "Personal statement"), ("skills", "Key skills"), ("work", "Employment history"), ("edu", "Education"),
              ("blocks", "Volunteering", [("entry", "**Leeds Food Aid Network**, Volunteer coordinator", None),
                                          ("sub", "__Jan 2019 – Dec 2022__")])],
    work_fmt=dict(lines=["**{name}, {position}**", "__{dates}__ · {location}"]),
    work=[
        W("Sage Group", "Product Marketing Manager", "Leeds", "Oct 2018 – Present", "2018-10", None, [
            "Launched three payroll products to 40,000 UK small businesses.",
            "Built the competitive battlecards used by 120 account executives."]),
        W("Sky Betting & Gaming", "Marketing Executive", "Leeds", "Sep 2016 – Sep 2018", "2016-09", "2018-09", [
            "Ran lifecycle email campaigns and A/B tests for the casino product."]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}, {dates}"]),
    education=[
        E("University of York", "BA (Hons)", "English and History", "2013 – 2016", "2013", "2016"),
    ],
    skills=dict(style="ul", groups=[("Key skills", ["Positioning and messaging", "Go-to-market planning", "HubSpot", "Salesforce",
                                                    "Customer research", "Copywriting"])]),
    langs=dict(items=[]),
)

PEOPLE = [harlow, szabo, ashby, varma, pryce, ferguson, ashworth]
