package workable

import "testing"

// The envelope of GET /disqualification_reasons is not on record: a bare
// list and an object holding one list are read alike.
func TestReadReasonsEnvelopes(t *testing.T) {
	for name, body := range map[string]string{
		"named":   `{"disqualification_reasons":[{"id":"a1","description":"Gone","candidate_withdrew":true,"position":2}]}`,
		"bare":    `[{"id":"a1","description":"Gone","candidate_withdrew":true,"position":2}]`,
		"another": `{"reasons":[{"id":"a1","description":"Gone","candidate_withdrew":true,"position":2}],"paging":null}`,
	} {
		t.Run(name, func(t *testing.T) {
			got, err := readReasons([]byte(body))
			if err != nil || len(got) != 1 || got[0].ID != "a1" || got[0].Description != "Gone" || !got[0].CandidateWithdrew {
				t.Errorf("got %+v, %v", got, err)
			}
		})
	}
	if _, err := readReasons([]byte(`{"error":"nope"}`)); err == nil {
		t.Error("an answer without a list: got no error")
	}
}
