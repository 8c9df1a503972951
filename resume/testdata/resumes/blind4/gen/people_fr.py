"""French resumes of the fourth blind set. Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

lhermitte = dict(
    file="lhermitte-libreoffice-poste",
    lang="fr", locale="fr-FR", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Liberation Sans); 'Expériences professionnelles' with the employer and town in bold, then 'Poste : …' and 'Période : …' labelled lines; 'Depuis …' for the current job",
    traps=["'Poste : …' label before the title", "'Période : …' label before the dates", "'Depuis mars 2021'",
           "non-breaking space before the colons", "Nantes postcode 44000", "bénévolat with dates (not employment)"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-rule", size=10.5),
    name="Bastien Lhermitte", label="Responsable logistique",
    email="bastien.lhermitte@example.fr", phone="06 41 27 83 90",
    city="Nantes", country="FR",
    contact=[["9 rue Fouré, 44000 Nantes"], ["{phone}", "{email}"]],
    contact_sep="  –  ",
    summary="Responsable logistique avec dix ans d’expérience en entrepôt et transport, dans la grande distribution puis l’agroalimentaire.",
    sections=[("summary", "Profil"), ("work", "Expériences professionnelles"), ("edu", "Formation"), ("skills", "Compétences"),
              ("langs", "Langues"),
              ("blocks", "Bénévolat", [("p", "Banque alimentaire de Loire-Atlantique, chauffeur-livreur, depuis 2019")])],
    work_fmt=dict(lines=["**{name}, {location}**", "Poste" + NBSP + ": {position}", "Période" + NBSP + ": {dates}"]),
    work=[
        W("LU France (Mondelez)", "Responsable logistique site", "La Haye-Fouassière", "Depuis mars 2021", "2021-03", None, [
            "Pilotage d’un entrepôt de 18 000 palettes et de 35 collaborateurs",
            "Réduction des coûts de transport de 9 % par la mutualisation des tournées"]),
        W("Système U Ouest", "Chef d’équipe entrepôt", "Carquefou", "Septembre 2016 – Février 2021", "2016-09", "2021-02", [
            "Encadrement de 20 préparateurs de commandes en produits frais"]),
        W("Kuehne+Nagel", "Agent d’exploitation transport", "Saint-Herblain", "Juin 2013 – Août 2016", "2013-06", "2016-08", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}, {dates}"]),
    education=[
        E("IAE Nantes", "Master", "Management de la chaîne logistique", "2011 – 2013", "2011", "2013"),
        E("IUT de Saint-Nazaire", "DUT", "Gestion logistique et transport", "2009 – 2011", "2009", "2011"),
    ],
    skills=dict(style="groups", groups=[("Logistique", ["WMS Reflex", "Lean", "gestion des stocks"]), ("Outils", ["SAP EWM", "Excel", "Power BI"])]),
    langs=dict(style="line", items=[("Français", "langue maternelle"), ("Anglais", "courant")]),
)

quemener = dict(
    file="quemener-libreoffice-docx-labels",
    lang="fr", locale="fr-FR", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Carlito); every job three labelled lines 'Entreprise : …', 'Poste : …', 'Dates : …'; education as 'Diplôme — École (année)'",
    traps=["labels 'Entreprise :', 'Poste :', 'Dates :' before each value", "'Depuis janvier 2020'", "Brest postcode 29200",
           "degree before school with the year in parentheses", "alternance as employment", "vie associative with dates (not employment)"],
    style=dict(page="a4", font="Carlito", heading="smallcaps-rule", size=11),
    name="Solène Quéméner", label="Ingénieure en hydrographie",
    email="solene.quemener@example.fr", phone="+33 6 72 18 40 55",
    city="Brest", country="FR",
    profiles=[dict(network="LinkedIn", username="solene-quemener", url="https://www.linkedin.com/in/solene-quemener", text="LinkedIn")],
    contact=[["27 rue de Siam, 29200 Brest"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" | ",
    summary="Ingénieure hydrographe spécialisée dans les levés bathymétriques multifaisceaux et le traitement des données en mer.",
    sections=[("summary", "Profil"), ("work", "Expériences professionnelles"), ("edu", "Formation"), ("skills", "Compétences"),
              ("langs", "Langues"),
              ("blocks", "Vie associative", [("p", "Présidente, Club de voile de l’Aber Wrac’h, de 2017 à 2021")])],
    work_fmt=dict(lines=["Entreprise" + NBSP + ": **{name}** ({location})", "Poste" + NBSP + ": {position}", "Dates" + NBSP + ": {dates}"]),
    work=[
        W("Shom", "Ingénieure hydrographe", "Brest", "Depuis janvier 2020", "2020-01", None, [
            "Conduite de levés multifaisceaux à bord du Beautemps-Beaupré",
            "Contrôle qualité des données avant intégration dans les cartes marines"]),
        W("iXblue", "Ingénieure traitement de données", "Brest", "Octobre 2016 – Décembre 2019", "2016-10", "2019-12", [
            "Développement de chaînes de traitement sous Caris et Qimera"]),
        W("iXblue", "Ingénieure en alternance", "Brest", "Septembre 2014 – Septembre 2016", "2014-09", "2016-09", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}** — {institution} ({dates})"]),
    education=[
        E("ENSTA Bretagne", "Diplôme d’ingénieur", "hydrographie et océanographie", "2016", None, "2016"),
        E("Université de Bretagne Occidentale", "Licence", "sciences de la Terre", "2013", None, "2013"),
    ],
    skills=dict(style="groups", groups=[("Logiciels", ["Caris HIPS", "Qimera", "QGIS"]), ("Méthodes", ["bathymétrie multifaisceaux", "positionnement GNSS"])]),
    langs=dict(style="line", items=[("Français", "langue maternelle"), ("Anglais", "courant"), ("Breton", "notions")]),
)

chabrol = dict(
    file="chabrol-chromium-leftdates",
    lang="fr", locale="fr-FR", producer="chromium",
    layout="one-page HTML CV printed by Chromium (A4) with a tinted left band holding the dates of every job and degree; title in bold, 'Employer — Town' below in the main column; headings and contact indented to the right of the band",
    traps=["dates in a tinted left band (a sidebar of dates)", "'depuis 2022'", "years only ('2017 – 2022')",
           "Clermont-Ferrand postcode 63000", "link text 'Portfolio' differs from its target", "promotion as two entries at one company"],
    style=dict(page="a4", font="'Liberation Sans', sans-serif", accent="#7a3b12",
               css=""".one { padding: 14mm 14mm 10mm 0; min-height: 297mm;
  background: linear-gradient(to right, #f1e6dc 0, #f1e6dc 46mm, transparent 46mm); }
.one > h1, .one > .label, .one > .contact, .one > h2, .one > p, .one > ul { margin-left: 52mm; }
.row { grid-template-columns: 46mm 1fr; gap: 6mm; }
.row .when { padding-left: 8mm; font-weight: bold; color: #7a3b12; }
"""),
    name="Aurélien Chabrol", label="Architecte d’intérieur",
    email="aurelien.chabrol@example.fr", phone="06 58 12 93 47",
    city="Clermont-Ferrand", country="FR",
    url="https://chabrol-interieurs.example.fr", url_text="Portfolio",
    contact=[["14 rue Blatin, 63000 Clermont-Ferrand", "{phone}"], ["{email}", "{url}"]],
    contact_sep=" · ",
    summary="Architecte d’intérieur pour l’hôtellerie et les bureaux, de l’esquisse au suivi de chantier.",
    sections=[("summary", "Profil"), ("work", "Parcours professionnel"), ("edu", "Formation"), ("skills", "Compétences"),
              ("langs", "Langues")],
    work_fmt=dict(lines=["**{position}**", "{name} — {location}"], col="{dates}"),
    work=[
        W("Atelier Michelin d’Architecture", "Architecte d’intérieur senior", "Clermont-Ferrand", "depuis 2022", "2022", None, [
            "Aménagement de 12 000 m² de bureaux pour un siège industriel"]),
        W("Atelier Michelin d’Architecture", "Architecte d’intérieur", "Clermont-Ferrand", "2017 – 2022", "2017", "2022", [
            "Rénovation de quatre hôtels en Auvergne, suivi de chantier"]),
        W("Studio Lignes & Volumes", "Assistant architecte d’intérieur", "Lyon", "2014 – 2017", "2014", "2017", []),
    ],
    edu_fmt=dict(lines=["**{studyType}**", "{institution}"], col="{dates}"),
    education=[
        E("École Boulle", "DSAA Design d’espace", None, "2012 – 2014", "2012", "2014"),
        E("Lycée La Martinière Diderot", "BTS Design d’espace", None, "2010 – 2012", "2010", "2012"),
    ],
    skills=dict(style="line", groups=[("Compétences", ["SketchUp", "AutoCAD", "Revit", "V-Ray", "suivi de chantier"])]),
    langs=dict(style="line", items=[("Français", "langue maternelle"), ("Italien", "courant"), ("Anglais", "intermédiaire")]),
)

kerbrat = dict(
    file="kerbrat-pdftex-titlefirst",
    lang="fr", locale="fr-FR", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1); 'Title, Employer (Town)' with the title in bold and years right-aligned by \\hfill; 'Depuis 2020'; school before degree",
    traps=["pdfTeX text (TeX accents, no space characters)", "title first, employer and town in parentheses after a comma",
           "'Depuis 2020' years only", "Lorient postcode 56100", "school before degree", "publications with years (not employment)"],
    style=dict(paper="a4paper"),
    name="Maëlle Kerbrat", label="Biologiste marine",
    email="maelle.kerbrat@example.fr", phone="07 81 44 26 09",
    city="Lorient", country="FR",
    profiles=[dict(network="ORCID", username="0000-0001-7342-6158", url="https://orcid.org/0000-0001-7342-6158", text="ORCID")],
    contact=[["12 rue Paul Bert, 56100 Lorient", "{phone}", "{email}", "{p:ORCID}"]],
    contact_sep=" | ",
    summary="Biologiste halieute spécialisée dans l’évaluation des stocks de poissons démersaux du golfe de Gascogne.",
    sections=[("summary", "Profil"), ("work", "Expérience professionnelle"), ("edu", "Formation"), ("skills", "Compétences"),
              ("langs", "Langues"),
              ("blocks", "Publications", [("p", "Kerbrat M. et al. (2022). Sélectivité des chaluts de fond. Aquatic Living Resources 35.")])],
    work_fmt=dict(lines=["**{position}**, {name} ({location})"], right="{dates}"),
    work=[
        W("Muséum national d’Histoire naturelle", "Chercheuse en halieutique", "Lorient", "Depuis 2020", "2020", None, [
            "Évaluation annuelle des stocks de sole et de merlu pour le CIEM"]),
        W("Agrocampus Ouest", "Ingénieure d’études", "Rennes", "2016 – 2020", "2016", "2020", [
            "Analyse de données d’observation à bord des chalutiers"]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} {area}"], right="{dates}"),
    education=[
        E("Université de Bretagne Sud", "Doctorat", "écologie marine", "2013 – 2016", "2013", "2016"),
        E("Sorbonne Université", "Master", "océanographie et environnements marins", "2011 – 2013", "2011", "2013"),
    ],
    skills=dict(style="groups", groups=[("Modélisation", ["R", "Stock Synthesis", "SAM"]), ("Terrain", ["campagnes EVHOE", "otolithométrie"])]),
    langs=dict(style="line", items=[("Français", "langue maternelle"), ("Anglais", "courant"), ("Espagnol", "intermédiaire")]),
)

vuillemin = dict(
    file="vuillemin-reportlab-datesabove",
    lang="fr", locale="fr-FR", producer="reportlab",
    layout="one-column CV from ReportLab Platypus (A4, Helvetica); the dates in bold on their own line above each job, then 'Title — Employer, Town'; education as 'Degree, School, year'",
    traps=["dates on their own line above the entry", "'Depuis octobre 2021'", "abbreviated months ('sept. 2015 – sept. 2021')",
           "Besançon postcode 25000", "standard-font bullets", "stage (internship) as employment"],
    style=dict(page="a4"),
    name="Gaspard Vuillemin", label="Ingénieur horloger",
    email="gaspard.vuillemin@example.fr", phone="03 81 62 07 44",
    city="Besançon", country="FR",
    contact=[["6 rue Mégevand, 25000 Besançon", "{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Ingénieur en microtechnique, spécialiste des mouvements mécaniques et de l’industrialisation de composants horlogers.",
    sections=[("summary", "Profil"), ("work", "Expérience"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues")],
    work_fmt=dict(lines=["**{dates}**", "{position} — {name}, {location}"]),
    work=[
        W("Lip SAS", "Responsable industrialisation", "Besançon", "Depuis octobre 2021", "2021-10", None, [
            "Industrialisation d’un nouveau calibre automatique",
            "Qualification de trois fournisseurs de pièces décolletées"]),
        W("Péquignet", "Ingénieur méthodes", "Morteau", "sept. 2015 – sept. 2021", "2015-09", "2021-09", [
            "Gammes de fabrication et contrôle des platines et ponts"]),
        W("Audemars Piguet", "Stagiaire ingénieur", "Le Brassus", "févr. 2015 – juil. 2015", "2015-02", "2015-07", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**, {institution}, {dates}"]),
    education=[
        E("ENSMM Besançon", "Diplôme d’ingénieur", "microtechnique", "2015", None, "2015"),
        E("Lycée Edgar Faure, Morteau", "BTS", "conception et industrialisation en microtechniques", "2012", None, "2012"),
    ],
    skills=dict(style="groups", groups=[("CAO", ["SolidWorks", "Catia V5"]), ("Méthodes", ["AMDEC", "MSP", "cotation ISO"])]),
    langs=dict(style="line", items=[("Français", "langue maternelle"), ("Allemand", "courant"), ("Anglais", "professionnel")]),
)

dardenne = dict(
    file="dardenne-libreoffice-de-a",
    lang="fr", locale="fr-FR", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Caladea); headings bold without a rule; 'Employer — Title' in bold with 'de … à …' dates right-aligned on a tab stop, town in italics below; education with both years",
    traps=["employer first, title after a dash", "French 'de février 2017 à novembre 2020' dates", "'depuis décembre 2020'",
           "Lille postcode 59000", "education with both years", "formations courtes as certificates"],
    style=dict(page="a4", font="Caladea", heading="bold-plain", size=11),
    name="Ophélie Dardenne", label="Chargée de communication",
    email="ophelie.dardenne@example.fr", phone="06 19 73 52 84",
    city="Lille", country="FR",
    contact=[["58 rue Gambetta, 59000 Lille"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Chargée de communication institutionnelle, à l’aise en relations presse, réseaux sociaux et organisation d’événements.",
    sections=[("summary", "Profil"), ("work", "Expériences professionnelles"), ("edu", "Formation"), ("certs", "Formations courtes"),
              ("skills", "Compétences"), ("langs", "Langues")],
    work_fmt=dict(lines=["**{name} — {position}**", "__{location}__"], right="{dates}"),
    work=[
        W("Métropole Européenne de Lille", "Chargée de communication", "Lille", "depuis décembre 2020", "2020-12", None, [
            "Relations presse et campagnes pour le réseau de transports",
            "Organisation de 30 événements publics par an"]),
        W("Agence Sensemaker", "Chargée de relations presse", "Roubaix", "de février 2017 à novembre 2020", "2017-02", "2020-11", [
            "Portefeuille de douze clients dans le commerce et la culture"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[
        E("Sciences Po Lille", "Master", "communication publique", "2015 – 2017", "2015", "2017"),
        E("Université de Lille", "Licence", "information et communication", "2012 – 2015", "2012", "2015"),
    ],
    certs=[C("Gestion de crise médiatique", "CFPJ", "2022", "Gestion de crise médiatique, CFPJ, 2022")],
    certs_style="p",
    skills=dict(style="groups", groups=[("Outils", ["Canva", "Meltwater", "WordPress"]), ("Savoir-faire", ["rédaction", "relations presse", "événementiel"])]),
    langs=dict(style="line", items=[("Français", "langue maternelle"), ("Anglais", "courant"), ("Néerlandais", "notions")]),
)

PEOPLE = [lhermitte, quemener, chabrol, kerbrat, vuillemin, dardenne]
