"""Spanish resumes of the third blind set. Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

carrasco = dict(
    file="carrasco-libreoffice-de",
    lang="es", locale="es-ES", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Carlito); title in bold with the dates right-aligned on a tab stop, 'Employer – Town' below; Spanish months with 'de' ('marzo de 2019')",
    traps=["Spanish dates with 'de' ('marzo de 2019 – junio de 2021')", "'desde julio de 2021'", "two surnames",
           "Zaragoza postcode 50004", "education with both years", "degree before school"],
    style=dict(page="a4", font="Carlito", heading="bold-rule", size=11),
    name="Alba Carrasco Medina", label="Ingeniera de procesos",
    email="alba.carrasco@example.es", phone="+34 676 218 904",
    city="Zaragoza", country="ES",
    profiles=[dict(network="LinkedIn", username="albacarrascomedina", url="https://www.linkedin.com/in/albacarrascomedina", text="linkedin.com/in/albacarrascomedina")],
    contact=[["Paseo de Pamplona 9, 50004 Zaragoza"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" · ",
    summary="Ingeniera química con ocho años de experiencia en mejora de procesos en la industria del automóvil y del papel. Lean, Six Sigma y mucho tiempo en planta.",
    sections=[("summary", "Perfil"), ("work", "Experiencia profesional"), ("edu", "Formación académica"), ("skills", "Conocimientos"),
              ("langs", "Idiomas")],
    work_fmt=dict(lines=["**{position}**", "{name} – {location}"], right="{dates}"),
    work=[
        W("Stellantis Figueruelas", "Ingeniera de procesos de pintura", "Figueruelas", "desde julio de 2021", "2021-07", None, [
            "Responsable de la línea de cataforesis: 1.200 carrocerías al día",
            "Reducción del consumo de gas en un 14 % con nuevas curvas de horno"]),
        W("Saica Group", "Técnica de mejora continua", "Zaragoza", "marzo de 2019 – junio de 2021", "2019-03", "2021-06", [
            "Proyectos Six Sigma en las máquinas de papel 9 y 10"]),
        W("BSH Electrodomésticos España", "Ingeniera en prácticas", "Montañana", "septiembre de 2017 – febrero de 2019", "2017-09", "2019-02", [
            "Apoyo al equipo de industrialización de lavavajillas"]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}"], right="{dates}"),
    education=[
        E("Universidad de Zaragoza", "Máster", "Ingeniería Química", "2015 – 2017", "2015", "2017"),
        E("Universidad de Zaragoza", "Grado", "Ingeniería Química", "2011 – 2015", "2011", "2015"),
    ],
    skills=dict(style="groups", groups=[("Metodologías", ["Lean Manufacturing", "Six Sigma Green Belt", "AMFE"]),
                                        ("Herramientas", ["Minitab", "SAP PP", "AutoCAD"])]),
    langs=dict(style="line", items=[("Inglés", "C1"), ("Francés", "B1")]),
)

soler = dict(
    file="soler-libreoffice-docx-datecol",
    lang="es", locale="es-ES", producer="libreoffice-docx",
    layout="one-column CV saved as DOCX (A4, Liberation Sans) built from tables: dates at the line start in the left column, title in bold and employer below in the right; skills as a key-value table",
    traps=["dates in the left table column", "numeric dates '09/2020 – actualidad'", "skills as a table", "two surnames",
           "Málaga postcode 29016", "becario as employment", "volunteering with dates in the same table layout (not employment)"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-caps-rule", size=10.5, colwidth="3.8cm"),
    name="Rubén Soler Navarro", label="Desarrollador backend",
    email="ruben.soler@example.com", phone="652 18 47 30",
    city="Málaga", country="ES",
    profiles=[dict(network="GitHub", username="rsolernav", url="https://github.com/rsolernav", text="github.com/rsolernav")],
    contact=[["Calle Victoria 31, 29016 Málaga", "{phone}"], ["{email}", "{p:GitHub}"]],
    contact_sep=" | ",
    summary="Desarrollador backend con siete años de experiencia en Java y Go, sobre todo en pagos y turismo.",
    sections=[("summary", "Perfil"), ("work", "Experiencia"), ("edu", "Formación"), ("skills", "Habilidades técnicas"), ("langs", "Idiomas"),
              ("blocks", "Voluntariado", [("row", "2019 – 2022", [("entry", "**Mentor**", None), ("sub", "Código Mujer Málaga")])])],
    work_fmt=dict(lines=["**{position}**", "{name}, {location}"], col="{dates}"),
    work=[
        W("Dekra Digital Hub", "Desarrollador backend senior", "Málaga", "09/2020 – actualidad", "2020-09", None, [
            "Microservicios en Go para la gestión de inspecciones de vehículos",
            "Migración de colas RabbitMQ a Kafka"]),
        W("Hotelbeds", "Desarrollador Java", "Palma", "03/2017 – 08/2020", "2017-03", "2020-08", [
            "API de disponibilidad hotelera con 5.000 peticiones por segundo"]),
        W("Universidad de Málaga", "Becario de investigación", "Málaga", "10/2016 – 02/2017", "2016-10", "2017-02", [
            "Beca de colaboración en el grupo de ingeniería del software"]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}"], col="{dates}"),
    education=[
        E("Universidad de Málaga", "Grado", "Ingeniería Informática", "2012 – 2016", "2012", "2016"),
    ],
    skills=dict(style="kv", groups=[("Lenguajes", ["Go", "Java", "Kotlin", "SQL"]), ("Plataformas", ["Kafka", "PostgreSQL", "AWS", "Docker"])]),
    langs=dict(style="kv", items=[("Inglés", "B2"), ("Italiano", "A2")]),
)

montenegro = dict(
    file="montenegro-libreoffice-docx-keyskills",
    lang="es", locale="es-ES", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Carlito); 'Competencias clave' as a bullet list at the top; employer first with the title after a comma in bold, dates in italics on the line below",
    traps=["employer first, title after a comma", "'Competencias clave' bullet list", "'Desde Enero de 2020'", "capitalised months with 'de' ('Mayo de 2015 – Diciembre de 2019')",
           "A Coruña postcode 15003", "landline written +34 981 …"],
    style=dict(page="a4", font="Carlito", heading="plain-caps-rule", size=11),
    name="Irene Montenegro Paz", label="Responsable de compras",
    email="irene.montenegro@example.es", phone="+34 981 44 27 63",
    city="A Coruña", country="ES",
    contact=[["Rúa Real 24, 15003 A Coruña", "{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Responsable de compras en moda y distribución, con experiencia negociando con proveedores de Portugal, Marruecos y Turquía.",
    sections=[("summary", "Perfil profesional"), ("skills", "Competencias clave"), ("work", "Experiencia laboral"), ("edu", "Formación"),
              ("langs", "Idiomas")],
    work_fmt=dict(lines=["**{name}, {position}**", "__{dates}__ — {location}"]),
    work=[
        W("Inditex", "Responsable de compras de tejido", "Arteixo", "Desde Enero de 2020", "2020-01", None, [
            "Negociación anual con 35 proveedores de tejido por valor de 60 millones de euros",
            "Implantación de criterios de compra sostenible"]),
        W("Gadis", "Técnica de compras", "Betanzos", "Mayo de 2015 – Diciembre de 2019", "2015-05", "2019-12", [
            "Compras de perecederos para 200 supermercados"]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}, {dates}"]),
    education=[
        E("Universidade da Coruña", "Máster", "Dirección de Empresas", "2014 – 2015", "2014", "2015"),
        E("Universidade de Santiago de Compostela", "Grado", "Administración y Dirección de Empresas", "2010 – 2014", "2010", "2014"),
    ],
    skills=dict(style="ul", groups=[("Competencias clave", ["Negociación con proveedores", "Gestión de categorías", "SAP MM",
                                                            "Análisis de costes", "Compras sostenibles"])]),
    langs=dict(style="line", items=[("Gallego", "nativo"), ("Inglés", "avanzado"), ("Portugués", "intermedio")]),
)

villalobos = dict(
    file="villalobos-chromium-sidebar-right",
    lang="es", locale="es-ES", producer="chromium",
    layout="two columns printed by Chromium (A4): main column on the left (perfil, experiencia, voluntariado) and a dark sidebar on the right (contact with icons, education, skills, languages); headings in small caps; 'Title — Employer' in bold, dates and town below",
    traps=["sidebar right (two columns)", "education only in the right sidebar", "headings in small caps (CSS)", "icon glyphs before phone, email and place",
           "'Ene. 2022 – Actualidad'", "Valladolid postcode 47002", "volunteering with dates (not employment)"],
    style=dict(page="a4", layout="sidebar-right", dark=True, font="'DejaVu Sans', sans-serif", accent="#2e4a3b",
               css="h2 { text-transform: none; font-variant: small-caps; letter-spacing: 0.5pt; font-size: 12.5pt; }"),
    name="Sergio Villalobos Prieto", label="Técnico de prevención de riesgos laborales",
    email="sergio.villalobos@example.com", phone="+34 983 55 61 20",
    city="Valladolid", country="ES",
    profiles=[dict(network="LinkedIn", username="sergiovillalobosprieto", url="https://www.linkedin.com/in/sergiovillalobosprieto", text="LinkedIn")],
    icons={"email": "✉ ", "phone": "☎ ", "city": "⌂ ", "link": "➜ "},
    contact=[["{phone}"], ["{email}"], ["{city}C/ Santiago 12, 47002 Valladolid"], ["{p:LinkedIn}"]],
    contact_sep="",
    contact_in="side",
    summary="Técnico superior en prevención con diez años en construcción y automoción. Coordinación de seguridad en obra y formación de equipos.",
    side=[("contact", "Contacto"), ("edu", "Formación"), ("skills", "Habilidades"), ("langs", "Idiomas")],
    sections=[("summary", "Perfil"), ("work", "Experiencia"),
              ("blocks", "Voluntariado", [("entry", "**Socorrista** — Cruz Roja Valladolid", None), ("sub", "2016 – 2020")])],
    work_fmt=dict(lines=["**{position} — {name}**", "{dates} · {location}"]),
    work=[
        W("Renault España", "Técnico de prevención", "Valladolid", "Ene. 2022 – Actualidad", "2022-01", None, [
            "Evaluación de riesgos ergonómicos en la línea de montaje",
            "Formación en seguridad para 600 operarios al año"]),
        W("Grupo Lince", "Coordinador de seguridad y salud", "Valladolid", "Feb. 2016 – Dic. 2021", "2016-02", "2021-12", [
            "Coordinación de seguridad en obras de edificación residencial"]),
        W("Sociedad de Prevención Fremap", "Técnico de prevención junior", "Burgos", "Sep. 2014 – Ene. 2016", "2014-09", "2016-01", [
            "Visitas técnicas a empresas clientes del sector metal"]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}", "{dates}"]),
    education=[
        E("Universidad de Valladolid", "Máster", "Prevención de Riesgos Laborales", "2013 – 2014", "2013", "2014"),
        E("Universidad de Burgos", "Grado", "Ingeniería de Edificación", "2009 – 2013", "2009", "2013"),
    ],
    skills=dict(style="ul", groups=[("Habilidades", ["Evaluación de riesgos", "Coordinación de seguridad", "Ergonomía", "Investigación de accidentes", "Presto"])]),
    langs=dict(style="lines", fmt="{language}: {fluency}", items=[("Inglés", "B2"), ("Francés", "A2")]),
)

pena = dict(
    file="pena-libreoffice-parens",
    lang="es", locale="es-ES", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Liberation Serif); title in bold with the dates in parentheses after it, employer and town below; school before degree with both years",
    traps=["dates in parentheses after the title", "lower-case months ('abril 2018 – actualidad')", "school before degree",
           "name with 'ñ' and two surnames", "Murcia postcode 30001", "internship as employment", "courses as certificates"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-rule", size=11),
    name="Lorena Peña Castillo", label="Enfermera especialista en pediatría",
    email="lorena.pena@example.es", phone="+34 968 21 45 07",
    city="Murcia", country="ES",
    contact=[["Plaza de Santo Domingo 3, 30001 Murcia"], ["{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Enfermera especialista en pediatría con experiencia en urgencias y cuidados intensivos neonatales.",
    sections=[("summary", "Perfil"), ("work", "Experiencia profesional"), ("edu", "Formación"), ("certs", "Cursos"), ("skills", "Competencias"),
              ("langs", "Idiomas")],
    work_fmt=dict(lines=["**{position}** ({dates})", "{name}, {location}"]),
    work=[
        W("Hospital Clínico Universitario Virgen de la Arrixaca", "Enfermera especialista en pediatría", "El Palmar", "abril 2018 – actualidad", "2018-04", None, [
            "Urgencias pediátricas y unidad de cuidados intensivos neonatales"]),
        W("Hospital General Universitario Reina Sofía", "Enfermera", "Murcia", "junio 2014 – marzo 2018", "2014-06", "2018-03", [
            "Planta de medicina interna y hospital de día"]),
        W("Hospital Quirónsalud Murcia", "Enfermera en prácticas", "Murcia", "enero 2014 – mayo 2014", "2014-01", "2014-05", [
            "Prácticas de último curso en quirófano"]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "{studyType} en {area} ({dates})"]),
    education=[
        E("Universidad de Murcia", "Especialidad (EIR)", "Enfermería Pediátrica", "2016 – 2018", "2016", "2018"),
        E("Universidad Católica San Antonio de Murcia", "Grado", "Enfermería", "2010 – 2014", "2010", "2014"),
    ],
    certs=[C("Soporte Vital Avanzado Pediátrico", "Grupo Español de RCP Pediátrica y Neonatal", "2022",
             "Soporte Vital Avanzado Pediátrico, Grupo Español de RCP Pediátrica y Neonatal, 2022")],
    skills=dict(style="line", groups=[("Competencias", ["Cuidados neonatales", "Triaje pediátrico", "Selene", "Educación sanitaria"])]),
    langs=dict(style="line", items=[("Inglés", "B2")]),
)

PEOPLE = [carrasco, soler, montenegro, villalobos, pena]
