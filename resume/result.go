package resume

// Result is a parsed resume: the JSON Resume fields (jsonresume.org,
// schema v1.2.1) under Resume, kept valid against that schema (absent
// values are left out, lists are []), and our own facts beside it.
type Result struct {
	Resume Resume `json:"resume"`
	Meta   Meta   `json:"meta"`
	// Candidate holds the fields POST /candidates takes, ready to send.
	Candidate Candidate `json:"candidate"`
}

// Resume is the subset of JSON Resume that the parser fills.
type Resume struct {
	Basics       Basics        `json:"basics"`
	Work         []Work        `json:"work"`
	Education    []Education   `json:"education"`
	Skills       []Skill       `json:"skills"`
	Languages    []Language    `json:"languages"`
	Certificates []Certificate `json:"certificates"`
}

// Basics is JSON Resume's basics.
type Basics struct {
	Name     string    `json:"name,omitempty"`
	Label    string    `json:"label,omitempty"`
	Email    string    `json:"email,omitempty"`
	Phone    string    `json:"phone,omitempty"`
	URL      string    `json:"url,omitempty"`
	Summary  string    `json:"summary,omitempty"`
	Location *Location `json:"location,omitempty"`
	Profiles []Profile `json:"profiles"`
}

// Location is where the candidate lives; CountryCode is ISO 3166-1 alpha-2.
type Location struct {
	City        string `json:"city,omitempty"`
	Region      string `json:"region,omitempty"`
	CountryCode string `json:"countryCode,omitempty"`
}

// Profile is a social or professional network profile.
type Profile struct {
	Network  string `json:"network,omitempty"`
	Username string `json:"username,omitempty"`
	URL      string `json:"url,omitempty"`
}

// Work is one position. Dates are ISO 8601 partial dates ("2021-03",
// "2019"); a missing EndDate means the position is current.
type Work struct {
	Name       string   `json:"name,omitempty"`
	Position   string   `json:"position,omitempty"`
	Location   string   `json:"location,omitempty"`
	StartDate  string   `json:"startDate,omitempty"`
	EndDate    string   `json:"endDate,omitempty"`
	Summary    string   `json:"summary,omitempty"`
	Highlights []string `json:"highlights"`
}

// Education is one degree or course of study.
type Education struct {
	Institution string `json:"institution,omitempty"`
	Area        string `json:"area,omitempty"`
	StudyType   string `json:"studyType,omitempty"`
	StartDate   string `json:"startDate,omitempty"`
	EndDate     string `json:"endDate,omitempty"`
	Score       string `json:"score,omitempty"`
}

// Skill is a named group of keywords.
type Skill struct {
	Name     string   `json:"name,omitempty"`
	Keywords []string `json:"keywords"`
}

// Language is a spoken language and how well.
type Language struct {
	Language string `json:"language,omitempty"`
	Fluency  string `json:"fluency,omitempty"`
}

// Certificate is a certification.
type Certificate struct {
	Name   string `json:"name,omitempty"`
	Issuer string `json:"issuer,omitempty"`
	Date   string `json:"date,omitempty"`
}

// Meta says where the result came from and what to check.
type Meta struct {
	Format   string `json:"format"`   // "pdf", "docx", "odt", "txt"
	Pages    int    `json:"pages"`    // 1 for formats without pages
	Language string `json:"language"` // ISO 639-1 of the text ("en", "de", "fr", "es", "it", "nl", "pt"), "" when unclear
	Producer string `json:"producer,omitempty"`
	// Warnings are things a person should check: "two-column layout",
	// "no work experience found", ...
	Warnings []string `json:"warnings"`
}

// Candidate is the parse as a POST /candidates body: only fields that
// route takes, and only those found.
type Candidate struct {
	Name     string `json:"name,omitempty"`
	Email    string `json:"email,omitempty"`
	Phone    string `json:"phone,omitempty"`
	Headline string `json:"headline,omitempty"`
}
