"""German resumes of the fifth blind set. Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

hasselbach = dict(
    file="hasselbach-libreoffice-werdegang",
    lang="de", locale="de-DE", producer="libreoffice-pdf",
    layout="German tabular CV from a word processor (A4, Liberation Sans): 'Beruflicher Werdegang' with the dates 'MM/JJJJ bis MM/JJJJ' in the left table column, title in bold and 'Employer, Town' below in the right",
    traps=["dates written 'MM/YYYY bis MM/YYYY'", "'seit 05/2021' for the current job", "'Beruflicher Werdegang' heading",
           "Kassel postcode 34117", "Ausbildung (apprenticeship) in the employment section", "Abitur as an education entry"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-rule", size=10.5, colwidth="4.2cm"),
    name="Jonas Hasselbach", label="Elektroniker für Betriebstechnik, Meister",
    email="jonas.hasselbach@example.de", phone="0561 555 2817",
    city="Kassel", country="DE",
    contact=[["Wilhelmshöher Allee 212, 34117 Kassel"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Elektromeister mit zwölf Jahren Instandhaltung in der Fahrzeug- und Lebensmittelindustrie.",
    sections=[("summary", "Kurzprofil"), ("work", "Beruflicher Werdegang"), ("edu", "Ausbildung und Schule"), ("skills", "Kenntnisse"),
              ("langs", "Sprachen")],
    work_fmt=dict(lines=["**{position}**", "{name}, {location}"], col="{dates}"),
    work=[
        W("Volkswagen AG", "Meister Instandhaltung", "Baunatal", "seit 05/2021", "2021-05", None, [
            "Führung von 14 Elektronikern im Presswerk"]),
        W("Wegmann Fördertechnik GmbH", "Elektroniker für Betriebstechnik", "Kassel", "09/2014 bis 04/2021", "2014-09", "2021-04", [
            "Wartung von SPS-gesteuerten Förderanlagen"]),
        W("Wegmann Fördertechnik GmbH", "Ausbildung zum Elektroniker für Betriebstechnik", "Kassel", "08/2011 bis 07/2014", "2011-08", "2014-07", []),
    ],
    edu_fmt=dict(lines=["**{studyType}**", "{institution}"], col="{dates}"),
    education=[
        E("Handwerkskammer Kassel", "Industriemeister Elektrotechnik", None, "10/2017 bis 03/2019", "2017-10", "2019-03"),
        E("Jacob-Grimm-Schule Kassel", "Abitur", None, "06/2011", None, "2011-06"),
    ],
    skills=dict(style="groups", groups=[("Steuerungstechnik", ["Siemens S7", "TIA Portal", "Profinet"]), ("Sonstiges", ["SAP PM", "Staplerschein"])]),
    langs=dict(items=[("Deutsch", "Muttersprache"), ("Englisch", "gut")], style="line"),
)

zimmerlein = dict(
    file="zimmerlein-libreoffice-docx-datetown",
    lang="de", locale="de-DE", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Carlito); two-line entries: dates and town on the first line in italics ('04.2016 – 08.2020 · Rastatt'), then '**Employer** – Title'",
    traps=["dates and town first, employer and title on the second line", "MM.YYYY dates with dots", "'seit 09.2020'",
           "Straubing postcode 94315", "Werkstudent in the employment section", "Ehrenamt with dates (not employment)"],
    style=dict(page="a4", font="Carlito", heading="smallcaps-rule", size=11),
    name="Theresa Zimmerlein", label="Produktmanagerin Medizintechnik",
    email="t.zimmerlein@example.de", phone="+49 941 555 3307",
    city="Straubing", country="DE",
    profiles=[dict(network="LinkedIn", username="theresa-zimmerlein", url="https://www.linkedin.com/in/theresa-zimmerlein", text="LinkedIn")],
    contact=[["Ludwigsplatz 9, 94315 Straubing"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" | ",
    summary="Produktmanagerin für Infusionstechnik mit Erfahrung in Zulassung nach MDR und in der Zusammenarbeit mit Kliniken.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Studium"), ("skills", "Kenntnisse"), ("langs", "Sprachen"),
              ("blocks", "Ehrenamt", [("sub", "__2017 – 2022 · Regensburg__"), ("p", "**Malteser Hilfsdienst** – Sanitäterin")])],
    work_fmt=dict(lines=["__{dates} · {location}__", "**{name}** – {position}"]),
    work=[
        W("Gerresheimer Regensburg GmbH", "Produktmanagerin", "Regensburg", "seit 09.2020", "2020-09", None, [
            "Verantwortung für drei Produktlinien mit 18 Mio. € Umsatz"]),
        W("Maquet Cardiopulmonary GmbH", "Junior-Produktmanagerin", "Rastatt", "04.2016 – 08.2020", "2016-04", "2020-08", [
            "Markteinführung eines Oxygenators in zwölf Ländern"]),
        W("Zollner Elektronik AG", "Werkstudentin Marketing", "Zandt", "10.2014 – 03.2016", "2014-10", "2016-03", []),
    ],
    edu_fmt=dict(lines=["__{dates}__", "**{studyType} {area}**, {institution}"]),
    education=[
        E("OTH Regensburg", "Master of Science", "Medizintechnik", "10.2013 – 03.2016", "2013-10", "2016-03"),
        E("Hochschule Furtwangen", "Bachelor of Engineering", "Medical Engineering", "10.2010 – 09.2013", "2010-10", "2013-09"),
    ],
    skills=dict(style="groups", groups=[("Regulatorik", ["MDR", "ISO 13485", "Risikomanagement"]), ("Werkzeuge", ["SAP", "Jira", "Salesforce"])]),
    langs=dict(items=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"), ("Italienisch", "Grundkenntnisse")], style="line"),
)

kreutzmann = dict(
    file="kreutzmann-chromium-datesright",
    lang="de", locale="de-DE", producer="chromium",
    layout="one-column HTML CV printed by Chromium (A4); every entry a two-column row whose dates sit in a narrow right column (coming first in the source), title in bold and 'Employer, Town' below on the left",
    traps=["dates in a right-hand column, first in the source order", "'MM/YYYY – heute'", "Chemnitz postcode 09111",
           "link text 'Portfolio' differs from its target", "talks (Vorträge) with years (not employment)", "promotion as two entries"],
    style=dict(page="a4", font="'Liberation Sans', sans-serif", accent="#2b4c6f",
               css=""".row { grid-template-columns: 1fr 32mm; } .row .when { order: 2; text-align: right; } .row .what { order: 1; }"""),
    name="Malte Kreutzmann", label="UX-Designer",
    email="malte.kreutzmann@example.de", phone="0341 555 9043",
    city="Chemnitz", country="DE",
    url="https://maltekreutzmann.example.de/arbeiten", url_text="Portfolio",
    contact=[["Brückenstraße 14, 09111 Chemnitz", "{phone}", "{email}", "{url}"]],
    contact_sep=" · ",
    summary="Designer für Fachanwendungen in Energie und Verwaltung; Schwerpunkt barrierefreie Oberflächen.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Ausbildung"), ("skills", "Kenntnisse"), ("langs", "Sprachen"),
              ("blocks", "Vorträge", [("row", "2023", [("p", "Barrierefreiheit in Fachverfahren, UX Day Leipzig")])])],
    work_fmt=dict(lines=["**{position}**", "{name}, {location}"], col="{dates}"),
    work=[
        W("VNG AG", "Senior UX-Designer", "Leipzig", "03/2022 – heute", "2022-03", None, []),
        W("VNG AG", "UX-Designer", "Leipzig", "01/2019 – 02/2022", "2019-01", "2022-02", []),
        W("Spreadshirt", "UI-Designer", "Leipzig", "07/2016 – 12/2018", "2016-07", "2018-12", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], col="{dates}"),
    education=[E("Burg Giebichenstein Kunsthochschule Halle", "Bachelor of Arts", "Kommunikationsdesign", "2012 – 2016", "2012", "2016")],
    skills=dict(style="groups", groups=[("Design", ["Figma", "Prototyping", "WCAG 2.1"]), ("Technik", ["HTML", "CSS", "Storybook"])]),
    langs=dict(items=[("Deutsch", "Muttersprache"), ("Englisch", "fließend")], style="line"),
)

oberholzer = dict(
    file="oberholzer-pdftex-vonbis",
    lang="de", locale="de-DE", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1); employer in bold and town with the dates 'von MM/JJJJ bis MM/JJJJ' right-aligned by \\hfill, title in italics below",
    traps=["pdfTeX text (TeX umlauts, no space characters)", "dates written 'von 04/2015 bis 09/2019'", "'seit 10/2019'",
           "Augsburg postcode 86150", "Lehrauftrag with years (not employment)", "Diplom degree"],
    style=dict(paper="a4paper"),
    name="Bettina Oberholzer", label="Statikerin",
    email="b.oberholzer@example.de", phone="0821 555 4470",
    city="Augsburg", country="DE",
    contact=[["Maximilianstraße 31, 86150 Augsburg", "{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Tragwerksplanerin für Holz- und Hybridbauten mit Prüfingenieur-Erfahrung.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Studium"), ("skills", "Kenntnisse"), ("langs", "Sprachen"),
              ("blocks", "Lehrtätigkeit", [("entry", "**Lehrauftrag Holzbau**, Hochschule Augsburg", "2020 – 2022")])],
    work_fmt=dict(lines=["**{name}**, {location}", "__{position}__"], right="{dates}"),
    work=[
        W("Huber & Sohn GmbH", "Projektleiterin Tragwerksplanung", "Bachenhausen", "seit 10/2019", "2019-10", None, []),
        W("Sailer Stepan und Partner GmbH", "Tragwerksplanerin", "München", "von 04/2015 bis 09/2019", "2015-04", "2019-09", []),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} {area}"], right="{dates}"),
    education=[E("Hochschule Biberach", "Diplom", "Bauingenieurwesen", "2009 – 2015", "2009", "2015")],
    skills=dict(style="groups", groups=[("Software", ["Dlubal RFEM", "SOFiSTiK", "Revit"]), ("Normen", ["Eurocode 5", "DIN 1052"])]),
    langs=dict(items=[("Deutsch", "Muttersprache"), ("Englisch", "sehr gut")], style="line"),
)

reichenbach = dict(
    file="reichenbach-reportlab-employerline",
    lang="de", locale="de-DE", producer="reportlab",
    layout="one-column CV from ReportLab Platypus (A4, Helvetica); employer and town in bold on their own line, then 'Title (MM/YYYY – MM/YYYY)' with the dates in parentheses after the title; bullets",
    traps=["employer line first, title with dates in parentheses below", "'(seit 02/2022)'", "Osnabrück postcode 49074",
           "standard-font bullets", "Praktikum in the employment section", "Vorträge with years (not employment)"],
    style=dict(page="a4"),
    name="Lukas Reichenbach", label="Controller",
    email="lukas.reichenbach@example.de", phone="+49 251 555 6621",
    city="Osnabrück", country="DE",
    contact=[["Große Straße 60, 49074 Osnabrück", "{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Controller mit Schwerpunkt Konzernberichtswesen und Planung im Großhandel.",
    sections=[("summary", "Profil"), ("work", "Berufliche Stationen"), ("edu", "Studium"), ("skills", "Kenntnisse"), ("langs", "Sprachen"),
              ("blocks", "Vorträge", [("p", "Rollierende Forecasts im Mittelstand, Controlling-Tag Münster, 2023")])],
    work_fmt=dict(lines=["**{name}, {location}**", "{position} ({dates})"]),
    work=[
        W("AGRAVIS Raiffeisen AG", "Konzerncontroller", "Münster", "seit 02/2022", "2022-02", None, [
            "Konsolidierte Monatsberichte für 40 Gesellschaften"]),
        W("Brillux GmbH & Co. KG", "Controller", "Münster", "08/2017 – 01/2022", "2017-08", "2022-01", [
            "Kostenstellenrechnung und Budgetplanung für den Vertrieb"]),
        W("LVM Versicherung", "Praktikant Controlling", "Münster", "03/2017 – 07/2017", "2017-03", "2017-07", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution} ({dates})"]),
    education=[E("Universität Osnabrück", "Master of Science", "Betriebswirtschaftslehre", "2015 – 2017", "2015", "2017")],
    skills=dict(style="groups", groups=[("Systeme", ["SAP S/4HANA", "LucaNet", "Power BI"]), ("Methoden", ["Forecasting", "Deckungsbeitragsrechnung"])]),
    langs=dict(items=[("Deutsch", "Muttersprache"), ("Englisch", "fließend"), ("Niederländisch", "Grundkenntnisse")], style="line"),
)

sauerbrey = dict(
    file="sauerbrey-libreoffice-docx-pipes",
    lang="de", locale="de-DE", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Liberation Serif); 'Praxiserfahrung' with 'Title | Employer | Town' on one line in bold and the dates in italics below ('Januar 2018 – heute'); skills as a key-value table",
    traps=["'Title | Employer | Town' with pipes and the dates on the line below", "written-out months ('März 2015 – Dezember 2017')",
           "'Praxiserfahrung' as the work heading", "skills as a table", "Erfurt postcode 99084", "Realschulabschluss in education"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-caps-rule", size=11, colwidth="4.5cm"),
    name="Kerstin Sauerbrey", label="Pflegedienstleitung",
    email="kerstin.sauerbrey@example.de", phone="0361 555 1290",
    city="Erfurt", country="DE",
    contact=[["Anger 44, 99084 Erfurt"], ["{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Pflegefachfrau und Pflegedienstleitung mit Erfahrung in ambulanter und stationärer Altenpflege.",
    sections=[("summary", "Über mich"), ("work", "Praxiserfahrung"), ("edu", "Bildungsweg"), ("skills", "Kenntnisse"), ("langs", "Sprachen")],
    work_fmt=dict(lines=["**{position} | {name} | {location}**", "__{dates}__"]),
    work=[
        W("Diakonie Mitteldeutschland", "Pflegedienstleitung", "Erfurt", "Januar 2018 – heute", "2018-01", None, [
            "Personalverantwortung für 32 Pflegekräfte"]),
        W("Helios Klinikum Erfurt", "Stationsleitung Geriatrie", "Erfurt", "März 2015 – Dezember 2017", "2015-03", "2017-12", []),
        W("Helios Klinikum Erfurt", "Gesundheits- und Krankenpflegerin", "Erfurt", "September 2009 – Februar 2015", "2009-09", "2015-02", []),
    ],
    edu_fmt=dict(lines=["**{studyType}**, {institution}", "__{dates}__"]),
    education=[
        E("Fachhochschule Erfurt", "Bachelor Pflegemanagement", None, "2013 – 2017", "2013", "2017"),
        E("Staatliche Regelschule Arnstadt", "Realschulabschluss", None, "2006", None, "2006"),
    ],
    skills=dict(style="kv", groups=[("Pflege", ["Expertenstandards", "Wundmanagement", "Palliativpflege"]), ("EDV", ["Vivendi", "MS Office"])]),
    langs=dict(items=[("Deutsch", "Muttersprache"), ("Russisch", "gut")], style="line"),
)

PEOPLE = [hasselbach, zimmerlein, kreutzmann, oberholzer, reichenbach, sauerbrey]
