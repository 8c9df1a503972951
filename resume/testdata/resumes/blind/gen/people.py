"""The blind set's people: fictional, written by the evaluator without
reading the parser, in eight languages and locales (en-US, en-GB, de, de-CH,
fr, es, it, nl, pt-PT, pt-BR). Employers and schools are real names used
as a resume would use them; the people, their contact data and their
careers are invented. Emails are at example.com/org/net.

Each work or education item holds its true dates as ISO partial dates
("2021-03", "2019"); None as an end means current. The renderers decide how
a date is shown; the truth keeps the precision the resume shows (a resume
that prints years only has year-only truth).
"""


def W(company, position, location, start, end, highlights=(), **kw):
    d = dict(company=company, position=position, location=location, start=start, end=end, highlights=list(highlights))
    d.update(kw)
    return d


def E(institution, studyType, area, start, end, score=None, **kw):
    d = dict(institution=institution, studyType=studyType, area=area, start=start, end=end, score=score)
    d.update(kw)
    return d


PEOPLE = {}


def person(key, **kw):
    PEOPLE[key] = kw


person(
    "whitfield", lang="en", locale="en-US",
    name="Marcus Whitfield", label="Senior Data Engineer",
    email="marcus.whitfield@example.com", phone="(312) 555-0147",
    address="2140 N Halsted St, Chicago, IL 60614", city="Chicago", region="IL", countryCode="US",
    links=[("LinkedIn", "marcuswhitfield", "https://linkedin.com/in/marcuswhitfield", "linkedin.com/in/marcuswhitfield"),
           ("GitHub", "mwhitfield", "https://github.com/mwhitfield", "github.com/mwhitfield")],
    summary="Data engineer with eight years of experience building batch and streaming pipelines for logistics, "
            "insurance and e-commerce. I like boring, well-tested infrastructure and clear data contracts.",
    work=[
        W("Northwind Logistics", "Senior Data Engineer", "Chicago, IL", "2021-06", None, [
            "Lead a team of four engineers owning the shipment-event platform (Kafka, Spark Structured Streaming, Snowflake), about 2.3 billion events a month.",
            "Replaced a nightly 6-hour ETL with incremental dbt models; dashboards now refresh every 15 minutes.",
            "Introduced data contracts and schema checks in CI, cutting broken-pipeline incidents from 11 to 2 per quarter.",
            "Mentor two junior engineers and run the monthly data-platform guild.",
            "Partnered with finance to build carrier cost attribution, used to renegotiate three national carrier contracts.",
            "Wrote the on-call runbooks and SLOs for 27 production pipelines; paging volume dropped by half.",
        ]),
        W("Groupon", "Data Engineer", "Chicago, IL", "2018-02", "2021-05", [
            "Built the Airflow deployment used by 40+ analysts and migrated 300 cron jobs into it.",
            "Designed the merchant-payments data mart in Redshift and later moved it to Snowflake.",
            "Cut the AWS bill of the analytics cluster by 38% with spot instances and partition pruning.",
            "Built a deduplication job for 90 million customer records using Spark and probabilistic matching.",
            "Supported the data-privacy program by automating deletion requests across 14 data stores (CCPA).",
        ]),
        W("Allstate", "Business Intelligence Developer", "Northbrook, IL", "2016-07", "2018-01", [
            "Developed claims and fraud dashboards in Tableau for regional managers across 14 states.",
            "Wrote SQL Server stored procedures and SSIS packages feeding the actuarial data warehouse.",
            "Automated the monthly reserve report, which had taken two analysts three days to assemble by hand.",
        ]),
        W("Argonne National Laboratory", "Data Analyst Intern", "Lemont, IL", "2015-05", "2015-08", [
            "Cleaned and analyzed sensor data from the Advanced Photon Source with Python and pandas.",
        ]),
    ],
    volunteer=[("Code for Chicago", "Volunteer Data Mentor", "2019", None,
                "Teach SQL and Python basics to first-time contributors at monthly civic-tech nights.")],
    education=[E("University of Illinois Urbana-Champaign", "B.S.", "Computer Science", "2012", "2016", "3.7/4.0", location="Urbana, IL")],
    skills=[("Programming languages", ["Python", "SQL", "Scala", "Java"]),
            ("Data", ["Apache Spark", "Airflow", "Kafka", "dbt", "Snowflake"]),
            ("Cloud & tooling", ["AWS", "Terraform", "Docker"])],
    languages=[("English", "Native"), ("Spanish", "Professional working proficiency")],
    certificates=[("AWS Certified Data Analytics – Specialty", "Amazon Web Services", "2022")],
)

