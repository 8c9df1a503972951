package preview

import (
	"slices"

	"github.com/atsbridge/atsbridge/ats"
)

// The sandbox's pipelines: every job has one, chosen by its team and its
// kind of contract the way a recruiting team picks a pipeline template, so
// engineering jobs have a take-home and a technical interview, design jobs
// a portfolio review. Jobs only come from the seed and keep their team and
// contract, so a job's pipeline is derived from the job, never stored.

// The stages the pipelines are made of. Ids are the sandbox's own, shared by
// every pipeline a stage is in (as Greenhouse's stage templates or Lever's
// account-wide stages are): a stage id of one job's pipeline may still not
// be a stage of another job.
var (
	stageSourced         = ats.Stage{ID: "stg_sourced", Name: "Sourced", Kind: ats.StageSourced}
	stageApplied         = ats.Stage{ID: "stg_applied", Name: "Applied", Kind: ats.StageApplied}
	stagePhoneScreen     = ats.Stage{ID: "stg_phone_screen", Name: "Phone Screen", Kind: ats.StageScreening}
	stageRecruiterScreen = ats.Stage{ID: "stg_recruiter_screen", Name: "Recruiter Screen", Kind: ats.StageScreening}
	stageAssessment      = ats.Stage{ID: "stg_assessment", Name: "Assessment", Kind: ats.StageAssessment}
	stageTakeHome        = ats.Stage{ID: "stg_take_home", Name: "Take-home", Kind: ats.StageAssessment}
	stagePortfolio       = ats.Stage{ID: "stg_portfolio_review", Name: "Portfolio Review", Kind: ats.StageAssessment}
	stageCaseStudy       = ats.Stage{ID: "stg_case_study", Name: "Case Study", Kind: ats.StageAssessment}
	stageInterview       = ats.Stage{ID: "stg_interview", Name: "Interview", Kind: ats.StageInterview}
	stageTechInterview   = ats.Stage{ID: "stg_technical_interview", Name: "Technical Interview", Kind: ats.StageInterview}
	stageFinalInterview  = ats.Stage{ID: "stg_final_interview", Name: "Final Interview", Kind: ats.StageInterview}
	stageReferenceCheck  = ats.Stage{ID: "stg_reference_check", Name: "Reference Check", Kind: ats.StageOther}
	stageOffer           = ats.Stage{ID: "stg_offer", Name: "Offer", Kind: ats.StageOffer}
	stageHired           = ats.Stage{ID: "stg_hired", Name: "Hired", Kind: ats.StageHired}
)

// The pipeline templates. Each covers every kind from sourced to hired;
// every one starts Sourced, Applied (where new applications go) and ends
// Offer, Hired.
var (
	pipelineStandard    = []ats.Stage{stageSourced, stageApplied, stagePhoneScreen, stageAssessment, stageInterview, stageFinalInterview, stageOffer, stageHired}
	pipelineEngineering = []ats.Stage{stageSourced, stageApplied, stageRecruiterScreen, stageTakeHome, stageTechInterview, stageFinalInterview, stageOffer, stageHired}
	pipelineDesign      = []ats.Stage{stageSourced, stageApplied, stagePhoneScreen, stagePortfolio, stageInterview, stageFinalInterview, stageOffer, stageHired}
	pipelineAnalytical  = []ats.Stage{stageSourced, stageApplied, stagePhoneScreen, stageCaseStudy, stageInterview, stageFinalInterview, stageOffer, stageHired}
	pipelineCommercial  = []ats.Stage{stageSourced, stageApplied, stagePhoneScreen, stageAssessment, stageInterview, stageReferenceCheck, stageOffer, stageHired}
	pipelineShort       = []ats.Stage{stageSourced, stageApplied, stagePhoneScreen, stageAssessment, stageInterview, stageOffer, stageHired}
)

// pipelineOf is the template of job j: a short one for internships and
// temporary jobs, else the one of its team.
func pipelineOf(j ats.Job) []ats.Stage {
	if j.EmploymentType != nil && (*j.EmploymentType == "internship" || *j.EmploymentType == "temporary") {
		return pipelineShort
	}
	dept := ""
	if j.Department != nil {
		dept = *j.Department
	}
	switch dept {
	case "Engineering":
		return pipelineEngineering
	case "Design":
		return pipelineDesign
	case "Data", "Product":
		return pipelineAnalytical
	case "Sales", "Customer Success":
		return pipelineCommercial
	}
	return pipelineStandard
}

// Pipeline is job j's pipeline, in order: what GET /jobs/{id}/stages lists.
func Pipeline(j ats.Job) []ats.JobStage {
	p := pipelineOf(j)
	out := make([]ats.JobStage, len(p))
	for i, s := range p {
		out[i] = ats.JobStage{ID: s.ID, Name: s.Name, Kind: s.Kind, Position: i}
	}
	return out
}

// stageIn returns the stage of pipeline p with id, if p has it.
func stageIn(p []ats.Stage, id string) (ats.Stage, bool) {
	i := slices.IndexFunc(p, func(s ats.Stage) bool { return s.ID == id })
	if i < 0 {
		return ats.Stage{}, false
	}
	return p[i], true
}

// slot is a place in a pipeline, whatever the job's template calls it: the
// seed draws where an application sits as a slot, so that the same draw
// places it in every template.
type slot int

const (
	slotSourced slot = iota
	slotApplied
	slotScreen
	slotAssessment
	slotInterview
	slotLastInterview
	slotCheck // a stage between the interviews and the offer, where the template has one
	slotOffer
	slotHired
)

// stageAt is the stage of pipeline p at slot s: the stage of the slot's
// kind (the first interview, or the last for slotLastInterview); slotCheck
// is the template's stage of kind other, else its last interview.
func stageAt(p []ats.Stage, s slot) ats.Stage {
	kinds := [...]ats.StageKind{
		slotSourced: ats.StageSourced, slotApplied: ats.StageApplied, slotScreen: ats.StageScreening,
		slotAssessment: ats.StageAssessment, slotInterview: ats.StageInterview, slotLastInterview: ats.StageInterview,
		slotCheck: ats.StageOther, slotOffer: ats.StageOffer, slotHired: ats.StageHired,
	}
	last := s == slotLastInterview
	if s == slotCheck && !slices.ContainsFunc(p, func(st ats.Stage) bool { return st.Kind == ats.StageOther }) {
		last = true
		s = slotLastInterview
	}
	found := ats.Stage{}
	for _, st := range p {
		if st.Kind == kinds[s] {
			found = st
			if !last {
				break
			}
		}
	}
	return found
}
