package storetest

import (
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// checkFilter reads one filtered list three ways (one page of 100, a cursor
// walk and a page walk, both with limit 2) and checks that each returns
// exactly want, in list order, with a correct total where one is reported.
func checkFilter[T any](t *testing.T, l list[T], id func(T) string, want []string) {
	t.Helper()
	p, err := l(ats.Window{Limit: 100})
	if err != nil {
		t.Fatalf("list: %v", err)
	}
	checkPage(t, p, 100, 1)
	sameIDs(t, "one page of 100", idsOf(p.Items, id), want)
	checkTotal(t, p, len(want))
	sameIDs(t, "cursor walk, limit 2", walkCursor(t, l, 2, id), want)
	sameIDs(t, "page walk, limit 2", walkPages(t, l, 2, id), want)
}

func tp(t time.Time) *time.Time { return &t }

// testListJobs checks every job filter alone and in combinations.
func testListJobs(t *testing.T, s preview.Store) {
	open, closed, draft, archived := ats.JobOpen, ats.JobClosed, ats.JobDraft, ats.JobArchived
	st := func(v ...ats.JobStatus) []ats.JobStatus { return v }
	cases := []struct {
		name string
		q    ats.JobQuery
		want []string
	}{
		{"no_filter_in_created_at_id_order", ats.JobQuery{}, allJobs},
		{"status_open", ats.JobQuery{Statuses: st(open)}, []string{"job_001", "job_004", "job_007", "job_002"}},
		{"status_closed", ats.JobQuery{Statuses: st(closed)}, []string{"job_003", "job_008"}},
		{"status_draft", ats.JobQuery{Statuses: st(draft)}, []string{"job_005", "job_063"}},
		{"status_archived", ats.JobQuery{Statuses: st(archived)}, []string{"job_006", "job_009"}},
		{"statuses_open_or_draft", ats.JobQuery{Statuses: st(open, draft)}, []string{"job_001", "job_004", "job_005", "job_007", "job_063", "job_002"}},
		{"statuses_all_four", ats.JobQuery{Statuses: st(open, closed, draft, archived)}, allJobs},
		{"status_given_twice_lists_once", ats.JobQuery{Statuses: st(open, closed, open)}, []string{"job_001", "job_003", "job_004", "job_007", "job_008", "job_002"}},
		{"department_case_insensitive", ats.JobQuery{Department: "engineering"}, []string{"job_001", "job_003", "job_007"}},
		{"department_upper_case", ats.JobQuery{Department: "SALES"}, []string{"job_005", "job_008", "job_002"}},
		{"department_non_ascii_case_insensitive", ats.JobQuery{Department: "INGENIERÍA"}, []string{"job_004"}},
		{"department_is_exact_not_substring", ats.JobQuery{Department: "Engineer"}, []string{}},
		{"location_city", ats.JobQuery{Location: "berlin"}, []string{"job_001", "job_005", "job_006"}},
		{"location_text", ats.JobQuery{Location: "BERLIN, GERMANY"}, []string{"job_001", "job_005", "job_006"}},
		{"location_country", ats.JobQuery{Location: "united states"}, []string{"job_008", "job_002"}},
		{"location_text_without_city", ats.JobQuery{Location: "Remote"}, []string{"job_003", "job_063", "job_009"}},
		{"location_non_ascii_case_insensitive", ats.JobQuery{Location: "ZÜRICH"}, []string{"job_004", "job_007"}},
		{"location_region_is_not_matched", ats.JobQuery{Location: "NY"}, []string{}},
		{"location_is_exact_not_substring", ats.JobQuery{Location: "Germ"}, []string{}},
		{"q_title_substring_case_insensitive", ats.JobQuery{Q: "go"}, []string{"job_001", "job_003"}},
		{"q_upper_case", ats.JobQuery{Q: "ENGINEER"}, []string{"job_001", "job_003", "job_007"}},
		{"q_non_ascii_case_insensitive", ats.JobQuery{Q: "INGENIERÍA"}, []string{"job_004"}},
		{"q_percent_is_literal", ats.JobQuery{Q: "%"}, []string{"job_005"}},
		{"q_100_percent_is_literal", ats.JobQuery{Q: "100%"}, []string{"job_005"}},
		{"q_underscore_is_literal", ats.JobQuery{Q: "_"}, []string{"job_005"}},
		{"q_sales_underscore_lead_is_literal", ats.JobQuery{Q: "sales_lead"}, []string{"job_005"}},
		{"q_backslash_is_literal", ats.JobQuery{Q: `\`}, []string{}},
		{"q_no_match", ats.JobQuery{Q: "astronaut"}, []string{}},
		{"created_after_is_strict", ats.JobQuery{CreatedAfter: tp(at(3))}, []string{"job_006", "job_007", "job_008", "job_063", "job_009", "job_002"}},
		{"created_after_nanosecond_exact", ats.JobQuery{CreatedAfter: tp(at(8))}, []string{"job_009", "job_002"}},
		{"created_after_in_another_zone", ats.JobQuery{CreatedAfter: tp(at(8).In(time.FixedZone("CEST", 2*3600)))}, []string{"job_009", "job_002"}},
		{"created_after_everything", ats.JobQuery{CreatedAfter: tp(at(10))}, []string{}},
		{"updated_after_is_strict", ats.JobQuery{UpdatedAfter: tp(at(50))}, []string{"job_001", "job_006", "job_007"}},
		{"status_and_department", ats.JobQuery{Statuses: st(open), Department: "Engineering"}, []string{"job_001", "job_007"}},
		{"statuses_and_location", ats.JobQuery{Statuses: st(open, closed), Location: "Berlin"}, []string{"job_001"}},
		{"department_q_and_statuses", ats.JobQuery{Department: "sales", Q: "lead", Statuses: st(draft, closed)}, []string{"job_005", "job_008"}},
		{"created_after_updated_after_and_status", ats.JobQuery{CreatedAfter: tp(at(2)), UpdatedAfter: tp(at(5)), Statuses: st(open)}, []string{"job_007", "job_002"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkFilter(t, func(w ats.Window) (ats.Page[ats.Job], error) {
				q := tc.q
				q.Window = w
				return s.ListJobs(ctx(t), q)
			}, jobID, tc.want)
		})
	}

	t.Run("records_complete", func(t *testing.T) {
		p, err := s.ListJobs(ctx(t), ats.JobQuery{Window: ats.Window{Limit: 100}})
		if err != nil {
			t.Fatalf("ListJobs: %v", err)
		}
		want := map[string]ats.Job{}
		for _, j := range dataset().Jobs {
			want[j.ID] = j
		}
		for _, got := range p.Items {
			w := want[got.ID]
			// Lists need not carry descriptions (the API shows them on the
			// detail route only), so they are not compared here.
			got.Description, w.Description = nil, nil
			sameJSON(t, "listed "+got.ID, got, w)
		}
	})
}

// testListCandidates checks every candidate filter alone and in combinations.
func testListCandidates(t *testing.T, s preview.Store) {
	cases := []struct {
		name string
		q    ats.CandidateQuery
		want []string
	}{
		{"no_filter_in_created_at_id_order", ats.CandidateQuery{}, allCandidates},
		{"email_case_insensitive", ats.CandidateQuery{Email: "ADA@EXAMPLE.COM"}, []string{"cand_001"}},
		{"email_stored_in_mixed_case", ats.CandidateQuery{Email: "grace.hopper@example.com"}, []string{"cand_002"}},
		{"email_is_exact_not_substring", ats.CandidateQuery{Email: "ada@example"}, []string{}},
		{"email_unknown", ats.CandidateQuery{Email: "nobody@example.com"}, []string{}},
		{"job_id", ats.CandidateQuery{JobID: "job_001"}, []string{"cand_001", "cand_002", "cand_003", "cand_005", "cand_006", "cand_040"}},
		{"job_id_other", ats.CandidateQuery{JobID: "job_002"}, []string{"cand_001", "cand_007", "cand_010"}},
		{"job_id_without_applications", ats.CandidateQuery{JobID: "job_063"}, []string{}},
		{"job_id_unknown", ats.CandidateQuery{JobID: "job_999"}, []string{}},
		{"created_after_is_strict", ats.CandidateQuery{CreatedAfter: tp(at(23))}, []string{"cand_007", "cand_006", "cand_008", "cand_009", "cand_010", "cand_011", "cand_040"}},
		{"created_after_nanosecond_exact", ats.CandidateQuery{CreatedAfter: tp(at(24))}, []string{"cand_006", "cand_008", "cand_009", "cand_010", "cand_011", "cand_040"}},
		{"updated_after_is_strict", ats.CandidateQuery{UpdatedAfter: tp(at(40))}, []string{"cand_007", "cand_011"}},
		{"job_id_and_created_after", ats.CandidateQuery{JobID: "job_001", CreatedAfter: tp(at(22))}, []string{"cand_005", "cand_006", "cand_040"}},
		{"email_and_job_id", ats.CandidateQuery{Email: "KJ@example.com", JobID: "job_008"}, []string{"cand_004"}},
		{"email_and_other_job_id", ats.CandidateQuery{Email: "kj@example.com", JobID: "job_001"}, []string{}},
		{"updated_after_and_job_id", ats.CandidateQuery{UpdatedAfter: tp(at(25)), JobID: "job_002"}, []string{"cand_007", "cand_010"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkFilter(t, func(w ats.Window) (ats.Page[ats.Candidate], error) {
				q := tc.q
				q.Window = w
				return s.ListCandidates(ctx(t), q)
			}, candidateID, tc.want)
		})
	}

	t.Run("records_with_application_ids", func(t *testing.T) {
		for _, limit := range []int{100, 5} {
			got := map[string]ats.Candidate{}
			cursor := ""
			for {
				p, err := s.ListCandidates(ctx(t), ats.CandidateQuery{Window: ats.Window{Limit: limit, Cursor: cursor}})
				if err != nil {
					t.Fatalf("ListCandidates: %v", err)
				}
				for _, c := range p.Items {
					got[c.ID] = c
				}
				if !p.HasMore {
					break
				}
				cursor = p.Next
			}
			for _, c := range dataset().Candidates {
				sameJSON(t, "listed "+c.ID, got[c.ID], wantCandidate(c, applicationIDs[c.ID]))
			}
		}
	})
}

// testListApplications checks every application filter alone and in
// combinations.
func testListApplications(t *testing.T, s preview.Store) {
	kinds := func(v ...ats.StageKind) []ats.StageKind { return v }
	sts := func(v ...ats.ApplicationStatus) []ats.ApplicationStatus { return v }
	cases := []struct {
		name string
		q    ats.ApplicationQuery
		want []string
	}{
		{"no_filter_in_applied_at_id_order", ats.ApplicationQuery{}, allApplications},
		{"job_id", ats.ApplicationQuery{JobID: "job_001"}, []string{"app_0001", "app_0004", "app_0006", "app_0010", "app_0009", "app_0015"}},
		{"job_id_unknown", ats.ApplicationQuery{JobID: "job_999"}, []string{}},
		{"candidate_id", ats.ApplicationQuery{CandidateID: "cand_001"}, []string{"app_0001", "app_0002", "app_0003", "app_0057"}},
		{"candidate_id_without_applications", ats.ApplicationQuery{CandidateID: "cand_011"}, []string{}},
		{"stage_sourced", ats.ApplicationQuery{StageKinds: kinds(ats.StageSourced)}, []string{"app_0007", "app_0014"}},
		{"stage_applied", ats.ApplicationQuery{StageKinds: kinds(ats.StageApplied)}, []string{"app_0001", "app_0010", "app_0013"}},
		{"stage_screening", ats.ApplicationQuery{StageKinds: kinds(ats.StageScreening)}, []string{"app_0004", "app_0012"}},
		{"stage_assessment", ats.ApplicationQuery{StageKinds: kinds(ats.StageAssessment)}, []string{"app_0005", "app_0015"}},
		{"stage_interview", ats.ApplicationQuery{StageKinds: kinds(ats.StageInterview)}, []string{"app_0002", "app_0009"}},
		{"stage_offer", ats.ApplicationQuery{StageKinds: kinds(ats.StageOffer)}, []string{"app_0006"}},
		{"stage_hired", ats.ApplicationQuery{StageKinds: kinds(ats.StageHired)}, []string{"app_0003", "app_0011"}},
		{"stage_other", ats.ApplicationQuery{StageKinds: kinds(ats.StageOther)}, []string{"app_0008", "app_0057"}},
		{"stages_applied_or_sourced", ats.ApplicationQuery{StageKinds: kinds(ats.StageApplied, ats.StageSourced)}, []string{"app_0001", "app_0007", "app_0010", "app_0013", "app_0014"}},
		{"stage_given_twice_lists_once", ats.ApplicationQuery{StageKinds: kinds(ats.StageSourced, ats.StageSourced)}, []string{"app_0007", "app_0014"}},
		{"status_given_twice_lists_once", ats.ApplicationQuery{Statuses: sts(ats.ApplicationHired, ats.ApplicationHired)}, []string{"app_0003", "app_0011"}},
		{"status_active", ats.ApplicationQuery{Statuses: sts(ats.ApplicationActive)}, []string{"app_0001", "app_0002", "app_0005", "app_0006", "app_0007", "app_0010", "app_0013", "app_0015", "app_0057"}},
		{"status_rejected", ats.ApplicationQuery{Statuses: sts(ats.ApplicationRejected)}, []string{"app_0004", "app_0009", "app_0014"}},
		{"status_hired", ats.ApplicationQuery{Statuses: sts(ats.ApplicationHired)}, []string{"app_0003", "app_0011"}},
		{"status_withdrawn", ats.ApplicationQuery{Statuses: sts(ats.ApplicationWithdrawn)}, []string{"app_0008", "app_0012"}},
		{"statuses_hired_or_withdrawn", ats.ApplicationQuery{Statuses: sts(ats.ApplicationHired, ats.ApplicationWithdrawn)}, []string{"app_0003", "app_0008", "app_0011", "app_0012"}},
		{"created_after_is_strict_on_applied_at", ats.ApplicationQuery{CreatedAfter: tp(at(37))}, []string{"app_0009", "app_0011", "app_0012", "app_0013", "app_0014", "app_0015", "app_0057"}},
		{"updated_after_is_strict", ats.ApplicationQuery{UpdatedAfter: tp(at(40))}, []string{"app_0011", "app_0014", "app_0015", "app_0057"}},
		{"job_id_and_status", ats.ApplicationQuery{JobID: "job_001", Statuses: sts(ats.ApplicationActive)}, []string{"app_0001", "app_0006", "app_0010", "app_0015"}},
		{"candidate_id_and_stage", ats.ApplicationQuery{CandidateID: "cand_001", StageKinds: kinds(ats.StageOther)}, []string{"app_0057"}},
		{"job_id_stages_and_status", ats.ApplicationQuery{JobID: "job_001", StageKinds: kinds(ats.StageInterview, ats.StageApplied), Statuses: sts(ats.ApplicationRejected)}, []string{"app_0009"}},
		{"candidate_id_and_job_id", ats.ApplicationQuery{CandidateID: "cand_002", JobID: "job_004"}, []string{"app_0005"}},
		{"created_after_and_stages", ats.ApplicationQuery{CreatedAfter: tp(at(33)), StageKinds: kinds(ats.StageScreening, ats.StageAssessment)}, []string{"app_0012", "app_0015"}},
		{"updated_after_and_candidate_id", ats.ApplicationQuery{UpdatedAfter: tp(at(35)), CandidateID: "cand_001"}, []string{"app_0003", "app_0057"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkFilter(t, func(w ats.Window) (ats.Page[ats.Application], error) {
				q := tc.q
				q.Window = w
				return s.ListApplications(ctx(t), q)
			}, applicationID, tc.want)
		})
	}

	t.Run("records_complete", func(t *testing.T) {
		p, err := s.ListApplications(ctx(t), ats.ApplicationQuery{Window: ats.Window{Limit: 100}})
		if err != nil {
			t.Fatalf("ListApplications: %v", err)
		}
		want := map[string]ats.Application{}
		for _, a := range dataset().Applications {
			want[a.ID] = a
		}
		for _, got := range p.Items {
			sameJSON(t, "listed "+got.ID, got, want[got.ID])
		}
	})
}