person(
    "macallister", lang="en", locale="en-GB",
    name="Siobhan MacAllister", label="Senior Product Manager",
    email="siobhan.macallister@example.com", phone="+44 20 7946 0321",
    address="14 Albion Road, London N16 9PH", city="London", countryCode="GB",
    links=[("LinkedIn", "siobhan-macallister", "https://www.linkedin.com/in/siobhan-macallister", "LinkedIn profile")],
    summary="Product manager with a background in economics and twelve years in healthcare and retail technology. "
            "Comfortable with ambiguity, numbers and regulators; happiest when a small team ships something patients actually use.",
    work=[
        W("Bupa", "Senior Product Manager", "London", "2019-09", None, [
            "Own the digital GP appointment journey used by 1.2 million members a year.",
            "Led the discovery and launch of video consultations during 2020, from idea to national roll-out in eleven weeks.",
            "Manage a roadmap across three squads and present quarterly to the UK Insurance board.",
        ]),
        W("Bupa", "Product Manager", "London", "2017-04", "2019-08", [
            "Rebuilt the claims status tracker; calls to the contact centre about claims fell by 27%.",
        ]),
        W("Ocado Technology", "Product Owner", "Hatfield", "2014-10", "2017-03", [
            "Product owner for the picking-station software in the Dordon customer fulfilment centre.",
            "Worked with engineers and operators to raise picks per hour by 14% through interface changes.",
        ]),
        W("Deloitte", "Business Analyst", "Edinburgh", "2012-09", "2014-09", [
            "Requirements and process analysis for public-sector clients, including NHS Scotland.",
        ]),
    ],
    education=[E("University of Edinburgh", "MA (Hons)", "Economics", "2008", "2012", "2:1")],
    skills=[("Skills", ["Product discovery", "Roadmapping", "SQL", "Amplitude", "Jira", "A/B testing"])],
    languages=[("English", "native"), ("French", "conversational")],
    certificates=[("Professional Scrum Product Owner I", "Scrum.org", "2016")],
    references=[("Dr Daniel Okafor", "Head of Product, Bupa", "daniel.okafor@example.org", "+44 20 7946 0877")],
)

person(
    "vonstetten", lang="de", locale="de-DE",
    name="Jan-Hendrik von Stetten", label="Projektleiter Batteriesysteme",
    email="jh.vonstetten@example.com", phone="+49 (0)89 2345 6789",
    address="Leopoldstraße 112, 80802 München", city="München", countryCode="DE",
    birth="12.04.1988", birthplace="Augsburg",
    links=[("LinkedIn", "jh-vonstetten", "https://linkedin.com/in/jh-vonstetten", "linkedin.com/in/jh-vonstetten")],
    summary="",
    work=[
        W("BMW Group", "Projektleiter Batteriesysteme", "München", "2021-04", None, [
            "Technische Projektleitung für Hochvolt-Batteriemodule der sechsten Generation (Team von 12 Ingenieuren)",
            "Koordination der Lieferanten in Polen und Ungarn, Verantwortung für ein Budget von 8 Mio. €",
        ]),
        W("Webasto SE", "Entwicklungsingenieur Hochvolt-Speicher", "Stockdorf", "2017-01", "2021-03", [
            "Auslegung und Validierung von Zellmodulen für Nutzfahrzeuge",
            "Einführung einer automatisierten Prüfstandsauswertung mit Python",
        ]),
        W("Fraunhofer-Institut für Silicatforschung ISC", "Wissenschaftlicher Mitarbeiter", "Würzburg", "2013-10", "2016-12", [
            "Forschung zu Festkörperelektrolyten, 4 Veröffentlichungen, 1 Patent",
        ]),
        W("Robert Bosch GmbH", "Praktikant Forschung & Entwicklung", "Stuttgart", "2012-03", "2012-08", []),
    ],
    education=[
        E("Ludwig-Maximilians-Universität München", "Diplom-Physiker (Univ.)", "Physik", "2007-10", "2013-09", "1,6"),
        E("Holbein-Gymnasium Augsburg", "Abitur", "", "1998-09", "2007-06", "1,9"),
    ],
    skills=[("EDV", ["MATLAB/Simulink", "Python", "CATIA V5", "SAP PLM"]),
            ("Methoden", ["Scrum", "FMEA", "APQP"])],
    languages=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher (C1)"), ("Französisch", "Grundkenntnisse")],
    certificates=[],
)

