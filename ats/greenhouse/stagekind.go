package greenhouse

import (
	"slices"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// Greenhouse stages are a job's interview plan, named freely by each
// account, with no kind of their own. atsbridge infers a kind from the
// name first, and for a name it does not recognise from the stage's place
// in its job's pipeline: the first stage is where applications land
// (applied), and any other stage shares the kind of the nearest stage
// before it whose name is recognised. So a custom "Culture Chat" after
// "Face to Face" is an interview, and the same stage gets the same kind
// in GET /jobs/{id}/stages and in every application.

// pipeline is one job's active stages in order.
type pipeline []wireStage

// newPipeline orders a job's stages (any order, other jobs' and inactive
// stages included) into its pipeline.
func newPipeline(job string, stages []wireStage) pipeline {
	var p pipeline
	for _, s := range stages {
		if string(s.JobID) == job && (s.Active == nil || *s.Active) {
			p = append(p, s)
		}
	}
	slices.SortStableFunc(p, func(a, b wireStage) int {
		if d := a.order() - b.order(); d != 0 {
			return d
		}
		return strings.Compare(string(a.ID), string(b.ID))
	})
	return p
}

// kinds is the kind of every stage of the pipeline, by position.
func (p pipeline) kinds() []ats.StageKind {
	out := make([]ats.StageKind, len(p))
	prev := ats.StageApplied
	for i, s := range p {
		k, ok := ats.KindOfStageName(s.Name)
		if !ok {
			k = prev // the first stage's is applied
		}
		if k != ats.StageOther {
			prev = k
		}
		out[i] = k
	}
	return out
}

// kindOf is the kind of the stage with id in the pipeline; a stage the
// pipeline does not have (an inactive one) is read by its name, else
// other.
func (p pipeline) kindOf(id, name string) ats.StageKind {
	if i := slices.IndexFunc(p, func(s wireStage) bool { return string(s.ID) == id }); i >= 0 {
		return p.kinds()[i]
	}
	if k, ok := ats.KindOfStageName(name); ok {
		return k
	}
	return ats.StageOther
}

// jobStages maps the pipeline for GET /jobs/{id}/stages.
func (p pipeline) jobStages() []ats.JobStage {
	kinds := p.kinds()
	out := make([]ats.JobStage, 0, len(p))
	for i, s := range p {
		out = append(out, ats.JobStage{ID: string(s.ID), Name: s.Name, Kind: kinds[i], Position: i})
	}
	return out
}
