"""German resumes. Fictional people; employers and schools are real or
plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

brueckner = dict(
    file="brueckner-libreoffice",
    lang="de", locale="de-DE", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Carlito); title in bold with the date range right-aligned on a tab stop, employer and town below",
    traps=["'03/2021 – heute'", "postcode 04275 in the address", "working student (Werkstudentin) as employment",
           "place and date signature line at the end", "grade 'Note 1,7' after the school"],
    style=dict(page="a4", font="Carlito", heading="bold-rule", size=11),
    name="Jana Brückner", label="Projektleiterin Prozessoptimierung & Logistik",
    email="jana.brueckner@example.net", phone="+49 341 2298447",
    city="Leipzig", country="DE",
    contact=[["Karl-Liebknecht-Straße 58", "04275 Leipzig"], ["Tel. +49 341 2298447", "{email}"]],
    contact_sep=" · ",
    summary="Wirtschaftsingenieurin mit acht Jahren Erfahrung in Kontraktlogistik und Automobilproduktion. Ich verbinde Prozessanalyse, SAP-Know-how und Lean-Methoden, um Lager- und Materialflüsse messbar effizienter zu machen.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Ausbildung"), ("skills", "Kenntnisse"),
              ("langs", "Sprachen"), ("blocks", None, [("sig", "Leipzig, 3. März 2026")])],
    work_fmt=dict(lines=["**{position}**", "{name}, {location}"], right="{dates}"),
    work=[
        W("DHL Hub Leipzig GmbH", "Projektleiterin Prozessoptimierung", "Schkeuditz", "03/2021 – heute", "2021-03", None, [
            "Leitung von Lean-Projekten im Frachtumschlag mit Teams von bis zu 12 Personen",
            "Einführung eines Shopfloor-Kennzahlensystems; Durchlaufzeit der Sortierung um 14 % gesenkt",
            "Koordination der Schnittstellen zu IT, Betriebsrat und Arbeitssicherheit"]),
        W("Porsche Leipzig GmbH", "Logistikplanerin Montageversorgung", "Leipzig", "09/2017 – 02/2021", "2017-09", "2021-02", [
            "Planung der Materialbereitstellung für die Montage (Routenzüge, Supermärkte)",
            "Umstellung von 300 Teilenummern auf Just-in-Sequence-Belieferung"]),
        W("Schenker Deutschland AG", "Werkstudentin Kontraktlogistik", "Leipzig", "04/2015 – 08/2017", "2015-04", "2017-08", [
            "Datenanalysen und Layoutplanung für Neukundenprojekte"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}, Note {score}"], right="{dates}"),
    education=[
        E("Hochschule für Technik, Wirtschaft und Kultur Leipzig", "Master of Science", "Wirtschaftsingenieurwesen", "10/2014 – 08/2017", "2014-10", "2017-08", score="1,7"),
        E("Westsächsische Hochschule Zwickau", "Bachelor of Engineering", "Logistik", "10/2010 – 09/2014", "2010-10", "2014-09", score="2,1"),
    ],
    skills=dict(style="groups", groups=[
        ("IT", ["SAP EWM", "SAP MM", "MS Excel (VBA)", "Power BI"]),
        ("Methoden", ["Lean Management", "Six Sigma Green Belt", "Wertstromanalyse"]),
    ]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"), ("Polnisch", "Grundkenntnisse")]),
)

oberlaender = dict(
    file="oberlaender-libreoffice-docx-header",
    lang="de", locale="de-DE", producer="libreoffice-docx",
    layout="one-column word-processor CV saved as DOCX (A4, Liberation Sans); name and contact line only in the page header; employer in bold, then title, then the dates in italics",
    traps=["name and contact line only in the page header (header part of the DOCX)", "'+49 (0)89 …'", "'seit Juli 2019'",
           "month names written out ('Mai 2016 – Juni 2019', 'März')",
           "a skills group 'Sprachen:' (programming languages) beside the 'Sprachkenntnisse' section", "XING profile",
           "Abitur with a month only", "umlaut in the name"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-rule", size=10),
    page_header=["contact"],
    name="Matthias Oberländer", label="Softwarearchitekt (Java, Cloud)",
    email="m.oberlaender@example.org", phone="+49 (0)89 4161 2233",
    city="München", country="DE",
    profiles=[dict(network="XING", username="Matthias_Oberlaender", url="https://www.xing.com/profile/Matthias_Oberlaender", text="xing.com/profile/Matthias_Oberlaender")],
    contact=[["Matthias Oberländer", "Fürstenrieder Straße 112, 81377 München", "{phone}", "{email}", "{p:XING}"]],
    contact_sep=" · ",
    contact_in="header",
    summary="Softwarearchitekt mit über zehn Jahren Erfahrung in Versicherungs- und Mobilitäts-IT. Schwerpunkte: Modernisierung von Host-Anwendungen, ereignisgetriebene Architekturen und die Begleitung von Teams auf dem Weg in die Cloud.",
    sections=[("summary", "Kurzprofil"), ("work", "Beruflicher Werdegang"), ("edu", "Ausbildung"), ("skills", "IT-Kenntnisse"),
              ("certs", "Zertifikate"), ("langs", "Sprachkenntnisse")],
    work_fmt=dict(lines=["**{name}**, {location}", "{position}", "__{dates}__"]),
    work=[
        W("Allianz Technology SE", "Lead Software Architect", "München", "seit Juli 2019", "2019-07", None, [
            "Zielarchitektur für die Migration der Kfz-Tarifierung von Host-Anwendungen auf Kubernetes (Azure)",
            "Fachliche Führung von drei Scrum-Teams mit 24 Entwicklerinnen und Entwicklern",
            "Einführung von Architecture Decision Records und automatisierten Architekturtests"]),
        W("CHECK24 Vergleichsportal GmbH", "Senior Java-Entwickler", "München", "Mai 2016 – Juni 2019", "2016-05", "2019-06", [
            "Entwicklung der Vergleichsrechner für Kfz-Versicherungen als Microservices (Spring Boot, Kafka)",
            "Senkung der Antwortzeiten im Tarifservice um 35 %"]),
        W("msg systems ag", "Softwareentwickler", "Ismaning", "Oktober 2012 – April 2016", "2012-10", "2016-04", [
            "Individualsoftware für Versicherungskunden (Java EE, Oracle)"]),
        W("Siemens AG", "Werkstudent Softwareentwicklung", "München", "März 2010 – September 2012", "2010-03", "2012-09", [
            "Testautomatisierung für Leitsysteme der Gebäudetechnik"]),
    ],
    edu_fmt=dict(lines=["**{institution}**, {location}", "{studyType} {area}, Abschlussnote {score}", "__{dates}__"]),
    education=[
        E("Technische Universität München", "Diplom", "Informatik", "Oktober 2006 – September 2012", "2006-10", "2012-09", location="Garching", score="1,9"),
        E("Gymnasium Fürstenried-West", "Abitur", None, "Juni 2006", None, "2006-06", location="München",
          lines=["**{institution}**, {location}", "{studyType}", "__{dates}__"]),
    ],
    skills=dict(style="groups", groups=[
        ("Sprachen", ["Java", "Kotlin", "TypeScript", "SQL"]),
        ("Frameworks", ["Spring Boot", "Quarkus", "Angular"]),
        ("Plattformen", ["Kubernetes", "Apache Kafka", "PostgreSQL", "Microsoft Azure"]),
    ]),
    certs=[C("Certified Kubernetes Application Developer (CKAD)", "The Linux Foundation", "2022", "Certified Kubernetes Application Developer (CKAD), The Linux Foundation, 2022"),
           C("Microsoft Certified: Azure Solutions Architect Expert", "Microsoft", "2023", "Microsoft Certified: Azure Solutions Architect Expert, Microsoft, 2023")],
    langs=dict(style="line", sep=" · ", fmt="{language}: {fluency}", items=[("Deutsch", "Muttersprache"), ("Englisch", "fließend (C1)"), ("Spanisch", "Grundkenntnisse (A2)")]),
)

riedel = dict(
    file="riedel-libreoffice-docx-table",
    lang="de", locale="de-DE", producer="libreoffice-docx",
    layout="German tabular CV (tabellarischer Lebenslauf) saved as DOCX (A4, Liberation Serif): title 'Lebenslauf', personal details as a key-value table, every job and school a table row with the dates in the left column",
    traps=["first line 'Lebenslauf'", "name only as a table value after 'Name'", "everything in tables (no tab stops)",
           "Geburtsdatum 14.02.1991 looks like a date", "'01/2020 – heute'", "Abitur with only a month",
           "Praktikant in the employment section", "signature line with place and date"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-rule", size=11, colwidth="4cm"),
    head=False,
    name="Lukas Riedel",
    email="lukas.riedel@example.com", phone="+49 157 36284410",
    city="Stuttgart", country="DE",
    sections=[("blocks", None, [("title", "Lebenslauf")]),
              ("blocks", "Persönliche Daten", [("kv", [
                  ("Name", "Lukas Riedel"), ("Anschrift", "Hackstraße 21, 70190 Stuttgart"), ("Telefon", "+49 157 36284410"),
                  ("E-Mail", "lukas.riedel@example.com"), ("Geburtsdatum", "14.02.1991"), ("Staatsangehörigkeit", "deutsch")])]),
              ("work", "Berufserfahrung"), ("edu", "Ausbildung"), ("skills", "Kenntnisse"), ("langs", "Sprachen"),
              ("blocks", "Hobbys", [("p", "Rennradfahren, Klettern, Jugendtrainer im Turnverein")]),
              ("blocks", None, [("sig", "Stuttgart, 2. März 2026")])],
    email_link_in_kv=True,
    work_fmt=dict(lines=["**{position}**", "{name}, {location}"], col="{dates}"),
    work=[
        W("Valeo Schalter und Sensoren GmbH", "Entwicklungsingenieur Fahrerassistenzsysteme", "Bietigheim-Bissingen", "01/2020 – heute", "2020-01", None, [
            "Entwicklung von Funktionen für den Notbremsassistenten (C++, AUTOSAR Adaptive)",
            "Absicherung der Funktionen im HiL-Test und in Fahrversuchen",
            "Ansprechpartner für zwei Fahrzeughersteller in der Serienentwicklung"]),
        W("MAHLE GmbH", "Software-Ingenieur Embedded Systems", "Stuttgart", "08/2016 – 12/2019", "2016-08", "2019-12", [
            "Steuergerätesoftware für elektrische Kältemittelverdichter (C, MISRA, Vector-Toolchain)",
            "Aufbau einer Continuous-Integration-Umgebung mit Jenkins"]),
        W("Festo SE & Co. KG", "Praktikant Versuchsabteilung", "Esslingen", "09/2013 – 02/2014", "2013-09", "2014-02", [
            "Praxissemester: Aufbau eines Prüfstands für Pneumatikventile"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}, Abschlussnote {score}"], col="{dates}"),
    education=[
        E("Universität Stuttgart", "Master of Science", "Elektromobilität", "10/2014 – 07/2016", "2014-10", "2016-07", score="1,5"),
        E("Hochschule Esslingen", "Bachelor of Engineering", "Mechatronik", "10/2010 – 09/2014", "2010-10", "2014-09", score="2,0"),
        E("Schickhardt-Gymnasium Stuttgart", "Abitur", None, "06/2010", None, "2010-06",
          lines=["**{studyType}**", "{institution}"]),
    ],
    skills=dict(style="rows", groups=[
        ("Programmierung", ["C", "C++", "Python", "MATLAB/Simulink"]),
        ("Werkzeuge", ["CANoe", "Vector DaVinci", "Git", "Jenkins"]),
    ]),
    langs=dict(style="kv", items=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"), ("Französisch", "Grundkenntnisse")]),
)

kowalczyk = dict(
    file="kowalczyk-chromium-sidebar-right",
    lang="de", locale="de-DE", producer="chromium",
    layout="two columns: main column on the left (profile, experience, education, volunteering), tinted sidebar on the right (contact with icons, skills, languages); title in bold with the dates right-aligned, employer and town below",
    traps=["sidebar right (two columns)", "icon glyphs before phone, email and place", "'+49 (0)30 …'",
           "link text 'Portfolio ansehen' and 'LinkedIn' differ from their targets", "'seit 04/2022'",
           "Polish school name with 'ę'", "volunteering with 'seit 2020' (not employment)", "gendered job titles"],
    style=dict(page="a4", layout="sidebar-right", font="'Liberation Sans', sans-serif", accent="#7a2e4d"),
    name="Agnieszka Kowalczyk", label="Senior Product Designerin",
    email="a.kowalczyk@example.com", phone="+49 (0)30 8145 2297",
    city="Berlin", country="DE",
    url="https://kowalczyk.example.com/portfolio", url_text="Portfolio ansehen",
    profiles=[dict(network="Behance", username="akowalczyk", url="https://www.behance.net/akowalczyk", text="behance.net/akowalczyk"),
              dict(network="LinkedIn", username="agnieszka-kowalczyk", url="https://www.linkedin.com/in/agnieszka-kowalczyk", text="LinkedIn")],
    icons={"email": "✉ ", "phone": "☎ ", "city": "⌂ ", "link": "↗ ", "url": "↗ "},
    contact=[["{phone}"], ["{email}"], ["{city}Schönhauser Allee 102, 10437 Berlin"], ["{url}"], ["{p:Behance}"], ["{p:LinkedIn}"]],
    contact_sep="",
    contact_in="side",
    summary="Produktdesignerin mit Schwerpunkt auf Finanz- und Buchungsprodukten. Ich verbinde Nutzerforschung, Interaktionsdesign und Design-Systeme und arbeite eng mit Entwicklung und Produktmanagement zusammen.",
    side=[("contact", "Kontakt"), ("skills", "Kenntnisse"), ("langs", "Sprachen")],
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Ausbildung"),
              ("blocks", "Ehrenamt", [("entry", "**Mentorin** · Women in Tech Berlin e.V.", "seit 2020"),
                                      ("p", "Portfolio-Reviews und Mentoring für Quereinsteigerinnen im UX-Design")])],
    work_fmt=dict(lines=["**{position}**", "{name} · {location}"], right="{dates}"),
    work=[
        W("N26 GmbH", "Senior Product Designerin", "Berlin", "seit 04/2022", "2022-04", None, [
            "Verantwortlich für Onboarding und Kontoeröffnung in 24 Märkten",
            "Aufbau des Design-Systems „Atlas“ mit 140 Komponenten in Figma und React",
            "Abschlussrate der Kontoeröffnung um 11 % gesteigert"]),
        W("GetYourGuide", "Product Designerin", "Berlin", "01/2019 – 03/2022", "2019-01", "2022-03", [
            "Gestaltung der Buchungsstrecke in der App; Abbruchrate im Bezahlschritt um 4 Prozentpunkte gesenkt",
            "Moderation von Design-Sprints mit Marketing- und Partnerteams"]),
        W("Ableton AG", "UX Designerin (Werkstudentin)", "Berlin", "10/2016 – 12/2018", "2016-10", "2018-12", [
            "Usability-Tests und Prototypen für die Musiksoftware Live"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[
        E("Universität der Künste Berlin", "M.A.", "Design", "2016 – 2018", "2016", "2018"),
        E("Akademia Sztuk Pięknych w Warszawie", "B.A.", "Kommunikationsdesign", "2012 – 2016", "2012", "2016"),
    ],
    skills=dict(style="ul", groups=[("Kenntnisse", ["Figma", "Prototyping", "Usability-Tests", "Design Systems", "HTML/CSS", "Barrierefreiheit (WCAG 2.2)"])]),
    langs=dict(style="lines", fmt="{language} – {fluency}", items=[("Polnisch", "Muttersprache"), ("Deutsch", "verhandlungssicher (C2)"), ("Englisch", "fließend (C1)")]),
)

vonderheyde = dict(
    file="vonderheyde-libreoffice-2p",
    lang="de", locale="de-DE", producer="libreoffice-pdf",
    layout="two-page one-column word-processor CV (A4, Liberation Sans) with a page header (name) and footer ('Seite x von y'); one line per job 'Dates | Title | Employer, Town', years only",
    traps=["name particle 'von der'", "two pages with a repeated page header and footer", "'Dates | Title | Company' with dates first",
           "years only ('2019 – heute')", "promotion listed as two entries at one company",
           "volunteering in the same 'Zeitraum | Rolle | Organisation' layout (not employment)", "talks and publications with years",
           "Hamburg landline 040 …"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-rule", size=10.5,
               header_text="Friederike von der Heyde – Lebenslauf", footer_pages="Seite {page} von {pages}"),
    name="Friederike von der Heyde", label="Leiterin Unternehmenskommunikation",
    email="friederike.vonderheyde@example.org", phone="040 3861 2470",
    city="Hamburg", country="DE",
    profiles=[dict(network="LinkedIn", username="friederike-von-der-heyde", url="https://www.linkedin.com/in/friederike-von-der-heyde", text="linkedin.com/in/friederike-von-der-heyde")],
    contact=[["Isestraße 47, 20149 Hamburg", "Telefon 040 3861 2470"], ["{email}", "{p:LinkedIn}"]],
    contact_sep=" · ",
    summary="Kommunikationsmanagerin mit fünfzehn Jahren Erfahrung in Journalismus, Agentur und Konzernkommunikation. Ich führe Teams, die Presse, interne Kommunikation und Social Media aus einem Guss steuern, und behalte auch in Krisen einen kühlen Kopf.",
    sections=[("summary", "Profil"), ("work", "Berufliche Stationen"), ("edu", "Studium"), ("certs", "Weiterbildung"),
              ("skills", "Kompetenzen"), ("langs", "Sprachen"),
              ("blocks", "Ehrenamt", [("entry", "seit 2018 | **Vorstandsmitglied** | Freundeskreis der Kunsthalle Hamburg e.V.", None),
                                      ("entry", "2015 – 2019 | **Lesepatin** | Mentor – Die Leselernhelfer Hamburg e.V.", None)]),
              ("blocks", "Vorträge und Veröffentlichungen", [("ul", [
                  "2023: „Krisenkommunikation im Zeitalter von TikTok“, Kommunikationskongress, Berlin",
                  "2021: Beitrag „Interne Kommunikation nach der Pandemie“ im Handbuch Unternehmenskommunikation, 3. Auflage",
                  "2017: Podiumsdiskussion „Logistik erklären“, Hamburger Mediensalon"])])],
    work_fmt=dict(lines=["{dates} | **{position}** | {name}, {location}"]),
    work=[
        W("Otto Group", "Leiterin Unternehmenskommunikation", "Hamburg", "2019 – heute", "2019", None, [
            "Führung eines Teams von neun Kommunikationsfachleuten (Presse, interne Kommunikation, Social Media)",
            "Verantwortung für Krisenkommunikation und Nachhaltigkeitsberichterstattung des Konzerns",
            "Relaunch des Intranets für 41.000 Mitarbeitende in zwölf Ländern",
            "Budgetverantwortung von 3,2 Mio. Euro pro Jahr"]),
        W("Otto Group", "Referentin Presse- und Öffentlichkeitsarbeit", "Hamburg", "2016 – 2019", "2016", "2019", [
            "Pressearbeit zu E-Commerce und Logistik; Medienresonanz innerhalb von zwei Jahren verdoppelt",
            "Aufbau des Newsrooms mit täglicher Themenkonferenz"]),
        W("Hapag-Lloyd AG", "Pressesprecherin", "Hamburg", "2012 – 2016", "2012", "2016", [
            "Sprecherin für Fusionsthemen, unter anderem den Zusammenschluss mit der Containersparte von CSAV",
            "Aufbau der englischsprachigen Pressearbeit für Asien und Amerika",
            "Medientrainings für Vorstand und Geschäftsführung"]),
        W("Edelman GmbH", "Consultant", "Hamburg", "2010 – 2012", "2010", "2012", [
            "Beratung von Kunden aus Konsumgüter- und Technologiebranche; Pressearbeit und Produkteinführungen"]),
        W("Hamburger Abendblatt", "Volontärin, Wirtschaftsredaktion", "Hamburg", "2008 – 2010", "2008", "2010", [
            "Zweijähriges Redaktionsvolontariat mit Stationen in Wirtschaft, Lokales und Online"]),
    ],
    edu_fmt=dict(lines=["{dates} | **{studyType} {area}** | {institution}"]),
    education=[
        E("Universität Hamburg", "Magistra Artium (M.A.)", "Germanistik und Politikwissenschaft", "2002 – 2008", "2002", "2008"),
        E("Université de Strasbourg", "Erasmus-Auslandsjahr", None, "2005 – 2006", "2005", "2006",
          lines=["{dates} | **{studyType}** | {institution}"]),
    ],
    certs=[C("Zertifizierte PR-Beraterin (DAPR)", "Deutsche Akademie für Public Relations", "2013", "2013 | Zertifizierte PR-Beraterin (DAPR) | Deutsche Akademie für Public Relations"),
           C("Führungskräfteprogramm „Leading in Change“", "Otto Group Academy", "2021", "2021 | Führungskräfteprogramm „Leading in Change“ | Otto Group Academy")],
    certs_style="lines",
    skills=dict(style="line", sep=" · ", groups=[("Kompetenzen", ["Krisenkommunikation", "Medienarbeit", "Content-Strategie", "Redaktionsleitung", "Corporate Publishing", "Stakeholder-Management"])]),
    langs=dict(style="line", sep="; ", fmt="{language} – {fluency}", items=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"), ("Französisch", "sehr gut")]),
)

yilmaz = dict(
    file="yilmaz-pdftex-datecol",
    lang="de", locale="de-DE", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1) with a date column on the left: dates in a narrow column, title in bold, employer and town below",
    traps=["pdfTeX text (no space characters, TeX accents, dotless ı)", "date column on the left", "'10/2020 – heute'",
           "very long employer name that wraps", "publications with a year (not employment)", "Köln postcode 50823"],
    style=dict(paper="a4paper", datecol="3.5cm"),
    name="Deniz Yılmaz", label="Senior Data Scientist",
    email="deniz.yilmaz@example.com", phone="+49 221 5698 3120",
    city="Köln", country="DE",
    profiles=[dict(network="GitHub", username="denizyilmaz", url="https://github.com/denizyilmaz", text="github.com/denizyilmaz")],
    contact=[["Venloer Straße 241, 50823 Köln", "{phone}"], ["{email}", "{p:GitHub}"]],
    contact_sep="  |  ",
    summary="Data Scientist mit neun Jahren Erfahrung in Forschung, Mobilfunk und Lebensmittelhandel. Ich bringe Prognose- und Klassifikationsmodelle in den produktiven Betrieb und lege Wert auf saubere Evaluierung und nachvollziehbare Ergebnisse.",
    sections=[("summary", "Profil"), ("work", "Berufserfahrung"), ("edu", "Ausbildung"), ("skills", "Kenntnisse"),
              ("langs", "Sprachen"),
              ("blocks", "Publikationen", [("row", "2016", [("p", "D. Yılmaz, T. Becker: Domain Adaptation for German Product Reviews. In: Proceedings of KONVENS 2016, Bochum.")]),
                                           ("row", "2015", [("p", "D. Yılmaz: Kurztextklassifikation mit wenigen Trainingsdaten. Fraunhofer IAIS, Technischer Bericht.")])])],
    work_fmt=dict(lines=["**{position}**", "{name}, {location}"], col="{dates}"),
    work=[
        W("REWE digital GmbH", "Senior Data Scientist", "Köln", "10/2020 – heute", "2020-10", None, [
            "Nachfrageprognosen für 3.700 Märkte (LightGBM, PyTorch); Prognosefehler um 18 % reduziert",
            "Aufbau einer MLOps-Plattform mit MLflow und Airflow",
            "Betreuung von zwei Werkstudierenden"]),
        W("Vodafone GmbH", "Data Scientist", "Düsseldorf", "04/2017 – 09/2020", "2017-04", "2020-09", [
            "Kündigungsprognosen für das Mobilfunk-Privatkundengeschäft",
            "Aufbau eines Frameworks für A/B-Tests im Kundenservice"]),
        W("Fraunhofer-Institut für Intelligente Analyse- und Informationssysteme IAIS", "Wissenschaftlicher Mitarbeiter", "Sankt Augustin", "01/2015 – 03/2017", "2015-01", "2017-03", [
            "Forschungsprojekte zur Textklassifikation mit Industriepartnern; drei Konferenzbeiträge"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], col="{dates}"),
    education=[
        E("Rheinische Friedrich-Wilhelms-Universität Bonn", "M.Sc.", "Informatik", "10/2012 – 12/2014", "2012-10", "2014-12"),
        E("Heinrich-Heine-Universität Düsseldorf", "B.Sc.", "Mathematik", "10/2009 – 09/2012", "2009-10", "2012-09"),
    ],
    skills=dict(style="line", groups=[("Kenntnisse", ["Python", "PyTorch", "scikit-learn", "LightGBM", "SQL", "Apache Spark", "MLflow", "Airflow", "Docker"])]),
    langs=dict(style="line", items=[("Deutsch", "Muttersprache"), ("Türkisch", "Muttersprache"), ("Englisch", "fließend")]),
)

PEOPLE = [brueckner, oberlaender, riedel, kowalczyk, vonderheyde, yilmaz]