person(
    "kermadec", lang="fr", locale="fr-FR",
    name="Aurélie de Kermadec", label="Responsable marketing digital",
    email="aurelie.de-kermadec@example.net", phone="06 12 34 56 78",
    address="27 rue Oberkampf, 75011 Paris", city="Paris", countryCode="FR",
    links=[("LinkedIn", "aureliedekermadec", "https://linkedin.com/in/aureliedekermadec", "linkedin.com/in/aureliedekermadec"),
           ("Portfolio", "", "https://portfolio.example.net/aurelie", "Portfolio")],
    summary="Dix ans d’expérience en acquisition et en marketing de la performance, du e-commerce à la mobilité partagée. "
            "J’aime mesurer, tester et expliquer les résultats simplement.",
    work=[
        W("BlaBlaCar", "Responsable marketing digital", "Paris", "2019-09", None, [
            "Pilotage d’un budget d’acquisition de 4 M€ par an sur 9 marchés européens.",
            "Mise en place d’un modèle d’attribution interne\u00a0: coût par inscription réduit de 22\u00a0%.",
            "Encadrement d’une équipe de cinq personnes (SEA, CRM, contenus).",
        ]),
        W("Showroomprivé", "Chargée d’acquisition SEA/SEO", "La Plaine Saint-Denis", "2016-03", "2019-08", [
            "Gestion des campagnes Google Ads et Bing Ads (1,2 M€ de budget annuel).",
            "Refonte de l’architecture SEO du catalogue\u00a0: +35\u00a0% de trafic organique en 18 mois.",
        ]),
        W("Agence Lumen", "Cheffe de projet web junior", "Nantes", "2014-01", "2016-02", [
            "Conception et suivi de sites vitrines et de boutiques en ligne pour des PME de l’Ouest.",
        ]),
        W("L’Oréal", "Stagiaire marketing", "Clichy", "2013-04", "2013-09", []),
    ],
    education=[
        E("IAE Nantes – Économie & Management", "Master", "Marketing digital", "2011", "2013"),
        E("Université de Rennes 1", "Licence", "Économie-Gestion", "2008", "2011"),
    ],
    skills=[("Compétences", ["Google Ads", "Google Analytics 4", "SEO", "HubSpot", "SQL", "Looker Studio"])],
    languages=[("Français", "langue maternelle"), ("Anglais", "courant (C1)"), ("Espagnol", "intermédiaire (B1)")],
    certificates=[],
)

person(
    "nguyenvan", lang="fr", locale="fr-FR",
    name="Thibault Nguyen-Van", label="Ingénieur logiciel embarqué",
    email="thibault.nguyenvan@example.org", phone="+33 5 61 00 42 17",
    address="12 allée Jean Jaurès, 31000 Toulouse", city="Toulouse", countryCode="FR",
    links=[("GitHub", "tnguyenvan", "https://github.com/tnguyenvan", "github.com/tnguyenvan")],
    summary="Ingénieur logiciel embarqué, huit ans dans l’aéronautique et l’automobile, du pilote de périphérique à la certification DO-178C.",
    work=[
        W("Airbus Defence and Space", "Ingénieur logiciel embarqué senior", "Toulouse", "2020-01", None, [
            "Développement du logiciel de bord de charges utiles satellitaires en C et Ada, niveau DO-178C DAL B.",
            "Référent technique pour l’intégration continue sur cibles matérielles (bancs HIL).",
        ]),
        W("Continental Automotive France", "Ingénieur logiciel", "Toulouse", "2016-09", "2019-12", [
            "Pilotes CAN et LIN pour calculateurs moteur, sous AUTOSAR.",
            "Réduction de 30\u00a0% du temps de démarrage du calculateur par optimisation de l’initialisation.",
        ]),
        W("Thales Alenia Space", "Stagiaire ingénieur", "Cannes", "2016-02", "2016-08", [
            "Stage de fin d’études\u00a0: outil de validation des télécommandes en Python.",
        ]),
    ],
    education=[
        E("INSA Toulouse", "Diplôme d’ingénieur", "Génie électrique et informatique", "2011-09", "2016-09"),
        E("Universidad Politécnica de Madrid", "Semestre d’échange Erasmus", "Informática", "2014-09", "2015-01"),
    ],
    skills=[("Compétences techniques", ["C", "C++", "Rust", "Ada", "FreeRTOS", "DO-178C", "Python", "Git"])],
    languages=[("Français", "langue maternelle"), ("Vietnamien", "courant"), ("Anglais", "C1"), ("Espagnol", "B2")],
    certificates=[],
)

person(
    "delacruz", lang="es", locale="es-ES",
    name="María José de la Cruz Ortega", label="Arquitecta de soluciones cloud",
    email="mariajose.delacruz@example.com", phone="+34 612 345 678",
    address="Calle de Atocha 45, 28012 Madrid", city="Madrid", countryCode="ES",
    links=[("LinkedIn", "mjdelacruz", "https://www.linkedin.com/in/mjdelacruz", "linkedin.com/in/mjdelacruz")],
    summary="Ingeniera informática con diez años de experiencia en plataformas cloud para banca y telecomunicaciones. "
            "Especializada en migraciones a la nube, automatización e infraestructura como código.",
    work=[
        W("Telefónica Tech", "Arquitecta de soluciones cloud", "Madrid", "2020-03", None, [
            "Diseño de arquitecturas multicloud (AWS y Azure) para clientes del sector público y financiero.",
            "Dirección técnica de la migración de 140 aplicaciones de un gran cliente asegurador.",
        ]),
        W("BBVA", "Ingeniera DevOps", "Madrid", "2016-09", "2020-02", [
            "Automatización de despliegues con Jenkins, Ansible y OpenShift para la banca móvil.",
            "Reducción del tiempo de entrega de dos semanas a un día.",
        ]),
        W("Indra Sistemas", "Desarrolladora backend", "Alcobendas", "2014-07", "2016-08", [
            "Desarrollo de servicios Java para sistemas de gestión del tráfico aéreo.",
        ]),
    ],
    education=[
        E("Universidad Politécnica de Madrid", "Máster", "Ingeniería Informática", "2012", "2014"),
        E("Universidad de Salamanca", "Grado", "Ingeniería Informática", "2008", "2012"),
    ],
    skills=[("Tecnologías", ["AWS", "Azure", "Kubernetes", "Terraform", "Java", "Python", "Ansible"])],
    languages=[("Español", "nativo"), ("Inglés", "C1"), ("Portugués", "B1")],
    certificates=[("AWS Certified Solutions Architect – Professional", "Amazon Web Services", "2021")],
)

