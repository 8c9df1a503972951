"""German resumes of the third blind set. Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

kroeger = dict(
    file="kroeger-libreoffice-mmyyyy",
    lang="de", locale="de-DE", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Carlito); title in bold with 'MM.YYYY – MM.YYYY' right-aligned on a tab stop, employer and town below; skills as a two-column table",
    traps=["dates as 'MM.YYYY – MM.YYYY' (dots)", "'seit 04.2021'", "skills as a table (group label in the left cell)",
           "postcode 30159 in the address", "umlaut in the name ('Kröger')", "Ausbildung (apprenticeship) as an employment entry"],
    style=dict(page="a4", font="Carlito", heading="bold-rule", size=11, colwidth="4.2cm"),
    name="Sebastian Kröger", label="Teamleiter Instandhaltung",
    email="sebastian.kroeger@example.de", phone="+49 511 4478 2290",
    city="Hannover", country="DE",
    contact=[["Lange Laube 12, 30159 Hannover"], ["Tel. +49 511 4478 2290", "{email}"]],
    contact_sep="  ·  ",
    summary="Elektroniker und Techniker mit fünfzehn Jahren Erfahrung in der Instandhaltung von Fertigungsanlagen. Ich führe ein Team von zwölf Mitarbeitenden und verbinde vorbeugende Wartung mit Zustandsüberwachung.",
    sections=[("summary", "Kurzprofil"), ("work", "Berufserfahrung"), ("edu", "Aus- und Weiterbildung"), ("skills", "Kenntnisse"),
              ("langs", "Sprachen")],
    work_fmt=dict(lines=["**{position}**", "{name}, {location}"], right="{dates}"),
    work=[
        W("Continental Reifen Deutschland GmbH", "Teamleiter Instandhaltung", "Hannover", "seit 04.2021", "2021-04", None, [
            "Führung von 12 Elektronikern und Mechatronikern im Dreischichtbetrieb",
            "Einführung von Schwingungsmessung an 40 Extrudern; ungeplante Stillstände um 27 % gesenkt"]),
        W("Volkswagen Nutzfahrzeuge", "Instandhaltungstechniker", "Hannover-Stöcken", "09.2013 – 03.2021", "2013-09", "2021-03", [
            "Störungsbeseitigung an Roboterzellen im Karosseriebau (KUKA, Siemens S7)"]),
        W("Volkswagen Nutzfahrzeuge", "Auszubildender Elektroniker für Automatisierungstechnik", "Hannover-Stöcken", "08.2009 – 07.2013", "2009-08", "2013-07", [
            "Ausbildung mit Abschluss vor der IHK Hannover"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[
        E("BBS ME Otto-Brenner-Schule Hannover", "Staatlich geprüfter Techniker", "Elektrotechnik", "09.2015 – 06.2019", "2015-09", "2019-06"),
        E("IGS Linden", "Realschulabschluss", None, "06.2009", None, "2009-06", lines=["**{studyType}**", "{institution}"]),
    ],
    skills=dict(style="kv", groups=[
        ("Steuerungstechnik", ["Siemens S7", "TIA Portal", "KUKA KRC4"]),
        ("Instandhaltung", ["SAP PM", "Schwingungsanalyse", "Thermografie"]),
        ("Führung", ["Schichtplanung", "Arbeitssicherheit"]),
    ]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "gute Kenntnisse")]),
)

holzapfel = dict(
    file="holzapfel-libreoffice-docx-datecol",
    lang="de", locale="de-DE", producer="libreoffice-docx",
    layout="German tabular CV saved as DOCX (A4, Liberation Sans): every job and school a table row with the dates at the line start in the left column; employer first in bold, title after a comma; skills as a key-value table",
    traps=["dates in the left table column", "employer first, title after a comma", "month names written out ('Januar 2019 – heute')",
           "skills as a table", "Nürnberg postcode 90429", "Werkstudentin in the employment section", "Ehrenamt with dates (not employment)"],
    style=dict(page="a4", font="Liberation Sans", heading="plain-caps-rule", size=10.5, colwidth="4.4cm"),
    name="Miriam Holzapfel", label="Controllerin",
    email="miriam.holzapfel@example.com", phone="0911 2345 678",
    city="Nürnberg", country="DE",
    profiles=[dict(network="LinkedIn", username="miriamholzapfel", url="https://www.linkedin.com/in/miriamholzapfel", text="LinkedIn")],
    contact=[["Fürther Straße 88, 90429 Nürnberg"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" | ",
    summary="Controllerin mit acht Jahren Erfahrung in Industrie und Handel. Schwerpunkte: Kostenstellenrechnung, Forecasts und Reporting mit SAP und Power BI.",
    sections=[("summary", "Profil"), ("work", "Beruflicher Werdegang"), ("edu", "Ausbildung"), ("skills", "Kenntnisse"),
              ("langs", "Sprachen"),
              ("blocks", "Ehrenamt", [("row", "seit 2020", [("p", "Kassenwartin, Kleingartenverein Nürnberg-Gostenhof e. V.")])])],
    work_fmt=dict(lines=["**{name}**, {position}", "{location}"], col="{dates}"),
    work=[
        W("Schaeffler Technologies AG & Co. KG", "Senior Controllerin Werkscontrolling", "Herzogenaurach", "Januar 2019 – heute", "2019-01", None, [
            "Monatsabschluss und Forecast für ein Werk mit 2.100 Beschäftigten",
            "Aufbau eines Power-BI-Berichtswesens für die Werksleitung"]),
        W("Puma SE", "Controllerin Vertrieb", "Herzogenaurach", "Oktober 2016 – Dezember 2018", "2016-10", "2018-12", [
            "Deckungsbeitragsrechnung für den DACH-Großhandel"]),
        W("DATEV eG", "Werkstudentin Finanzen", "Nürnberg", "April 2014 – September 2016", "2014-04", "2016-09", [
            "Unterstützung bei Budgetplanung und Abweichungsanalysen"]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType}, {area}"], col="{dates}"),
    education=[
        E("Friedrich-Alexander-Universität Erlangen-Nürnberg", "Master of Science", "Finance, Auditing, Controlling and Taxation", "10/2014 – 09/2016", "2014-10", "2016-09"),
        E("Technische Hochschule Nürnberg Georg Simon Ohm", "Bachelor of Arts", "Betriebswirtschaft", "10/2011 – 09/2014", "2011-10", "2014-09"),
    ],
    skills=dict(style="kv", groups=[
        ("SAP", ["SAP CO", "SAP FI", "SAP BW"]),
        ("Reporting", ["Power BI", "Excel (Power Pivot)", "Jedox"]),
    ]),
    langs=dict(style="kv", items=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"), ("Spanisch", "Grundkenntnisse")]),
)

wendland = dict(
    file="wendland-chromium-photo",
    lang="de", locale="de-DE", producer="chromium",
    layout="one-column HTML CV printed by Chromium (A4) with an empty photo-placeholder box ('Foto') at the top right beside the name and contact; title in bold with the dates right-aligned, employer and town below",
    traps=["photo-placeholder box with the word 'Foto' beside the name", "'seit 03.2021'", "MM.YYYY dates with dots",
           "Bremen postcode 28203", "'geboren am 07.11.1988' in the contact block looks like a date", "promotion as two entries at one company"],
    style=dict(page="a4", layout="one", font="'Liberation Sans', sans-serif", accent="#0b4f6c", photo="Foto"),
    name="Tobias Wendland", label="Logistikplaner",
    email="tobias.wendland@example.de", phone="+49 421 7739 015",
    city="Bremen", country="DE",
    contact=[["Ostertorsteinweg 40, 28203 Bremen"], ["{phone}"], ["{email}"], ["geboren am 07.11.1988"]],
    contact_sep="",
    summary="Logistikplaner für Hafen- und Kontraktlogistik. Ich plane Lagerlayouts, Personalbedarf und Prozesse – und setze sie mit den Teams auf der Fläche um.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Studium"), ("skills", "IT-Kenntnisse"), ("langs", "Sprachen")],
    work_fmt=dict(lines=["**{position}**", "{name}, {location}"], right="{dates}"),
    work=[
        W("BLG LOGISTICS GROUP AG & Co. KG", "Senior Logistikplaner", "Bremen", "seit 03.2021", "2021-03", None, [
            "Planung eines Distributionszentrums mit 60.000 m² für einen Sportartikelhersteller",
            "Simulation von Kommissionierstrategien mit Plant Simulation"]),
        W("BLG LOGISTICS GROUP AG & Co. KG", "Logistikplaner", "Bremerhaven", "08.2017 – 02.2021", "2017-08", "2021-02", [
            "Prozessplanung im Automobilterminal"]),
        W("Kühne + Nagel (AG & Co.) KG", "Trainee Kontraktlogistik", "Bremen", "09.2015 – 07.2017", "2015-09", "2017-07", [
            "Traineeprogramm mit Stationen in Lager, Vertrieb und Projektmanagement"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[
        E("Hochschule Bremen", "Master of Science", "Logistikmanagement", "10.2013 – 08.2015", "2013-10", "2015-08"),
        E("Jade Hochschule Wilhelmshaven", "Bachelor of Engineering", "Wirtschaftsingenieurwesen", "10.2009 – 09.2013", "2009-10", "2013-09"),
    ],
    skills=dict(style="groups", groups=[("Planung", ["Siemens Plant Simulation", "AutoCAD", "Excel VBA"]),
                                        ("Systeme", ["SAP EWM", "Manhattan SCALE"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "fließend"), ("Niederländisch", "Grundkenntnisse")]),
)

baumgaertner = dict(
    file="baumgaertner-reportlab-parens",
    lang="de", locale="de-DE", producer="reportlab",
    layout="one-column CV from ReportLab Platypus (A4, Helvetica); headings with trailing colons; title in bold with the dates in parentheses after it, employer and town below",
    traps=["dates in parentheses after the title", "headings with trailing colons ('Berufserfahrung:')", "standard-font bullets",
           "'seit 2020'", "years only", "Freiburg im Breisgau as the town", "Vorträge with years (not employment)"],
    style=dict(page="a4"),
    name="Leonie Baumgärtner", label="Umweltwissenschaftlerin",
    email="leonie.baumgaertner@example.org", phone="+49 761 5566 2041",
    city="Freiburg im Breisgau", country="DE",
    profiles=[dict(network="ORCID", username="0000-0002-1825-0097", url="https://orcid.org/0000-0002-1825-0097", text="ORCID")],
    contact=[["Wiehre, 79102 Freiburg im Breisgau", "{phone}"], ["{email}", "{p:ORCID}"]],
    contact_sep=" · ",
    summary="Umweltwissenschaftlerin mit Schwerpunkt Gewässerökologie und Hochwasserschutz. Ich verbinde Feldarbeit mit GIS-Analysen und schreibe Gutachten, die auch Gemeinderäte verstehen.",
    sections=[("summary", "Profil:"), ("work", "Berufserfahrung:"), ("edu", "Ausbildung:"), ("skills", "Kenntnisse:"), ("langs", "Sprachen:"),
              ("blocks", "Vorträge:", [("p", "2022 – Renaturierung kleiner Fließgewässer, Tag der Hydrologie, Berlin")])],
    work_fmt=dict(lines=["**{position}** ({dates})", "{name}, {location}"]),
    work=[
        W("Regierungspräsidium Freiburg", "Referentin Gewässerökologie", "Freiburg im Breisgau", "seit 2020", "2020", None, [
            "Fachliche Begleitung von 35 Renaturierungsprojekten an Rhein-Zuflüssen",
            "Stellungnahmen zu Hochwasserschutzmaßnahmen"]),
        W("Björnsen Beratende Ingenieure GmbH", "Projektingenieurin", "Koblenz", "2016 – 2020", "2016", "2020", [
            "Hydraulische Modellierung mit HEC-RAS und Gutachten für Kommunen"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}** ({dates})", "{institution}"]),
    education=[
        E("Albert-Ludwigs-Universität Freiburg", "Master of Science", "Umweltwissenschaften", "2014 – 2016", "2014", "2016"),
        E("Universität Trier", "Bachelor of Science", "Angewandte Geographie", "2011 – 2014", "2011", "2014"),
    ],
    skills=dict(style="groups", groups=[("GIS", ["QGIS", "ArcGIS Pro"]), ("Modellierung", ["HEC-RAS", "R", "Python"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "sehr gut"), ("Französisch", "gut")]),
)

albers = dict(
    file="albers-libreoffice",
    lang="de", locale="de-DE", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Liberation Serif); headings bold without a rule; 'Title, Employer' in bold with the dates right-aligned on a tab stop, town in italics below; degree before school with both years",
    traps=["headings bold without a rule", "'Title, Employer' with the title first", "'Juli 2015 – heute'", "Dresden postcode 01099",
           "education with start and end month", "Diplom degree", "Stadtteil in the address (Neustadt)"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-plain", size=11),
    name="Henrik Albers", label="Softwarearchitekt",
    email="henrik.albers@example.com", phone="+49 351 8812 4470",
    city="Dresden", country="DE",
    url="https://henrikalbers.example.de", url_text="henrikalbers.example.de",
    profiles=[dict(network="GitHub", username="halbers", url="https://github.com/halbers", text="github.com/halbers")],
    contact=[["Alaunstraße 19, 01099 Dresden-Neustadt", "{phone}"], ["{email}", "{url}", "{p:GitHub}"]],
    contact_sep="  |  ",
    summary="Softwarearchitekt mit Erfahrung in Halbleiterfertigung und Energiewirtschaft. Ich entwerfe verteilte Systeme in Java und Kotlin und begleite Teams bei der Umsetzung.",
    sections=[("summary", "Über mich"), ("work", "Berufserfahrung"), ("edu", "Ausbildung"), ("skills", "Kenntnisse"), ("langs", "Sprachen")],
    work_fmt=dict(lines=["**{position}, {name}**", "__{location}__"], right="{dates}"),
    work=[
        W("Infineon Technologies Dresden GmbH & Co. KG", "Softwarearchitekt Fertigungs-IT", "Dresden", "Juli 2015 – heute", "2015-07", None, [
            "Architektur der Auftragssteuerung für die 300-mm-Fertigung",
            "Migration von Java EE auf Spring Boot und Kubernetes"]),
        W("SachsenEnergie AG", "Softwareentwickler", "Dresden", "Oktober 2011 – Juni 2015", "2011-10", "2015-06", [
            "Entwicklung eines Abrechnungssystems für Netzentgelte"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[
        E("Technische Universität Chemnitz", "Diplom-Informatiker", None, "Oktober 2005 – September 2011", "2005-10", "2011-09",
          lines=["**{studyType}**", "{institution}"]),
        E("Vitzthum-Gymnasium Dresden", "Abitur", None, "Juni 2005", None, "2005-06", lines=["**{studyType}**", "{institution}"]),
    ],
    skills=dict(style="groups", groups=[("Sprachen und Frameworks", ["Java", "Kotlin", "Spring Boot", "Angular"]),
                                        ("Betrieb", ["Kubernetes", "PostgreSQL", "Kafka", "GitLab CI"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"), ("Tschechisch", "Grundkenntnisse")]),
)

kuhlmann = dict(
    file="kuhlmann-pdftex-companyfirst",
    lang="de", locale="de-DE", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1); 'Employer, Title' in bold and roman with the dates right-aligned by \\hfill, town below; school before degree",
    traps=["pdfTeX text (no space characters, TeX umlauts)", "employer first, title after a comma", "'2018 – heute' years only",
           "Mainz postcode 55116", "school before degree", "Lehrauftrag with years (not employment)"],
    style=dict(paper="a4paper"),
    name="Svenja Kuhlmann", label="Pharmazeutin",
    email="svenja.kuhlmann@example.de", phone="+49 6131 277 4512",
    city="Mainz", country="DE",
    contact=[["Kaiserstraße 7, 55116 Mainz", "{phone}", "{email}"]],
    contact_sep="  |  ",
    summary="Apothekerin mit Erfahrung in der Arzneimittelzulassung und Qualitätssicherung. Ich kenne die Abläufe bei BfArM und EMA aus erster Hand.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Ausbildung"), ("skills", "Kenntnisse"), ("langs", "Sprachen"),
              ("blocks", "Lehre", [("entry", "Lehrauftrag Arzneimittelrecht, Johannes Gutenberg-Universität Mainz", "2021 – 2023")])],
    work_fmt=dict(lines=["**{name}**, {position}", "{location}"], right="{dates}"),
    work=[
        W("Boehringer Ingelheim Pharma GmbH & Co. KG", "Regulatory Affairs Managerin", "Ingelheim am Rhein", "2018 – heute", "2018", None, [
            "Zulassungsanträge für Biosimilars in der EU und der Schweiz",
            "Koordination von Variations für 14 Präparate"]),
        W("Schott AG", "Qualitätssicherung Pharmaverpackung", "Mainz", "2015 – 2018", "2015", "2018", [
            "Lieferantenaudits und Reklamationsbearbeitung"]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} {area}"], right="{dates}"),
    education=[
        E("Johannes Gutenberg-Universität Mainz", "Staatsexamen", "Pharmazie", "2009 – 2014", "2009", "2014"),
    ],
    skills=dict(style="groups", groups=[("Regulatorik", ["eCTD", "GMP", "AMG", "EU-GMP-Leitfaden"]), ("IT", ["Veeva Vault", "SAP QM"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher")]),
)

PEOPLE = [kroeger, holzapfel, wendland, baumgaertner, albers, kuhlmann]
