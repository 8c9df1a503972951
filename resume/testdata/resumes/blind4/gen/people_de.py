"""German resumes of the fourth blind set. Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

wiesinger = dict(
    file="wiesinger-libreoffice-bei",
    lang="de", locale="de-DE", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Liberation Sans); 'Berufserfahrung' with 'Title bei Employer, Town' on one line (title in bold) and 'MM/YYYY – MM/YYYY' right-aligned on a tab stop; 'seit' for the current job",
    traps=["'Title bei Employer' on one line", "'seit 05/2020'", "dates as 'MM/YYYY'", "Regensburg postcode 93047",
           "Abitur as an education entry", "Ehrenamt with dates (not employment)"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-rule", size=10.5),
    name="Jonas Wiesinger", label="Leiter Qualitätssicherung",
    email="jonas.wiesinger@example.de", phone="0941 5873 210",
    city="Regensburg", country="DE",
    contact=[["Obere Bachgasse 7, 93047 Regensburg"], ["Telefon: 0941 5873 210", "{email}"]],
    contact_sep="  ·  ",
    summary="Ingenieur für Qualitätsmanagement mit zwölf Jahren Erfahrung in der Automobilzulieferung. Audits nach IATF 16949, Reklamationsmanagement und Lieferantenentwicklung.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Ausbildung"), ("skills", "Kenntnisse"), ("langs", "Sprachen"),
              ("blocks", "Ehrenamt", [("entry", "**Jugendtrainer** beim SV Sallern", "seit 2016")])],
    work_fmt=dict(lines=["**{position}** bei {name}, {location}"], right="{dates}"),
    work=[
        W("Krones AG", "Leiter Qualitätssicherung", "Neutraubling", "seit 05/2020", "2020-05", None, [
            "Verantwortung für ein Team von 14 Prüfern und Qualitätsingenieuren",
            "Senkung der Reklamationskosten um 1,2 Mio. Euro pro Jahr"]),
        W("Vitesco Technologies", "Qualitätsingenieur Lieferanten", "Regensburg", "10/2014 – 04/2020", "2014-10", "2020-04", [
            "Lieferantenaudits nach VDA 6.3 in Tschechien und Ungarn"]),
        W("Maschinenfabrik Reinhausen GmbH", "Qualitätsprüfer", "Regensburg", "09/2011 – 09/2014", "2011-09", "2014-09", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**, {institution}"], right="{dates}"),
    education=[
        E("Ostbayerische Technische Hochschule Regensburg", "Bachelor of Engineering", "Maschinenbau", "10/2007 – 08/2011", "2007-10", "2011-08"),
        E("Goethe-Gymnasium Regensburg", "Abitur", None, "06/2007", None, "2007-06", lines=["**{studyType}**, {institution}"]),
    ],
    skills=dict(style="groups", groups=[("Qualität", ["IATF 16949", "VDA 6.3", "FMEA", "8D-Report"]),
                                        ("IT", ["SAP QM", "CAQ Babtec", "Minitab"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "fließend"), ("Tschechisch", "Grundkenntnisse")]),
)

kuttelwascher = dict(
    file="kuttelwascher-libreoffice-docx-bisheute",
    lang="de", locale="de-DE", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Carlito); employer and town on the first line with 'MM/YYYY – bis heute' right-aligned, the title in bold on the line below; school before degree",
    traps=["employer first, title in bold on the second line", "'bis heute' as the end", "Leipzig postcode 04275",
           "school before degree with both years", "Werkstudentin in the employment section", "Lehrauftrag with years (not employment)"],
    style=dict(page="a4", font="Carlito", heading="smallcaps-rule", size=11),
    name="Theresa Kuttelwascher", label="Projektleiterin Stadtplanung",
    email="t.kuttelwascher@example.com", phone="+49 341 9127 4408",
    city="Leipzig", country="DE",
    profiles=[dict(network="LinkedIn", username="theresa-kuttelwascher", url="https://www.linkedin.com/in/theresa-kuttelwascher", text="LinkedIn-Profil")],
    contact=[["Karl-Liebknecht-Straße 61, 04275 Leipzig"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" | ",
    summary="Stadtplanerin mit Schwerpunkt Quartiersentwicklung und Bürgerbeteiligung. Ich moderiere gern und schreibe Bebauungspläne, die vor Gericht halten.",
    sections=[("summary", "Kurzprofil"), ("work", "Berufserfahrung"), ("edu", "Studium"), ("skills", "Fachkenntnisse"),
              ("langs", "Sprachen"),
              ("blocks", "Lehre", [("p", "Lehrauftrag Planungsrecht, HTWK Leipzig, 2021 – 2023")])],
    work_fmt=dict(lines=["{name}, {location}", "**{position}**"], right="{dates}"),
    work=[
        W("Stadt Leipzig, Amt für Stadtplanung", "Projektleiterin Stadtplanung", "Leipzig", "03/2019 – bis heute", "2019-03", None, [
            "Leitung von drei Bebauungsplanverfahren mit zusammen 1.900 Wohnungen",
            "Organisation von Beteiligungswerkstätten mit bis zu 200 Teilnehmenden"]),
        W("Büro Heller Stadtplanung GmbH", "Stadtplanerin", "Halle (Saale)", "11/2015 – 02/2019", "2015-11", "2019-02", [
            "Rahmenpläne und städtebauliche Wettbewerbe für Kommunen in Sachsen-Anhalt"]),
        W("Büro Heller Stadtplanung GmbH", "Werkstudentin", "Halle (Saale)", "04/2014 – 10/2015", "2014-04", "2015-10", []),
    ],
    edu_fmt=dict(lines=["{institution}", "**{studyType} {area}**"], right="{dates}"),
    education=[
        E("Bauhaus-Universität Weimar", "Master of Science", "Urbanistik", "10/2013 – 09/2015", "2013-10", "2015-09"),
        E("Technische Universität Dortmund", "Bachelor of Science", "Raumplanung", "10/2009 – 09/2013", "2009-10", "2013-09"),
    ],
    skills=dict(style="groups", groups=[("Planung", ["Bauleitplanung", "BauGB", "Moderation"]),
                                        ("Software", ["ArcGIS Pro", "AutoCAD", "Adobe InDesign"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "sehr gut"), ("Polnisch", "Grundkenntnisse")]),
)

brenneisen = dict(
    file="brenneisen-chromium-sidebar-left",
    lang="de", locale="de-DE", producer="chromium",
    layout="two columns printed by Chromium (A4): a dark sidebar on the left holding contact, skills and languages; main column on the right with 'Berufserfahrung' as title and dates on one line and the employer in italics below, education below it",
    traps=["sidebar left (two columns)", "title and dates on one line, employer in italics below", "'seit 2021'", "years only",
           "Freiburg postcode 79098 in the sidebar", "skills only in the sidebar"],
    style=dict(page="a4", layout="sidebar-left", font="'DejaVu Sans', sans-serif", accent="#3b3f6b", dark=True),
    name="Lukas Brenneisen", label="Softwarearchitekt",
    email="lukas.brenneisen@example.de", phone="+49 761 2930 175",
    city="Freiburg", country="DE",
    url="https://brenneisen.example.de", url_text="brenneisen.example.de",
    contact=[["{phone}"], ["{email}"], ["Wilhelmstraße 24"], ["79098 Freiburg"], ["{url}"]],
    contact_sep="",
    contact_in="side",
    summary="Softwarearchitekt für verteilte Systeme im Gesundheitswesen. Java, Kotlin und viel Geduld mit Schnittstellen nach HL7 FHIR.",
    side=[("contact", "Kontakt"), ("skills", "Kenntnisse"), ("langs", "Sprachen")],
    sections=[("summary", "Über mich"), ("work", "Berufserfahrung"), ("edu", "Ausbildung")],
    work_fmt=dict(lines=["**{position}**", "__{name}__, {location}"], right="{dates}"),
    work=[
        W("Dedalus HealthCare GmbH", "Softwarearchitekt", "Freiburg", "seit 2021", "2021", None, [
            "Architektur einer FHIR-Plattform für 80 Krankenhäuser",
            "Einführung von Architekturentscheidungen als Code (ADR)"]),
        W("Haufe Group", "Senior Softwareentwickler", "Freiburg", "2016 – 2021", "2016", "2021", [
            "Backend-Services für eine Personalmanagement-Software in Kotlin"]),
        W("Testo SE & Co. KGaA", "Softwareentwickler", "Titisee-Neustadt", "2012 – 2016", "2012", "2016", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "__{institution}__"], right="{dates}"),
    education=[
        E("Karlsruher Institut für Technologie", "Master of Science", "Informatik", "2010 – 2012", "2010", "2012"),
        E("Hochschule Offenburg", "Bachelor of Science", "Angewandte Informatik", "2007 – 2010", "2007", "2010"),
    ],
    skills=dict(style="groups", label_fmt="**{label}**: ", groups=[("Sprachen", ["Java", "Kotlin", "TypeScript"]),
                                                                     ("Plattform", ["Kubernetes", "Kafka", "PostgreSQL"]),
                                                                     ("Standards", ["HL7 FHIR", "IHE XDS"])]),
    langs=dict(style="lines", items=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"), ("Französisch", "gut")]),
)

roettgers = dict(
    file="roettgers-pdftex-employertown",
    lang="de", locale="de-DE", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1); each job 'Employer (Town), Title' with the employer in bold and 'MM.YYYY – MM.YYYY' right-aligned by \\hfill; degree line with the school after a comma",
    traps=["pdfTeX text (no space characters, TeX umlauts)", "'Employer (Town), Title' on one line", "'seit 08.2022'",
           "MM.YYYY dates with dots", "the long employer name wraps, so 'seit 08.2022' lands on the next line", "Münster postcode 48143", "Vorträge with years (not employment)"],
    style=dict(paper="a4paper"),
    name="Anja Röttgers", label="Lebensmittelchemikerin",
    email="anja.roettgers@example.de", phone="0251 7748 3321",
    city="Münster", country="DE",
    contact=[["Hörsterstraße 15, 48143 Münster", "{phone}", "{email}"]],
    contact_sep=" $\\cdot$ ".replace("$\\cdot$", "·"),
    summary="Staatlich geprüfte Lebensmittelchemikerin mit Erfahrung in Rückstandsanalytik und amtlicher Lebensmittelüberwachung.",
    sections=[("summary", "Profil"), ("work", "Beruflicher Werdegang"), ("edu", "Studium und Schule"), ("skills", "Methoden"),
              ("langs", "Sprachen"),
              ("blocks", "Vorträge", [("p", "Mykotoxine in Getreide: neue Höchstgehalte, Lebensmittelchemikertag 2023")])],
    work_fmt=dict(lines=["**{name}** ({location}), {position}"], right="{dates}"),
    work=[
        W("Chemisches und Veterinäruntersuchungsamt Münsterland-Emscher-Lippe", "Sachverständige", "Münster", "seit 08.2022", "2022-08", None, [
            "Beurteilung von Getreideprodukten und Backwaren nach LFGB"]),
        W("Eurofins WEJ Contaminants GmbH", "Laborleiterin", "Hamburg", "03.2018 – 07.2022", "2018-03", "2022-07", [
            "Leitung der LC-MS/MS-Gruppe mit neun Mitarbeitenden",
            "Validierung von Multimethoden für 600 Pestizide"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**, {institution}"], right="{dates}"),
    education=[
        E("Westfälische Wilhelms-Universität Münster", "Staatsexamen", "Lebensmittelchemie", "10.2011 – 02.2018", "2011-10", "2018-02"),
        E("Annette-von-Droste-Hülshoff-Gymnasium", "Abitur", None, "06.2011", None, "2011-06", lines=["**{studyType}**, {institution}"]),
    ],
    skills=dict(style="groups", groups=[("Analytik", ["LC-MS/MS", "GC-MS", "HPLC"]), ("Qualität", ["DIN EN ISO/IEC 17025", "LIMS"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "fließend")]),
)

asmussen = dict(
    file="asmussen-reportlab-italicemployer",
    lang="de", locale="de-DE", producer="reportlab",
    layout="one-column CV from ReportLab Platypus (A4, Helvetica); title in bold with the dates right-aligned in a table row, employer in italics and town below; education with start and end month written out",
    traps=["title and dates on one line, employer in italics below", "'seit März 2019'", "month names written out ('Juli 2014 – Februar 2019')",
           "Kiel postcode 24103", "standard-font bullets", "Zertifikate (not education)"],
    style=dict(page="a4"),
    name="Henrik Asmussen", label="Schiffbauingenieur",
    email="henrik.asmussen@example.de", phone="+49 431 5567 0912",
    city="Kiel", country="DE",
    contact=[["Holtenauer Straße 102, 24103 Kiel", "{phone}", "{email}"]],
    contact_sep=" | ",
    summary="Schiffbauingenieur mit Erfahrung in Konstruktion und Inbetriebnahme von Marine- und Forschungsschiffen.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Ausbildung"), ("certs", "Zertifikate"),
              ("skills", "Kenntnisse"), ("langs", "Sprachen")],
    work_fmt=dict(lines=["**{position}**", "__{name}__, {location}"], right="{dates}"),
    work=[
        W("German Naval Yards Kiel GmbH", "Projektingenieur Inbetriebnahme", "Kiel", "seit März 2019", "2019-03", None, [
            "Inbetriebnahme von Antriebs- und Bordnetzanlagen auf zwei Korvetten",
            "Koordination von Werft, Zulieferern und Klassifikationsgesellschaft"]),
        W("Fassmer GmbH & Co. KG", "Konstruktionsingenieur", "Berne", "Juli 2014 – Februar 2019", "2014-07", "2019-02", [
            "Stahlbaukonstruktion für Rettungsboote und Forschungsschiffe"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[
        E("Technische Universität Hamburg", "Master of Science", "Schiffbau und Meerestechnik", "Oktober 2012 – Juni 2014", "2012-10", "2014-06"),
        E("Fachhochschule Kiel", "Bachelor of Engineering", "Schiffbau", "Oktober 2008 – September 2012", "2008-10", "2012-09"),
    ],
    certs=[C("Schweißfachingenieur (IWE)", "GSI SLV Nord", "2017", "Schweißfachingenieur (IWE), GSI SLV Nord, 2017")],
    skills=dict(style="groups", groups=[("CAD", ["NAPA", "AVEVA Marine", "Siemens NX"]), ("Normen", ["DNV-Regeln", "SOLAS"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Dänisch", "gut"), ("Englisch", "verhandlungssicher")]),
)

weidenfeller = dict(
    file="weidenfeller-libreoffice-docx-pipes",
    lang="de", locale="de-DE", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Liberation Serif); title in bold, then 'Employer | Town | dates' on the line below; skills as a two-column table",
    traps=["employer, town and dates on the second line separated by pipes", "month names written out ('seit Januar 2022')",
           "Wiesbaden postcode 65183", "Ausbildung (apprenticeship) as an employment entry", "skills as a table", "Realschulabschluss as education"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-caps-rule", size=11, colwidth="4cm"),
    name="Carola Weidenfeller", label="Steuerfachwirtin",
    email="carola.weidenfeller@example.com", phone="0611 4402 887",
    city="Wiesbaden", country="DE",
    contact=[["Adelheidstraße 37, 65183 Wiesbaden"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Steuerfachwirtin mit fünfzehn Jahren Kanzleierfahrung, heute in der Steuerabteilung eines Versicherers.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Aus- und Weiterbildung"), ("skills", "Kenntnisse"),
              ("langs", "Sprachen")],
    work_fmt=dict(lines=["**{position}**", "{name} | {location} | {dates}"]),
    work=[
        W("R+V Versicherung AG", "Referentin Konzernsteuern", "Wiesbaden", "seit Januar 2022", "2022-01", None, [
            "Umsatzsteuer-Voranmeldungen und Tax-Compliance für sechs Konzerngesellschaften"]),
        W("Dr. Bernhard & Partner Steuerberater mbB", "Steuerfachangestellte", "Mainz", "August 2011 – Dezember 2021", "2011-08", "2021-12", [
            "Jahresabschlüsse und Steuererklärungen für mittelständische Mandanten"]),
        W("Dr. Bernhard & Partner Steuerberater mbB", "Auszubildende Steuerfachangestellte", "Mainz", "August 2008 – Juli 2011", "2008-08", "2011-07", []),
    ],
    edu_fmt=dict(lines=["**{studyType}**", "{institution} | {dates}"]),
    education=[
        E("Steuerberaterkammer Rheinland-Pfalz", "Steuerfachwirtin", None, "2016", None, "2016"),
        E("Gutenbergschule Wiesbaden", "Realschulabschluss", None, "2008", None, "2008"),
    ],
    skills=dict(style="kv", groups=[("Software", ["DATEV", "SAP FI", "Excel"]), ("Fachgebiete", ["Umsatzsteuer", "Körperschaftsteuer", "Tax CMS"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "gut")]),
)

PEOPLE = [wiesinger, kuttelwascher, brenneisen, roettgers, asmussen, weidenfeller]