person(
    "ruizcastellanos", lang="es", locale="es-ES",
    name="Javier Ruiz-Castellanos", label="Jefe de obra",
    email="javier.ruizc@example.net", phone="+34 93 123 45 67",
    address="Carrer de Mallorca 210, 08008 Barcelona", city="Barcelona", countryCode="ES",
    links=[],
    summary="Ingeniero de caminos con doce años de experiencia en obra civil y edificación. "
            "Acostumbrado a coordinar subcontratas, plazos ajustados y presupuestos de más de 30 millones de euros.",
    work=[
        W("Acciona Construcción", "Jefe de obra", "Barcelona", "2019", None, [
            "Dirección de la ampliación de la línea 9 del metro (tramo Zona Universitària), 45 M€.",
            "Coordinación de 18 subcontratas y de la seguridad y salud en obra.",
        ]),
        W("Ferrovial", "Ingeniero de producción", "Madrid", "2015", "2019", [
            "Producción y certificaciones mensuales en la autovía A-33 (Murcia).",
        ]),
        W("Sacyr", "Ingeniero junior", "Valencia", "2013", "2015", [
            "Oficina técnica: mediciones, planificación con MS Project y control de costes.",
        ]),
    ],
    education=[
        E("Universitat Politècnica de Catalunya", "Máster", "Ingeniería de Caminos, Canales y Puertos", "2007", "2013"),
    ],
    skills=[("Herramientas", ["AutoCAD", "Presto", "MS Project", "Revit", "BIM", "Civil 3D"])],
    languages=[("Español", "nativo"), ("Catalán", "nativo"), ("Inglés", "B2"), ("Francés", "A2")],
    certificates=[("Coordinador de Seguridad y Salud", "Colegio de Ingenieros de Caminos", "2016")],
    references=[("Montserrat Vidal Puig", "Directora de Producción, Acciona", "montserrat.vidal@example.org", "+34 93 987 65 43")],
)

person(
    "deluca", lang="it", locale="it-IT",
    name="Lorenzo De Luca", label="Sviluppatore full stack",
    email="lorenzo.deluca@example.com", phone="+39 347 123 4567",
    address="Via Paolo Sarpi 14, 20154 Milano", city="Milano", countryCode="IT",
    links=[("GitHub", "lorenzodeluca", "https://github.com/lorenzodeluca", "github.com/lorenzodeluca"),
           ("LinkedIn", "lorenzo-de-luca", "https://www.linkedin.com/in/lorenzo-de-luca", "LinkedIn")],
    summary="Sviluppatore full stack con nove anni di esperienza su prodotti fintech ed e-commerce. "
            "Mi occupo di architetture a microservizi, interfacce React e qualità del codice.",
    work=[
        W("Satispay", "Sviluppatore full stack senior", "Milano", "2021-01", None, [
            "Sviluppo della nuova dashboard per gli esercenti in React e TypeScript, usata da oltre 200.000 negozi.",
            "Progettazione di servizi Go per la riconciliazione dei pagamenti, con PostgreSQL e Kafka.",
            "Introduzione di test end-to-end con Playwright e riduzione dei rilasci falliti del 60%.",
            "Affiancamento di tre sviluppatori junior e revisione del codice per il team pagamenti.",
        ]),
        W("Yoox Net-a-Porter Group", "Sviluppatore web", "Bologna", "2017-09", "2020-12", [
            "Sviluppo delle pagine prodotto e del checkout per i negozi online di marchi del lusso.",
            "Migrazione del frontend da jQuery a React con rendering lato server.",
            "Ottimizzazione delle prestazioni: tempo di caricamento medio ridotto da 4,1 a 2,3 secondi.",
        ]),
        W("Reply", "Sviluppatore junior", "Torino", "2015-03", "2017-08", [
            "Applicazioni Java EE per clienti del settore bancario e assicurativo.",
            "Sviluppo di API REST e integrazione con sistemi legacy su mainframe.",
        ]),
        W("Olivetti", "Tirocinante sviluppo software", "Ivrea", "2014-02", "2014-07", [
            "Tirocinio curricolare: strumenti interni per il test di registratori di cassa.",
        ]),
    ],
    education=[
        E("Politecnico di Milano", "Laurea Magistrale", "Ingegneria Informatica", "2012", "2014", "110/110 e lode"),
        E("Università degli Studi di Padova", "Laurea Triennale", "Ingegneria dell'Informazione", "2009", "2012"),
    ],
    skills=[("Competenze tecniche", ["TypeScript", "React", "Node.js", "Go", "PostgreSQL", "Docker", "GraphQL"])],
    languages=[("Italiano", "madrelingua"), ("Inglese", "C1"), ("Tedesco", "A2")],
    certificates=[],
)

