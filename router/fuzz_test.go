package router_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// The fuzz tests drive each decoder of the API (JSON body, query string,
// cursor, path id) through the real router with arbitrary input. Whatever
// the input, the answer is an envelope with a status the contract allows
// there (never a 5xx), and what reaches the provider is what the decoders
// promise. Their seed corpora are in testdata/fuzz; CI runs each for a few
// seconds (.ci/run). For speed they check the envelope's invariants rather
// than the whole document (CheckSpec): the ordinary tests do that.

// fuzzServe serves req and checks that the answer is an envelope whose
// status is one of want and matches its code.
func fuzzServe(t *testing.T, h http.Handler, req *http.Request, want ...int) routertest.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := routertest.Response{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	if !slices.Contains(want, res.Status) {
		t.Fatalf("got %d, want one of %v\n%s", res.Status, want, res.Body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		t.Fatalf("Content-Type %q", ct)
	}
	if err := json.Unmarshal(res.Body, &res.Env); err != nil {
		t.Fatalf("not an envelope: %v\n%s", err, res.Body)
	}
	if res.Env.Success != (res.Status < 400) || (!res.Env.Success && (envelope.Status(res.Env.Code) != res.Status || res.Env.Message == "")) {
		t.Fatalf("status %d with envelope %s", res.Status, res.Body)
	}
	return res
}

// wantText fails unless s is text the API would store: UTF-8 without a
// replacement character the sender did not send.
func wantText(t *testing.T, field, s string, sent []byte) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s %q is not UTF-8", field, s)
	}
	if strings.ContainsRune(s, utf8.RuneError) && !strings.Contains(string(sent), "\uFFFD") && !strings.Contains(strings.ToLower(string(sent)), `\ufffd`) {
		t.Fatalf("%s %q holds U+FFFD, which the body did not", field, s)
	}
}

func FuzzBody(f *testing.F) {
	f.Add([]byte(`{"job_id":"job_063","name":"Karan","email":"karan@example.com"}`), "application/json", "")
	f.Add([]byte(`{"first_name":"José","last_name":"Núñez","email":"jose@bücher.example","tags":["go","sql"],"phone":"+49 30 1234"}`), "application/json; charset=utf-8", "")
	f.Add([]byte("{\"name\":\"Jos\xe9\",\"email\":\"jose@example.com\"}"), "application/json", "")
	f.Add([]byte(`{"name":"\ud83d\ude00 \ud800","email":"a@example.com"}`), "application/json", "")
	f.Add([]byte("\xef\xbb\xbf{}"), "application/json", "")
	f.Add([]byte(`{"name":"A","email":"a@example.com","name":"B"}`), "application/vnd.api+json", "identity")
	f.Add([]byte(`[{"name":"A"}]`), "text/plain", "gzip")
	var got []ats.CandidateInput
	h := newAPI(creating(&got)).Handler
	f.Fuzz(func(t *testing.T, body []byte, contentType, contentEncoding string) {
		got = nil
		req := httptest.NewRequest("POST", "/dev/candidates", strings.NewReader(string(body)))
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		if contentEncoding != "" {
			req.Header.Set("Content-Encoding", contentEncoding)
		}
		res := fuzzServe(t, h, req, 201, 400, 413, 415)
		if (res.Status == 201) != (len(got) == 1) {
			t.Fatalf("status %d, and the provider was asked %d times", res.Status, len(got))
		}
		for _, in := range got {
			if in.Email == "" || (in.Name == "" && in.FirstName == "") {
				t.Fatalf("created without an email or a name: %+v", in)
			}
			for field, s := range map[string]string{"name": in.Name, "first_name": in.FirstName, "last_name": in.LastName, "email": in.Email, "job_id": in.JobID} {
				wantText(t, field, s, body)
			}
			for _, s := range in.Tags {
				wantText(t, "tag", s, body)
			}
		}
	})
}

