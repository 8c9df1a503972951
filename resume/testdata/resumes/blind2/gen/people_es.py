"""Spanish resumes (Spain and Mexico). Fictional people; employers and
schools are real or plausible names used only as a realistic setting."""

from model import W, E, C, NBSP, SHY

ortega = dict(
    file="ortega-libreoffice",
    lang="es", locale="es-ES", producer="libreoffice-pdf",
    layout="plain one-column word-processor CV (A4, Carlito); employer in bold with the dates right-aligned on a tab stop, title in italics below",
    traps=["two surnames", "'Marzo 2020 – Actualidad' with capitalised months", "internship (becaria) as employment",
           "Madrid postcode 28028 in the address", "'Máster en …' and 'Grado en …' degree phrasing"],
    style=dict(page="a4", font="Carlito", heading="bold-rule", size=11),
    name="Lucía Ortega Ramírez", label="Analista sénior de riesgos financieros",
    email="lucia.ortega@example.com", phone="+34 654 213 987",
    city="Madrid", country="ES",
    profiles=[dict(network="LinkedIn", username="luciaortegaramirez", url="https://www.linkedin.com/in/luciaortegaramirez", text="linkedin.com/in/luciaortegaramirez")],
    contact=[["Calle de Alcalá 214, 28028 Madrid", "{phone}"], ["{email}", "{p:LinkedIn}"]],
    contact_sep=" · ",
    summary="Economista especializada en riesgo de crédito y validación de modelos, con diez años de experiencia en banca y consultoría. Combino el conocimiento regulatorio con la programación para automatizar informes y cálculos.",
    sections=[("summary", "Perfil profesional"), ("work", "Experiencia profesional"), ("edu", "Formación académica"),
              ("certs", "Certificaciones"), ("skills", "Habilidades"), ("langs", "Idiomas")],
    work_fmt=dict(lines=["**{name}**, {location}", "__{position}__"], right="{dates}"),
    work=[
        W("Bankinter", "Analista sénior de riesgos", "Madrid", "Marzo 2020 – Actualidad", "2020-03", None, [
            "Validación de modelos de riesgo de crédito minorista (PD, LGD) según IFRS 9",
            "Automatización en Python del informe trimestral al supervisor: de cinco días a uno",
            "Coordinación con Auditoría Interna y con el equipo supervisor del BCE"]),
        W("KPMG España", "Consultora de riesgo financiero", "Madrid", "Septiembre 2016 – Febrero 2020", "2016-09", "2020-02", [
            "Proyectos de pruebas de resistencia y cálculo de capital para bancos medianos",
            "Revisión de carteras hipotecarias en procesos de venta de activos"]),
        W("Banco Santander", "Becaria en el área de Tesorería", "Boadilla del Monte", "Julio 2015 – Diciembre 2015", "2015-07", "2015-12", [
            "Apoyo en la conciliación diaria de posiciones de liquidez"]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}"], right="{dates}"),
    education=[
        E("CUNEF Universidad", "Máster", "Finanzas", "2015 – 2016", "2015", "2016"),
        E("Universidad Carlos III de Madrid", "Grado", "Administración y Dirección de Empresas", "2011 – 2015", "2011", "2015"),
    ],
    certs=[C("Financial Risk Manager (FRM)", "GARP", "2018", "Financial Risk Manager (FRM), GARP, 2018")],
    skills=dict(style="line", groups=[("Habilidades", ["Python", "R", "SAS", "SQL", "Excel avanzado", "IFRS 9", "Basilea III"])]),
    langs=dict(style="line", sep=" · ", fmt="{language}: {fluency}", items=[("Español", "nativo"), ("Inglés", "C1 (Cambridge Advanced)"), ("Francés", "B1")]),
)

delavega = dict(
    file="delavega-libreoffice-docx",
    lang="es", locale="es-ES", producer="libreoffice-docx",
    layout="plain one-column word-processor CV saved as DOCX (A4, Liberation Serif); one line per job 'dates | Title | Employer' with lower-case month names, town in italics below",
    traps=["name particle 'de la' and two surnames", "'dates | Title | Employer' with the dates first", "lower-case months ('enero 2020 – actualidad')",
           "mobile without country code (666 31 42 87)", "Sevilla postcode 41010", "driving licence line"],
    style=dict(page="a4", font="Liberation Serif", heading="bold-rule", size=11),
    name="Javier de la Vega Santos", label="Jefe de obra · Ingeniero de Caminos, Canales y Puertos",
    email="javier.delavega@example.net", phone="666 31 42 87",
    city="Sevilla", country="ES",
    contact=[["C/ Pagés del Corro 88, 41010 Sevilla", "{phone}", "{email}"]],
    summary="Ingeniero de Caminos con más de diez años en obra civil: metro, puertos y urbanización. Planifico, controlo costes y coordino equipos y subcontratas para entregar a tiempo y con seguridad.",
    sections=[("summary", "Perfil"), ("work", "Experiencia laboral"), ("edu", "Formación"), ("skills", "Informática"),
              ("langs", "Idiomas"), ("blocks", "Otros datos", [("p", "Carné de conducir B. Disponibilidad para viajar y para cambiar de residencia.")])],
    work_fmt=dict(lines=["{dates} | **{position}** | {name}", "__{location}__"]),
    work=[
        W("Ferrovial Construcción", "Jefe de obra", "Sevilla", "enero 2020 – actualidad", "2020-01", None, [
            "Dirección de la obra del tramo norte de la Línea 3 del Metro de Sevilla (38 M€)",
            "Gestión de un equipo de 9 técnicos y de 14 subcontratas",
            "Control de costes y planificación con Presto y MS Project"]),
        W("FCC Construcción", "Jefe de producción", "Málaga", "abril 2016 – diciembre 2019", "2016-04", "2019-12", [
            "Ampliación de muelles y dragados en el puerto de Málaga",
            "Coordinación de seguridad y salud con el coordinador de la propiedad"]),
        W("Dragados", "Ayudante de jefe de obra", "Madrid", "junio 2013 – marzo 2016", "2013-06", "2016-03", [
            "Obras de urbanización y redes de saneamiento en la Comunidad de Madrid"]),
    ],
    edu_fmt=dict(lines=["{dates} | **{studyType} en {area}** | {institution}"]),
    education=[
        E("Universidad de Granada", "Máster Universitario", "Ingeniería de Caminos, Canales y Puertos", "2011 – 2013", "2011", "2013"),
        E("Universidad de Sevilla", "Grado", "Ingeniería Civil", "2007 – 2011", "2007", "2011"),
    ],
    skills=dict(style="line", groups=[("Informática", ["Presto", "AutoCAD", "Civil 3D", "Revit", "MS Project"])]),
    langs=dict(style="line", items=[("Español", "nativo"), ("inglés", "B2"), ("portugués", "A2")]),
)

iturbe = dict(
    file="iturbe-libreoffice-2p",
    lang="es", locale="es-ES", producer="libreoffice-pdf",
    layout="two-page one-column word-processor CV (A4, Liberation Sans) with a page header and page numbers; title 'CURRÍCULUM VITAE'; title in bold, 'Employer · Town', then the dates in italics",
    traps=["first line 'CURRÍCULUM VITAE'", "two pages with a repeated page header", "'Desde marzo de 2019'",
           "months with 'de' ('Septiembre de 2014 – Febrero de 2019')", "referees with their own emails and a phone number",
           "two surnames (Basque)", "internship and job at the same company as two entries", "courses as certificates"],
    style=dict(page="a4", font="Liberation Sans", heading="bold-rule", size=10.5,
               header_text="Ainhoa Iturbe Goikoetxea · Currículum vitae", footer_pages="Página {page} de {pages}"),
    title="CURRÍCULUM VITAE",
    name="Ainhoa Iturbe Goikoetxea", label="Ingeniera de calidad · Sector aeronáutico y automoción",
    email="ainhoa.iturbe@example.org", phone="+34 688 47 21 93",
    city="Bilbao", region="Bizkaia", country="ES",
    profiles=[dict(network="LinkedIn", username="ainhoaiturbe", url="https://www.linkedin.com/in/ainhoaiturbe", text="linkedin.com/in/ainhoaiturbe")],
    contact=[["Bilbao (Bizkaia)", "{phone}", "{email}", "{p:LinkedIn}"]],
    contact_sep=" · ",
    summary="Ingeniera industrial con catorce años de experiencia en calidad de proveedores y de producto en los sectores aeronáutico y de automoción. Auditora interna IATF 16949, acostumbrada a trabajar con clientes exigentes y a liderar la resolución de problemas con metodología 8D.",
    sections=[("summary", "Perfil"), ("work", "Experiencia profesional"), ("edu", "Formación académica"),
              ("certs", "Formación complementaria"), ("langs", "Idiomas"), ("skills", "Competencias"),
              ("blocks", "Referencias", [
                  ("p", "Iñaki Zubizarreta, Director de Calidad, ITP Aero – inaki.zubizarreta@example.com – +34 944 12 39 87"),
                  ("p", "Marta Olaizola, Jefa de Planta, Gestamp Abadiano – m.olaizola@example.net")])],
    work_fmt=dict(lines=["**{position}**", "{name} · {location}", "__{dates}__"]),
    work=[
        W("ITP Aero", "Responsable de Calidad de Proveedores", "Zamudio", "Desde marzo de 2019", "2019-03", None, [
            "Gestión de la calidad de 45 proveedores de piezas forjadas y mecanizadas para motores de aviación",
            "Reducción del 38 % de las no conformidades de proveedor en tres años",
            "Auditorías de proceso especial (NADCAP) y planes de desarrollo de proveedores",
            "Responsable de la relación con los equipos de calidad de Rolls-Royce"]),
        W("Mercedes-Benz España", "Ingeniera de calidad", "Vitoria-Gasteiz", "Septiembre de 2014 – Febrero de 2019", "2014-09", "2019-02", [
            "Calidad de producto en la línea de montaje de furgonetas: análisis de reclamaciones de garantía",
            "Lanzamiento de dos modelos nuevos con APQP y PPAP",
            "Coordinación de equipos 8D con proveedores de primer nivel"]),
        W("Gestamp", "Técnica de calidad", "Abadiano", "Enero de 2012 – Agosto de 2014", "2012-01", "2014-08", [
            "Control de calidad en estampación en caliente y soldadura de componentes de carrocería",
            "Mantenimiento de la documentación de AMFE y planes de control"]),
        W("Gestamp", "Becaria de ingeniería", "Abadiano", "Julio de 2011 – Diciembre de 2011", "2011-07", "2011-12", [
            "Proyecto fin de máster sobre la reducción de rechazos en una línea de prensas"]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}", "__{dates}__"]),
    education=[
        E("Universidad del País Vasco / Euskal Herriko Unibertsitatea (UPV/EHU)", "Máster", "Ingeniería Industrial", "2009 – 2011", "2009", "2011"),
        E("Mondragon Unibertsitatea", "Ingeniería Técnica Industrial", "Mecánica", "2006 – 2009", "2006", "2009",
          lines=["**{studyType}, especialidad {area}**", "{institution}", "__{dates}__"]),
    ],
    certs=[C("Auditora interna IATF 16949", "AENOR", "2016", "Auditora interna IATF 16949 – AENOR (2016)"),
           C("Green Belt Lean Six Sigma", "Euskalit", "2018", "Green Belt Lean Six Sigma – Euskalit (2018)")],
    langs=dict(style="lines", fmt="{language}: {fluency}", items=[("Euskera", "nativo"), ("Español", "nativo"), ("Inglés", "C1 (Advanced)"), ("Alemán", "B1")]),
    skills=dict(style="line", groups=[("Competencias", ["APQP", "PPAP", "AMFE", "8D", "SAP QM", "Minitab"])]),
)

salcedo = dict(
    file="salcedo-chromium-sidebar-left",
    lang="es", locale="es-MX", producer="chromium",
    layout="two columns: a dark sidebar on the left (contact with icons, skills, languages, education) and the main column (profile, experience, volunteering); 'Title · Employer' in bold, dates and town on the line below",
    traps=["sidebar left (two columns)", "icon glyphs before phone, email and place", "Mexican phone +52 55 …",
           "capitalised abbreviated months ('Ene 2021 – Presente')", "link text 'LinkedIn' differs from its target",
           "URL without a scheme", "education in the sidebar", "volunteering with a date range (not employment)"],
    style=dict(page="letter", layout="sidebar-left", font="'DejaVu Sans', sans-serif", accent="#12343b", dark=True),
    name="Diego Salcedo Ibarra", label="Ingeniero backend sénior",
    email="diego.salcedo@example.com", phone="+52 55 4123 8790",
    city="Ciudad de México", country="MX",
    profiles=[dict(network="LinkedIn", username="diegosalcedoibarra", url="https://www.linkedin.com/in/diegosalcedoibarra", text="LinkedIn"),
              dict(network="GitHub", username="dsalcedo", url="https://github.com/dsalcedo", text="github.com/dsalcedo")],
    icons={"email": "✉ ", "phone": "✆ ", "city": "⌂ ", "link": "» "},
    contact=[["{phone}"], ["{email}"], ["{city}Ciudad de México"], ["{p:LinkedIn}"], ["{p:GitHub}"]],
    contact_sep="",
    contact_in="side",
    summary="Ingeniero de software con diez años construyendo servicios financieros y de comercio electrónico. Me gusta diseñar APIs claras, medir todo y dejar los sistemas mejor documentados de como los encontré.",
    side=[("contact", "Contacto"), ("skills", "Habilidades"), ("langs", "Idiomas"), ("edu", "Educación")],
    sections=[("summary", "Perfil"), ("work", "Experiencia"),
              ("blocks", "Voluntariado", [("entry", "**Instructor** · Código Facilito Bootcamp", None),
                                          ("sub", "2019 – 2021 | En línea"),
                                          ("p", "Clases de fin de semana de Go y bases de datos para personas que cambian de carrera.")])],
    work_fmt=dict(lines=["**{position} · {name}**", "{dates} | {location}"]),
    work=[
        W("Kavak", "Ingeniero backend sénior", "Ciudad de México", "Ene 2021 – Presente", "2021-01", None, [
            "Diseño del servicio de financiamiento de autos en Go; 25 000 solicitudes de crédito al mes",
            "Migración de un monolito de Rails a microservicios con Kafka y gRPC",
            "Mentoría de cuatro ingenieros y entrevistas técnicas"]),
        W("Clip", "Ingeniero de software", "Ciudad de México", "Jun 2018 – Dic 2020", "2018-06", "2020-12", [
            "APIs de conciliación de pagos con terminales punto de venta (Java, Spring)",
            "Reducción de incidentes en producción en un 30 % con alertas y runbooks"]),
        W("Softtek", "Desarrollador Java", "Monterrey", "Ago 2015 – May 2018", "2015-08", "2018-05", [
            "Desarrollo para clientes bancarios de Estados Unidos en modalidad nearshore"]),
    ],
    edu_fmt=dict(lines=["**{studyType} en {area}**", "{institution}", "{dates}"]),
    education=[E("Tecnológico de Monterrey", "Ingeniería", "Sistemas Computacionales", "2010 – 2015", "2010", "2015")],
    skills=dict(style="ul", groups=[("Habilidades", ["Go", "Java", "PostgreSQL", "Kafka", "gRPC", "AWS", "Docker", "Kubernetes"])]),
    langs=dict(style="lines", fmt="{language} — {fluency}", items=[("Español", "nativo"), ("Inglés", "avanzado (TOEFL iBT 104)")]),
)

pujol = dict(
    file="pujol-pdftex-cm",
    lang="es", locale="es-ES", producer="pdftex",
    layout="one-column LaTeX CV (article, Computer Modern OT1); employer and town in bold with the years right-aligned by \\hfill, title in italics below",
    traps=["Catalan name with 'i' between the surnames", "pdfTeX text (TeX accents, no space characters)", "years only ('2019 – actualidad')",
           "URL without a scheme", "two degrees from the same university", "publication with a year (not employment)",
           "Barcelona postcode 08012"],
    style=dict(paper="a4paper"),
    name="Marta Pujol i Ferrer", label="Ingeniera de telecomunicaciones",
    email="marta.pujol@example.net", phone="+34 93 412 58 76",
    city="Barcelona", country="ES",
    url="https://martapujol.example.org", url_text="martapujol.example.org",
    contact=[["Carrer de Verdi 31, 08012 Barcelona", "{phone}"], ["{email}", "{url}"]],
    contact_sep="  |  ",
    summary="Ingeniera de telecomunicaciones con doce años de experiencia en planificación y despliegue de redes móviles, desde la investigación hasta la operación. Coordino equipos técnicos y proveedores en despliegues 5G.",
    sections=[("summary", "Perfil"), ("work", "Experiencia profesional"), ("edu", "Formación"), ("skills", "Competencias técnicas"),
              ("langs", "Idiomas"),
              ("blocks", "Publicaciones seleccionadas", [("ul", [
                  "M. Pujol, J. Serra: “SDN-based mobility management in dense small-cell networks”. IEEE ICC Workshops, 2014.",
                  "M. Pujol et al.: “Energy-aware small cell planning”. European Wireless, 2013."])])],
    work_fmt=dict(lines=["**{name}**, {location}", "__{position}__"], right="{dates}"),
    work=[
        W("Cellnex Telecom", "Responsable de ingeniería de radio", "Barcelona", "2019 – actualidad", "2019", None, [
            "Planificación de despliegues 5G en emplazamientos compartidos (más de 1.200 torres en Cataluña)",
            "Coordinación de un equipo de ocho ingenieros y de los proveedores de equipos"]),
        W("Telefónica España", "Ingeniera de planificación de red", "Barcelona", "2014 – 2019", "2014", "2019", [
            "Optimización de la red LTE en el área metropolitana de Barcelona",
            "Dimensionado de la red para eventos masivos (Mobile World Congress)"]),
        W("Fundació i2CAT", "Investigadora junior", "Barcelona", "2012 – 2014", "2012", "2014", [
            "Proyectos europeos del Séptimo Programa Marco sobre redes definidas por software"]),
    ],
    edu_fmt=dict(lines=["**{institution}**", "__{studyType} en {area}__"], right="{dates}"),
    education=[
        E("Universitat Politècnica de Catalunya (UPC)", "Máster", "Ingeniería de Telecomunicación", "2010 – 2012", "2010", "2012"),
        E("Universitat Politècnica de Catalunya (UPC)", "Grado", "Ingeniería de Sistemas de Telecomunicación", "2006 – 2010", "2006", "2010"),
    ],
    skills=dict(style="line", groups=[("Competencias técnicas", ["Atoll", "MATLAB", "Python", "SQL", "LTE", "5G NR"])]),
    langs=dict(style="line", items=[("Catalán", "nativo"), ("Castellano", "nativo"), ("Inglés", "C1")]),
)

PEOPLE = [ortega, delavega, iturbe, salcedo, pujol]
