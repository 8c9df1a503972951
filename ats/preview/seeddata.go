package preview

import "github.com/atsbridge/atsbridge/ats"

// The tables the seed draws from. They are plain data so that the generator
// in seed.go stays short and the dataset reads like a real company's ATS:
// Fernwood, a fictional B2B software company with offices on four continents.

const company = "Fernwood"

// department is one team of the company with what its postings say.
type department struct {
	name    string
	weight  int // share of the jobs
	mission string
	titles  []title
	duties  []string
	needs   []string
	// headlines and tags describe candidates whose background fits the team.
	headlines []string
	tags      []string
}

// title is a job title; kind, when set, fixes the employment type.
type title struct {
	name string
	kind string
}

var departments = []department{
	{
		name: "Engineering", weight: 30,
		mission: "Engineering builds and runs the Fernwood platform: a set of Go services, a React web app and mobile apps used by thousands of teams every day. We ship small changes many times a day, own what we build in production, and keep on-call calm by investing in tooling and observability.",
		titles: []title{
			{name: "Backend Engineer"}, {name: "Senior Backend Engineer"}, {name: "Frontend Engineer"},
			{name: "Senior Frontend Engineer"}, {name: "Full-Stack Engineer"}, {name: "Site Reliability Engineer"},
			{name: "Platform Engineer"}, {name: "Security Engineer"}, {name: "iOS Engineer"}, {name: "Android Engineer"},
			{name: "Staff Software Engineer"}, {name: "Engineering Manager"}, {name: "QA Automation Engineer"},
			{name: "Software Engineering Intern", kind: "internship"}, {name: "Freelance Technical Writer", kind: "contract"},
		},
		duties: []string{
			"Design, build and operate services that handle millions of requests a day",
			"Review code and share context generously with the people around you",
			"Turn vague product ideas into small, shippable increments",
			"Improve our CI pipeline, test suites and deployment tooling",
			"Take part in a humane on-call rotation and lead blameless post-incident reviews",
			"Work closely with product and design from discovery to launch",
		},
		needs: []string{
			"Solid experience with at least one of Go, TypeScript, Kotlin or Swift",
			"A habit of writing tests and clear, reviewable pull requests",
			"Experience with relational databases such as PostgreSQL",
			"Comfort with cloud infrastructure (AWS or GCP) and containers",
			"Good written communication; much of our collaboration is asynchronous",
			"Curiosity about the people who use what you build",
		},
		headlines: []string{
			"Backend engineer working with Go and PostgreSQL", "Frontend developer (React, TypeScript)",
			"Senior software engineer at a fintech scale-up", "Site reliability engineer, Kubernetes and observability",
			"iOS developer with six years in consumer apps", "Full-stack engineer, Ruby on Rails and Vue",
			"Computer science student looking for a first internship", "Engineering manager leading two product teams",
			"Security engineer focused on cloud infrastructure", "Android developer, Kotlin and Jetpack Compose",
		},
		tags: []string{"go", "python", "java", "typescript", "react", "kubernetes", "aws", "mobile"},
	},
	{
		name: "Product", weight: 8,
		mission: "Product decides what Fernwood builds next and why. Our product managers spend their weeks with customers, data and engineers, and write short, clear documents that explain the problem before anyone talks about solutions.",
		titles: []title{
			{name: "Product Manager"}, {name: "Senior Product Manager"}, {name: "Group Product Manager"},
			{name: "Technical Product Manager"}, {name: "Product Operations Specialist"},
			{name: "Product Management Intern", kind: "internship"},
		},
		duties: []string{
			"Own the roadmap for one area of the product and explain it to everyone who asks",
			"Interview customers every week and bring what you learn back to the team",
			"Define success metrics and follow them after every launch",
			"Write crisp problem statements and work through trade-offs with engineering and design",
			"Coordinate launches with marketing, sales and customer success",
		},
		needs: []string{
			"Experience shipping B2B software products",
			"Comfort with data: you can write a SQL query or read a dashboard critically",
			"Clear writing and the ability to say no kindly",
			"A track record of working closely with engineers and designers",
			"Sound judgement when information is incomplete",
		},
		headlines: []string{
			"Product manager for B2B SaaS workflows", "Senior PM, payments and billing",
			"Technical product manager with an engineering background", "Product operations and analytics",
		},
		tags: []string{"saas", "b2b", "discovery", "roadmapping"},
	},
	{
		name: "Design", weight: 6,
		mission: "Design shapes how Fernwood feels to use, from the first sign-up screen to the reports people print for their board. We work in a shared design system, test with real users early, and care about accessibility as much as about looks.",
		titles: []title{
			{name: "Product Designer"}, {name: "Senior Product Designer"}, {name: "UX Researcher"},
			{name: "Content Designer"}, {name: "Brand Designer"}, {name: "Design Systems Lead"},
		},
		duties: []string{
			"Design end-to-end flows, from rough sketches to polished prototypes",
			"Plan and run usability studies and share the findings widely",
			"Contribute to and evolve our design system",
			"Partner with product managers and engineers throughout delivery",
			"Raise the bar for accessibility across the product",
		},
		needs: []string{
			"A portfolio that shows your process as well as the result",
			"Fluency in Figma and in prototyping",
			"Experience designing complex, data-heavy interfaces",
			"Knowledge of WCAG accessibility guidelines",
			"Openness to critique and generosity in giving it",
		},
		headlines: []string{
			"Product designer, complex B2B interfaces", "UX researcher with a background in psychology",
			"Brand and visual designer", "Content designer and UX writer",
		},
		tags: []string{"figma", "ux-research", "accessibility", "design-systems"},
	},
	{
		name: "Data", weight: 7,
		mission: "The Data team turns what happens in Fernwood into decisions: reliable pipelines, a well-modelled warehouse, and analyses and models that product, sales and finance trust.",
		titles: []title{
			{name: "Data Analyst"}, {name: "Senior Data Analyst"}, {name: "Data Engineer"}, {name: "Data Scientist"},
			{name: "Machine Learning Engineer"}, {name: "Analytics Engineer"}, {name: "Head of Data"},
		},
		duties: []string{
			"Build and maintain data pipelines and dbt models",
			"Answer product and business questions with careful analysis",
			"Design experiments and help teams read their results",
			"Ship machine learning features into production with engineering",
			"Document datasets so that others can use them without asking",
		},
		needs: []string{
			"Strong SQL and experience with Python",
			"Experience with a cloud warehouse such as BigQuery or Snowflake",
			"A sound grasp of statistics and experiment design",
			"The ability to explain findings to people who are not analysts",
			"Care for data quality and lineage",
		},
		headlines: []string{
			"Data analyst, SQL and Looker", "Data engineer building pipelines with Airflow and dbt",
			"Data scientist working on forecasting", "Machine learning engineer, NLP",
		},
		tags: []string{"sql", "python", "dbt", "machine-learning"},
	},
	{
		name: "Sales", weight: 13,
		mission: "Sales helps companies of every size discover what Fernwood can do for them. We sell consultatively, keep our forecasts honest, and work hand in hand with solutions engineers and customer success.",
		titles: []title{
			{name: "Account Executive"}, {name: "Enterprise Account Executive"}, {name: "Sales Development Representative"},
			{name: "Sales Engineer"}, {name: "Regional Sales Manager"}, {name: "Sales Operations Analyst"},
		},
		duties: []string{
			"Run the full sales cycle from first call to signed contract",
			"Build pipeline through outreach, events and partner referrals",
			"Understand each prospect's processes and map them to our product",
			"Keep the CRM accurate and forecasts realistic",
			"Share market feedback with product and marketing",
		},
		needs: []string{
			"A record of meeting or beating quota in B2B software sales",
			"Confidence presenting to both executives and hands-on users",
			"Experience with Salesforce or HubSpot",
			"Fluency in English; another European language is a plus",
			"Resilience and a sense of humour",
		},
		headlines: []string{
			"Account executive, mid-market SaaS", "Enterprise sales leader, DACH region",
			"Sales development representative", "Solutions engineer and former developer",
		},
		tags: []string{"quota-carrying", "enterprise", "saas", "bilingual"},
	},
	{
		name: "Marketing", weight: 9,
		mission: "Marketing tells Fernwood's story and fills the pipeline. We mix brand, content, product marketing and performance channels, and we measure what we do without losing sight of the craft.",
		titles: []title{
			{name: "Product Marketing Manager"}, {name: "Content Marketing Manager"}, {name: "Growth Marketing Manager"},
			{name: "Demand Generation Manager"}, {name: "SEO Specialist"}, {name: "Events Coordinator", kind: "temporary"},
			{name: "Marketing Intern", kind: "internship"},
		},
		duties: []string{
			"Plan and run campaigns across email, paid and organic channels",
			"Write and edit content that our customers actually want to read",
			"Position new features and equip sales with the right materials",
			"Own a budget and report on its return",
			"Organise webinars, meetups and our yearly customer conference",
		},
		needs: []string{
			"Experience marketing B2B software",
			"Excellent writing in English",
			"Comfort with analytics tools and marketing automation",
			"Project management skills and attention to detail",
			"Creativity grounded in data",
		},
		headlines: []string{
			"Product marketing manager, developer tools", "Content marketer and former journalist",
			"Growth marketer, paid acquisition", "Event manager for tech conferences",
		},
		tags: []string{"content", "seo", "paid-media", "events"},
	},
	{
		name: "Customer Success", weight: 10,
		mission: "Customer Success makes sure every Fernwood customer gets the value they were promised. We onboard new accounts, solve problems quickly and with empathy, and turn what customers tell us into product improvements.",
		titles: []title{
			{name: "Customer Success Manager"}, {name: "Support Engineer"}, {name: "Customer Support Specialist"},
			{name: "Implementation Consultant"}, {name: "Technical Account Manager"}, {name: "Head of Customer Support"},
			{name: "Seasonal Support Specialist", kind: "temporary"},
		},
		duties: []string{
			"Onboard new customers and guide them to their first success",
			"Answer support tickets and chats across time zones",
			"Run business reviews with key accounts",
			"Spot renewal risks early and act on them",
			"Write help-centre articles and improve our support macros",
		},
		needs: []string{
			"Experience in a customer-facing role at a software company",
			"Patience and clear, friendly writing",
			"Comfort learning technical products in depth",
			"Experience with Zendesk, Intercom or similar tools",
			"The judgement to know when to escalate",
		},
		headlines: []string{
			"Customer success manager for enterprise accounts", "Technical support engineer, APIs and integrations",
			"Customer support specialist, bilingual", "Implementation consultant for HR software",
		},
		tags: []string{"customer-facing", "bilingual", "zendesk", "onboarding"},
	},
	{
		name: "People", weight: 6,
		mission: "The People team helps Fernwood hire well, grow people and keep the company a good place to work. We run a fair, structured hiring process and sensible, transparent people programs.",
		titles: []title{
			{name: "Technical Recruiter"}, {name: "Talent Acquisition Partner"}, {name: "People Partner"},
			{name: "HR Operations Specialist"}, {name: "Recruiting Coordinator"}, {name: "Learning and Development Manager"},
			{name: "Contract Recruiter", kind: "contract"},
		},
		duties: []string{
			"Partner with hiring managers to define roles and structured interviews",
			"Source and engage candidates, and give every one of them a good experience",
			"Run people processes such as onboarding, reviews and compensation cycles",
			"Keep our HR systems and documentation accurate",
			"Advise managers on difficult conversations",
		},
		needs: []string{
			"Experience in recruiting or HR at a growing company",
			"Knowledge of employment practice in at least one of our countries",
			"Discretion with confidential information",
			"Experience with an applicant tracking system and an HRIS",
			"Warmth, organisation and good judgement",
		},
		headlines: []string{
			"Technical recruiter for engineering and data roles", "HR business partner",
			"Recruiting coordinator", "People operations and HRIS specialist",
		},
		tags: []string{"recruiting", "hr", "sourcing", "employer-branding"},
	},
	{
		name: "Finance", weight: 5,
		mission: "Finance keeps Fernwood healthy and honest: accurate books, timely payroll, sound planning, and the numbers every team needs to decide well.",
		titles: []title{
			{name: "Financial Analyst"}, {name: "Senior Accountant"}, {name: "FP&A Manager"},
			{name: "Revenue Accountant"}, {name: "Part-Time Payroll Specialist", kind: "part_time"},
		},
		duties: []string{
			"Prepare the monthly close and management reporting",
			"Build and maintain the financial model and budget",
			"Run payroll and expense processes across several countries",
			"Support audits and tax filings",
			"Partner with team leads on spending and headcount plans",
		},
		needs: []string{
			"A degree in finance or accounting, or equivalent experience",
			"Advanced spreadsheet skills",
			"Knowledge of IFRS or US GAAP",
			"Experience at a subscription business is a plus",
			"Precision and a calm approach to deadlines",
		},
		headlines: []string{
			"Financial analyst, SaaS metrics", "Chartered accountant", "FP&A lead at a scale-up", "Payroll specialist, multi-country",
		},
		tags: []string{"ifrs", "excel", "fp-and-a", "payroll"},
	},
	{
		name: "Legal", weight: 3,
		mission: "Legal protects Fernwood and its customers. We negotiate contracts quickly, keep our privacy program strong, and explain the law in plain language.",
		titles:  []title{{name: "Legal Counsel"}, {name: "Privacy Counsel"}, {name: "Contracts Manager"}, {name: "Paralegal", kind: "part_time"}},
		duties: []string{
			"Negotiate customer, partner and vendor agreements",
			"Advise on data protection, including GDPR",
			"Maintain our contract templates and playbooks",
			"Train teams on legal topics in plain language",
		},
		needs: []string{
			"Qualification as a lawyer in an EU jurisdiction, the UK or the US",
			"Experience with commercial contracts for software",
			"Practical knowledge of data protection law",
			"Pragmatism and a business mindset",
		},
		headlines: []string{"Commercial lawyer, technology contracts", "Privacy counsel, CIPP/E", "Paralegal"},
		tags:      []string{"gdpr", "contracts", "privacy"},
	},
	{
		name: "Operations", weight: 3,
		mission: "Operations keeps our offices, tools and vendors running so that everyone else can focus on their work.",
		titles:  []title{{name: "Office Manager"}, {name: "IT Support Specialist"}, {name: "Procurement Manager"}, {name: "Workplace Coordinator", kind: "part_time"}},
		duties: []string{
			"Run the day-to-day of one of our offices",
			"Set up laptops, accounts and tools for new joiners",
			"Manage vendors and purchasing",
			"Plan team off-sites and office events",
		},
		needs: []string{
			"Experience in office, IT or vendor management",
			"Excellent organisation",
			"A service mindset",
			"Familiarity with Google Workspace and device management",
		},
		headlines: []string{"Office manager", "IT support specialist, macOS and Google Workspace", "Procurement and vendor manager"},
		tags:      []string{"it-support", "vendor-management", "office"},
	},
}