func FuzzQuery(f *testing.F) {
	f.Add("/jobs", "status=open,closed&department=Engineering&location=Berlin&q=eng&limit=5&page=2&include=raw")
	f.Add("/candidates", "email=karan+test@example.com&job_id=job_063&created_after=2026-06-01T00:00:00+02:00")
	f.Add("/applications", "stage=interview&status=active&status=hired&candidate_id=cand_001&updated_after=2026-06-01T00:00:00Z")
	f.Add("/jobs", "q=R;D&limit=+5&=5&q=%ZZ&location=%FF")
	f.Add("/candidates", "cursor=eyJ2IjoxfQ.AAAA&page=1")
	var windows []ats.Window
	var texts []string
	h := newAPI(&routertest.Provider{
		ListJobsFn: func(_ context.Context, q ats.JobQuery) (ats.Page[ats.Job], error) {
			windows, texts = append(windows, q.Window), append(texts, q.Department, q.Location, q.Q)
			return ats.Page[ats.Job]{}, nil
		},
		ListCandidatesFn: func(_ context.Context, q ats.CandidateQuery) (ats.Page[ats.Candidate], error) {
			windows, texts = append(windows, q.Window), append(texts, q.Email, q.JobID)
			return ats.Page[ats.Candidate]{}, nil
		},
		ListApplicationsFn: func(_ context.Context, q ats.ApplicationQuery) (ats.Page[ats.Application], error) {
			windows, texts = append(windows, q.Window), append(texts, q.JobID, q.CandidateID)
			return ats.Page[ats.Application]{}, nil
		},
	}).Handler
	f.Fuzz(func(t *testing.T, route, rawQuery string) {
		windows, texts = nil, nil
		if !slices.Contains([]string{"/jobs", "/candidates", "/applications"}, route) {
			route = "/jobs"
		}
		req := httptest.NewRequest("GET", route, nil)
		req.URL.RawQuery = rawQuery
		res := fuzzServe(t, h, req, 200, 400)
		if (res.Status == 200) != (len(windows) == 1) {
			t.Fatalf("status %d, and the provider was asked %d times", res.Status, len(windows))
		}
		for _, w := range windows {
			if w.Limit < 1 || w.Limit > ats.MaxLimit || w.Page < 0 || (w.Page > 0 && w.Cursor != "") {
				t.Fatalf("the provider got window %+v", w)
			}
		}
		for _, s := range texts {
			if !utf8.ValidString(s) || s != strings.TrimSpace(s) || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 }) {
				t.Fatalf("the provider got filter %q", s)
			}
		}
	})
}

func FuzzCursor(f *testing.F) {
	// Real cursors of the test key, for the fuzzer to alter.
	a := newAPI(jobs(numberedJobs(50), nil))
	var first []string
	for _, target := range []string{"/jobs?limit=5", "/jobs?limit=7&status=open"} {
		res := a.Do(f, "GET", target, "")
		first = append(first, *res.Env.Meta.NextCursor)
	}
	f.Add("limit=5", first[0])
	f.Add("limit=7&status=open", first[1])
	f.Add("limit=7&status=closed", first[1])
	f.Add("limit=5", first[0][:len(first[0])-2])
	f.Add("limit=5", "not-a-cursor")
	f.Add("", ".")
	var got []ats.JobQuery
	h := newAPI(jobs(numberedJobs(50), &got)).Handler
	f.Fuzz(func(t *testing.T, filters, cursor string) {
		got = nil
		req := httptest.NewRequest("GET", "/jobs", nil)
		req.URL.RawQuery = filters + "&cursor=" + url.QueryEscape(cursor)
		res := fuzzServe(t, h, req, 200, 400)
		if res.Status == 400 && res.Env.Code != "INPUT_INVALID" && res.Env.Code != "CURSOR_INVALID" {
			t.Fatalf("got %s for a bad cursor", res.Env.Code)
		}
		// A cursor is only ever accepted as one the API issued: the
		// provider gets back a continuation it returned itself.
		for _, q := range got {
			if q.Cursor != "" && q.Cursor != "5" && q.Cursor != "7" {
				t.Fatalf("the provider got continuation %q, which it never issued", q.Cursor)
			}
		}
	})
}

func FuzzPathID(f *testing.F) {
	for _, seg := range []string{"job_063", "4F1C2A9B7E", "a%2Fb", "..", "%2E%2E", "job.063", "%FF", strings.Repeat("x", 129), "jöb", "a b", "%00"} {
		f.Add(seg)
	}
	var ids []string
	h := newAPI(&routertest.Provider{JobFn: func(_ context.Context, id string, _ ats.ReadOptions) (ats.Job, error) {
		ids = append(ids, id)
		return routertest.SampleJob(), nil
	}}).Handler
	f.Fuzz(func(t *testing.T, seg string) {
		if strings.ContainsAny(seg, "/?#") {
			return // another path, or not a path: not the id decoder's input
		}
		ids = nil
		// The path as a client sends it: seg is the escaped segment.
		path, err := url.PathUnescape(seg)
		if err != nil {
			return // net/http refuses a malformed escape before the router
		}
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path, req.URL.RawPath = "/dev/jobs/"+path, "/dev/jobs/"+seg
		fuzzServe(t, h, req, 200, 400, 404)
		for _, id := range ids {
			if id == "" || len(id) > 128 || strings.Trim(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != "" {
				t.Fatalf("the provider got id %q", id)
			}
		}
	})
}
