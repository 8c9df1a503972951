package ats

// Profile is what a resume says about a candidate beyond the fields of
// CandidateInput, in the structured form that some ATSs take with a create
// (Workable's education_entries, experience_entries, skills and
// social_profiles). It is filled from atsbridge's own parse of the resume
// (POST /candidates with parse_resume); a provider whose ATS has no place
// for it ignores it. Dates are ISO 8601 partial dates ("2021-03", "2019"),
// "" when unknown.
type Profile struct {
	Education  []Education
	Experience []Experience
	// Skills are single skills ("Go", "PostgreSQL"), not groups.
	Skills  []string
	Socials []SocialProfile
}

// Empty reports whether p holds nothing to send.
func (p Profile) Empty() bool {
	return len(p.Education) == 0 && len(p.Experience) == 0 && len(p.Skills) == 0 && len(p.Socials) == 0
}

// Education is one school, degree or course of study.
type Education struct {
	School       string
	Degree       string
	FieldOfStudy string
	StartDate    string
	EndDate      string
}

// Experience is one position. Current is set when the resume gives no end
// date.
type Experience struct {
	Title     string
	Company   string
	Summary   string
	StartDate string
	EndDate   string
	Current   bool
}

// SocialProfile is a profile on a network: Type is the network's name in
// lower case ("linkedin", "github", "twitter"), or "other".
type SocialProfile struct {
	Type     string
	URL      string
	Username string
}