person(
    "esposito", lang="it", locale="it-IT",
    name="Chiara Esposito", label="Controller",
    email="chiara.esposito@example.org", phone="+39 081 555 0123",
    address="Via Toledo 256, 80134 Napoli", city="Napoli", countryCode="IT",
    birth="03/07/1990",
    links=[],
    summary="",
    work=[
        W("Ferrarelle S.p.A.", "Controller", "Riardo (CE)", "2019-03", None, [
            "Budget e forecast trimestrali, analisi degli scostamenti e reporting al CFO",
            "Progettazione del nuovo sistema di contabilità industriale su SAP CO",
        ], sector="Produzione di acque minerali"),
        W("KPMG S.p.A.", "Analista finanziaria", "Napoli", "2015-09", "2019-02", [
            "Revisione contabile di società industriali e della grande distribuzione",
            "Due diligence finanziarie in operazioni di acquisizione",
        ], sector="Revisione e consulenza"),
        W("Studio Commerciale Russo & Associati", "Contabile", "Caserta", "2014-01", "2015-08", [
            "Tenuta della contabilità, dichiarazioni IVA e bilanci di PMI",
        ], sector="Consulenza fiscale"),
    ],
    education=[
        E("Università degli Studi di Napoli Federico II", "Laurea Magistrale", "Economia Aziendale", "2011", "2013", "110/110"),
        E("Università degli Studi di Salerno", "Laurea Triennale", "Economia e Commercio", "2008", "2011"),
    ],
    skills=[("Competenze informatiche", ["SAP FI/CO", "Excel avanzato", "Power BI", "TeamSystem"])],
    languages=[("Italiano", "madrelingua"), ("Inglese", "B2"), ("Spagnolo", "B1")],
    certificates=[],
)

person(
    "vandenbroek", lang="nl", locale="nl-NL",
    name="Sanne van den Broek", label="Senior productmanager",
    email="sanne.vandenbroek@example.com", phone="+31 6 12345678",
    address="Westersingel 34, 3014 GS Rotterdam", city="Rotterdam", countryCode="NL",
    links=[("LinkedIn", "sannevandenbroek", "https://linkedin.com/in/sannevandenbroek", "linkedin.com/in/sannevandenbroek")],
    summary="Productmanager met tien jaar ervaring in e-commerce en bankieren. Ik vertaal klantproblemen naar "
            "meetbare doelen en werk graag nauw samen met ontwikkelaars en ontwerpers.",
    work=[
        W("Coolblue", "Senior productmanager", "Rotterdam", "2021-01", None, [
            "Verantwoordelijk voor de bezorg- en installatiepagina’s; conversie met 9% verhoogd.",
            "Begeleid drie scrumteams bij de overstap naar OKR’s.",
        ]),
        W("Bol.com", "Productmanager", "Utrecht", "2018-03", "2020-12", [
            "Zoekfunctie en filters voor 30 miljoen producten; klikfrequentie met 12% verbeterd.",
        ]),
        W("ING", "Business analist", "Amsterdam", "2015-09", "2018-02", [
            "Analyse en ontwerp van de nieuwe hypotheekaanvraag in de app.",
        ]),
    ],
    education=[
        E("Erasmus Universiteit Rotterdam", "MSc", "Business Information Management", "2013", "2015"),
        E("Rijksuniversiteit Groningen", "BSc", "Bedrijfskunde", "2010", "2013"),
    ],
    skills=[("Vaardigheden", ["Productstrategie", "Scrum", "SQL", "Figma", "Jira", "Mixpanel"])],
    languages=[("Nederlands", "moedertaal"), ("Engels", "vloeiend"), ("Duits", "goed")],
    certificates=[],
)

person(
    "dejong", lang="nl", locale="nl-NL",
    name="Thomas de Jong", label="Data scientist",
    email="t.dejong@example.net", phone="+31 20 794 1234",
    address="Prinsengracht 263, 1016 GV Amsterdam", city="Amsterdam", countryCode="NL",
    links=[("GitHub", "tdejong", "https://github.com/tdejong", "github.com/tdejong"),
           ("Website", "", "https://tdejong.example.net", "tdejong.example.net")],
    summary="Data scientist met een achtergrond in wiskunde en statistiek. Ik bouw modellen voor fraudedetectie "
            "en prijsstelling en zorg dat ze ook echt in productie draaien.",
    work=[
        W("Adyen", "Data scientist", "Amsterdam", "2020", None, [
            "Modellen voor realtime fraudedetectie op betalingen, met gradient boosting en PyTorch.",
            "Opzet van een monitoringsysteem voor modeldrift in productie.",
        ]),
        W("Booking.com", "Data analist", "Amsterdam", "2017", "2020", [
            "A/B-testen en analyses voor het prijsteam; meer dan 150 experimenten geëvalueerd.",
        ]),
        W("Centraal Bureau voor de Statistiek", "Junior onderzoeker", "Den Haag", "2016", "2017", [
            "Methodologisch onderzoek naar steekproeven voor de woningmarktstatistiek.",
        ]),
    ],
    education=[
        E("Universiteit van Amsterdam", "MSc", "Data Science", "2014", "2016"),
        E("Technische Universiteit Delft", "BSc", "Technische Wiskunde", "2011", "2014"),
    ],
    skills=[("Vaardigheden", ["Python", "PyTorch", "Spark", "SQL", "scikit-learn", "Kubernetes"])],
    languages=[("Nederlands", "moedertaal"), ("Engels", "vloeiend"), ("Frans", "basis")],
    certificates=[],
)

