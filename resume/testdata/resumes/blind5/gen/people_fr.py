"""French resumes of the fifth blind set. Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

beaumanoir = dict(
    file="beaumanoir-libreoffice-parcours",
    lang="fr", locale="fr-FR", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Liberation Sans); 'Parcours professionnel' with 'Title — Employer, Town' in bold and the dates written with an arrow ('2019 → aujourd’hui') right-aligned on a tab stop",
    traps=["dates with an arrow ('2014 → 2019', '2019 → aujourd’hui')", "'Parcours professionnel' as the work heading",
           "Saint-Nazaire postcode 44600", "phone with non-breaking spaces", "vie associative with dates (not employment)", "école before diplôme"],
    style=dict(page="a4", font="Liberation Sans", heading="plain-caps-rule", size=10.5),
    name="Gwenaëlle Beaumanoir", label="Cheffe de projet éolien en mer",
    email="gwenaelle.beaumanoir@example.fr", phone="06" + NBSP + "71" + NBSP + "28" + NBSP + "44" + NBSP + "05",
    city="Saint-Nazaire", country="FR",
    contact=[["9 rue de la Paix, 44600 Saint-Nazaire", "{phone}", "{email}"]],
    contact_sep="  —  ",
    summary="Ingénieure en génie maritime, dix ans de projets d’énergies marines, du développement à la mise en service.",
    sections=[("summary", "Profil"), ("work", "Parcours professionnel"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues"),
              ("blocks", "Vie associative", [("entry", "**Trésorière — Les Voiles de l’Erdre, Nantes**", "2016 → 2021")])],
    work_fmt=dict(lines=["**{position} — {name}, {location}**"], right="{dates}"),
    work=[
        W("Éoliennes en Mer Îles d’Yeu et de Noirmoutier", "Cheffe de projet", "Nantes", "2019 → aujourd’hui", "2019", None, [
            "Pilotage des études de sol et du raccordement (496 MW)."]),
        W("Naval Énergies", "Ingénieure hydrodynamique", "Indret", "2014 → 2019", "2014", "2019", [
            "Dimensionnement des flotteurs pour hydroliennes."]),
    ],
    edu_fmt=dict(lines=["**{institution}** — {studyType}, {area}"], right="{dates}"),
    education=[E("École Centrale de Nantes", "Diplôme d’ingénieur", "génie océanique", "2011 → 2014", "2011", "2014")],
    skills=dict(style="groups", groups=[("Techniques", ["OrcaFlex", "MATLAB", "études de houle"]), ("Gestion", ["MS Project", "contrats FIDIC"])]),
    langs=dict(items=[("Anglais", "courant"), ("Breton", "notions")], style="line"),
)

fontanieu = dict(
    file="fontanieu-libreoffice-docx-chez",
    lang="fr", locale="fr-FR", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Carlito); 'Expériences professionnelles' with 'Title chez Employer' in bold and abbreviated dates right-aligned on a tab stop, town in italics below",
    traps=["'Title chez Employer' on one line", "abbreviated months ('sept. 2016 – août 2021')", "'Depuis sept. 2021'",
           "Vichy postcode 03200", "stage in the employment section", "degree before school"],
    style=dict(page="a4", font="Carlito", heading="bold-rule", size=11),
    name="Bastien Fontanieu", label="Ingénieur qualité",
    email="bastien.fontanieu@example.fr", phone="06 44 19 83 27",
    city="Vichy", country="FR",
    contact=[["18 rue Lucas, 03200 Vichy"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Ingénieur qualité fournisseurs dans le caoutchouc et la plasturgie, habitué aux audits IATF.",
    sections=[("summary", "Profil"), ("work", "Expériences professionnelles"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues")],
    work_fmt=dict(lines=["**{position} chez {name}**", "__{location}__"], right="{dates}"),
    work=[
        W("Michelin", "Ingénieur qualité fournisseurs", "Clermont-Ferrand", "Depuis sept. 2021", "2021-09", None, [
            "Suivi de 35 fournisseurs de mélanges."]),
        W("Trelleborg Sealing Solutions", "Technicien qualité", "Le Puy-en-Velay", "sept. 2016 – août 2021", "2016-09", "2021-08", []),
        W("Limagrain", "Stagiaire qualité", "Saint-Beauzire", "févr. 2016 – juil. 2016", "2016-02", "2016-07", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[E("Polytech Clermont", "Diplôme d’ingénieur", "génie physique", "2013 – 2016", "2013", "2016")],
    skills=dict(style="groups", groups=[("Qualité", ["AMDEC", "8D", "IATF 16949", "MSP"]), ("Outils", ["Minitab", "SAP QM"])]),
    langs=dict(items=[("Anglais", "professionnel"), ("Allemand", "scolaire")], style="line"),
)

lagarrigue = dict(
    file="lagarrigue-chromium-smallcaps",
    lang="fr", locale="fr-FR", producer="chromium",
    layout="one-column HTML CV printed by Chromium (A4); entry line 'Employer · Town' in small caps (CSS) with the dates right-aligned, title in bold on the line below; languages as a key-value table",
    traps=["employer in small caps on the entry line, title below", "dates 'mars 2020 → aujourd’hui' with an arrow", "Blagnac postcode 31700 in parentheses",
           "link text 'GitHub' differs from its target", "languages as a table", "bénévolat with dates (not employment)"],
    style=dict(page="a4", font="'Liberation Sans', sans-serif", accent="#6b2d5c"),
    name="Maëlys Lagarrigue", label="Développeuse embarquée",
    email="maelys.lagarrigue@example.fr", phone="07 61 42 09 38",
    city="Blagnac", country="FR",
    profiles=[dict(network="GitHub", username="mlagarrigue", url="https://github.com/mlagarrigue", text="GitHub")],
    contact=[["Blagnac (31700)", "{phone}", "{email}", "{p:GitHub}"]],
    contact_sep=" · ",
    summary="Développeuse C et Rust pour l’avionique et les satellites, certifications DO-178C.",
    sections=[("summary", "Profil"), ("work", "Expérience"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues"),
              ("blocks", "Bénévolat", [("entry", "^^Planète Sciences Occitanie · Toulouse^^", "2018 → 2022"), ("sub", "**Encadrante de clubs fusées**")])],
    work_fmt=dict(lines=["^^{name} · {location}^^", "**{position}**"], right="{dates}"),
    work=[
        W("Sodern", "Ingénieure logiciel de vol", "Toulouse", "mars 2020 → aujourd’hui", "2020-03", None, []),
        W("Liebherr-Aerospace", "Développeuse logiciel embarqué", "Toulouse", "sept. 2016 → févr. 2020", "2016-09", "2020-02", []),
    ],
    edu_fmt=dict(lines=["^^{institution}^^", "**{studyType} {area}**"], right="{dates}"),
    education=[E("ENSEEIHT", "Diplôme d’ingénieur", "informatique et télécommunications", "2013 → 2016", "2013", "2016")],
    skills=dict(style="groups", groups=[("Langages", ["C", "Rust", "Ada"]), ("Normes", ["DO-178C", "ECSS-E-ST-40C"])]),
    langs=dict(items=[("Anglais", "courant"), ("Espagnol", "intermédiaire")], style="kv"),
)

duvergier = dict(
    file="duvergier-pdftex-depuis",
    lang="fr", locale="fr-FR", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1); 'Expériences professionnelles' with 'Poste : Title' label lines under the employer in bold and the dates 'Depuis …' or 'de … à …' right-aligned by \\hfill",
    traps=["pdfTeX text (TeX accents, no space characters)", "'Poste : …' label before the title (not part of it)", "'Depuis octobre 2019'",
           "'de janvier 2015 à septembre 2019'", "Angers postcode 49100", "publications with years (not employment)"],
    style=dict(paper="a4paper"),
    name="Solène Duvergier", label="Responsable des ressources humaines",
    email="solene.duvergier@example.fr", phone="02 41 55 08 63",
    city="Angers", country="FR",
    contact=[["12 boulevard Foch, 49100 Angers", "{phone}", "{email}"]],
    contact_sep=" -- ",
    summary="RRH généraliste en industrie agroalimentaire, relations sociales et GPEC.",
    sections=[("summary", "Profil"), ("work", "Expériences professionnelles"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues"),
              ("blocks", "Publications", [("p", "L’entretien professionnel en PME, Revue RH\u00a0Ouest, 2021")])],
    work_fmt=dict(lines=["**{name}**, {location}", "Poste\u00a0: {position}"], right="{dates}"),
    work=[
        W("Cointreau", "Responsable RH", "Saint-Barthélemy-d’Anjou", "Depuis octobre 2019", "2019-10", None, []),
        W("Giffard", "Chargée de ressources humaines", "Avrillé", "de janvier 2015 à septembre 2019", "2015-01", "2019-09", []),
    ],
    edu_fmt=dict(lines=["**{studyType} {area}**", "{institution}"], right="{dates}"),
    education=[E("Université d’Angers", "Master", "gestion des ressources humaines", "2012 – 2014", "2012", "2014")],
    skills=dict(style="groups", groups=[("RH", ["paie", "GPEC", "relations sociales"]), ("SIRH", ["Cegid", "Lucca"])]),
    langs=dict(items=[("Anglais", "courant")], style="line"),
)

rocheteau = dict(
    file="rocheteau-reportlab-datetown",
    lang="fr", locale="fr-FR", producer="reportlab",
    layout="one-column CV from ReportLab Platypus (A4, Helvetica); each entry a bold first line with dates and town ('2016 – 2021 · Étaples'), then 'Title — Employer' with bullets",
    traps=["dates and town first, title and employer on the next line", "'2021 – aujourd’hui'", "Roubaix postcode 59100",
           "standard-font bullets", "alternance in the employment section", "referee with an email (not the candidate's)"],
    style=dict(page="a4"),
    name="Thibault Rocheteau", label="Acheteur industriel",
    email="thibault.rocheteau@example.fr", phone="+33 6 58 20 47 11",
    city="Roubaix", country="FR",
    contact=[["Grande Rue 88, 59100 Roubaix", "{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Acheteur dans le ferroviaire et l’équipement automobile, négociation et sourcing en Europe de l’Est.",
    sections=[("summary", "Profil"), ("work", "Expérience professionnelle"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues"),
              ("blocks", "Références", [("p", "Mme Claire Wattel, directrice achats, Alstom – claire.wattel@example.fr")])],
    work_fmt=dict(lines=["**{dates} · {location}**", "{position} — {name}"]),
    work=[
        W("Alstom", "Acheteur commodités", "Petite-Forêt", "2021 – aujourd’hui", "2021", None, [
            "Portefeuille de 22 M€ en pièces usinées."]),
        W("Valeo", "Acheteur projet", "Étaples", "2016 – 2021", "2016", "2021", ["Sourcing de faisceaux en Pologne et en Roumanie."]),
        W("Valeo", "Acheteur en alternance", "Étaples", "2014 – 2016", "2014", "2016", []),
    ],
    edu_fmt=dict(lines=["**{dates} · Lille**", "{studyType} {area} — {institution}"]),
    education=[E("IAE Lille", "Master", "achats internationaux", "2014 – 2016", "2014", "2016")],
    skills=dict(style="groups", groups=[("Achats", ["négociation", "sourcing", "analyse des coûts"]), ("Outils", ["SAP MM", "Coupa"])]),
    langs=dict(items=[("Anglais", "courant"), ("Polonais", "notions")], style="line"),
)

pelissier = dict(
    file="pelissier-libreoffice-employerparens",
    lang="fr", locale="fr-FR", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Caladea); headings in small caps with a rule; 'Title (Employer, Town)' in bold with the dates right-aligned on a tab stop; school before degree with both years",
    traps=["employer and town in parentheses after the title", "headings in small caps", "'depuis 2020'", "Libourne postcode 33500",
           "school before degree", "TOEIC score in a language line"],
    style=dict(page="a4", font="Caladea", heading="smallcaps-rule", size=11),
    name="Aurore Pélissier", label="Œnologue conseil",
    email="aurore.pelissier@example.fr", phone="06 85 33 19 42",
    city="Libourne", country="FR",
    contact=[["27 rue Gambetta, 33500 Libourne"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Œnologue conseil pour des domaines du Bordelais et du Bergeracois, vinification et assemblages.",
    sections=[("summary", "Profil"), ("work", "Expérience"), ("edu", "Formation"), ("skills", "Compétences"), ("langs", "Langues")],
    work_fmt=dict(lines=["**{position} ({name}, {location})**"], right="{dates}", hl="p"),
    work=[
        W("Laboratoire Œnoconseil Gironde", "Œnologue conseil", "Floirac", "depuis 2020", "2020", None, ["Suivi de 40 domaines, de la vendange à la mise en bouteille."]),
        W("Château Pape Clément", "Œnologue de chai", "Pessac", "2015 – 2020", "2015", "2020", ["Vinification des rouges et conduite des élevages."]),
    ],
    edu_fmt=dict(lines=["**{institution}**, {studyType} {area}"], right="{dates}"),
    education=[E("ISVV, Université de Bordeaux", "Diplôme national d’œnologue", None, "2013 – 2015", "2013", "2015")],
    skills=dict(style="groups", groups=[("Œnologie", ["analyse sensorielle", "assemblage", "élevage en barrique"])]),
    langs=dict(items=[("Anglais", "courant (TOEIC 915)"), ("Espagnol", "bon niveau")], style="line"),
)

PEOPLE = [beaumanoir, fontanieu, lagarrigue, duvergier, rocheteau, pelissier]
