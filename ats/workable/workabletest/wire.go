package workabletest

import (
	"fmt"
	"path"
	"strings"
	"time"
)

// The JSON shapes below use Workable's real field names (providers.md A4).

type jobJSON struct {
	ID                  string         `json:"id"`
	Title               string         `json:"title"`
	FullTitle           string         `json:"full_title"`
	Shortcode           string         `json:"shortcode"`
	Code                *string        `json:"code"`
	State               string         `json:"state"`
	Sample              bool           `json:"sample"`
	Confidential        bool           `json:"confidential"`
	Department          *string        `json:"department"`
	DepartmentHierarchy []deptJSON     `json:"department_hierarchy"`
	URL                 string         `json:"url"`
	ApplicationURL      string         `json:"application_url"`
	Shortlink           string         `json:"shortlink"`
	WorkplaceType       *string        `json:"workplace_type"`
	Location            locationJSON   `json:"location"`
	Locations           []locationItem `json:"locations"`
	Salary              *struct{}      `json:"salary"`
	CreatedAt           string         `json:"created_at"`
	UpdatedAt           string         `json:"updated_at"`
	Keywords            []string       `json:"keywords"`

	// Only on GET /jobs/{shortcode}.
	EmploymentType  *string `json:"employment_type,omitempty"`
	Description     *string `json:"description,omitempty"`
	FullDescription *string `json:"full_description,omitempty"`
	Requirements    *string `json:"requirements,omitempty"`
	Benefits        *string `json:"benefits,omitempty"`
}

type deptJSON struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type locationJSON struct {
	LocationStr   string  `json:"location_str"`
	Country       *string `json:"country"`
	CountryCode   *string `json:"country_code"`
	Region        *string `json:"region"`
	RegionCode    *string `json:"region_code"`
	City          *string `json:"city"`
	ZipCode       *string `json:"zip_code"`
	Telecommuting bool    `json:"telecommuting"`
	WorkplaceType *string `json:"workplace_type"`
}

type locationItem struct {
	CountryCode *string `json:"country_code"`
	CountryName *string `json:"country_name"`
	City        *string `json:"city"`
	Hidden      bool    `json:"hidden"`
}

func (s *Server) jobJSON(j Job, detail bool) jobJSON {
	loc := locationJSON{
		LocationStr: strings.Join(nonEmpty(j.City, j.Country), ", "),
		Country:     opt(j.Country), CountryCode: opt(j.CountryCode), City: opt(j.City),
		// Workable fills region_code with the region's name and leaves
		// region null in recorded responses.
		RegionCode:    opt(j.Region),
		Telecommuting: j.Workplace == "remote",
		WorkplaceType: opt(j.Workplace),
	}
	out := jobJSON{
		ID: j.ID, Title: j.Title, FullTitle: j.Title, Shortcode: j.Shortcode, State: j.State,
		Department: opt(j.Department),
		URL:        fmt.Sprintf("https://%s.workable.com/jobs/%d", s.opts.Subdomain, idNumber(j.ID)),
		ApplicationURL: fmt.Sprintf("https://%s.workable.com/jobs/%d/candidates/new", s.opts.Subdomain,
			idNumber(j.ID)),
		Shortlink:     "https://apply.workable.com/j/" + j.Shortcode,
		WorkplaceType: opt(j.Workplace),
		Location:      loc,
		Locations:     []locationItem{{CountryCode: opt(j.CountryCode), CountryName: opt(j.Country), City: opt(j.City)}},
		CreatedAt:     stamp(j.CreatedAt), UpdatedAt: stamp(j.UpdatedAt),
	}
	if j.Department != "" {
		out.DepartmentHierarchy = []deptJSON{{ID: 792289334, Name: j.Department}}
	} else {
		out.DepartmentHierarchy = []deptJSON{}
	}
	if detail {
		out.EmploymentType = opt(j.EmploymentType)
		out.Description = new(j.Description)
		out.FullDescription = new(j.Description + "<h3>Requirements</h3><p>Curiosity.</p>")
		out.Requirements = new("<p>Curiosity.</p>")
		out.Benefits = new("")
	}
	return out
}

type candidateJSON struct {
	ID                     string        `json:"id"`
	Name                   string        `json:"name"`
	FirstName              string        `json:"firstname"`
	LastName               string        `json:"lastname"`
	Headline               *string       `json:"headline"`
	Account                accountJSON   `json:"account"`
	Job                    *jobRefJSON   `json:"job"`
	Stage                  string        `json:"stage"`
	StageKind              string        `json:"stage_kind"`
	Disqualified           bool          `json:"disqualified"`
	Withdrew               bool          `json:"withdrew"`
	Anonymized             bool          `json:"anonymized"`
	DisqualificationReason *string       `json:"disqualification_reason"`
	HiredAt                *string       `json:"hired_at"`
	MovedToOfferAt         *string       `json:"moved_to_offer_at"`
	Sourced                bool          `json:"sourced"`
	ProfileURL             string        `json:"profile_url"`
	Address                *string       `json:"address"`
	Phone                  *string       `json:"phone"`
	Email                  string        `json:"email"`
	Domain                 *string       `json:"domain"`
	Outlet                 *string       `json:"outlet"`
	CommonSource           *string       `json:"common_source"`
	CommonSourceCategory   *string       `json:"common_source_category"`
	CreatedAt              string        `json:"created_at"`
	UpdatedAt              string        `json:"updated_at"`
	ResumeMetadata         *resumeMeta   `json:"resume_metadata"`
	TalentPool             *talentPoolJS `json:"talent_pool,omitempty"`
}

