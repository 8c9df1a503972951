"""French resumes of the third blind set. Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

lefebvre = dict(
    file="lefebvre-libreoffice-smallcaps",
    lang="fr", locale="fr-FR", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Liberation Sans); headings in small caps with a rule; title in bold, then 'Employer, Town — de … à …' on the line below",
    traps=["headings in small caps", "French 'de mars 2016 à août 2019' dates", "'depuis septembre 2019'",
           "Rennes postcode 35000", "phone with non-breaking spaces", "month only on the start ('de janvier à juin 2013')"],
    style=dict(page="a4", font="Liberation Sans", heading="smallcaps-rule", size=10.5),
    name="Margaux Lefebvre", label="Cheffe de projet data marketing",
    email="margaux.lefebvre@example.fr", phone="06 48 21 37 90", phone_print="06" + NBSP + "48" + NBSP + "21" + NBSP + "37" + NBSP + "90",
    city="Rennes", country="FR",
    profiles=[dict(network="LinkedIn", username="margauxlefebvre", url="https://www.linkedin.com/in/margauxlefebvre", text="linkedin.com/in/margauxlefebvre")],
    contact=[["12 rue de Saint-Malo, 35000 Rennes"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" – ",
    summary="Cheffe de projet data marketing depuis six ans, entre grande distribution et banque. Je transforme les données clients en campagnes mesurables et en tableaux de bord lisibles.",
    sections=[("summary", "Profil"), ("work", "Expérience professionnelle"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues")],
    work_fmt=dict(lines=["**{position}**", "{name}, {location} — {dates}"]),
    work=[
        W("Crédit Mutuel Arkéa", "Cheffe de projet data marketing", "Brest", "depuis septembre 2019", "2019-09", None, [
            "Segmentation de 4 millions de clients et ciblage des campagnes d’épargne",
            "Mise en place d’un tableau de bord d’attribution sous Power BI"]),
        W("Groupe Legris Industries", "Chargée d’études marketing", "Rennes", "de mars 2016 à août 2019", "2016-03", "2019-08", [
            "Études de satisfaction et analyses de churn pour les filiales"]),
        W("Intermarché", "Stagiaire marketing client", "Rennes", "de janvier à juin 2013", "2013-01", "2013-06", [
            "Analyse des tickets de caisse de la carte de fidélité"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}, {dates}"]),
    education=[
        E("Université Rennes 2", "Master", "Marketing et études de marché", "2011 – 2013", "2011", "2013"),
        E("IUT de Vannes", "DUT", "Statistique et informatique décisionnelle", "2009 – 2011", "2009", "2011"),
    ],
    skills=dict(style="groups", groups=[("Outils", ["SQL", "Python", "Power BI", "Salesforce Marketing Cloud"]),
                                        ("Méthodes", ["segmentation", "tests A/B", "RFM"])]),
    langs=dict(style="line", items=[("Anglais", "courant"), ("Espagnol", "intermédiaire")]),
)

marchand = dict(
    file="marchand-libreoffice-docx-parens",
    lang="fr", locale="fr-FR", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Carlito); 'Employer, Title' on one line with the dates in parentheses at the end, town in italics below; school before degree",
    traps=["employer first, title after a comma", "dates in parentheses at the end of the line", "'(depuis 2022)'",
           "Grenoble postcode 38000", "school before degree", "doctorate with both years", "associative work with dates (not employment)"],
    style=dict(page="a4", font="Carlito", heading="bold-caps-rule", size=11),
    name="Quentin Marchand", label="Ingénieur en microélectronique",
    email="quentin.marchand@example.com", phone="+33 4 76 55 21 09",
    city="Grenoble", country="FR",
    profiles=[dict(network="GitHub", username="qmarchand", url="https://github.com/qmarchand", text="GitHub")],
    contact=[["Grenoble (38000)", "{phone}", "{email}", "{p:GitHub}"]],
    contact_sep=" · ",
    summary="Docteur en microélectronique, spécialiste de la conception analogique basse consommation. Dix ans entre laboratoire public et industrie.",
    sections=[("summary", "Profil"), ("work", "Parcours professionnel"), ("edu", "Formation"), ("skills", "Compétences techniques"),
              ("langs", "Langues"),
              ("blocks", "Vie associative", [("p", "**Trésorier**, club d’alpinisme du Vercors (2016 – 2020)")])],
    work_fmt=dict(lines=["**{name}**, {position} ({dates})", "__{location}__"]),
    work=[
        W("STMicroelectronics", "Ingénieur conception analogique senior", "Crolles", "depuis 2022", "2022", None, [
            "Conception de convertisseurs DC-DC pour capteurs industriels",
            "Encadrement de deux ingénieurs juniors"]),
        W("CEA-Leti", "Ingénieur de recherche", "Grenoble", "2017 – 2022", "2017", "2022", [
            "Circuits de récupération d’énergie pour objets connectés ; six brevets déposés"]),
        W("Soitec", "Ingénieur process (CDD)", "Bernin", "2016 – 2017", "2016", "2017", [
            "Suivi de la ligne de production FD-SOI"]),
    ],
    edu_fmt=dict(lines=["**{institution}** — {studyType} {area} ({dates})"]),
    education=[
        E("Université Grenoble Alpes", "Doctorat", "Nanoélectronique et nanotechnologies", "2013 – 2016", "2013", "2016"),
        E("Grenoble INP – Phelma", "Diplôme d’ingénieur", "électronique", "2010 – 2013", "2010", "2013"),
    ],
    skills=dict(style="groups", groups=[("Conception", ["Cadence Virtuoso", "Spectre", "Verilog-A"]),
                                        ("Programmation", ["Python", "MATLAB"])]),
    langs=dict(style="line", sep=" ; ", items=[("Anglais", "courant (C1)"), ("Italien", "notions")]),
)

haddad = dict(
    file="haddad-chromium-datecol",
    lang="fr", locale="fr-FR", producer="chromium",
    layout="one-column HTML CV printed by Chromium (A4) with the dates at the line start in a narrow left column; title in bold, 'Employer — Town' below; skills as a two-column table",
    traps=["dates in a left column (CSS grid)", "skills as a table with group labels in the first column",
           "abbreviated months ('sept. 2018')", "'aujourd’hui'", "Montpellier postcode 34000", "link text 'Portfolio' differs from its target"],
    style=dict(page="a4", layout="one", font="'DejaVu Sans', sans-serif", accent="#6b2d5c",
               css=".kv th { text-align: left; padding-right: 12pt; font-weight: bold; vertical-align: top; } .kv { border-collapse: collapse; }"),
    name="Nadia Haddad", label="Designer UX/UI",
    email="nadia.haddad@example.fr", phone="+33 6 71 02 45 88",
    city="Montpellier", country="FR",
    url="https://nadiahaddad.example.com", url_text="Portfolio",
    contact=[["8 rue de l’Aiguillerie, 34000 Montpellier", "{phone}"], ["{email}", "{url}"]],
    contact_sep=" · ",
    summary="Designer UX/UI depuis huit ans, du service public numérique aux applications de santé. J’aime tester tôt et souvent.",
    sections=[("summary", "Profil"), ("work", "Expériences"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues")],
    work_fmt=dict(lines=["**{position}**", "{name} — {location}"], col="{dates}"),
    work=[
        W("Dedalus France", "Lead designer UX/UI", "Montpellier", "sept. 2021 – aujourd’hui", "2021-09", None, [
            "Refonte du dossier patient informatisé pour 80 hôpitaux",
            "Création d’un design system partagé par cinq équipes"]),
        W("Agence Spirit", "Designer UX/UI", "Montpellier", "sept. 2018 – août 2021", "2018-09", "2021-08", [
            "Sites et applications pour collectivités territoriales ; audits RGAA"]),
        W("Ubisoft Montpellier", "Stagiaire UX", "Castelnau-le-Lez", "févr. 2018 – juil. 2018", "2018-02", "2018-07", [
            "Tests utilisateurs sur les menus d’un jeu en développement"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], col="{dates}"),
    education=[
        E("Université Paul-Valéry Montpellier 3", "Master", "Design numérique", "2016 – 2018", "2016", "2018"),
        E("Lycée Jean Mermoz", "BTS", "Design graphique", "2014 – 2016", "2014", "2016"),
    ],
    skills=dict(style="kv", groups=[("Design", ["Figma", "prototypage", "design system"]),
                                    ("Recherche", ["entretiens", "tests utilisateurs", "RGAA"])]),
    langs=dict(style="line", items=[("Arabe", "langue maternelle"), ("Anglais", "courant")]),
)

vasseur = dict(
    file="vasseur-libreoffice-docx-placefirst",
    lang="fr", locale="fr-FR", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Liberation Serif); headings in bold with a trailing colon (no rule); two-line entries with the town first ('Strasbourg — Employer'), then 'Title, de … à …'",
    traps=["headings with trailing colons and a non-breaking space before them", "town first, employer after a dash",
           "French 'de … à …' dates", "'d’octobre 2014 à mai 2018' (elided de)", "'depuis juin 2018'", "Strasbourg postcode 67000"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-plain", size=11),
    name="Clémence Vasseur", label="Juriste en droit social",
    email="clemence.vasseur@example.fr", phone="03 88 14 62 70",
    city="Strasbourg", country="FR",
    contact=[["5 quai des Bateliers, 67000 Strasbourg"], ["Tél. : 03 88 14 62 70", "{email}"]],
    contact_sep=" – ",
    summary="Juriste en droit social avec dix ans d’expérience en entreprise et en cabinet. Relations avec les représentants du personnel, contentieux prud’homal et accords collectifs.",
    sections=[("summary", "Profil" + NBSP + ":"), ("work", "Expérience professionnelle" + NBSP + ":"), ("edu", "Formation" + NBSP + ":"),
              ("skills", "Compétences" + NBSP + ":"), ("langs", "Langues" + NBSP + ":")],
    work_fmt=dict(lines=["{location} — **{name}**", "__{position}__, {dates}"]),
    work=[
        W("Électricité de Strasbourg", "Juriste droit social", "Strasbourg", "depuis juin 2018", "2018-06", None, [
            "Négociation des accords d’entreprise avec quatre organisations syndicales",
            "Suivi de 25 contentieux prud’homaux par an"]),
        W("Fidal", "Juriste en droit social", "Strasbourg", "d’octobre 2014 à mai 2018", "2014-10", "2018-05", [
            "Conseil aux PME alsaciennes sur les licenciements et la durée du travail"]),
        W("Adidas France", "Juriste stagiaire", "Landersheim", "de janvier 2014 à juin 2014", "2014-01", "2014-06", [
            "Veille juridique et rédaction de contrats de travail"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}, {dates}"]),
    education=[
        E("Université de Lorraine", "Master 2", "Droit social", "2014", None, "2014"),
        E("Université de Haute-Alsace", "Licence", "Droit", "2009 – 2012", "2009", "2012"),
    ],
    skills=dict(style="groups", groups=[("Droit", ["droit du travail", "relations collectives", "contentieux"]),
                                        ("Outils", ["Lexis 360", "Dalloz"])]),
    langs=dict(style="line", items=[("Allemand", "courant"), ("Anglais", "professionnel")]),
)

royer = dict(
    file="royer-pdftex-cm",
    lang="fr", locale="fr-FR", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1); 'Employer — Title' in bold and roman with French 'de … à …' dates right-aligned by \\hfill, town below; school before degree with both years",
    traps=["pdfTeX text (TeX accents, no space characters)", "'de 2015 à 2019' years with 'de … à …'", "'depuis 2019'",
           "Marseille postcode 13007", "school before degree", "publications with years (not employment)"],
    style=dict(paper="a4paper"),
    name="Bastien Royer", label="Ingénieur océanographe",
    email="bastien.royer@example.org", phone="+33 4 91 22 87 15",
    city="Marseille", country="FR",
    contact=[["14 rue d’Endoume, 13007 Marseille", "{phone}", "{email}"]],
    contact_sep=" -- ",
    summary="Ingénieur océanographe spécialisé en instrumentation et traitement de données de houle. Campagnes en mer en Méditerranée et dans l’océan Indien.",
    sections=[("summary", "Profil"), ("work", "Expérience"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues"),
              ("blocks", "Publications", [("p", "B. Royer et al. (2020), Houle et érosion côtière en Camargue, Revue Paralia.")])],
    work_fmt=dict(lines=["**{name}** — {position}", "{location}"], right="{dates}"),
    work=[
        W("Ifremer", "Ingénieur instrumentation", "La Seyne-sur-Mer", "depuis 2019", "2019", None, [
            "Conception de bouées houlographes et traitement des séries temporelles",
            "Chef de mission sur quatre campagnes en mer"]),
        W("Institut méditerranéen d’océanologie (MIO)", "Ingénieur d’études", "Marseille", "de 2015 à 2019", "2015", "2019", [
            "Maintenance du réseau de mouillages côtiers"]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} {area}"], right="{dates}"),
    education=[
        E("Aix-Marseille Université", "Master", "Océanographie physique", "2013 – 2015", "2013", "2015"),
        E("Université de Toulon", "Licence", "Physique", "2010 – 2013", "2010", "2013"),
    ],
    skills=dict(style="groups", groups=[("Données", ["Python", "MATLAB", "NetCDF"]), ("Terrain", ["ADCP", "CTD", "plongée professionnelle"])]),
    langs=dict(style="line", items=[("Anglais", "courant"), ("Portugais", "intermédiaire")]),
)

carpentier = dict(
    file="carpentier-reportlab-parens",
    lang="fr", locale="fr-FR", producer="reportlab",
    layout="one-column CV from ReportLab Platypus (A4, Helvetica); title in bold with the dates in parentheses after it, 'Employer, Town' below; headings without colons",
    traps=["dates in parentheses after the title", "abbreviated months ('janv. 2020 – aujourd’hui')", "standard-font bullets",
           "Dijon postcode 21000", "alternance as employment", "bénévolat with dates (not employment)"],
    style=dict(page="a4"),
    name="Inès Carpentier", label="Responsable qualité agroalimentaire",
    email="ines.carpentier@example.fr", phone="+33 6 12 40 93 57",
    city="Dijon", country="FR",
    contact=[["21000 Dijon", "{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Responsable qualité en agroalimentaire, certifications IFS et BRC, culture du terrain et des audits.",
    sections=[("summary", "Profil"), ("work", "Expérience professionnelle"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues"),
              ("blocks", "Bénévolat", [("p", "Banque alimentaire de Côte-d’Or, collectes et tri (2017 – 2021)")])],
    work_fmt=dict(lines=["**{position}** ({dates})", "{name}, {location}"]),
    work=[
        W("Maille", "Responsable qualité", "Dijon", "janv. 2020 – aujourd’hui", "2020-01", None, [
            "Pilotage des certifications IFS Food et BRCGS pour deux sites",
            "Réduction de 40 % des réclamations clients en trois ans"]),
        W("Mulot & Petitjean", "Technicienne qualité", "Dijon", "sept. 2016 – déc. 2019", "2016-09", "2019-12", [
            "Plans HACCP et audits internes"]),
        W("Lactalis", "Apprentie qualité (alternance)", "Besançon", "sept. 2014 – août 2016", "2014-09", "2016-08", [
            "Contrôles microbiologiques et suivi des non-conformités"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}** ({dates})", "{institution}"]),
    education=[
        E("AgroSup Dijon", "Diplôme d’ingénieur", "Agroalimentaire", "2013 – 2016", "2013", "2016"),
    ],
    skills=dict(style="groups", groups=[("Qualité", ["IFS Food", "BRCGS", "HACCP", "ISO 22000"])]),
    langs=dict(style="line", items=[("Anglais", "B2"), ("Allemand", "A2")]),
)

PEOPLE = [lefebvre, marchand, haddad, vasseur, royer, carpentier]
