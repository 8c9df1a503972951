package resume

import (
	"reflect"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

func TestProfile(t *testing.T) {
	r := &Result{Resume: Resume{
		Basics: Basics{Profiles: []Profile{{Network: "LinkedIn", URL: "https://linkedin.com/in/maya", Username: "maya"}, {URL: "https://maya.example"}}},
		Work: []Work{
			{Name: "Wayfair", Position: "Senior Engineer", StartDate: "2021-03", Highlights: []string{"Led a migration.", "Cut latency."}},
			{Name: "Toast", Position: "Engineer", StartDate: "2017-06", EndDate: "2021-02", Summary: "Payments."},
		},
		Education: []Education{{Institution: "MIT", StudyType: "BSc", Area: "Computer Science", StartDate: "2013", EndDate: "2017"}},
		Skills:    []Skill{{Name: "Languages", Keywords: []string{"Go", "Python", "go"}}, {Name: "Kubernetes"}},
	}}
	want := ats.Profile{
		Education: []ats.Education{{School: "MIT", Degree: "BSc", FieldOfStudy: "Computer Science", StartDate: "2013", EndDate: "2017"}},
		Experience: []ats.Experience{
			{Title: "Senior Engineer", Company: "Wayfair", Summary: "Led a migration.\nCut latency.", StartDate: "2021-03", Current: true},
			{Title: "Engineer", Company: "Toast", Summary: "Payments.", StartDate: "2017-06", EndDate: "2021-02"},
		},
		Skills:  []string{"Go", "Python", "Kubernetes"},
		Socials: []ats.SocialProfile{{Type: "linkedin", URL: "https://linkedin.com/in/maya", Username: "maya"}, {Type: "other", URL: "https://maya.example"}},
	}
	if got := r.Profile(); !reflect.DeepEqual(got, want) {
		t.Errorf("Profile()\n got %+v\nwant %+v", got, want)
	}
	if !(&Result{}).Profile().Empty() {
		t.Error("the profile of an empty parse is not empty")
	}
}