person(
    "carvalho", lang="pt", locale="pt-PT",
    name="Ana Luísa Carvalho", label="Designer de produto",
    email="ana.carvalho@example.com", phone="+351 912 345 678",
    address="Rua Augusta 120, 1100-053 Lisboa", city="Lisboa", countryCode="PT",
    links=[("Behance", "anacarvalho", "https://www.behance.net/anacarvalho", "Portfólio")],
    summary="Designer de produto com nove anos de experiência em comércio eletrónico e plataformas de desenvolvimento. "
            "Trabalho entre a investigação com utilizadores e os sistemas de design.",
    work=[
        W("Farfetch", "Designer de produto sénior", "Porto", "2021-01", None, [
            "Responsável pelo design da experiência de checkout em 190 países.",
            "Criação e manutenção do sistema de design partilhado por 14 equipas.",
        ]),
        W("OutSystems", "Designer de UX", "Linda-a-Velha", "2017-10", "2020-12", [
            "Redesenho do editor visual da plataforma low-code com base em testes com utilizadores.",
        ]),
        W("Estúdio Bolota", "Designer gráfica", "Lisboa", "2015-09", "2017-09", [
            "Identidades visuais e sítios web para clientes culturais e de restauração.",
        ]),
    ],
    education=[
        E("Faculdade de Belas-Artes da Universidade de Lisboa", "Mestrado", "Design de Comunicação", "2013", "2015"),
        E("Instituto Politécnico de Leiria", "Licenciatura", "Design Gráfico", "2010", "2013"),
    ],
    skills=[("Competências", ["Figma", "Sketch", "Adobe Illustrator", "Design systems", "Testes de usabilidade", "HTML/CSS"])],
    languages=[("Português", "nativo"), ("Inglês", "C2"), ("Francês", "B1")],
    certificates=[],
)

person(
    "albuquerque", lang="pt", locale="pt-BR",
    name="João Pedro Albuquerque", label="Engenheiro de software backend",
    email="joao.albuquerque@example.com", phone="+55 11 98765-4321",
    address="Av. Paulista, 1578 – Bela Vista, São Paulo – SP, 01310-200", city="São Paulo", region="SP", countryCode="BR",
    links=[("GitHub", "jpalbuquerque", "https://github.com/jpalbuquerque", "github.com/jpalbuquerque"),
           ("LinkedIn", "joaopedroalbuquerque", "https://www.linkedin.com/in/joaopedroalbuquerque", "linkedin.com/in/joaopedroalbuquerque")],
    summary="Engenheiro de software com foco em sistemas distribuídos e serviços financeiros. "
            "Experiência com Clojure, Kotlin e arquitetura orientada a eventos.",
    work=[
        W("Nubank", "Engenheiro de software sênior", "São Paulo", "2021-03", None, [
            "Desenvolvimento de microsserviços em Clojure para o produto de crédito pessoal.",
            "Liderança técnica da migração de filas para Kafka, com 40 mil mensagens por segundo.",
        ]),
        W("iFood", "Engenheiro de software pleno", "Osasco", "2018-06", "2021-02", [
            "APIs de logística de entregas em Kotlin e Spring Boot.",
            "Redução de 45% na latência do cálculo de rotas.",
        ]),
        W("Totvs", "Desenvolvedor júnior", "São Paulo", "2016-01", "2018-05", [
            "Manutenção do módulo fiscal do ERP em Java e AdvPL.",
        ]),
    ],
    education=[E("Universidade de São Paulo", "Bacharelado", "Ciência da Computação", "2011", "2015")],
    skills=[("Tecnologias", ["Clojure", "Kotlin", "Java", "Kafka", "PostgreSQL", "AWS", "Datomic"])],
    languages=[("Português", "nativo"), ("Inglês", "fluente"), ("Espanhol", "intermediário")],
    certificates=[("AWS Certified Developer – Associate", "Amazon Web Services", "2020")],
)

