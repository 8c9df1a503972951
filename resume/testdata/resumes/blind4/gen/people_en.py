"""English resumes (US and UK) of the fourth blind set. Fictional people;
employers and schools are real or plausible names used only as a realistic
setting."""

from model import W, E, C, NBSP, SHY

pruitt = dict(
    file="pruitt-libreoffice-docx-companycity",
    lang="en", locale="en-US", producer="libreoffice-docx",
    layout="plain one-column US resume saved as DOCX (US Letter, Liberation Sans); 'Company — City, ST' in bold with the dates right-aligned on a tab stop, the title in italics below, bulleted achievements; 'Professional Experience' and 'Education'",
    traps=["'Company — City, ST' on the entry line, title on the line below", "bulleted achievements with figures",
           "ZIP code 28203", "'Present' as the end", "degree and school on one line with the year after a comma", "certifications section (not education)"],
    style=dict(page="letter", font="Liberation Sans", heading="bold-caps-rule", size=10.5),
    name="Nathaniel Pruitt", label="Supply Chain Planning Manager",
    email="nate.pruitt@example.com", phone="(704) 555-0148",
    city="Charlotte", region="NC", country="US",
    profiles=[dict(network="LinkedIn", username="natepruitt", url="https://www.linkedin.com/in/natepruitt", text="linkedin.com/in/natepruitt")],
    contact=[["1418 East Blvd, Charlotte, NC 28203"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep="  |  ",
    summary="Supply chain planner with eleven years in consumer goods and building products. I run S&OP cycles that finance and operations both trust.",
    sections=[("summary", "Summary"), ("work", "Professional Experience"), ("edu", "Education"), ("certs", "Certifications"),
              ("skills", "Skills")],
    work_fmt=dict(lines=["**{name} — {location}**", "__{position}__"], right="{dates}"),
    work=[
        W("Lowe's Companies", "Supply Chain Planning Manager", "Mooresville, NC", "Feb 2021 – Present", "2021-02", None, [
            "Lead a team of seven demand and supply planners for the millwork category ($1.4B revenue).",
            "Raised forecast accuracy from 61% to 78% by moving to a weekly consensus cycle.",
            "Cut safety stock by $22M without lowering in-stock rates."]),
        W("Snyder's-Lance", "Senior Demand Planner", "Charlotte, NC", "Aug 2016 – Jan 2021", "2016-08", "2021-01", [
            "Owned the forecast for the salty-snacks portfolio across 14 retail accounts.",
            "Built promotion-lift models in SAS that replaced manual overrides."]),
        W("Sealed Air", "Inventory Analyst", "Charlotte, NC", "Jun 2013 – Jul 2016", "2013-06", "2016-07", [
            "Tracked inventory health for three plants and flagged slow movers monthly."]),
    ],
    edu_fmt=dict(lines=["**{studyType}, {area}**, {institution}"], right="{dates}"),
    education=[
        E("University of North Carolina at Charlotte", "MBA", "Operations", "2019", None, "2019"),
        E("Appalachian State University", "B.S.B.A.", "Supply Chain Management", "2009 – 2013", "2009", "2013"),
    ],
    certs=[C("Certified in Planning and Inventory Management (CPIM)", "APICS", "2017", "Certified in Planning and Inventory Management (CPIM), APICS, 2017")],
    skills=dict(style="groups", groups=[("Planning", ["S&OP", "demand forecasting", "safety stock optimization"]),
                                        ("Tools", ["SAP IBP", "Kinaxis", "SAS", "Power BI", "Excel"])]),
    langs=dict(items=[]),
)

quinlan = dict(
    file="quinlan-chromium-sidebar-left",
    lang="en", locale="en-US", producer="chromium",
    layout="two columns printed by Chromium (US Letter): a tinted sidebar on the left holding contact, education, skills and languages; main column on the right with experience as 'Company — City, ST' in bold, dates right-aligned, the title in italics below",
    traps=["sidebar left (two columns)", "education only in the left sidebar", "'Company — City, ST' entry lines",
           "link text 'GitHub' differs from its target", "promotion as two entries at one company", "ZIP code 97214"],
    style=dict(page="letter", layout="sidebar-left", font="'Liberation Sans', sans-serif", accent="#2d4a3e"),
    name="Teresa Quinlan", label="Staff Data Engineer",
    email="tquinlan@example.dev", phone="503-555-0163",
    city="Portland", region="OR", country="US",
    profiles=[dict(network="GitHub", username="tquinlan-data", url="https://github.com/tquinlan-data", text="GitHub")],
    contact=[["{phone}"], ["{email}"], ["Portland, OR 97214"], ["{p:GitHub}"]],
    contact_sep="",
    contact_in="side",
    summary="Data engineer who builds batch and streaming pipelines that analysts can rely on. Ten years across retail, outdoor apparel and public transit.",
    side=[("contact", "Contact"), ("edu", "Education"), ("skills", "Skills"), ("langs", "Languages")],
    sections=[("summary", "Profile"), ("work", "Experience")],
    work_fmt=dict(lines=["**{name} — {location}**", "__{position}__"], right="{dates}"),
    work=[
        W("Columbia Sportswear", "Staff Data Engineer", "Portland, OR", "Mar 2023 – Present", "2023-03", None, [
            "Design the company's Kafka-to-Snowflake ingestion for 900 stores.",
            "Mentor six engineers on data modeling and testing."]),
        W("Columbia Sportswear", "Senior Data Engineer", "Portland, OR", "Oct 2019 – Feb 2023", "2019-10", "2023-02", [
            "Rebuilt nightly inventory jobs in dbt; run time fell from 5 hours to 40 minutes."]),
        W("TriMet", "Data Engineer", "Portland, OR", "May 2015 – Sep 2019", "2015-05", "2019-09", [
            "Loaded automatic passenger counter data into a ridership warehouse."]),
    ],
    edu_fmt=dict(lines=["**{studyType}, {area}**", "{institution}", "{dates}"]),
    education=[
        E("Portland State University", "M.S.", "Computer Science", "2013 – 2015", "2013", "2015"),
        E("Reed College", "B.A.", "Physics", "2009 – 2013", "2009", "2013"),
    ],
    skills=dict(style="ul", groups=[("Skills", ["Kafka", "Snowflake", "dbt", "Airflow", "Python", "Terraform"])]),
    langs=dict(style="lines", items=[("English", "native"), ("Irish", "intermediate")]),
)

takahashi = dict(
    file="takahashi-reportlab-employertown",
    lang="en", locale="en-US", producer="reportlab",
    layout="one-column resume from ReportLab Platypus (US Letter, Helvetica); each job one line 'Employer (Town), Title, Dates' with the employer in bold, bullets below; education as 'Degree, School, Year'",
    traps=["employer, town in parentheses, title and dates all on one line separated by commas", "no right-aligned dates",
           "standard-font bullets", "phone with country code +1 (206) 555-0128", "'Present' as the end", "talks with years (not employment)"],
    style=dict(page="letter"),
    name="Owen Takahashi", label="Cloud Security Engineer",
    email="owen.takahashi@example.net", phone="+1 (206) 555-0128",
    city="Seattle", region="WA", country="US",
    url="https://owentakahashi.example.com", url_text="owentakahashi.example.com",
    contact=[["Seattle, WA", "{phone}", "{email}", "{url}"]],
    contact_sep=" · ",
    summary="Security engineer focused on cloud identity, detection engineering and incident response for AWS-heavy companies.",
    sections=[("summary", "Summary"), ("work", "Work Experience"), ("edu", "Education"), ("skills", "Technical Skills"),
              ("blocks", "Talks", [("p", "Least privilege without tears, BSides Seattle, 2022"),
                                   ("p", "Detection as code in practice, fwd:cloudsec, 2023")])],
    work_fmt=dict(lines=["**{name}** ({location}), {position}, {dates}"]),
    work=[
        W("Zillow Group", "Senior Cloud Security Engineer", "Seattle", "Apr 2021 – Present", "2021-04", None, [
            "Own IAM guardrails for 1,100 AWS accounts; removed 40,000 unused permissions.",
            "Wrote detections in Panther that caught two credential leaks within minutes."]),
        W("Expedia Group", "Security Engineer", "Bellevue", "Jan 2018 – Mar 2021", "2018-01", "2021-03", [
            "Ran incident response on-call and post-incident reviews."]),
        W("F5", "Security Analyst", "Seattle", "Jul 2015 – Dec 2017", "2015-07", "2017-12", [
            "Triaged alerts from the SOC and tuned SIEM rules."]),
    ],
    edu_fmt=dict(lines=["**{studyType} in {area}**, {institution}, {dates}"]),
    education=[
        E("University of Washington", "B.S.", "Informatics", "2015", None, "2015"),
    ],
    skills=dict(style="groups", groups=[("Cloud", ["AWS IAM", "GuardDuty", "Terraform", "Kubernetes"]),
                                        ("Detection", ["Panther", "Splunk", "Sigma", "Python"])]),
    langs=dict(items=[]),
)

meriwether = dict(
    file="meriwether-libreoffice-titledates",
    lang="en", locale="en-US", producer="libreoffice-pdf",
    layout="plain one-column word-processor resume (US Letter, Caladea); title in bold with the dates right-aligned on a tab stop, the employer in italics on the line below with the city; school before degree with both years",
    traps=["title and dates on one line, employer in italics below", "ZIP code 02139", "abbreviated months with periods ('Aug. 2019')",
           "school before degree", "volunteering with dates (not employment)", "no profile links"],
    style=dict(page="letter", font="Caladea", heading="bold-rule", size=11),
    name="Lorna Meriwether", label="Clinical Research Coordinator",
    email="lorna.meriwether@example.org", phone="617-555-0184",
    city="Cambridge", region="MA", country="US",
    contact=[["88 Magazine St, Cambridge, MA 02139", "{phone}", "{email}"]],
    contact_sep="  •  ",
    summary="Research coordinator for oncology and cardiology trials, from IRB submissions to data lock. Calm with sponsors, careful with source documents.",
    sections=[("summary", "Summary"), ("work", "Experience"), ("edu", "Education"), ("skills", "Skills"),
              ("blocks", "Volunteer Work", [("entry", "**Tutor**", "Sep. 2017 – Present"), ("sub", "__Cambridge Community Learning Center__")])],
    work_fmt=dict(lines=["**{position}**", "__{name}__, {location}"], right="{dates}"),
    work=[
        W("Dana-Farber Cancer Institute", "Clinical Research Coordinator II", "Boston, MA", "Aug. 2019 – Present", "2019-08", None, [
            "Coordinate six phase II breast-oncology trials with 140 enrolled patients.",
            "Prepared two FDA audit visits with no major findings."]),
        W("Boston Medical Center", "Clinical Research Assistant", "Boston, MA", "Jun. 2016 – Jul. 2019", "2016-06", "2019-07", [
            "Screened and consented patients for heart-failure studies."]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} in {area}"], right="{dates}"),
    education=[
        E("Tufts University", "M.S.", "Clinical and Translational Science", "2020 – 2022", "2020", "2022"),
        E("College of the Holy Cross", "B.A.", "Biology", "2012 – 2016", "2012", "2016"),
    ],
    skills=dict(style="line", groups=[("Skills", ["REDCap", "OnCore", "Medidata Rave", "GCP", "IRB submissions", "phlebotomy"])]),
    langs=dict(items=[]),
)

baird = dict(
    file="baird-pdftex-employercol",
    lang="en", locale="en-GB", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1) with entries as two columns: the employer and town in a left minipage, the title with the dates right-aligned and the bullets in the right one",
    traps=["pdfTeX text (no space characters, ligatures)", "employer in a left column beside the title", "Edinburgh postcode EH6 6QU",
           "'Mar 2020 – present'", "degree before school", "publications with years (not employment)"],
    style=dict(paper="a4paper", datecol="4.2cm"),
    name="Callum Baird", label="Marine Ecologist",
    email="callum.baird@example.co.uk", phone="+44 7700 900624",
    city="Edinburgh", country="GB",
    profiles=[dict(network="ORCID", username="0000-0002-5521-7788", url="https://orcid.org/0000-0002-5521-7788", text="ORCID")],
    contact=[["7 Dudley Avenue, Edinburgh EH6 6QU", "{phone}", "{email}", "{p:ORCID}"]],
    contact_sep=" | ",
    summary="Marine ecologist working on seabird and benthic surveys for offshore wind consenting. Fieldwork lead, statistician, and the person who checks the boat has lunch.",
    sections=[("summary", "Profile"), ("work", "Employment"), ("edu", "Education"), ("skills", "Skills"), ("langs", "Languages"),
              ("blocks", "Publications", [("p", "C. Baird and others (2021). Kittiwake foraging ranges in the Forth. Marine Ornithology 49.")])],
    work_fmt=dict(lines=["**{position}**"], right="{dates}", col="**{name}**, {location}"),
    work=[
        W("NatureScot", "Marine Ecologist", "Inverness", "Mar 2020 – present", "2020-03", None, [
            "Advise on seabird impacts for four offshore wind farms in the Firth of Forth.",
            "Run the digital aerial survey analysis in R."]),
        W("APEM Ltd", "Ecological Surveyor", "Edinburgh", "Oct 2016 – Feb 2020", "2016-10", "2020-02", [
            "Benthic grab sampling and species identification."]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[
        E("University of Aberdeen", "MRes", "Marine Mammal Science", "2015 – 2016", "2015", "2016"),
        E("Bangor University", "BSc", "Marine Biology", "2011 – 2015", "2011", "2015"),
    ],
    skills=dict(style="groups", groups=[("Analysis", ["R", "Distance sampling", "QGIS"]), ("Field", ["ESAS surveys", "RYA Day Skipper"])]),
    langs=dict(style="line", items=[("English", "native"), ("Scottish Gaelic", "basic")]),
)

thackeray = dict(
    file="thackeray-libreoffice-docx-pipes",
    lang="en", locale="en-GB", producer="libreoffice-docx",
    layout="plain one-column British CV saved as DOCX (A4, Carlito); every job one line 'Title | Employer | dates' with the title in bold, bullets below; education as 'Degree, School | years'; 'Key skills' as a bullet list",
    traps=["title, employer and dates on one line separated by pipes", "no town for the jobs", "Bath postcode BA1 5NA",
           "'Jan 2019 – Present'", "GCSEs not listed, A levels as an education entry", "'Key skills' bullet list"],
    style=dict(page="a4", font="Carlito", heading="bold-plain", size=11),
    name="Imogen Thackeray", label="Digital Marketing Manager",
    email="imogen.thackeray@example.co.uk", phone="01225 496 012",
    city="Bath", country="GB",
    url="https://imogenthackeray.example.co.uk", url_text="imogenthackeray.example.co.uk",
    contact=[["21 Marlborough Buildings, Bath BA1 5NA"], ["{phone}", "{email}", "{url}"]],
    contact_sep=" | ",
    summary="Marketing manager for consumer brands, strong on paid search, CRM and measuring what actually sells.",
    sections=[("summary", "Personal statement"), ("work", "Work history"), ("edu", "Education"), ("skills", "Key skills")],
    work_fmt=dict(lines=["**{position}** | {name} | {dates}"]),
    work=[
        W("Jamie Oliver Group", "Digital Marketing Manager", None, "Jan 2019 – Present", "2019-01", None, [
            "Manage a £1.8m paid media budget across search, social and affiliates.",
            "Launched a CRM programme that lifted repeat orders by 14%."]),
        W("Future plc", "Paid Search Executive", None, "Sep 2015 – Dec 2018", "2015-09", "2018-12", [
            "Ran Google Ads for 12 magazine subscription brands."]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**, {institution} | {dates}"]),
    education=[
        E("University of Exeter", "BA (Hons)", "English and Film Studies", "2012 – 2015", "2012", "2015"),
        E("Kingswood School", "A levels", None, "2010 – 2012", "2010", "2012",
          lines=["**{studyType}** (English, History, Media Studies), {institution} | {dates}"]),
    ],
    skills=dict(style="ul", groups=[("Key skills", ["Google Ads", "Meta Ads Manager", "Braze", "GA4", "SEO audits", "Budget management"])]),
    langs=dict(items=[]),
)

oyelaran = dict(
    file="oyelaran-libreoffice-datefirst",
    lang="en", locale="en-GB", producer="libreoffice-pdf",
    layout="plain one-column British CV from a word processor (A4, Liberation Serif); headings with trailing colons; each job one line starting with the dates and a colon, then the title in bold and 'Employer, Town'",
    traps=["dates at the start of the entry line followed by a colon", "headings with trailing colons ('Experience:')",
           "Manchester postcode M14 5RG", "'May 2021 – present'", "degree before school with both years", "referees available on request"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-plain", size=11),
    name="Folake Oyelaran", label="Senior Pharmacist",
    email="folake.oyelaran@example.com", phone="07700 900917",
    city="Manchester", country="GB",
    contact=[["42 Platt Lane, Manchester M14 5RG"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Hospital pharmacist with a clinical focus on antimicrobial stewardship and paediatrics. Independent prescriber since 2022.",
    sections=[("summary", "Profile:"), ("work", "Experience:"), ("edu", "Education:"), ("skills", "Skills:"), ("langs", "Languages:"),
              ("blocks", "References:", [("p", "Available on request.")])],
    work_fmt=dict(lines=["{dates}: **{position}**, {name}, {location}"]),
    work=[
        W("Manchester University NHS Foundation Trust", "Senior Pharmacist, Antimicrobials", "Manchester", "May 2021 – present", "2021-05", None, [
            "Lead weekly antimicrobial ward rounds across three adult wards.",
            "Wrote the trust's IV-to-oral switch guideline."]),
        W("Alder Hey Children's Hospital", "Rotational Pharmacist", "Liverpool", "Aug 2017 – Apr 2021", "2017-08", "2021-04", [
            "Rotations in paediatric intensive care, oncology and surgery."]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**, {institution}, {dates}"]),
    education=[
        E("University of Bath", "PGDip", "General Pharmacy Practice", "2017 – 2019", "2017", "2019"),
        E("University of Nottingham", "MPharm", "Pharmacy", "2012 – 2016", "2012", "2016"),
    ],
    skills=dict(style="groups", groups=[("Clinical", ["antimicrobial stewardship", "independent prescribing", "TDM"]),
                                        ("Systems", ["EPIC", "JAC", "Datix"])]),
    langs=dict(style="line", items=[("English", "native"), ("Yoruba", "fluent")]),
)

PEOPLE = [pruitt, quinlan, takahashi, meriwether, baird, thackeray, oyelaran]
