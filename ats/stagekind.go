package ats

import "strings"

// Most ATSs let an account name its stages freely and say nothing of what a
// stage is for (Greenhouse, Lever), or say it only for stages they ship
// (Workable's stage_kind). KindOfStageName infers the kind from the name,
// the same way for every provider, so that "Phone Interview" is an
// interview whichever ATS it comes from.

// namedKinds are the words and phrases that name a kind, checked in this
// order, so that "Preliminary Phone Screen" is screening although "Phone
// Interview" is an interview, and "Hiring Manager Interview" is not hired.
// They match whole words only ("lead" is not "leadership").
var namedKinds = []struct {
	kind  StageKind
	words []string
}{
	{StageHired, []string{"hired", "hire"}},
	{StageOffer, []string{"offer", "offers"}},
	{StageOther, []string{"reference", "references", "reference check", "background check", "debrief", "decision"}},
	{StageSourced, []string{"sourced", "sourcing", "prospect", "prospects", "lead", "leads", "reached out", "responded"}},
	{StageApplied, []string{"application review", "applied", "application", "applications", "applicant", "applicants",
		"new applicant", "inbox", "resume review", "cv review"}},
	{StageScreening, []string{"screen", "screens", "screening", "screener", "preliminary", "recruiter call", "intro call"}},
	{StageAssessment, []string{"assessment", "assessments", "take home", "take-home", "test", "tests", "challenge",
		"exercise", "assignment", "case study", "homework", "portfolio", "work sample", "coding"}},
	{StageInterview, []string{"interview", "interviews", "face to face", "face-to-face", "onsite", "on-site",
		"panel", "final round", "chat", "meet", "conversation"}},
}

// KindOfStageName infers a stage's kind from its name, reporting false when
// no word of the name says (the caller then decides: Greenhouse by the
// stage's place in its pipeline, others StageOther).
func KindOfStageName(name string) (StageKind, bool) {
	n := " " + strings.Join(strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return r == ' ' || r == '_' || r == '/' || r == '(' || r == ')' || r == ':' || r == ',' || r == '.' || r == '&'
	}), " ") + " "
	for _, nk := range namedKinds {
		for _, w := range nk.words {
			if strings.Contains(n, " "+w+" ") {
				return nk.kind, true
			}
		}
	}
	return "", false
}