person(
    "mensah", lang="en", locale="en-US",
    name="Kofi Mensah-Boateng", label="Mechanical Design Engineer",
    email="kofi.mensahboateng@example.com", phone="617-555-0183",
    address="Cambridge, MA 02139", city="Cambridge", region="MA", countryCode="US",
    links=[("LinkedIn", "kofi-mensah-boateng", "https://www.linkedin.com/in/kofi-mensah-boateng", "LinkedIn")],
    summary="",
    work=[
        W("Boston Dynamics", "Mechanical Design Engineer", "Waltham, MA", "2021-01", None, [
            "Design actuator housings and cable routing for a mobile manipulation robot, from concept to production drawings.",
            "Ran FEA and fatigue testing that let the team cut arm mass by 11% without losing stiffness.",
        ]),
        W("iRobot", "Product Development Engineer", "Bedford, MA", "2018-07", "2020-12", [
            "Owned the drive module of a robot vacuum through two product launches and 2.1 million units.",
            "Worked with contract manufacturers in Malaysia on tooling and first-article inspection.",
        ]),
        W("General Electric Aviation", "Manufacturing Engineering Intern", "Lynn, MA", "2017", "2017", [
            "Redesigned a fixture for turbine blade inspection, saving 20 minutes per part.",
        ], dates_text="Summer 2017"),
    ],
    education=[
        E("Massachusetts Institute of Technology", "S.M.", "Mechanical Engineering", "2016", "2018"),
        E("Worcester Polytechnic Institute", "B.S.", "Mechanical Engineering", "2012", "2016", "3.85"),
    ],
    skills=[("Technical skills", ["SolidWorks", "ANSYS", "MATLAB", "GD&T", "Python", "FEA"])],
    languages=[("English", "native"), ("Twi", "fluent"), ("French", "intermediate")],
    certificates=[],
    publications=["K. Mensah-Boateng, A. Rivera. “Compliant joints for low-cost legged robots.” "
                  "Proc. IEEE ICRA, 2018, pp. 2214–2220."],
)

person(
    "solberg", lang="en", locale="en-GB",
    name="Ingrid Solberg", label="Lead UX Researcher",
    email="ingrid.solberg@example.org", phone="+44 131 496 0582",
    address="22 Marchmont Crescent, Edinburgh EH9 1HD", city="Edinburgh", countryCode="GB",
    links=[("Website", "", "https://ingridsolberg.example.net", "ingridsolberg.example.net"),
           ("LinkedIn", "ingrid-solberg", "https://www.linkedin.com/in/ingrid-solberg", "linkedin.com/in/ingrid-solberg")],
    summary="User researcher with twelve years in public services, broadcasting and travel. I run mixed-methods research, "
            "build research teams and help organisations make decisions from evidence rather than opinion.",
    work=[
        W("Skyscanner", "Lead UX Researcher", "Edinburgh", "2020-03", None, [
            "Lead a team of six researchers across the flights, hotels and car-hire tribes.",
            "Set up the research repository (Dovetail) and a participant panel of 9,000 travellers in 11 markets.",
            "Ran the foundational study on travellers' trust in prices that reshaped the price-alert product.",
            "Coach product managers and designers in interviewing and usability testing.",
            "Introduced quarterly research prioritisation with tribe leads, linking studies to company objectives.",
        ]),
        W("Government Digital Service", "Senior User Researcher", "London", "2016-06", "2020-02", [
            "Lead researcher on GOV.UK Notify and GOV.UK Pay, both assessed against the Service Standard.",
            "Planned and ran accessibility research with disabled users and users with low digital skills.",
            "Co-wrote the cross-government guidance on researching with people who have low literacy.",
            "Line-managed three researchers and ran the user-research community of practice (120 members).",
        ]),
        W("BBC", "User Researcher", "Salford", "2013-09", "2016-05", [
            "Research for BBC iPlayer and CBBC, including studies with children aged 6 to 12 and their parents.",
            "Ran diary studies on how families share devices, which informed the iPlayer profiles feature.",
            "Set up the lab at MediaCityUK with eye-tracking and remote observation.",
        ]),
        W("University of Dundee", "Research Assistant", "Dundee", "2011-10", "2013-08", [
            "Research assistant on an EPSRC-funded project on technology for older adults.",
            "Organised co-design workshops with 60 participants in sheltered housing.",
        ]),
    ],
    education=[
        E("University of Dundee", "MSc", "User Experience Engineering", "2010", "2011", "Distinction"),
        E("Norwegian University of Science and Technology", "BA", "Psychology", "2007", "2010"),
    ],
    skills=[("Methods", ["Contextual inquiry", "Usability testing", "Diary studies", "Survey design"]),
            ("Tools", ["Dovetail", "Figma", "Qualtrics", "Lookback"])],
    languages=[("Norwegian", "native"), ("English", "fluent"), ("Swedish", "good")],
    certificates=[],
    publications=[
        "Solberg, I., Hartley, P. (2019). Designing forms for people with low literacy. Proceedings of CHI 2019, Glasgow. ACM.",
        "Solberg, I. (2017). Research with children online: consent, safety and fun. Interactions 24(3), 44–48.",
        "Solberg, I., Grant, M., Reid, A. (2013). Co-designing telecare with older adults. Proceedings of ASSETS 2013, Bellevue, WA.",
        "Reid, A., Solberg, I. (2012). Sheltered housing and everyday technology: a field study. Dundee: University of Dundee.",
    ],
    talks=[
        "“Research ops at scale” — UX Scotland, Edinburgh, June 2023",
        "“When the user is eight years old” — Mind the Product, London, October 2016",
        "“Trust, prices and the travel search” — UXLx, Lisbon, May 2022",
        "“Accessibility research is user research” — Services Week, London, November 2019",
        "“Diary studies with families” — UX Brighton, November 2015",
    ],
    teaching=[
        "Guest lecturer, MSc Design for Human Interaction, Edinburgh Napier University (2021 – 2024)",
        "Mentor, ADPList (2020 – present)",
    ],
)

