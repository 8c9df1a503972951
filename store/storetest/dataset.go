package storetest

import (
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// t0 is the dataset's epoch; every timestamp is t0 plus whole hours, with a
// few one-nanosecond offsets that only an exact store orders correctly.
var t0 = time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)

// at returns t0 plus n hours.
func at(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }

// ns returns t plus one nanosecond.
func ns(t time.Time) time.Time { return t.Add(time.Nanosecond) }

func str(s string) *string { return &s }

func tm(t time.Time) *time.Time { return &t }

var (
	berlin  = ats.Location{Text: "Berlin, Germany", City: str("Berlin"), Country: str("Germany"), CountryCode: str("DE")}
	newYork = ats.Location{Text: "New York, NY, United States", City: str("New York"), Region: str("NY"), Country: str("United States"), CountryCode: str("US")}
	remote  = ats.Location{Text: "Remote"}
	zurich  = ats.Location{Text: "Zürich, Switzerland", City: str("Zürich"), Region: str("ZH"), Country: str("Switzerland"), CountryCode: str("CH")}
)

// The highest numbers in the dataset's ids; its sequences continue after
// them. They are gaps, not counts, so a store that counts rows instead of
// continuing the seed's sequences is caught.
const (
	maxSeededCandidate   = 40
	maxSeededApplication = 57
)

// dataset builds the suite's seed. The slices are deliberately not in list
// order (ties and one-nanosecond differences are listed in reverse), so a
// store that returns insertion order fails the ordering clauses.
//
// List order of jobs (created_at, id):
//
//	job_001 h0, job_003 h2, job_004 h3, job_005 h3, job_006 h5, job_007 h6,
//	job_008 h7, job_063 h8, job_009 h8+1ns, job_002 h10
//
// of candidates:
//
//	cand_001 h20, cand_002 h21, cand_003 h22, cand_004 h23, cand_005 h23,
//	cand_007 h24, cand_006 h24+1ns, cand_008 h25, cand_009 h26, cand_010 h27,
//	cand_011 h28, cand_040 h29
//
// and of applications (applied_at, id):
//
//	app_0001 h30, app_0002 h31, app_0003 h32, app_0004 h33, app_0005 h33,
//	app_0006 h34, app_0007 h35, app_0008 h36, app_0010 h37, app_0009 h37+1ns,
//	app_0011 h38, app_0012 h39, app_0013 h40, app_0014 h41, app_0015 h42,
//	app_0057 h43
func dataset() preview.Dataset {
	job := func(id, title string, st ats.JobStatus, dept *string, loc ats.Location, created, updated time.Time) ats.Job {
		return ats.Job{
			ID: id, Title: title, Status: st, Department: dept, Location: loc,
			Workplace: str(ats.WorkplaceHybrid), EmploymentType: str("full_time"),
			Description: str("<p>About the " + title + " role.</p>"),
			URL:         str("https://jobs.example.com/" + id), ApplyURL: str("https://jobs.example.com/" + id + "/apply"),
			CreatedAt: created, UpdatedAt: updated,
		}
	}
	jobs := []ats.Job{
		job("job_002", "Account Executive", ats.JobOpen, str("Sales"), newYork, at(10), at(10)),
		job("job_001", "Senior Go Engineer", ats.JobOpen, str("Engineering"), berlin, at(0), at(100)),
		job("job_003", "Backend Engineer (Go)", ats.JobClosed, str("Engineering"), remote, at(2), at(50)),
		job("job_005", "Sales_Lead, 100% Commission", ats.JobDraft, str("Sales"), berlin, at(3), at(4)),
		job("job_004", "Ingeniería de Datos", ats.JobOpen, str("Ingeniería"), zurich, at(3), at(3)),
		job("job_006", "Office Manager", ats.JobArchived, nil, berlin, at(5), at(200)),
		job("job_007", "Frontend Engineer", ats.JobOpen, str("Engineering"), zurich, at(6), at(60)),
		job("job_009", "Data Analyst, 100 Percent Remote", ats.JobArchived, nil, remote, ns(at(8)), ns(at(8))),
		job("job_008", "SalesXLead", ats.JobClosed, str("Sales"), newYork, at(7), at(7)),
		job("job_063", "Recruiter", ats.JobDraft, str("People"), remote, at(8), at(9)),
	}
	jobs[0].Workplace = nil // absent values stay absent
	jobs[0].EmploymentType = nil

	cand := func(id, first, last, email string, created, updated time.Time) ats.Candidate {
		return ats.Candidate{
			ID: id, FirstName: first, LastName: last, Name: first + " " + last, Email: email,
			CreatedAt: created, UpdatedAt: updated,
		}
	}
	cands := []ats.Candidate{
		cand("cand_001", "Ada", "Lovelace", "ada@example.com", at(20), at(20)),
		cand("cand_002", "Grace", "Hopper", "Grace.Hopper@Example.COM", at(21), at(30)),
		cand("cand_003", "Alan", "Turing", "alan@example.com", at(22), at(22)),
		cand("cand_005", "Margaret", "Hamilton", "mh@example.com", at(23), at(23)),
		cand("cand_004", "Katherine", "Johnson", "kj@example.com", at(23), at(40)),
		cand("cand_006", "Linus", "Torvalds", "lt@example.com", ns(at(24)), ns(at(24))),
		cand("cand_007", "Barbara", "Liskov", "bl@example.com", at(24), at(50)),
		cand("cand_008", "Ken", "Thompson", "kt@example.com", at(25), at(25)),
		cand("cand_009", "Dennis", "Ritchie", "dr@example.com", at(26), at(26)),
		cand("cand_010", "Radia", "Perlman", "rp@example.com", at(27), at(27)),
		cand("cand_011", "Frances", "Allen", "fa@example.com", at(28), at(60)),
		cand("cand_040", "Edsger", "Dijkstra", "ed@example.com", at(29), at(29)),
	}
	cands[0].Phone = str("+44 20 7946 0000")
	cands[0].Headline = str("Analyst of engines")
	cands[0].Source = str("referral")
	cands[0].Tags = []string{"math", "pioneer"}
	cands[0].ResumeURL = str("https://files.example.com/ada.pdf")
	cands[2].Tags = []string{"crypto"}

	app := func(id, cand, job string, kind ats.StageKind, stage string, st ats.ApplicationStatus, applied, updated time.Time) ats.Application {
		return ats.Application{
			ID: id, CandidateID: cand, JobID: job,
			Stage:  ats.Stage{ID: "stage_" + string(kind), Name: stage, Kind: kind},
			Status: st, Source: str("careers_site"), AppliedAt: applied, UpdatedAt: updated,
		}
	}
	apps := []ats.Application{
		app("app_0001", "cand_001", "job_001", ats.StageApplied, "Applied", ats.ApplicationActive, at(30), at(30)),
		app("app_0002", "cand_001", "job_002", ats.StageInterview, "Phone Interview", ats.ApplicationActive, at(31), at(35)),
		app("app_0003", "cand_001", "job_003", ats.StageHired, "Hired", ats.ApplicationHired, at(32), at(40)),
		app("app_0005", "cand_002", "job_004", ats.StageAssessment, "Take-home", ats.ApplicationActive, at(33), at(33)),
		app("app_0004", "cand_002", "job_001", ats.StageScreening, "Recruiter Screen", ats.ApplicationRejected, at(33), at(34)),
		app("app_0006", "cand_003", "job_001", ats.StageOffer, "Offer", ats.ApplicationActive, at(34), at(36)),
		app("app_0007", "cand_003", "job_007", ats.StageSourced, "Sourced", ats.ApplicationActive, at(35), at(35)),
		app("app_0008", "cand_004", "job_008", ats.StageOther, "Talent Pool", ats.ApplicationWithdrawn, at(36), at(37)),
		app("app_0009", "cand_005", "job_001", ats.StageInterview, "Onsite", ats.ApplicationRejected, ns(at(37)), at(38)),
		app("app_0010", "cand_006", "job_001", ats.StageApplied, "Applied", ats.ApplicationActive, at(37), at(37)),
		app("app_0011", "cand_007", "job_002", ats.StageHired, "Hired", ats.ApplicationHired, at(38), at(45)),
		app("app_0012", "cand_008", "job_004", ats.StageScreening, "Screen", ats.ApplicationWithdrawn, at(39), at(39)),
		app("app_0013", "cand_009", "job_007", ats.StageApplied, "Applied", ats.ApplicationActive, at(40), at(40)),
		app("app_0014", "cand_010", "job_002", ats.StageSourced, "Sourced", ats.ApplicationRejected, at(41), at(42)),
		app("app_0015", "cand_040", "job_001", ats.StageAssessment, "Coding Test", ats.ApplicationActive, at(42), at(42)),
		app("app_0057", "cand_001", "job_004", ats.StageOther, "On Hold", ats.ApplicationActive, at(43), at(50)),
	}
	apps[2].HiredAt = tm(at(40))
	apps[4].RejectedAt = tm(at(34))
	apps[8].RejectedAt = tm(at(38))
	apps[10].HiredAt = tm(at(45))
	apps[13].RejectedAt = tm(at(42))
	apps[0].Source = nil

	return preview.Dataset{Jobs: jobs, Candidates: cands, Applications: apps, Next: map[preview.Sequence]int64{
		preview.SeqCandidate: maxSeededCandidate + 1, preview.SeqApplication: maxSeededApplication + 1,
	}}
}