// site is a place jobs are based, with how the ATS shows it.
type site struct {
	text, city, region, country, code string
	weight                            int
	remote                            bool
}

var sites = []site{
	{text: "Berlin, Germany", city: "Berlin", region: "Berlin", country: "Germany", code: "DE", weight: 16},
	{text: "Munich, Germany", city: "Munich", region: "Bavaria", country: "Germany", code: "DE", weight: 4},
	{text: "London, United Kingdom", city: "London", region: "England", country: "United Kingdom", code: "GB", weight: 10},
	{text: "Amsterdam, Netherlands", city: "Amsterdam", region: "North Holland", country: "Netherlands", code: "NL", weight: 6},
	{text: "Paris, France", city: "Paris", region: "Île-de-France", country: "France", code: "FR", weight: 5},
	{text: "Madrid, Spain", city: "Madrid", region: "Community of Madrid", country: "Spain", code: "ES", weight: 4},
	{text: "Barcelona, Spain", city: "Barcelona", region: "Catalonia", country: "Spain", code: "ES", weight: 4},
	{text: "Lisbon, Portugal", city: "Lisbon", region: "Lisbon", country: "Portugal", code: "PT", weight: 5},
	{text: "Dublin, Ireland", city: "Dublin", region: "County Dublin", country: "Ireland", code: "IE", weight: 4},
	{text: "Stockholm, Sweden", city: "Stockholm", region: "Stockholm County", country: "Sweden", code: "SE", weight: 3},
	{text: "Warsaw, Poland", city: "Warsaw", region: "Masovian Voivodeship", country: "Poland", code: "PL", weight: 4},
	{text: "New York, NY, United States", city: "New York", region: "New York", country: "United States", code: "US", weight: 7},
	{text: "San Francisco, CA, United States", city: "San Francisco", region: "California", country: "United States", code: "US", weight: 4},
	{text: "Austin, TX, United States", city: "Austin", region: "Texas", country: "United States", code: "US", weight: 3},
	{text: "Toronto, ON, Canada", city: "Toronto", region: "Ontario", country: "Canada", code: "CA", weight: 3},
	{text: "São Paulo, Brazil", city: "São Paulo", region: "São Paulo", country: "Brazil", code: "BR", weight: 3},
	{text: "Mexico City, Mexico", city: "Mexico City", region: "Mexico City", country: "Mexico", code: "MX", weight: 2},
	{text: "Bengaluru, India", city: "Bengaluru", region: "Karnataka", country: "India", code: "IN", weight: 4},
	{text: "Singapore", city: "Singapore", country: "Singapore", code: "SG", weight: 3},
	{text: "Sydney, NSW, Australia", city: "Sydney", region: "New South Wales", country: "Australia", code: "AU", weight: 2},
	{text: "Tokyo, Japan", city: "Tokyo", region: "Tokyo", country: "Japan", code: "JP", weight: 2},
	{text: "Nairobi, Kenya", city: "Nairobi", region: "Nairobi County", country: "Kenya", code: "KE", weight: 2},
	{text: "Remote (Europe)", weight: 5, remote: true},
	{text: "Remote (Germany)", country: "Germany", code: "DE", weight: 3, remote: true},
	{text: "Remote (United States)", country: "United States", code: "US", weight: 3, remote: true},
}