person(
    "oezdemir", lang="de", locale="de-DE",
    name="Katharina Özdemir", label="HR Business Partner",
    email="katharina.oezdemir@example.com", phone="0170 1234567",
    address="Ehrenstraße 15, 50672 Köln", city="Köln", countryCode="DE",
    links=[("XING", "Katharina_Oezdemir", "https://www.xing.com/profile/Katharina_Oezdemir", "XING-Profil")],
    summary="Personalerin mit zehn Jahren Erfahrung in Handel, Chemie und Personaldienstleistung. "
            "Schwerpunkte: Führungskräfteberatung, Personalentwicklung und Arbeitsrecht.",
    work=[
        W("REWE Group", "HR Business Partner", "Köln", "2020-03", None, [
            "Beratung von 40 Führungskräften in der Zentrale in allen personalrelevanten Fragen",
            "Begleitung der Einführung von Workday für 8.000 Beschäftigte",
        ]),
        W("LANXESS AG", "Personalreferentin", "Köln", "2016-07", "2020-02", [
            "Betreuung der Bereiche Forschung und Technik (rund 600 Mitarbeitende)",
            "Konzeption eines Personalentwicklungsprogramms für Nachwuchsführungskräfte",
        ]),
        W("Randstad Deutschland", "Personaldisponentin", "Düsseldorf", "2014-10", "2016-06", [
            "Rekrutierung und Einsatzplanung für gewerbliche und kaufmännische Mitarbeitende",
        ]),
    ],
    education=[
        E("Universität zu Köln", "M.Sc.", "Betriebswirtschaftslehre, Schwerpunkt Personal", "2012", "2014", "1,8"),
        E("Hochschule Bonn-Rhein-Sieg", "B.A.", "Betriebswirtschaftslehre", "2009", "2012"),
    ],
    skills=[("Kenntnisse", ["SAP HCM", "Workday", "Personio", "Arbeitsrecht", "MS Office"])],
    languages=[("Deutsch", "Muttersprache"), ("Türkisch", "Muttersprache"), ("Englisch", "fließend")],
    certificates=[],
    references=[("Dr. Markus Feldhaus", "Leiter Personal, LANXESS AG", "markus.feldhaus@example.org", "+49 221 8885 4410")],
)

person(
    "brandt", lang="de", locale="de-CH",
    name="Zoë Brandt-Kowalski", label="Software-Architektin",
    email="zoe.brandt@example.net", phone="+41 44 123 45 67",
    address="Badenerstrasse 120, 8004 Zürich", city="Zürich", countryCode="CH",
    links=[("GitHub", "zbrandt", "https://github.com/zbrandt", "github.com/zbrandt")],
    summary="Software-Architektin mit fünfzehn Jahren Erfahrung in Telekommunikation und Unternehmenssoftware. "
            "Ich entwerfe ereignisgetriebene Systeme und begleite Teams auf dem Weg dorthin.",
    work=[
        W("Swisscom AG", "Software-Architektin", "Zürich", "2019-01", None, [
            "Zielarchitektur für die Auftragsabwicklung im Privatkundengeschäft (Kafka, Event Sourcing)",
            "Leitung der Architekturgilde mit 25 Mitgliedern",
        ]),
        W("Google Switzerland GmbH", "Senior Software Engineer", "Zürich", "2015-04", "2018-12", [
            "Backend-Dienste für Google Kalender, Fokus auf Zuverlässigkeit und Latenz",
        ]),
        W("SAP SE", "Software Engineer", "Walldorf", "2011-09", "2015-03", [
            "Entwicklung von Schnittstellen für SAP Business ByDesign in Java und ABAP",
        ]),
    ],
    education=[
        E("ETH Zürich", "MSc", "Informatik", "2009", "2011"),
        E("Technische Universität Dresden", "BSc", "Informatik", "2006", "2009"),
    ],
    skills=[("Kenntnisse", ["Java", "Kotlin", "Kafka", "Event Sourcing", "AWS", "Domain-Driven Design"])],
    languages=[("Deutsch", "Muttersprache"), ("Polnisch", "fliessend"), ("Englisch", "C2"), ("Französisch", "B2")],
    certificates=[("iSAQB Certified Professional for Software Architecture (CPSA-F)", "iSAQB", "2020")],
)
