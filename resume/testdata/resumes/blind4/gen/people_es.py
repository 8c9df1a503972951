"""Spanish resumes of the fourth blind set. Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

arrizabalaga = dict(
    file="arrizabalaga-libreoffice-actualmente",
    lang="es", locale="es-ES", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Liberation Sans); 'Experiencia laboral' with 'Title | Employer' in bold, then 'Town, dates' on the line below; 'Actualmente' as the end",
    traps=["title and employer on one line separated by a pipe", "town and dates on the second line after a comma",
           "'marzo 2019 – actualmente'", "Bilbao postcode 48001", "name with 'ñ' in the first name", "voluntariado with dates (not employment)"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-caps-rule", size=10.5),
    name="Iñaki Arrizabalaga", label="Ingeniero de procesos",
    email="inaki.arrizabalaga@example.es", phone="+34 644 218 903",
    city="Bilbao", country="ES",
    contact=[["Calle Ercilla 22, 48001 Bilbao"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Ingeniero químico con nueve años en refino y petroquímica, centrado en la optimización energética de unidades de proceso.",
    sections=[("summary", "Perfil"), ("work", "Experiencia laboral"), ("edu", "Formación académica"), ("skills", "Habilidades"),
              ("langs", "Idiomas"),
              ("blocks", "Voluntariado", [("p", "Cruz Roja Bizkaia, apoyo logístico, 2018 – 2020")])],
    work_fmt=dict(lines=["**{position} | {name}**", "{location}, {dates}"]),
    work=[
        W("Petronor", "Ingeniero de procesos sénior", "Muskiz", "marzo 2019 – actualmente", "2019-03", None, [
            "Optimización energética de la unidad de crudo; ahorro de 4,1 M€ al año",
            "Coordinación de la parada general de 2022"]),
        W("Sener Ingeniería y Sistemas", "Ingeniero de procesos", "Getxo", "septiembre 2015 – febrero 2019", "2015-09", "2019-02", [
            "Simulación en Aspen HYSYS para proyectos de plantas de hidrógeno"]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}, {dates}"]),
    education=[
        E("Universidad del País Vasco", "Máster", "Ingeniería Química", "2013 – 2015", "2013", "2015"),
        E("Universidad del País Vasco", "Grado", "Ingeniería Química", "2009 – 2013", "2009", "2013"),
    ],
    skills=dict(style="groups", groups=[("Simulación", ["Aspen HYSYS", "Aspen Plus", "PRO/II"]), ("Gestión", ["HAZOP", "Six Sigma"])]),
    langs=dict(style="line", items=[("Euskera", "nativo"), ("Español", "nativo"), ("Inglés", "C1")]),
)

valdelomar = dict(
    file="valdelomar-libreoffice-docx-cargo",
    lang="es", locale="es-ES", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Liberation Serif); 'Empresa (Town)' in bold, then 'Cargo: …' and 'Periodo: …' labelled lines; 'Actualmente' as the end",
    traps=["labels 'Cargo:' and 'Periodo:' before the title and the dates", "numeric dates '01/2021 – Actualmente'",
           "Córdoba postcode 14002", "two surnames", "prácticas (internship) as employment", "school before degree"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-rule", size=11),
    name="Rocío Valdelomar Ruano", label="Técnica de recursos humanos",
    email="rocio.valdelomar@example.es", phone="657 301 842",
    city="Córdoba", country="ES",
    profiles=[dict(network="LinkedIn", username="rociovaldelomar", url="https://www.linkedin.com/in/rociovaldelomar", text="linkedin.com/in/rociovaldelomar")],
    contact=[["Calle Claudio Marcelo 9, 14002 Córdoba"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" | ",
    summary="Técnica de recursos humanos especializada en selección y formación en el sector agroalimentario.",
    sections=[("summary", "Perfil profesional"), ("work", "Experiencia laboral"), ("edu", "Formación"), ("skills", "Competencias"),
              ("langs", "Idiomas")],
    work_fmt=dict(lines=["**{name}** ({location})", "Cargo: {position}", "Periodo: {dates}"]),
    work=[
        W("Deoleo", "Técnica de selección y formación", "Alcolea", "01/2021 – Actualmente", "2021-01", None, [
            "Selección de 150 perfiles al año para planta y oficinas",
            "Diseño del plan de formación en seguridad alimentaria"]),
        W("Grupo Eulen", "Consultora de selección", "Córdoba", "03/2017 – 12/2020", "2017-03", "2020-12", [
            "Procesos de selección para clientes industriales y logísticos"]),
        W("Grupo Eulen", "Prácticas en recursos humanos", "Sevilla", "09/2016 – 02/2017", "2016-09", "2017-02", []),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} en {area} ({dates})"]),
    education=[
        E("Universidad Loyola Andalucía", "Máster", "Dirección de Recursos Humanos", "2015 – 2016", "2015", "2016"),
        E("Universidad de Córdoba", "Grado", "Relaciones Laborales y Recursos Humanos", "2011 – 2015", "2011", "2015"),
    ],
    skills=dict(style="groups", groups=[("Herramientas", ["SAP SuccessFactors", "Workday", "Excel"]), ("Áreas", ["selección", "formación", "PRL"])]),
    langs=dict(style="line", items=[("Español", "nativo"), ("Inglés", "B2"), ("Portugués", "A2")]),
)

ibarrondo = dict(
    file="ibarrondo-chromium-employercol",
    lang="es", locale="es-ES", producer="chromium",
    layout="one-column HTML CV printed by Chromium (A4) with entries as two columns (CSS grid): employer and town in the left column, title with the dates right-aligned and the bullets in the right; skills as a two-column table",
    traps=["employer in a left column beside the title", "'Desde abril de 2022'", "Spanish dates with 'de' ('mayo de 2016 – marzo de 2022')",
           "Pamplona postcode 31002", "skills as a table", "two surnames"],
    style=dict(page="a4", font="'Liberation Sans', sans-serif", accent="#1f5c4a",
               css=".row { grid-template-columns: 48mm 1fr; } .row .when { font-weight: bold; color: #1f5c4a; }"),
    name="Gonzalo Ibarrondo Etxeberria", label="Jefe de proyectos de energías renovables",
    email="gonzalo.ibarrondo@example.com", phone="+34 948 227 514",
    city="Pamplona", country="ES",
    contact=[["Avenida de Carlos III 31, 31002 Pamplona", "{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Ingeniero industrial con doce años en proyectos eólicos y fotovoltaicos, desde la tramitación hasta la puesta en marcha.",
    sections=[("summary", "Perfil"), ("work", "Experiencia profesional"), ("edu", "Formación"), ("skills", "Conocimientos"),
              ("langs", "Idiomas")],
    work_fmt=dict(lines=["**{position}**"], right="{dates}", col="**{name}**, {location}"),
    work=[
        W("Acciona Energía", "Jefe de proyectos", "Sarriguren", "Desde abril de 2022", "2022-04", None, [
            "Dirección de dos parques fotovoltaicos con 320 MW en total",
            "Gestión de un equipo de ocho ingenieros y de los contratistas EPC"]),
        W("Nordex Energy Spain", "Ingeniero de proyectos", "Barasoain", "mayo de 2016 – marzo de 2022", "2016-05", "2022-03", [
            "Montaje y puesta en marcha de aerogeneradores en España y Chile"]),
        W("Ingeteam", "Ingeniero de pruebas", "Sarriguren", "julio de 2012 – abril de 2016", "2012-07", "2016-04", []),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**"], right="{dates}", col="{institution}"),
    education=[
        E("Universidad Pública de Navarra", "Máster", "Energías Renovables", "2011 – 2012", "2011", "2012"),
        E("Universidad de Navarra (Tecnun)", "Ingeniería", "Industrial", "2005 – 2011", "2005", "2011"),
    ],
    skills=dict(style="kv", groups=[("Software", ["PVsyst", "WindPRO", "MS Project"]), ("Gestión", ["PMP", "contratos EPC", "FIDIC"])]),
    langs=dict(style="kv", items=[("Español", "nativo"), ("Inglés", "C1"), ("Alemán", "B1")]),
)

santaolalla = dict(
    file="santaolalla-libreoffice-oneline",
    lang="es", locale="es-ES", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Carlito); headings in small caps with a rule; each job one line 'Employer, Title, dates' with the employer in bold, town in italics below; degree before school with the years right-aligned",
    traps=["headings in small caps", "employer, title and dates on one line separated by commas",
           "'2020 – Actualmente' years only", "Logroño postcode 26001", "two surnames", "publications with years (not employment)"],
    style=dict(page="a4", font="Carlito", heading="smallcaps-rule", size=11),
    name="Nerea Santaolalla Garrido", label="Enóloga",
    email="nerea.santaolalla@example.es", phone="+34 941 220 516",
    city="Logroño", country="ES",
    contact=[["Calle Portales 41, 26001 Logroño", "{phone}", "{email}"]],
    contact_sep=" | ",
    summary="Enóloga con experiencia en elaboración de vinos tintos de crianza y en control de calidad de bodega.",
    sections=[("summary", "Perfil"), ("work", "Experiencia laboral"), ("edu", "Formación"), ("skills", "Competencias"),
              ("langs", "Idiomas"),
              ("blocks", "Publicaciones", [("p", "Santaolalla N. (2019). Maceración prefermentativa en frío en Tempranillo. Revista Enólogos 121.")])],
    work_fmt=dict(lines=["**{name}**, {position}, {dates}", "__{location}__"]),
    work=[
        W("Bodegas Muga", "Enóloga", "Haro", "2020 – Actualmente", "2020", None, [
            "Seguimiento de fermentaciones y crianza de 2,5 millones de botellas al año"]),
        W("Bodegas Ontañón", "Técnica de laboratorio", "Logroño", "2016 – 2020", "2016", "2020", [
            "Análisis físico-químicos y microbiológicos de mostos y vinos"]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}"], right="{dates}"),
    education=[
        E("Universidad de La Rioja", "Máster", "Enología Innovadora", "2015 – 2016", "2015", "2016"),
        E("Universidad de La Rioja", "Grado", "Enología", "2011 – 2015", "2011", "2015"),
    ],
    skills=dict(style="groups", groups=[("Bodega", ["vinificación", "crianza en barrica", "cata"]), ("Laboratorio", ["FTIR", "HPLC", "APPCC"])]),
    langs=dict(style="line", items=[("Español", "nativo"), ("Francés", "B2"), ("Inglés", "B2")]),
)

urquiaga = dict(
    file="urquiaga-libreoffice-docx-table",
    lang="es", locale="es-ES", producer="libreoffice-docx",
    layout="one-column CV saved as DOCX (A4, Carlito) built from tables: the employer and town in the left cell, title in bold and 'Mes de AAAA – Actualidad' on the line below in the right cell; 'Competencias clave' as a bullet list",
    traps=["employer in the left table cell, title in the right", "Spanish dates with 'de' ('octubre de 2018 – Actualidad')",
           "Santander postcode 39001", "becaria as employment", "'Competencias clave' bullet list", "volunteering with dates (not employment)"],
    style=dict(page="a4", font="Carlito", heading="plain-caps-rule", size=10.5, colwidth="5cm"),
    name="Begoña Urquiaga", label="Arquitecta técnica",
    email="begona.urquiaga@example.es", phone="942 318 607",
    city="Santander", country="ES",
    contact=[["Calle Burgos 12, 39001 Santander"], ["{phone}", "{email}"]],
    contact_sep=" | ",
    summary="Arquitecta técnica con experiencia en dirección de ejecución de obra residencial y rehabilitación energética.",
    sections=[("summary", "Perfil"), ("work", "Experiencia laboral"), ("edu", "Formación"), ("skills", "Competencias clave"),
              ("langs", "Idiomas"),
              ("blocks", "Voluntariado", [("row", "Cáritas Santander", [("p", "Asesoramiento en vivienda, 2019 – 2021")])])],
    work_fmt=dict(lines=["**{position}**", "{dates}"], col="**{name}**, {location}"),
    work=[
        W("Grupo Amenábar Cantabria", "Directora de ejecución de obra", "Santander", "octubre de 2018 – Actualidad", "2018-10", None, [
            "Dirección de ejecución de 140 viviendas plurifamiliares",
            "Control de costes y planificación con Presto"]),
        W("Ascan Empresa Constructora", "Jefa de producción", "Torrelavega", "junio de 2014 – septiembre de 2018", "2014-06", "2018-09", [
            "Rehabilitación energética de edificios de los años sesenta"]),
        W("Ayuntamiento de Camargo", "Becaria de urbanismo", "Camargo", "enero de 2014 – mayo de 2014", "2014-01", "2014-05", []),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{dates}"], col="{institution}"),
    education=[
        E("Universidad de Cantabria", "Máster", "Eficiencia Energética en Edificación", "2016 – 2017", "2016", "2017"),
        E("Universidad de León", "Grado", "Arquitectura Técnica", "2009 – 2013", "2009", "2013"),
    ],
    skills=dict(style="ul", groups=[("Competencias clave", ["Presto", "AutoCAD", "CE3X", "BIM (Revit)", "coordinación de seguridad"])]),
    langs=dict(style="line", items=[("Español", "nativo"), ("Inglés", "B2")]),
)

PEOPLE = [arrizabalaga, valdelomar, ibarrondo, santaolalla, urquiaga]
