"""French resumes. Fictional people; employers and schools are real or
plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

N = NBSP

bouchard = dict(
    file="bouchard-libreoffice",
    lang="fr", locale="fr-FR", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Liberation Sans); headings in capitals, not bold, with a rule; 'Title — Employer, Town' on one line and the dates in italics below",
    traps=["headings not bold", "phone with non-breaking spaces", "non-breaking space before colons (French typography)",
           "'Depuis 2018'", "'janvier – juin 2011' (month only on the start)", "Lyon postcode 69002",
           "'bénévole … depuis 2019' in interests (not employment)", "TOEIC score in a language line"],
    style=dict(page="a4", font="Liberation Sans", heading="plain-caps-rule", size=10.5),
    name="Mathilde Bouchard", label="Responsable des ressources humaines",
    email="mathilde.bouchard@example.org", phone=f"06{N}71{N}23{N}45{N}89",
    city="Lyon", country="FR",
    contact=[["12 rue Sainte-Hélène, 69002 Lyon", "{phone}", "{email}"], ["Permis B"]],
    contact_sep="  •  ",
    summary="Responsable RH généraliste, douze ans d’expérience dans l’industrie et le recrutement. J’accompagne les managers au quotidien, je conduis le dialogue social et j’aime simplifier les processus grâce au SIRH.",
    sections=[("summary", "PROFIL"), ("work", "EXPÉRIENCE PROFESSIONNELLE"), ("edu", "FORMATION"), ("skills", "COMPÉTENCES"),
              ("langs", "LANGUES"),
              ("blocks", "CENTRES D’INTÉRÊT", [("p", "Course à pied (semi-marathon de Lyon 2023), bénévole aux Restos du Cœur depuis 2019, photographie argentique.")])],
    work_fmt=dict(lines=["**{position}** — {name}, {location}", "__{dates}__"]),
    work=[
        W("Groupe SEB", "Responsable des ressources humaines", "Écully", "Depuis 2018", "2018", None, [
            "Accompagnement de 450 collaborateurs (site industriel et siège) et de 30 managers",
            "Pilotage des négociations annuelles obligatoires et du plan de développement des compétences",
            "Déploiement de Workday : 12 processus RH dématérialisés"]),
        W("Boiron", "Chargée de recrutement", "Messimy", "2014 – 2018", "2014", "2018", [
            "Recrutement de 60 à 80 collaborateurs par an (CDI, CDD, alternance)",
            "Refonte de la marque employeur avec l’équipe communication"]),
        W("Adecco", "Consultante en recrutement", "Lyon", "2011 – 2014", "2011", "2014", [
            "Gestion d’un portefeuille de 25 clients PME de l’industrie et de la logistique"]),
        W("Renault Trucks", "Stagiaire assistante RH", "Saint-Priest", "janvier – juin 2011", "2011-01", "2011-06", [
            "Stage de fin d’études : mise à jour des fiches de poste et suivi des entretiens annuels"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}** — {institution}", "__{dates}__"]),
    education=[
        E("Université Jean Moulin Lyon 3 (IAE Lyon)", "Master", "Gestion des ressources humaines", "2009 – 2011", "2009", "2011"),
        E("Université Lumière Lyon 2", "Licence", "Administration économique et sociale", "2006 – 2009", "2006", "2009"),
    ],
    skills=dict(style="line", groups=[("COMPÉTENCES", ["Recrutement", "Droit social", "GPEC", "Relations sociales", "Workday", "Talentsoft", "Paie ADP"])]),
    langs=dict(style="line", sep=" – ", fmt="{language}" + N + ": {fluency}", items=[("Anglais", "courant (TOEIC 915)"), ("Italien", "notions")]),
)

benali = dict(
    file="benali-libreoffice-docx",
    lang="fr", locale="fr-FR", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Carlito); 'Title – Employer' in bold with abbreviated dates right-aligned on a tab stop, town in italics below",
    traps=["abbreviated French months with dots ('janv.', 'févr.', 'sept.', 'déc.')", "'aujourd’hui' with a typographic apostrophe",
           "département number in the place ('Toulouse (31)')", "consulting employer with the client named in a highlight",
           "fluency with a comma inside parentheses"],
    style=dict(page="a4", font="Carlito", heading="bold-rule", size=11),
    name="Yassine Benali", label="Ingénieur systèmes avioniques",
    email="yassine.benali@example.net", phone="+33 6 48 27 91 05",
    city="Toulouse", country="FR",
    profiles=[dict(network="LinkedIn", username="yassine-benali", url="https://www.linkedin.com/in/yassine-benali", text="linkedin.com/in/yassine-benali")],
    contact=[["Toulouse (31)", "{phone}", "{email}", "{p:LinkedIn}"]],
    summary="Ingénieur systèmes avec douze ans d’expérience dans l’aéronautique et le spatial, de la rédaction des exigences aux essais d’intégration. Habitué aux processus de certification et au travail avec les équipementiers.",
    sections=[("summary", "Profil"), ("work", "Expérience professionnelle"), ("edu", "Formation"), ("skills", "Compétences techniques"),
              ("langs", "Langues"), ("blocks", "Centres d’intérêt", [("p", "Vol à voile (brevet de pilote planeur), club d’astronomie de Ramonville.")])],
    work_fmt=dict(lines=["**{position} – {name}**", "__{location}__"], right="{dates}"),
    work=[
        W("ATR", "Ingénieur systèmes avioniques", "Blagnac", "janv. 2019 – aujourd’hui", "2019-01", None, [
            "Définition et validation des exigences du système de gestion de vol des avions régionaux ATR 42 et 72",
            "Animation des revues de conception avec les équipementiers",
            "Rédaction des dossiers de certification selon l’ARP4754A"]),
        W("CNES", "Ingénieur intégration et tests", "Toulouse", "sept. 2015 – déc. 2018", "2015-09", "2018-12", [
            "Intégration et essais d’instruments pour des microsatellites d’observation de la Terre",
            "Écriture de procédures de test automatisées en Python"]),
        W("Altran Technologies", "Ingénieur consultant", "Toulouse", "févr. 2013 – août 2015", "2013-02", "2015-08", [
            "Mission chez Safran Electrical & Power : tests de logiciels embarqués DO-178C niveau B"]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} – {area}"], right="{dates}"),
    education=[
        E("ISAE-SUPAERO", "Diplôme d’ingénieur", "Systèmes embarqués", "2009 – 2012", "2009", "2012"),
        E("Lycée Pierre-de-Fermat", "Classes préparatoires", "MP", "2007 – 2009", "2007", "2009"),
    ],
    skills=dict(style="groups", label_fmt="**{label}" + N + ":** ", groups=[
        ("Normes", ["DO-178C", "ARP4754A", "DO-254"]),
        ("Outils", ["IBM DOORS", "MATLAB/Simulink", "SCADE", "Python"]),
    ]),
    langs=dict(style="line", sep=" · ", items=[("Français", "langue maternelle"), ("Arabe", "bilingue"), ("Anglais", "courant, TOEIC 950")]),
)

delafontaine = dict(
    file="delafontaine-chromium-pipes",
    lang="fr", locale="fr-FR", producer="chromium",
    layout="one-column HTML CV printed by Chromium (A4); surname in capitals; one line per job 'Title | Employer, Town | Dates'",
    traps=["surname in capitals with particle ('Hélène DE LA FONTAINE')", "'Title | Employer | Dates' with pipes", "'depuis 2023'",
           "'janv. – juin 2014' (month only on the start)", "soft hyphens in the profile", "non-breaking spaces in the phone",
           "pro bono work in the same pipe layout (not employment)", "Paris postcode 75017"],
    style=dict(page="a4", layout="one", font="'Liberation Serif', serif", accent="#2b2b2b"),
    name="Hélène de La Fontaine", name_print="Hélène DE LA FONTAINE", label="Directrice juridique adjointe",
    email="helene.delafontaine@example.com", phone=f"07{N}81{N}62{N}44{N}90",
    city="Paris", country="FR",
    profiles=[dict(network="LinkedIn", username="helene-de-la-fontaine", url="https://www.linkedin.com/in/helene-de-la-fontaine", text="linkedin.com/in/helene-de-la-fontaine")],
    contact=[["75017 Paris", "{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" · ",
    sections=[("summary", "Profil"), ("work", "Parcours professionnel"), ("edu", "Formation"), ("skills", "Compétences"),
              ("langs", "Langues"),
              ("blocks", "Engagements", [("entry", "**Avocate bénévole** | Droits d’urgence, Paris | depuis 2016", None),
                                         ("p", "Permanences juridiques mensuelles pour des personnes en situation de précarité.")])],
    work_fmt=dict(lines=["**{position}** | {name}, {location} | {dates}"]),
    work=[
        W("Renault Group", "Directrice juridique adjointe", "Boulogne-Billancourt", "depuis 2023", "2023", None, [
            "Encadrement de six juristes (contrats, concurrence, conformité)",
            "Négociation des partenariats industriels dans le véhicule électrique",
            "Pilotage du programme de conformité Sapin II"]),
        W("TotalEnergies", "Juriste senior droit des contrats", "Courbevoie", "2019 – 2023", "2019", "2023", [
            "Contrats d’approvisionnement et de construction pour des centrales solaires en Europe",
            "Formation des acheteurs aux clauses de responsabilité"]),
        W("Gide Loyrette Nouel", "Avocate collaboratrice", "Paris", "2015 – 2019", "2015", "2019", [
            "Fusions-acquisitions et contrats commerciaux pour des clients industriels"]),
        W("Gide Loyrette Nouel", "Élève-avocate (stage final)", "Paris", "janv. – juin 2014", "2014-01", "2014-06", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}** | {institution} | {dates}"]),
    education=[
        E("École de formation professionnelle des barreaux de la cour d’appel de Paris (EFB)", "CAPA", None, "2014", None, "2014",
          lines=["**{studyType}** | {institution} | {dates}"]),
        E("Université Paris 1 Panthéon-Sorbonne", "Master 2", "Droit des affaires et fiscalité", "2012 – 2013", "2012", "2013"),
        E("Université Paris 1 Panthéon-Sorbonne", "Licence", "Droit", "2008 – 2011", "2008", "2011"),
    ],
    skills=dict(style="line", sep=" · ", groups=[("Compétences", ["Droit des contrats", "Fusions-acquisitions", "Conformité (Sapin II)", "Droit de la concurrence", "Négociation"])]),
    langs=dict(style="line", sep=" | ", fmt="{language}" + N + ": {fluency}", items=[("Anglais", "bilingue"), ("Allemand", "B2")]),
)
delafontaine["summary"] = ("Juriste d’affaires, ancienne avocate, spécialisée en contrats industriels et en confor\u00admité. "
                           "J’accom\u00adpagne les direc\u00adtions opéra\u00adtionnelles dans leurs négo\u00adciations et je pilote "
                           "des programmes de confor\u00admité à l’échelle d’un groupe.")

rousseau = dict(
    file="rousseau-pdftex-cm",
    lang="fr", locale="fr-FR", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1); title in bold with the dates right-aligned by \\hfill, employer and town in italics below",
    traps=["pdfTeX text (TeX accents, no space characters)", "œ ligature ('Œnologue', 'œnologue')", "'depuis mars 2021'",
           "'août – novembre 2012' (month only on the start)", "seasonal harvest job abroad", "postcode 33460 in the place"],
    style=dict(paper="a4paper"),
    name="Antoine Rousseau", label="Maître de chai",
    email="antoine.rousseau@example.org", phone="06 12 84 37 59",
    city="Margaux", country="FR",
    contact=[["4 allée des Vignes, 33460 Margaux", "{phone}", "{email}"]],
    contact_sep="  |  ",
    summary="Œnologue diplômé, douze ans d’expérience entre laboratoire, négoce et château. Je conduis la vinification et l’élevage de vins de garde, avec un suivi analytique rigoureux et une équipe de chai soudée.",
    sections=[("summary", "Profil"), ("work", "Expérience professionnelle"), ("edu", "Formation"), ("skills", "Compétences"),
              ("langs", "Langues")],
    work_fmt=dict(lines=["**{position}**", "__{name}, {location}__"], right="{dates}"),
    work=[
        W("Château Lestrille-Cantenac", "Maître de chai", "Margaux", "depuis mars 2021", "2021-03", None, [
            "Responsable de la vinification et de l’élevage de 42 ha en AOC Margaux, soit 180 000 bouteilles par an",
            "Mise en place de la vinification parcellaire et d’un suivi analytique quotidien",
            "Encadrement de quatre cavistes et des équipes saisonnières"]),
        W("Dourthe", "Œnologue adjoint", "Parempuyre", "sept. 2016 – févr. 2021", "2016-09", "2021-02", [
            "Suivi des assemblages pour les marques de négoce (1,5 million de bouteilles)",
            "Dégustations techniques avec les propriétés partenaires"]),
        W("Laboratoire Sarco", "Technicien de laboratoire", "Bordeaux", "mai 2013 – août 2016", "2013-05", "2016-08", [
            "Analyses œnologiques de routine (SO2, acidité volatile, chromatographie)"]),
        W("Domaine Carneros", "Caviste saisonnier (vendanges)", "Napa, Californie", "août – novembre 2012", "2012-08", "2012-11", [
            "Réception de la vendange, remontages et nettoyage du chai"]),
    ],
    edu_fmt=dict(lines=["**{studyType}**", "__{institution}__"], right="{dates}"),
    education=[
        E("Institut des sciences de la vigne et du vin (ISVV), Université de Bordeaux", "Diplôme national d’œnologue", None, "2011 – 2013", "2011", "2013"),
        E("Université de Poitiers", "Licence", "Sciences de la vie", "2008 – 2011", "2008", "2011",
          lines=["**{studyType} {area}**", "__{institution}__"]),
    ],
    skills=dict(style="line", groups=[("Compétences", ["Vinification", "Élevage en barriques", "Assemblage", "Analyse sensorielle", "HACCP", "Viticulture biologique"])]),
    langs=dict(style="line", sep=" ; ", fmt="{language} : {fluency}", items=[("Anglais", "courant"), ("Espagnol", "intermédiaire")]),
)

giraud = dict(
    file="giraud-reportlab-headertable",
    lang="fr", locale="fr-FR", producer="reportlab",
    layout="one-column CV from ReportLab Platypus (Helvetica) with a two-cell header table (name and title left, contact right); 'Title · Employer' in bold with the dates right-aligned, town below",
    traps=["contact in a header table beside the name", "link text 'GitHub' differs from its target", "URL without a scheme",
           "'depuis octobre 2021'", "apprenticeship (alternance) as employment", "volunteering with 'depuis 2019' (not employment)",
           "standard-font bullets"],
    style=dict(page="a4", headtable=True),
    name="Élodie Giraud", label="Développeuse full-stack",
    email="elodie.giraud@example.com", phone="+33 6 33 72 18 04",
    city="Nantes", country="FR",
    url="https://elodiegiraud.example.net", url_text="elodiegiraud.example.net",
    profiles=[dict(network="GitHub", username="egiraud", url="https://github.com/egiraud", text="GitHub")],
    contact=[["Nantes (44)"], ["{phone}"], ["{email}"], ["{p:GitHub}", "{url}"]],
    contact_sep=" · ",
    summary="Développeuse web depuis dix ans, côté serveur comme côté navigateur. J’aime les bases de code lisibles, les tests qui servent vraiment et les équipes où l’on se relit.",
    sections=[("summary", "Profil"), ("work", "Expériences"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues"),
              ("blocks", "Engagements", [("entry", "**Co-organisatrice** · NantesTech Meetup", "depuis 2019"),
                                         ("p", "Organisation de rencontres mensuelles et d’un atelier de découverte du code pour lycéennes.")])],
    work_fmt=dict(lines=["**{position} · {name}**", "{location}"], right="{dates}"),
    work=[
        W("Lengow", "Développeuse full-stack senior", "Nantes", "depuis octobre 2021", "2021-10", None, [
            "Connecteurs de places de marché en PHP 8 et Symfony, 40 000 flux traités par jour",
            "Migration du front-office d’Angular vers Vue 3 et TypeScript",
            "Référente qualité : tests, revues de code, intégration continue GitLab"]),
        W("Akeneo", "Développeuse PHP/Symfony", "Nantes", "mars 2018 – septembre 2021", "2018-03", "2021-09", [
            "Contributions au cœur open source du PIM (API REST, imports et exports)"]),
        W("Sopra Steria", "Développeuse junior", "Nantes", "septembre 2016 – février 2018", "2016-09", "2018-02", [
            "Applications de gestion pour un client bancaire (Java, Angular)"]),
        W("Ouest-France", "Apprentie développeuse", "Rennes", "septembre 2013 – août 2016", "2013-09", "2016-08", [
            "Alternance : outils internes de la rédaction (PHP, MySQL)"]),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}** · {institution}"], right="{dates}"),
    education=[
        E("IMT Atlantique", "Diplôme d’ingénieur", "informatique (par apprentissage)", "2013 – 2016", "2013", "2016",
          lines=["**{studyType} en {area}** · {institution}"]),
        E("IUT de Nantes", "DUT", "Informatique", "2011 – 2013", "2011", "2013"),
    ],
    skills=dict(style="groups", label_fmt="**{label} :** ", groups=[
        ("Back-end", ["PHP", "Symfony", "Node.js", "PostgreSQL"]),
        ("Front-end", ["Vue.js", "TypeScript", "Angular"]),
        ("Outils", ["Docker", "GitLab CI", "PHPUnit"]),
    ]),
    langs=dict(style="line", sep=" · ", fmt="{language} — {fluency}", items=[("Anglais", "B2 (lu, écrit, parlé)"), ("Breton", "notions")]),
)

perrin = dict(
    file="perrin-libreoffice-docx",
    lang="fr", locale="fr-FR", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Liberation Sans); one line per job starting with the dates in bold and a colon: 'Dates : Title, Employer (Town)'",
    traps=["dates first with a colon", "'2020 – aujourd’hui'", "town in parentheses after the employer", "'Marcq-en-Barœul' (œ)",
           "'depuis 2017' in a miscellaneous line (not employment)", "languages separated by a semicolon"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-caps-rule", size=10.5),
    name="Julien Perrin", label="Key Account Manager – Grande distribution",
    email="julien.perrin@example.org", phone="06 58 14 92 37",
    city="Lille", country="FR",
    contact=[["59000 Lille", "{phone}", "{email}"]],
    summary="Commercial grands comptes, dix ans d’expérience en produits de grande consommation et en distribution spécialisée. Négociation annuelle, plans promotionnels, suivi de la rentabilité : je tiens les chiffres et la relation.",
    sections=[("summary", "Profil"), ("work", "Expériences professionnelles"), ("edu", "Formation"), ("skills", "Compétences"),
              ("langs", "Langues"), ("blocks", "Divers", [("p", "Permis B – Football en club : entraîneur bénévole des U13 depuis 2017")])],
    work_fmt=dict(lines=["**{dates} :** {position}, {name} ({location})"]),
    work=[
        W("Bonduelle", "Key Account Manager GMS", "Villeneuve-d’Ascq", "2020 – aujourd’hui", "2020", None, [
            "Négociation annuelle avec deux enseignes nationales (chiffre d’affaires de 48 M€)",
            "Construction des plans promotionnels et suivi de la rentabilité par enseigne"]),
        W("Lesaffre", "Chef de secteur", "Marcq-en-Barœul", "2016 – 2020", "2016", "2020", [
            "Animation d’un portefeuille de 70 boulangeries industrielles et artisanales",
            "Lancement de deux gammes de levures bio dans la région Hauts-de-France"]),
        W("Boulanger", "Manager de rayon", "Lesquin", "2013 – 2016", "2013", "2016", [
            "Management de 12 conseillers de vente ; chiffre d’affaires du rayon de 6 M€"]),
    ],
    edu_fmt=dict(lines=["**{dates} :** {studyType} {area}, {institution}"]),
    education=[
        E("SKEMA Business School", "Master", "Management international", "2011 – 2013", "2011", "2013"),
        E("Lycée Gaston Berger", "BTS", "Négociation et relation client", "2009 – 2011", "2009", "2011"),
    ],
    skills=dict(style="line", groups=[("Compétences", ["Négociation grands comptes", "Category management", "Salesforce", "Nielsen", "Excel avancé"])]),
    langs=dict(style="line", sep=" ; ", fmt="{language} : {fluency}", items=[("Anglais", "courant"), ("néerlandais", "intermédiaire")]),
)

PEOPLE = [bouchard, benali, delafontaine, rousseau, giraud, perrin]
