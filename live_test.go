package main

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/ats/greenhouse/greenhousetest"
	"github.com/atsbridge/atsbridge/ats/lever/levertest"
	"github.com/atsbridge/atsbridge/ats/workable/workabletest"
)

// TestRunLiveWorkable starts the real program with Workable credentials
// pointed at the fake SPI server: it serves live data, says so, and never
// prints the token.
func TestRunLiveWorkable(t *testing.T) {
	fake := workabletest.Start(t, workabletest.Options{RateLimit: -1})
	fake.SeedJobs(30)
	env := map[string]string{
		"PORT": "0", "LOG_FORMAT": "json", "STORE": "memory", "ATS_PROVIDER": "workable",
		"ATS_API_KEY": fake.Token, "WORKABLE_COMPANY": "acme", "ATS_BASE_URL": fake.URL,
	}
	base, out, stop := startRun(t, env)

	var h struct {
		Data struct{ Provider, Mode string }
	}
	getJSON(t, base+"/healthz", &h)
	if h.Data.Provider != "workable" || h.Data.Mode != "live" {
		t.Fatalf("healthz = %+v, want workable live", h.Data)
	}
	var jobs struct {
		Mode string
		Data []struct{ ID, Title string }
		Meta struct {
			HasMore bool `json:"has_more"`
		}
	}
	if code := getJSON(t, base+"/dev/jobs?limit=20", &jobs); code != http.StatusOK || jobs.Mode != "live" || len(jobs.Data) != 20 || !jobs.Meta.HasMore {
		t.Fatalf("GET /dev/jobs: %d, mode %q, %d jobs", code, jobs.Mode, len(jobs.Data))
	}
	if n := fake.Count("GET", "/jobs"); n != 1 {
		t.Errorf("upstream GET /jobs calls = %d, want 1", n)
	}

	// A wrong token is the ATS refusing us: 502 UPSTREAM_AUTH_FAILED.
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	env["ATS_API_KEY"] = "wrong-token-SECRET"
	base, out2, _ := startRun(t, env)
	var e struct{ Code, Mode string }
	if code := getJSON(t, base+"/jobs", &e); code != http.StatusBadGateway || e.Code != "UPSTREAM_AUTH_FAILED" || e.Mode != "live" {
		t.Errorf("wrong token: %d %+v, want 502 UPSTREAM_AUTH_FAILED", code, e)
	}
	for _, s := range []string{out.String(), out2.String()} {
		if strings.Contains(s, fake.Token) || strings.Contains(s, "wrong-token-SECRET") {
			t.Errorf("a token reached the log:\n%s", s)
		}
	}
}

// TestRunLiveLever starts the real program with a Lever key pointed at the
// fake Lever: it serves live data, writes as the first active admin (no
// LEVER_USER_ID), and never prints the key.
func TestRunLiveLever(t *testing.T) {
	fake := levertest.Start(t, levertest.Options{Rate: -1})
	d := fake.Seed()
	env := map[string]string{
		"PORT": "0", "LOG_FORMAT": "json", "STORE": "memory", "ATS_PROVIDER": "lever", "ATS_API_KEY": fake.Key, "ATS_BASE_URL": fake.URL,
	}
	base, out, _ := startRun(t, env)

	var h struct {
		Data struct{ Provider, Mode string }
	}
	getJSON(t, base+"/healthz", &h)
	if h.Data.Provider != "lever" || h.Data.Mode != "live" {
		t.Fatalf("healthz = %+v, want lever live", h.Data)
	}
	var jobs struct {
		Provider string
		Data     []struct{ ID string }
	}
	if code := getJSON(t, base+"/dev/jobs?limit=5", &jobs); code != http.StatusOK || jobs.Provider != "lever" || len(jobs.Data) != 5 {
		t.Fatalf("GET /dev/jobs: %d, provider %q, %d jobs", code, jobs.Provider, len(jobs.Data))
	}
	res, err := http.Post(base+"/candidates", "application/json",
		strings.NewReader(`{"job_id":"`+d.Backend.ID+`","name":"Run Person","email":"run@example.com"}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("POST /candidates: %d", res.StatusCode)
	}
	for _, r := range fake.Requests() {
		if r.Method == "POST" && r.Query.Get("perform_as") != levertest.UserAdmin {
			t.Errorf("the write acted as %q, want the first active admin", r.Query.Get("perform_as"))
		}
	}
	if strings.Contains(out.String(), fake.Key) {
		t.Errorf("the key reached the log:\n%s", out)
	}
}

// TestRunLiveGreenhouse starts the real program with a Greenhouse
// credential pointed at the fake Harvest v3 and token endpoint: it serves
// live data, writes as GREENHOUSE_USER_ID, and never prints the secret or
// a token.
func TestRunLiveGreenhouse(t *testing.T) {
	fake := greenhousetest.Start(t, greenhousetest.Options{RateLimit: -1})
	d := fake.Seed()
	user := strconv.Itoa(greenhousetest.AdminUserID)
	env := map[string]string{
		"PORT": "0", "LOG_FORMAT": "json", "STORE": "memory", "LOG_LEVEL": "debug", "ATS_PROVIDER": "greenhouse",
		"GREENHOUSE_CLIENT_ID": fake.ClientID, "GREENHOUSE_CLIENT_SECRET": fake.ClientSecret, "GREENHOUSE_USER_ID": user,
		"GREENHOUSE_TOKEN_URL": fake.TokenURL, "ATS_BASE_URL": fake.URL,
	}
	base, out, _ := startRun(t, env)

	var h struct {
		Data struct{ Provider, Mode string }
	}
	getJSON(t, base+"/healthz", &h)
	if h.Data.Provider != "greenhouse" || h.Data.Mode != "live" {
		t.Fatalf("healthz = %+v, want greenhouse live", h.Data)
	}
	var jobs struct {
		Provider string
		Data     []struct{ ID string }
	}
	if code := getJSON(t, base+"/dev/jobs?limit=5", &jobs); code != http.StatusOK || jobs.Provider != "greenhouse" || len(jobs.Data) != 5 {
		t.Fatalf("GET /dev/jobs: %d, provider %q, %d jobs", code, jobs.Provider, len(jobs.Data))
	}
	res, err := http.Post(base+"/candidates", "application/json",
		strings.NewReader(`{"job_id":"`+strconv.FormatInt(d.Jobs[0].ID, 10)+`","name":"Run Person","email":"run@example.com"}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("POST /candidates: %d", res.StatusCode)
	}
	for _, r := range fake.Requests() {
		if r.Method == "POST" && r.Sub != user {
			t.Errorf("the write acted as %q, want GREENHOUSE_USER_ID %s", r.Sub, user)
		}
		if tok, ok := strings.CutPrefix(r.Authorization, "Bearer "); ok && strings.Contains(out.String(), tok) {
			t.Error("an access token reached the log")
		}
	}
	if strings.Contains(out.String(), fake.ClientSecret) {
		t.Errorf("the client secret reached the log:\n%s", out)
	}
}