// nameGroup is a naming tradition, so that first and last names go together
// the way they do in real candidate lists.
type nameGroup struct {
	first, last []string
	phone       string // country calling code, e.g. "+49"
	digits      int    // national number length
}

var nameGroups = []nameGroup{
	{phone: "+49", digits: 11,
		first: []string{"Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Maximilian", "Sophie", "Paul", "Marie", "Jan", "Katharina"},
		last:  []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann", "Schäfer", "Koch", "Richter", "Krüger"}},
	{phone: "+44", digits: 10,
		first: []string{"James", "Emily", "Oliver", "Charlotte", "Harry", "Amelia", "George", "Isla", "Thomas", "Jessica", "William", "Chloe"},
		last:  []string{"Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Green", "Roberts", "Walker", "Wright", "Clarke", "Hughes"}},
	{phone: "+1", digits: 10,
		first: []string{"Michael", "Ashley", "Tyler", "Madison", "Brandon", "Samantha", "Jordan", "Taylor", "Marcus", "Jasmine", "Kevin", "Lauren"},
		last:  []string{"Johnson", "Williams", "Miller", "Davis", "Anderson", "Thompson", "Harris", "Jackson", "Mitchell", "Bennett", "Coleman", "Foster"}},
	{phone: "+353", digits: 9,
		first: []string{"Aoife", "Ciarán", "Niamh", "Seán", "Siobhán", "Eoin", "Róisín", "Darragh", "Orla", "Cian"},
		last:  []string{"Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan", "O'Connor", "Doyle", "McCarthy", "Brennan"}},
	{phone: "+34", digits: 9,
		first: []string{"Lucía", "Alejandro", "María", "Javier", "Carmen", "Pablo", "Elena", "Sergio", "Marta", "Diego", "Ana María", "José Luis"},
		last:  []string{"García", "Martínez", "López", "Sánchez", "González", "Fernández", "Romero", "Navarro", "Torres", "Ruiz", "García López", "Díaz Moreno"}},
	{phone: "+52", digits: 10,
		first: []string{"Valentina", "Santiago", "Camila", "Mateo", "Ximena", "Emiliano", "Fernanda", "Andrés", "Regina", "Leonardo"},
		last:  []string{"Hernández", "Ramírez", "Flores", "Cruz", "Morales", "Reyes", "Gutiérrez", "Castillo", "Vargas", "Mendoza"}},
	{phone: "+55", digits: 11,
		first: []string{"João", "Beatriz", "Pedro", "Mariana", "Gabriel", "Larissa", "Rafael", "Juliana", "Thiago", "Letícia"},
		last:  []string{"Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Ferreira", "Rodrigues", "Carvalho"}},
	{phone: "+351", digits: 9,
		first: []string{"Inês", "Tiago", "Margarida", "Duarte", "Catarina", "Rodrigo", "Mafalda", "Gonçalo"},
		last:  []string{"Fonseca", "Marques", "Gonçalves", "Ribeiro", "Pinto", "Teixeira", "Moreira", "Correia"}},
	{phone: "+33", digits: 9,
		first: []string{"Camille", "Louis", "Chloé", "Hugo", "Manon", "Théo", "Léa", "Antoine", "Inès", "Julien"},
		last:  []string{"Martin", "Bernard", "Dubois", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard", "Fournier", "Mercier"}},
	{phone: "+39", digits: 10,
		first: []string{"Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara", "Lorenzo"},
		last:  []string{"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco"}},
	{phone: "+31", digits: 9,
		first: []string{"Daan", "Sanne", "Bram", "Lotte", "Thijs", "Femke", "Jeroen", "Anouk"},
		last:  []string{"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer"}},
	{phone: "+48", digits: 9,
		first: []string{"Jakub", "Zofia", "Kacper", "Julia", "Mateusz", "Aleksandra", "Piotr", "Magdalena", "Łukasz", "Agnieszka"},
		last:  []string{"Nowak", "Wójcik", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król", "Pawlak", "Michalak"}},
	{phone: "+46", digits: 9,
		first: []string{"Erik", "Astrid", "Lars", "Ingrid", "Oskar", "Freja", "Magnus", "Elin", "Nils", "Maja"},
		last:  []string{"Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Berg", "Lindström", "Sjöberg", "Eriksson", "Holm"}},
	{phone: "+91", digits: 10,
		first: []string{"Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Sneha", "Karthik", "Divya", "Aditya", "Meera", "Karan"},
		last:  []string{"Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Singh", "Rao", "Mehta", "Kulkarni", "Banerjee", "Menon"}},
	{phone: "+86", digits: 11,
		first: []string{"Wei", "Jing", "Hao", "Xin", "Yu", "Lei", "Min", "Yan", "Jie", "Tao", "Lin", "Fang"},
		last:  []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"}},
	{phone: "+81", digits: 10,
		first: []string{"Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kenji", "Yuki"},
		last:  []string{"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"}},
	{phone: "+82", digits: 10,
		first: []string{"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Hyun-woo", "Soo-ah"},
		last:  []string{"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"}},
	{phone: "+234", digits: 10,
		first: []string{"Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka", "Ifeanyi", "Yetunde"},
		last:  []string{"Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun", "Nwosu", "Adebayo", "Obi", "Ogunleye", "Chukwu"}},
	{phone: "+254", digits: 9,
		first: []string{"Amani", "Wanjiru", "Brian", "Achieng", "Kevin", "Zawadi", "Dennis", "Faith", "Baraka", "Mercy"},
		last:  []string{"Kamau", "Otieno", "Wanjiku", "Mwangi", "Ochieng", "Kiprono", "Njoroge", "Mutua", "Odhiambo", "Chebet"}},
	{phone: "+971", digits: 9,
		first: []string{"Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour", "Hassan", "Amira", "Tariq", "Salma"},
		last:  []string{"Haddad", "Khalil", "Mansour", "Saleh", "Nasser", "Farouk", "Aziz", "Hamdan", "Rahman", "El-Amin"}},
	{phone: "+90", digits: 10,
		first: []string{"Emre", "Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Can", "Defne"},
		last:  []string{"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"}},
	{phone: "+84", digits: 9,
		first: []string{"Anh", "Minh", "Linh", "Tuan", "Huong", "Duc", "Thao", "Nam"},
		last:  []string{"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"}},
	{phone: "+63", digits: 10,
		first: []string{"Angelica", "Paolo", "Kristine", "Miguel", "Patricia", "Carlo"},
		last:  []string{"Santos", "Reyes", "Bautista", "Ocampo", "Villanueva", "Aquino", "Dela Cruz"}},
}

// foldASCII maps the letters used in the name tables to what people type in
// an email address.
var foldASCII = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ą': "a",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ę': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ı': "i",
	'ó': "o", 'ò': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u",
	'ç': "c", 'ć': "c", 'ñ': "n", 'ń': "n", 'ł': "l", 'ś': "s", 'ş': "s", 'ź': "z", 'ż': "z", 'ğ': "g", 'ß': "ss",
}

// weighted is a value with its share of draws.
type weighted[T any] struct {
	v T
	w int
}

var candidateSources = []weighted[string]{
	{"Careers site", 30}, {"LinkedIn", 28}, {"Referral", 12}, {"Indeed", 12},
	{"Agency", 5}, {"Glassdoor", 5}, {"Sourced", 4}, {"Job fair", 2}, {"GitHub", 2},
}

var commonTags = []string{"senior", "junior", "relocation", "visa-sponsorship", "remote-only", "silver-medalist", "leadership", "returning-candidate"}

// employmentTypes are drawn for titles that do not fix one.
var employmentTypes = []weighted[string]{{"full_time", 84}, {"contract", 8}, {"part_time", 5}, {"temporary", 3}}

// Where applications sit, by outcome, as slots of their job's pipeline
// (see pipelines.go): active ones spread over the pipeline, rejections
// happen mostly early, withdrawals anywhere.
var (
	activeSlots = []weighted[slot]{
		{slotSourced, 8}, {slotApplied, 30}, {slotScreen, 18}, {slotAssessment, 12},
		{slotInterview, 15}, {slotLastInterview, 7}, {slotCheck, 4}, {slotOffer, 6},
	}
	rejectedSlots = []weighted[slot]{
		{slotSourced, 5}, {slotApplied, 35}, {slotScreen, 25}, {slotAssessment, 15},
		{slotInterview, 12}, {slotLastInterview, 5}, {slotCheck, 1}, {slotOffer, 2},
	}
	withdrawnSlots = []weighted[slot]{
		{slotSourced, 6}, {slotApplied, 20}, {slotScreen, 25}, {slotAssessment, 15},
		{slotInterview, 18}, {slotLastInterview, 8}, {slotCheck, 2}, {slotOffer, 6},
	}
)

// Outcomes by job state: open jobs still have most candidates in play;
// closed and archived jobs have made their decisions.
var (
	openOutcomes = []weighted[ats.ApplicationStatus]{
		{ats.ApplicationActive, 55}, {ats.ApplicationRejected, 33}, {ats.ApplicationWithdrawn, 8}, {ats.ApplicationHired, 4},
	}
	closedOutcomes = []weighted[ats.ApplicationStatus]{
		{ats.ApplicationActive, 3}, {ats.ApplicationRejected, 72}, {ats.ApplicationWithdrawn, 11}, {ats.ApplicationHired, 14},
	}
)