// The list orders of the whole dataset, as documented on dataset.
var (
	allJobs = []string{"job_001", "job_003", "job_004", "job_005", "job_006", "job_007", "job_008", "job_063", "job_009", "job_002"}

	allCandidates = []string{"cand_001", "cand_002", "cand_003", "cand_004", "cand_005", "cand_007", "cand_006", "cand_008", "cand_009", "cand_010", "cand_011", "cand_040"}

	allApplications = []string{"app_0001", "app_0002", "app_0003", "app_0004", "app_0005", "app_0006", "app_0007", "app_0008", "app_0010", "app_0009", "app_0011", "app_0012", "app_0013", "app_0014", "app_0015", "app_0057"}

	// applicationIDs is each seeded candidate's ApplicationIDs, in
	// (applied_at, id) order.
	applicationIDs = map[string][]string{
		"cand_001": {"app_0001", "app_0002", "app_0003", "app_0057"},
		"cand_002": {"app_0004", "app_0005"},
		"cand_003": {"app_0006", "app_0007"},
		"cand_004": {"app_0008"},
		"cand_005": {"app_0009"},
		"cand_006": {"app_0010"},
		"cand_007": {"app_0011"},
		"cand_008": {"app_0012"},
		"cand_009": {"app_0013"},
		"cand_010": {"app_0014"},
		"cand_011": {},
		"cand_040": {"app_0015"},
	}
)
