package resume

import (
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// Profile is the parse in the structured form providers take
// (ats.Profile): education and positions as entries, the skill groups'
// keywords as single skills (a group without keywords as its name),
// without repeats, and the profiles of basics. It is the one mapping from
// a parse to what POST /candidates sends on with parse_resume.
func (r *Result) Profile() ats.Profile {
	var p ats.Profile
	for _, e := range r.Resume.Education {
		p.Education = append(p.Education, ats.Education{
			School: e.Institution, Degree: e.StudyType, FieldOfStudy: e.Area, StartDate: e.StartDate, EndDate: e.EndDate,
		})
	}
	for _, w := range r.Resume.Work {
		summary := w.Summary
		if summary == "" {
			summary = strings.Join(w.Highlights, "\n")
		}
		p.Experience = append(p.Experience, ats.Experience{
			Title: w.Position, Company: w.Name, Summary: summary, StartDate: w.StartDate, EndDate: w.EndDate,
			Current: w.EndDate == "" && w.StartDate != "",
		})
	}
	seen := map[string]bool{}
	addSkill := func(s string) {
		s = strings.TrimSpace(s)
		if k := strings.ToLower(s); s != "" && !seen[k] {
			seen[k] = true
			p.Skills = append(p.Skills, s)
		}
	}
	for _, s := range r.Resume.Skills {
		if len(s.Keywords) == 0 {
			addSkill(s.Name)
		}
		for _, k := range s.Keywords {
			addSkill(k)
		}
	}
	for _, pr := range r.Resume.Basics.Profiles {
		network := strings.ToLower(strings.TrimSpace(pr.Network))
		if network == "" {
			network = "other"
		}
		p.Socials = append(p.Socials, ats.SocialProfile{Type: network, URL: pr.URL, Username: pr.Username})
	}
	return p
}
