"""Spanish resumes of the fifth blind set. Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

roldan = dict(
    file="roldan-libreoffice-trayectoria",
    lang="es", locale="es-ES", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Liberation Sans); 'Trayectoria profesional' with the title in bold, 'Employer – Town' below and the dates followed by a duration in parentheses ('2017 – 2021 (4 años)') in italics",
    traps=["durations in parentheses after the dates ('(4 años)', '(2 años y 3 meses)')", "'Trayectoria profesional' as the work heading",
           "'Desde 2021'", "two surnames", "Gandia postcode 46701", "degree before school"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-rule", size=10.5),
    name="Candela Roldán Quiroga", label="Técnica de prevención de riesgos laborales",
    email="candela.roldan@example.es", phone="+34 655 21 90 47",
    city="Gandia", country="ES",
    contact=[["Calle Mayor 38, 46701 Gandia"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Técnica superior en PRL con experiencia en construcción y logística portuaria.",
    sections=[("summary", "Perfil"), ("work", "Trayectoria profesional"), ("edu", "Formación"), ("skills", "Competencias"), ("langs", "Idiomas")],
    work_fmt=dict(lines=["**{position}**", "{name} – {location}", "__{dates} ({dur})__"]),
    work=[
        W("Noatum Ports", "Técnica de PRL", "Valencia", "Desde 2021", "2021", None, [], dur="3 años"),
        W("Grupo Bertolín", "Técnica de PRL en obra", "Valencia", "2017 – 2021", "2017", "2021", [], dur="4 años"),
        W("Grupo Lobe Construcción", "Becaria de prevención", "Madrid", "septiembre 2015 – noviembre 2017", "2015-09", "2017-11", [], dur="2 años y 3 meses"),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}, {dates}"]),
    education=[
        E("Universidad de Alicante", "Máster", "Prevención de Riesgos Laborales", "2016", None, "2016"),
        E("Universidad de Extremadura", "Grado", "Ingeniería de Edificación", "2011 – 2015", "2011", "2015"),
    ],
    skills=dict(style="groups", groups=[("Prevención", ["evaluación de riesgos", "coordinación de actividades", "planes de emergencia"]),
                                        ("Herramientas", ["Presto", "AutoCAD"])]),
    langs=dict(items=[("Castellano", "nativo"), ("Valenciano", "C1"), ("Inglés", "B2")], style="line"),
)

escribano = dict(
    file="escribano-libreoffice-docx-en",
    lang="es", locale="es-ES", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Carlito); 'Experiencia laboral' with 'Title en Employer (Town)' in bold and numeric dates on the line below ('03/2017 - 02/2021'); 'Actualmente' for the current job",
    traps=["'Title en Employer (Town)' on one line", "'09/2021 - Actualmente' with a hyphen", "town in parentheses",
           "Salamanca postcode 37002", "prácticas in the employment section", "voluntariado with dates (not employment)"],
    style=dict(page="a4", font="Carlito", heading="bold-caps-rule", size=11),
    name="Álvaro Escribano Merino", label="Analista de datos",
    email="alvaro.escribano@example.es", phone="623 48 71 05",
    city="Salamanca", country="ES",
    profiles=[dict(network="LinkedIn", username="alvaroescribano", url="https://www.linkedin.com/in/alvaroescribano", text="LinkedIn")],
    contact=[["Calle Zamora 21, 37002 Salamanca"], ["{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" | ",
    summary="Analista de datos en banca y telecomunicaciones; SQL, Python y cuadros de mando.",
    sections=[("summary", "Perfil"), ("work", "Experiencia laboral"), ("edu", "Formación académica"), ("skills", "Conocimientos"), ("langs", "Idiomas"),
              ("blocks", "Voluntariado", [("p", "**Monitor en Cruz Roja (Salamanca)**"), ("p", "2015 - 2019")])],
    work_fmt=dict(lines=["**{position} en {name} ({location})**", "{dates}"]),
    work=[
        W("Iberdrola", "Analista de datos", "Salamanca", "09/2021 - Actualmente", "2021-09", None, ["Modelos de previsión de demanda."]),
        W("Unicaja Banco", "Analista de negocio", "Madrid", "03/2017 - 08/2021", "2017-03", "2021-08", []),
        W("Orange España", "Prácticas en análisis de datos", "Madrid", "09/2016 - 02/2017", "2016-09", "2017-02", []),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}, {dates}"]),
    education=[E("Universidad Pontificia de Salamanca", "Grado", "Estadística", "2012 - 2016", "2012", "2016")],
    skills=dict(style="groups", groups=[("Datos", ["SQL", "Python", "pandas"]), ("Visualización", ["Power BI", "Tableau"])]),
    langs=dict(items=[("Español", "nativo"), ("Inglés", "C1"), ("Portugués", "A2")], style="line"),
)

barragan = dict(
    file="barragan-chromium-sidebar-right",
    lang="es", locale="es-ES", producer="chromium",
    layout="two columns printed by Chromium (A4): main column on the left (perfil, trayectoria, formación) and a tinted sidebar on the right (contact, skills, languages); 'Employer — Title' in bold with the dates and a duration below ('ene. 2019 – actualidad · 5 años')",
    traps=["sidebar right (two columns)", "employer first, title after a dash", "dates followed by a duration after a middle dot",
           "'ene. 2019 – actualidad'", "Almería postcode 04001", "link text 'Portfolio' differs from its target"],
    style=dict(page="a4", layout="sidebar-right", font="'Liberation Sans', sans-serif", accent="#7a3b12"),
    name="Inés Barragán Olmedo", label="Arquitecta técnica",
    email="ines.barragan@example.es", phone="+34 958 55 27 14",
    city="Almería", country="ES",
    url="https://inesbarragan.example.es", url_text="Portfolio",
    contact=[["{phone}"], ["{email}"], ["Almería 04001"], ["{url}"]],
    contact_sep="",
    contact_in="side",
    summary="Arquitecta técnica especializada en rehabilitación de edificios históricos.",
    side=[("contact", "Contacto"), ("skills", "Competencias"), ("langs", "Idiomas")],
    sections=[("summary", "Perfil"), ("work", "Trayectoria"), ("edu", "Formación")],
    work_fmt=dict(lines=["**{name} — {position}**", "{dates} · {dur}"]),
    work=[
        W("Patronato de la Alhambra y Generalife", "Arquitecta técnica", None, "ene. 2019 – actualidad", "2019-01", None, [], dur="5 años"),
        W("Construcciones Otero Sánchez", "Jefa de obra", None, "mar. 2014 – dic. 2018", "2014-03", "2018-12", [], dur="4 años y 10 meses"),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}", "{dates}"]),
    education=[E("Universidad de Almería", "Grado", "Edificación", "2009 – 2013", "2009", "2013")],
    skills=dict(style="ul", groups=[("Competencias", ["Revit", "Presto", "patología de la edificación", "BIM"])]),
    langs=dict(items=[("Español", "nativo"), ("Inglés", "B2"), ("Italiano", "B1")], style="lines"),
)

quesada = dict(
    file="quesada-reportlab-caps",
    lang="es", locale="es-ES", producer="reportlab",
    layout="one-column CV from ReportLab Platypus (A4, Helvetica); employer in capitals and bold with the dates right-aligned in a table row, the title in italics below",
    traps=["employers printed in capitals", "'Mayo de 2018 – Actualidad' with 'de'", "Oviedo postcode 33003",
           "standard-font bullets", "two surnames", "courses as certificates"],
    style=dict(page="a4"),
    name="Rodrigo Quesada Villaverde", label="Ingeniero de minas",
    email="rodrigo.quesada@example.es", phone="+34 684 30 12 59",
    city="Oviedo", country="ES",
    contact=[["Calle Uría 15, 33003 Oviedo", "{phone}", "{email}"]],
    contact_sep=" · ",
    summary="Ingeniero de minas con experiencia en voladuras, geotecnia y restauración de canteras.",
    sections=[("summary", "Perfil"), ("work", "Experiencia profesional"), ("edu", "Formación"), ("certs", "Cursos"), ("skills", "Competencias"),
              ("langs", "Idiomas")],
    work_fmt=dict(lines=["**{name}**", "__{position}__ – {location}"], right="{dates}"),
    work=[
        W("CANTERAS DEL NALÓN S.A.", "Director facultativo", "Langreo", "Mayo de 2018 – Actualidad", "2018-05", None, [
            "Planificación de voladuras en tres canteras de caliza."]),
        W("GEOCONTROL ASTURIAS", "Ingeniero geotécnico", "Oviedo", "Enero de 2014 – Abril de 2018", "2014-01", "2018-04", [
            "Auscultación de taludes y túneles."]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}"], right="{dates}"),
    education=[E("Universidad de Oviedo", "Máster", "Ingeniería de Minas", "2012 – 2014", "2012", "2014")],
    certs=[C("Curso de Explosivos", "Ministerio de Industria", "2015", "Curso de Explosivos, Ministerio de Industria, 2015")],
    skills=dict(style="groups", groups=[("Técnicas", ["voladuras", "geotecnia", "topografía"]), ("Software", ["RocScience", "Surpac"])]),
    langs=dict(items=[("Español", "nativo"), ("Inglés", "B2")], style="line"),
)

ybarra = dict(
    file="ybarra-libreoffice-dea",
    lang="es", locale="es-ES", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Caladea); headings in small caps; 'Employer, Town' in bold with the dates written 'de 2015 a 2019' right-aligned on a tab stop, title in italics below",
    traps=["Spanish 'de … a …' dates ('de 2015 a 2019', 'de marzo de 2012 a junio de 2015')", "'desde 2019'", "headings in small caps",
           "Tudela postcode 31500", "two surnames", "bachillerato as an education entry"],
    style=dict(page="a4", font="Caladea", heading="smallcaps-rule", size=11),
    name="Leire Ybarra Ochandiano", label="Enfermera de quirófano",
    email="leire.ybarra@example.es", phone="648 19 27 63",
    city="Tudela", country="ES",
    contact=[["Calle Gaztambide 42, 31500 Tudela"], ["{phone}", "{email}"]],
    contact_sep="  ·  ",
    summary="Enfermera instrumentista con experiencia en cirugía cardiaca y traumatología.",
    sections=[("summary", "Perfil"), ("work", "Experiencia laboral"), ("edu", "Formación"), ("skills", "Competencias"), ("langs", "Idiomas")],
    work_fmt=dict(lines=["**{name}, {location}**", "__{position}__"], right="{dates}"),
    work=[
        W("Clínica Universidad de Navarra", "Enfermera instrumentista", "Pamplona", "desde 2019", "2019", None, []),
        W("Hospital Universitario de Navarra", "Enfermera de quirófano", "Pamplona", "de 2015 a 2019", "2015", "2019", []),
        W("Hospital de Cruces", "Enfermera", "Barakaldo", "de marzo de 2012 a junio de 2015", "2012-03", "2015-06", []),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}"], right="{dates}"),
    education=[
        E("Universidad de Castilla-La Mancha", "Grado", "Enfermería", "2008 – 2012", "2008", "2012"),
        E("IES Plaza de la Cruz", "Bachillerato", "Ciencias de la Salud", "2008", None, "2008"),
    ],
    skills=dict(style="groups", groups=[("Quirófano", ["instrumentación", "esterilización", "check-list quirúrgico"])]),
    langs=dict(items=[("Castellano", "nativo"), ("Euskera", "B2"), ("Inglés", "B1")], style="line"),
)

PEOPLE = [roldan, escribano, barragan, quesada, ybarra]