// candidateFull holds the fields only a single-candidate answer (GET, create,
// copy) has.
type candidateFull struct {
	ImageURL          *string  `json:"image_url"`
	DisqualifiedAt    *string  `json:"disqualified_at"`
	CoverLetter       *string  `json:"cover_letter"`
	Summary           *string  `json:"summary"`
	EducationEntries  []any    `json:"education_entries"`
	ExperienceEntries []any    `json:"experience_entries"`
	Skills            []any    `json:"skills"`
	Answers           []any    `json:"answers"`
	ResumeURL         *string  `json:"resume_url"`
	SocialProfiles    []any    `json:"social_profiles"`
	Tags              []string `json:"tags"`
	Location          *struct {
		LocationStr *string `json:"location_str"`
	} `json:"location"`
	OriginatingCandidateID *string `json:"originating_candidate_id"`
}

type resumeMeta struct {
	Filename string `json:"filename"`
	Filetype string `json:"filetype"`
}

type accountJSON struct {
	Subdomain string `json:"subdomain"`
	Name      string `json:"name"`
}

type jobRefJSON struct {
	Shortcode string `json:"shortcode"`
	Title     string `json:"title"`
}

type talentPoolJS struct {
	TalentPoolID int `json:"talent_pool_id"`
}

// candidateJSON renders c; detail adds the fields of a single-candidate
// answer. The caller holds s.mu.
func (s *Server) candidateJSON(c Candidate, detail bool) any {
	st := s.stageBySlug(c.JobShortcode, c.StageSlug)
	out := candidateJSON{
		ID: c.ID, Name: c.Name, FirstName: c.FirstName, LastName: c.LastName, Headline: opt(c.Headline),
		Account: accountJSON{Subdomain: s.opts.Subdomain, Name: strings.ToUpper(s.opts.Subdomain[:1]) + s.opts.Subdomain[1:]},
		Stage:   st.Name, StageKind: st.Kind,
		Disqualified: c.Disqualified, Withdrew: c.Withdrew,
		HiredAt: optTime(c.HiredAt), Sourced: c.Sourced,
		ProfileURL: fmt.Sprintf("https://%s.workable.com/backend/candidates/%d", s.opts.Subdomain, idNumber(c.ID)),
		Phone:      opt(c.Phone), Email: c.Email, Domain: opt(c.Domain), Outlet: new("SPI"),
		CommonSource: opt(c.Domain),
		CreatedAt:    stamp(c.CreatedAt), UpdatedAt: stamp(c.UpdatedAt),
	}
	if c.Disqualified {
		out.DisqualificationReason = new("Other")
		if r, ok := s.reasonByID(c.DisqualifyReasonID); ok {
			out.DisqualificationReason = new(r.Description)
		}
	}
	if c.Resume != nil {
		out.ResumeMetadata = &resumeMeta{Filename: c.Resume.Name, Filetype: strings.TrimPrefix(path.Ext(c.Resume.Name), ".")}
	}
	if c.JobShortcode != "" {
		ref := &jobRefJSON{Shortcode: c.JobShortcode}
		if j, ok := s.jobByShortcode(c.JobShortcode); ok {
			ref.Title = j.Title
		}
		out.Job = ref
	} else {
		out.TalentPool = &talentPoolJS{TalentPoolID: 1}
	}
	if !detail {
		return out
	}
	tags := c.Tags
	if tags == nil {
		tags = []string{}
	}
	full := candidateFull{
		DisqualifiedAt: optTime(c.DisqualifiedAt), ResumeURL: opt(c.ResumeURL), Tags: tags,
		EducationEntries: orEmpty(c.Education), ExperienceEntries: orEmpty(c.Experience), Skills: orEmpty(c.Skills),
		Answers: []any{}, SocialProfiles: orEmpty(c.SocialProfiles),
		OriginatingCandidateID: opt(c.OriginatingID),
	}
	if c.Resume != nil {
		full.ResumeURL = new(s.fileURL(c))
	}
	// A single candidate has every list field plus the detail fields; one
	// flat object is built by embedding both.
	return struct {
		candidateJSON
		candidateFull
	}{out, full}
}

func orEmpty(v []any) []any {
	if v == nil {
		return []any{}
	}
	return v
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optTime(t *time.Time) *string {
	if t == nil {
		return nil
	}
	return new(stamp(*t))
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// idNumber turns a hex id into the different numeric id the web app shows
// (resource ids in the API differ from ids in web URLs).
func idNumber(hex string) int64 {
	var n int64
	_, _ = fmt.Sscanf(hex, "%x", &n)
	return 650000000 + n%10000000
}
