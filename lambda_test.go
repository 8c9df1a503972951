package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/awslabs/aws-lambda-go-api-proxy/core"

	"github.com/atsbridge/atsbridge/envelope"
	"github.com/atsbridge/atsbridge/router"
)

// The Lambda path is tested with API Gateway events shaped like the real
// ones (testdata/lambda): REST API payload 1.0 events from stage dev, and
// HTTP API payload 2.0 events from a named stage (dev) and from $default.
// They go through the same lambdaHandler.invoke the runtime calls, over the
// real router and the real preview sandbox on a SQLite file, and the tests
// read what API Gateway would hand the client: the JSON the function returns.

// gatewayResponse is the function's reply as API Gateway receives it, for
// either payload version (v1 sends multiValueHeaders, v2 headers+cookies).
type gatewayResponse struct {
	StatusCode        int                 `json:"statusCode"`
	Headers           map[string]string   `json:"headers"`
	MultiValueHeaders map[string][]string `json:"multiValueHeaders"`
	Cookies           []string            `json:"cookies"`
	Body              string              `json:"body"`
	IsBase64Encoded   bool                `json:"isBase64Encoded"`
}

// header returns a response header by its case-insensitive name, from
// whichever map the payload version uses.
func (r gatewayResponse) header(name string) string {
	for k, v := range r.Headers {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	for k, v := range r.MultiValueHeaders {
		if strings.EqualFold(k, name) && len(v) > 0 {
			return strings.Join(v, ",")
		}
	}
	return ""
}

// envelopeBody is the response envelope (design section 4) as a client reads it.
type envelopeBody struct {
	Success   bool            `json:"success"`
	Provider  string          `json:"provider"`
	Mode      string          `json:"mode"`
	Data      json.RawMessage `json:"data"`
	Meta      *listMeta       `json:"meta"`
	RequestID string          `json:"request_id"`
	Error     string          `json:"error"`
	Message   string          `json:"message"`
	Code      string          `json:"code"`
}

type listMeta struct {
	Limit   int  `json:"limit"`
	HasMore bool `json:"has_more"`
	Total   *int `json:"total"`
}

// decodeGatewayReply parses the function's JSON reply and the envelope in
// its body.
func decodeGatewayReply(t testing.TB, reply []byte) (gatewayResponse, envelopeBody) {
	t.Helper()
	var res gatewayResponse
	if err := json.Unmarshal(reply, &res); err != nil {
		t.Fatalf("function reply is not a gateway response: %v\n%s", err, reply)
	}
	if res.IsBase64Encoded {
		t.Fatalf("body is base64-encoded, want a plain JSON body: %s", reply)
	}
	var body envelopeBody
	if err := json.Unmarshal([]byte(res.Body), &body); err != nil {
		t.Fatalf("status %d: body is not a JSON envelope: %v\n%s", res.StatusCode, err, res.Body)
	}
	return res, body
}

// loadEvent reads an event fixture from testdata/lambda.
func loadEvent(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "lambda", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// eventRequestID is the requestContext.requestId of an event: the id API
// Gateway logs and the one the client must get back.
func eventRequestID(t testing.TB, event []byte) string {
	t.Helper()
	var ev struct {
		RequestContext struct {
			RequestID string `json:"requestId"`
		} `json:"requestContext"`
	}
	if err := json.Unmarshal(event, &ev); err != nil || ev.RequestContext.RequestID == "" {
		t.Fatalf("event has no requestContext.requestId (%v)", err)
	}
	return ev.RequestContext.RequestID
}

// v1Event returns the fixture with changes applied, through the real event type.
func v1Event(t testing.TB, name string, change func(*events.APIGatewayProxyRequest)) []byte {
	t.Helper()
	var ev events.APIGatewayProxyRequest
	if err := json.Unmarshal(loadEvent(t, name), &ev); err != nil {
		t.Fatal(err)
	}
	change(&ev)
	raw, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// v2Event is v1Event for HTTP API events.
func v2Event(t testing.TB, name string, change func(*events.APIGatewayV2HTTPRequest)) []byte {
	t.Helper()
	var ev events.APIGatewayV2HTTPRequest
	if err := json.Unmarshal(loadEvent(t, name), &ev); err != nil {
		t.Fatal(err)
	}
	change(&ev)
	raw, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// newTestLambda builds the function the way run() does in Lambda: config
// from the environment, the preview sandbox on a SQLite file, the router,
// the Lambda handler. Logs go to the returned buffer.
func newTestLambda(t *testing.T) (*lambdaHandler, *syncBuffer) {
	t.Helper()
	return newTestLambdaAround(t, func(h http.Handler) http.Handler { return h })
}

// newTestLambdaAround is newTestLambda with wrap around the router, for
// tests that look at what the router receives.
func newTestLambdaAround(t *testing.T, wrap func(http.Handler) http.Handler) (*lambdaHandler, *syncBuffer) {
	t.Helper()
	env := map[string]string{
		"STORE": "sqlite", "DATA_DIR": t.TempDir(), "ATS_MODE": "preview",
		"LOG_FORMAT": "json", "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:9001", "AUTH": "auto",
	}
	cfg, err := loadConfig(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	logger := newLogger(cfg, logs)
	s, err := openStore(t.Context(), cfg, logger)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("closing the store: %v", err)
		}
	})
	p, err := openProvider(t.Context(), cfg, logger, s)
	if err != nil {
		t.Fatal(err)
	}
	rc := routerConfig(cfg, s)
	rc.CursorKey = []byte("lambda-test-cursor-key")
	h := router.New(logger, rc, p)
	return newLambdaHandler(wrap(h), envelope.Origin{Provider: cfg.Provider, Mode: string(cfg.Mode)}, logger), logs
}

// invokeLocal calls the handler as the Lambda runtime does and returns what
// the runtime would serialise back to API Gateway.
func invokeLocal(t *testing.T, l *lambdaHandler, event []byte) (gatewayResponse, envelopeBody) {
	t.Helper()
	ctx := lambdacontext.NewContext(t.Context(), &lambdacontext.LambdaContext{
		AwsRequestID:       "3d9f1c2b-8a7e-4f6d-9c5b-1a2b3c4d5e6f",
		InvokedFunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:atsbridge-api",
	})
	resp, err := l.invoke(ctx, json.RawMessage(event))
	if err != nil {
		t.Fatalf("invoke returned an error, want a gateway response: %v", err)
	}
	reply, err := json.Marshal(resp)
	if err != nil {
		t.Fatal(err)
	}
	return decodeGatewayReply(t, reply)
}

// checkEnvelope asserts what every response carries: JSON, success matching
// the status, and the gateway's request id in the body and X-Request-Id.
func checkEnvelope(t testing.TB, res gatewayResponse, body envelopeBody, wantStatus int, wantRequestID string) {
	t.Helper()
	if res.StatusCode != wantStatus {
		t.Fatalf("status = %d, want %d; body %s", res.StatusCode, wantStatus, res.Body)
	}
	if ct := res.header("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	if body.Success != (wantStatus < 400) {
		t.Errorf("success = %v, want %v", body.Success, wantStatus < 400)
	}
	if body.RequestID != wantRequestID {
		t.Errorf("request_id = %q, want the gateway requestId %q", body.RequestID, wantRequestID)
	}
	if got := res.header("X-Request-Id"); got != wantRequestID {
		t.Errorf("X-Request-Id = %q, want the gateway requestId %q", got, wantRequestID)
	}
}

// checkPreviewOrigin asserts the envelope names the provider and mode.
func checkPreviewOrigin(t testing.TB, body envelopeBody) {
	t.Helper()
	if body.Provider != "workable" || body.Mode != "preview" {
		t.Errorf("provider/mode = %q/%q, want workable/preview", body.Provider, body.Mode)
	}
}

// checkOpenAndClosedJobs asserts a list asked for status=open&status=closed
// honoured both keys: both statuses are present and nothing else is.
func checkOpenAndClosedJobs(t testing.TB, body envelopeBody) {
	t.Helper()
	var jobs []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	}
	if err := json.Unmarshal(body.Data, &jobs); err != nil {
		t.Fatalf("data is not a job list: %v", err)
	}
	seen := map[string]int{}
	for _, j := range jobs {
		seen[j.Status]++
	}
	if seen["open"] == 0 || seen["closed"] == 0 {
		t.Errorf("statuses in %d jobs = %v, want both open and closed (status given twice)", len(jobs), seen)
	}
	for s := range seen {
		if s != "open" && s != "closed" {
			t.Errorf("got %d %s jobs, want only open and closed", seen[s], s)
		}
	}
	if body.Meta == nil || body.Meta.Limit != 100 {
		t.Errorf("meta = %+v, want a list meta with limit 100", body.Meta)
	}
}

// createdCandidate is the part of a created candidate the tests read.
type createdCandidate struct {
	ID             string   `json:"id"`
	Name           string   `json:"name"`
	Email          string   `json:"email"`
	ApplicationIDs []string `json:"application_ids"`
}

func decodeCandidate(t testing.TB, body envelopeBody) createdCandidate {
	t.Helper()
	var c createdCandidate
	if err := json.Unmarshal(body.Data, &c); err != nil {
		t.Fatalf("data is not a candidate: %v", err)
	}
	return c
}

// TestLambdaEvents feeds real-shaped API Gateway events through the Lambda
// handler and checks what the client gets back.
func TestLambdaEvents(t *testing.T) {
	l, logs := newTestLambda(t)

	tests := []struct {
		name       string
		fixture    string
		wantStatus int
		check      func(t *testing.T, res gatewayResponse, body envelopeBody)
	}{
		{
			name: "REST v1 GET /jobs with status repeated", fixture: "v1-get-jobs.json", wantStatus: 200,
			check: func(t *testing.T, _ gatewayResponse, body envelopeBody) { checkOpenAndClosedJobs(t, body) },
		},
		{
			name: "HTTP API v2 named stage GET /dev/jobs with status repeated and cookies", fixture: "v2-get-jobs-dev.json", wantStatus: 200,
			check: func(t *testing.T, _ gatewayResponse, body envelopeBody) { checkOpenAndClosedJobs(t, body) },
		},
		{
			name: "HTTP API v2 $default stage GET /jobs with status repeated", fixture: "v2-get-jobs-default.json", wantStatus: 200,
			check: func(t *testing.T, _ gatewayResponse, body envelopeBody) { checkOpenAndClosedJobs(t, body) },
		},
		{
			name: "REST v1 POST /candidates with a base64 body", fixture: "v1-post-candidate.json", wantStatus: 201,
			check: func(t *testing.T, res gatewayResponse, body envelopeBody) {
				c := decodeCandidate(t, body)
				if c.Email != "karan.v1-lambda@example.com" || c.Name != "Karan Mehta" || len(c.ApplicationIDs) != 1 {
					t.Errorf("created candidate = %+v, want Karan Mehta with one application", c)
				}
				// The client called https://host/dev/candidates, so the
				// Location it can follow is under /dev.
				loc := res.header("Location")
				if want := "/dev/candidates/" + c.ID; c.ID == "" || loc != want {
					t.Fatalf("Location = %q, want %q", loc, want)
				}
				follow := v1Event(t, "v1-get-jobs.json", func(ev *events.APIGatewayProxyRequest) {
					ev.Path = strings.TrimPrefix(loc, "/dev")
					ev.RequestContext.Path = loc
					ev.PathParameters = map[string]string{"proxy": strings.TrimPrefix(ev.Path, "/")}
					ev.QueryStringParameters, ev.MultiValueQueryStringParameters = nil, nil
					ev.RequestContext.RequestID = "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"
				})
				fres, fbody := invokeLocal(t, l, follow)
				checkEnvelope(t, fres, fbody, 200, "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d")
				if got := decodeCandidate(t, fbody); got.ID != c.ID || got.Email != c.Email {
					t.Errorf("GET %s = %+v, want the created candidate %s", loc, got, c.ID)
				}
			},
		},
		{
			name: "HTTP API v2 named stage POST /dev/candidates with a base64 body", fixture: "v2-post-candidate.json", wantStatus: 201,
			check: func(t *testing.T, res gatewayResponse, body envelopeBody) {
				c := decodeCandidate(t, body)
				if c.Email != "ana.v2-lambda@example.com" || c.Name != "Ana Lopez" || len(c.ApplicationIDs) != 1 {
					t.Errorf("created candidate = %+v, want Ana Lopez with one application", c)
				}
				loc := res.header("Location")
				if want := "/dev/candidates/" + c.ID; c.ID == "" || loc != want {
					t.Fatalf("Location = %q, want %q", loc, want)
				}
				follow := v2Event(t, "v2-get-jobs-dev.json", func(ev *events.APIGatewayV2HTTPRequest) {
					ev.RawPath, ev.RequestContext.HTTP.Path = loc, loc
					ev.RawQueryString, ev.QueryStringParameters = "", nil
					ev.RequestContext.RequestID = "Bg9tLn58oFRJhEG="
				})
				fres, fbody := invokeLocal(t, l, follow)
				checkEnvelope(t, fres, fbody, 200, "Bg9tLn58oFRJhEG=")
				if got := decodeCandidate(t, fbody); got.ID != c.ID || got.Email != c.Email {
					t.Errorf("GET %s = %+v, want the created candidate %s", loc, got, c.ID)
				}
			},
		},
		{
			name: "REST v1 unknown path", fixture: "v1-unknown-path.json", wantStatus: 404,
			check: func(t *testing.T, _ gatewayResponse, body envelopeBody) {
				if body.Code != "NOT_FOUND" || body.Message == "" {
					t.Errorf("code/message = %q/%q, want NOT_FOUND with a message", body.Code, body.Message)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			event := loadEvent(t, tt.fixture)
			res, body := invokeLocal(t, l, event)
			checkEnvelope(t, res, body, tt.wantStatus, eventRequestID(t, event))
			checkPreviewOrigin(t, body)
			tt.check(t, res, body)
		})
	}

	t.Run("candidate emails from request bodies stay out of the logs", func(t *testing.T) {
		for _, email := range []string{"karan.v1-lambda@example.com", "ana.v2-lambda@example.com"} {
			if strings.Contains(logs.String(), email) {
				t.Errorf("logs contain %s:\n%s", email, logs)
			}
		}
	})
}

// TestLambdaStages checks the stage handling a client notices: the same
// route answers under any named HTTP API stage and under $default, and a
// path whose first segment only starts with the stage name is not cut.
func TestLambdaStages(t *testing.T) {
	l, _ := newTestLambda(t)
	tests := []struct {
		name, stage, rawPath string
		wantStatus           int
		wantCode             string
	}{
		{"named stage dev", "dev", "/dev/jobs/job_063", 200, ""},
		{"named stage other than STAGE", "prod", "/prod/jobs/job_063", 200, ""},
		{"$default stage", "$default", "/jobs/job_063", 200, ""},
		{"$default stage under the STAGE prefix", "$default", "/dev/jobs/job_063", 200, ""},
		{"stage name is only a prefix of the first segment", "dev", "/devjobs/job_063", 404, "NOT_FOUND"},
		{"stage root", "dev", "/dev", 404, "NOT_FOUND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			event := v2Event(t, "v2-get-jobs-default.json", func(ev *events.APIGatewayV2HTTPRequest) {
				ev.RawPath, ev.RequestContext.HTTP.Path = tt.rawPath, tt.rawPath
				ev.RawQueryString, ev.QueryStringParameters = "", nil
				ev.RequestContext.Stage = tt.stage
			})
			res, body := invokeLocal(t, l, event)
			checkEnvelope(t, res, body, tt.wantStatus, eventRequestID(t, event))
			if body.Code != tt.wantCode {
				t.Errorf("code = %q, want %q", body.Code, tt.wantCode)
			}
		})
	}
}

// routerView is what the router received for one request: the headers
// it saw, and what the adapter's header-reading accessors
// (GetAPIGatewayContext, GetAPIGatewayContextV2) would make of them. Those
// accessors trust a header the client can send; if a forged one reached
// the application, any code that called them would act on it.
type routerView struct {
	header    http.Header
	v1Context events.APIGatewayProxyRequestContext
	v1Err     error
	v2Context events.APIGatewayV2HTTPRequestContext
	v2Err     error
}

// recordRouterView wraps the router and keeps what it received last.
func recordRouterView(last *routerView) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			v := routerView{header: r.Header.Clone()}
			v.v1Context, v.v1Err = (&core.RequestAccessor{}).GetAPIGatewayContext(r)
			v.v2Context, v.v2Err = (&core.RequestAccessorV2{}).GetAPIGatewayContextV2(r)
			*last = v
			next.ServeHTTP(w, r)
		})
	}
}

// TestLambdaIgnoresForgedHeaders sends events whose client forged the
// adapter's context header (claiming another request id, stage, API key
// and principal; for HTTP API a JWT subject, without a comma, since the v2
// adapter splits other headers on commas and the value must arrive whole)
// and X-Request-Id. The forged context must not reach the
// application, where the adapter's own accessor would return it as the
// gateway's; the request id the router and the client see is the
// gateway's; and without a gateway id, a client's X-Request-Id is not
// taken as the id either (in AWS the id is always the gateway's).
func TestLambdaIgnoresForgedHeaders(t *testing.T) {
	var seen routerView
	l, _ := newTestLambdaAround(t, recordRouterView(&seen))
	noGatewayID := v1Event(t, "v1-forged-context.json", func(ev *events.APIGatewayProxyRequest) { ev.RequestContext.RequestID = "" })
	tests := []struct {
		name          string
		event         []byte
		wantRequestID string // "" when the router must make its own
		forgedID      string
	}{
		{"REST v1", loadEvent(t, "v1-forged-context.json"), "7e6d5c4b-3a2f-4e1d-b0c9-a8b7c6d5e4f3", "forged-request-id-0001"},
		{"HTTP API v2", loadEvent(t, "v2-forged-context.json"), "Ze7rJl36mDPHfCE=", "forged-request-id-0002"},
		{"REST v1 without a gateway request id", noGatewayID, "", "forged-request-id-0001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen = routerView{}
			res, body := invokeLocal(t, l, tt.event)
			if res.StatusCode != 200 || !body.Success {
				t.Fatalf("status %d, want 200; body %s", res.StatusCode, res.Body)
			}
			var job struct{ ID string }
			if err := json.Unmarshal(body.Data, &job); err != nil || job.ID != "job_063" {
				t.Errorf("job = %+v (%v), want job_063", job, err)
			}
			for name, vals := range seen.header {
				if strings.HasPrefix(strings.ToLower(name), "x-golambdaproxy-") {
					t.Errorf("the router received %s: %q", name, vals)
				}
			}
			if seen.v1Err == nil {
				t.Errorf("GetAPIGatewayContext in the application returned the forged context (request %q, API key %q, principal %v), want an error",
					seen.v1Context.RequestID, seen.v1Context.Identity.APIKeyID, seen.v1Context.Authorizer["principalId"])
			}
			if seen.v2Err == nil {
				var claims map[string]string
				if seen.v2Context.Authorizer != nil && seen.v2Context.Authorizer.JWT != nil {
					claims = seen.v2Context.Authorizer.JWT.Claims
				}
				t.Errorf("GetAPIGatewayContextV2 in the application returned the forged context (request %q, JWT claims %v), want an error",
					seen.v2Context.RequestID, claims)
			}
			got := res.header("X-Request-Id")
			if body.RequestID != got {
				t.Errorf("request_id %q differs from X-Request-Id %q", body.RequestID, got)
			}
			switch {
			case got == tt.forgedID || seen.header.Get("X-Request-Id") == tt.forgedID:
				t.Errorf("the client's forged X-Request-Id %q was taken as the request id", tt.forgedID)
			case tt.wantRequestID != "" && got != tt.wantRequestID:
				t.Errorf("X-Request-Id = %q, want the gateway requestId %q", got, tt.wantRequestID)
			case got == "":
				t.Errorf("no X-Request-Id in the response")
			}
		})
	}
}

// rawEvent returns the fixture with change applied to its JSON as generic
// values, for events the real event types cannot express.
func rawEvent(t testing.TB, name string, change func(map[string]any)) []byte {
	t.Helper()
	var ev map[string]any
	if err := json.Unmarshal(loadEvent(t, name), &ev); err != nil {
		t.Fatal(err)
	}
	change(ev)
	raw, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestLambdaEventsThatDoNotConvert checks events that are JSON objects but
// cannot become a request: not a valid event of their payload version, or
// one the adapter cannot convert (a path that is not a valid URL path, a
// body marked base64 that is not). Each gets a 400 envelope with the
// gateway's request id and a message
// saying what is wrong, instead of a failed invocation (API Gateway's bare
// 502) or the adapter's empty 504. The log line does not carry the URL,
// whose query may hold an email.
func TestLambdaEventsThatDoNotConvert(t *testing.T) {
	l, logs := newTestLambda(t)
	const email = "karan.query@example.com"
	tests := []struct {
		name, wantMessage string
		event             []byte
	}{
		{
			name: "HTTP API v2 path decoded to a bare %", wantMessage: "percent-encode",
			event: loadEvent(t, "v2-bad-percent.json"),
		},
		{
			name: "HTTP API v2 path with a bare % and an email in the query", wantMessage: "percent-encode",
			event: v2Event(t, "v2-bad-percent.json", func(ev *events.APIGatewayV2HTTPRequest) { ev.RawQueryString = "email=" + email }),
		},
		{
			name: "HTTP API v2 query with a control character and an email", wantMessage: "percent-encode",
			event: v2Event(t, "v2-get-jobs-dev.json", func(ev *events.APIGatewayV2HTTPRequest) {
				ev.RawQueryString = "email=" + email + "&x=\x01"
			}),
		},
		{
			name: "REST v1 path with a malformed escape and an email in the query", wantMessage: "percent-encode",
			event: v1Event(t, "v1-get-jobs.json", func(ev *events.APIGatewayProxyRequest) {
				ev.Path = "/candidates/%zz"
				ev.MultiValueQueryStringParameters = map[string][]string{"email": {email}}
			}),
		},
		{
			name: "REST v1 method that is not a token", wantMessage: "method",
			event: v1Event(t, "v1-get-jobs.json", func(ev *events.APIGatewayProxyRequest) { ev.HTTPMethod = "GE T" }),
		},
		{
			name: "REST v1 body marked base64 that is not", wantMessage: "not valid base64",
			event: v1Event(t, "v1-post-candidate.json", func(ev *events.APIGatewayProxyRequest) { ev.Body = "{not base64}" }),
		},
		{
			name: "HTTP API v2 body marked base64 that is not", wantMessage: "not valid base64",
			event: v2Event(t, "v2-post-candidate.json", func(ev *events.APIGatewayV2HTTPRequest) { ev.Body = "{not base64}" }),
		},
		{
			name: "REST v1 event whose header values are numbers", wantMessage: "REST API (payload 1.0) event",
			event: rawEvent(t, "v1-get-jobs.json", func(ev map[string]any) { ev["headers"] = map[string]any{"Accept": 5} }),
		},
		{
			name: "HTTP API v2 event whose body is a number", wantMessage: "HTTP API (payload 2.0) event",
			event: rawEvent(t, "v2-get-jobs-dev.json", func(ev map[string]any) { ev["body"] = 42 }),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := invokeLocal(t, l, tt.event)
			checkEnvelope(t, res, body, 400, eventRequestID(t, tt.event))
			checkPreviewOrigin(t, body)
			if body.Code != "INPUT_INVALID" || !strings.Contains(body.Message, tt.wantMessage) {
				t.Errorf("code/message = %q/%q, want INPUT_INVALID saying %q", body.Code, body.Message, tt.wantMessage)
			}
		})
	}
	if strings.Contains(logs.String(), email) {
		t.Errorf("the log carries the email from a query:\n%s", logs)
	}
}

// TestLambdaNonGatewayPayloads checks payloads that are not API Gateway
// events: a non-object fails the invocation (Lambda reports the error), and
// an object without a request, like the console's default test event, gets
// a 404 envelope rather than a crash or an empty 504.
func TestLambdaNonGatewayPayloads(t *testing.T) {
	l, _ := newTestLambda(t)
	tests := []struct {
		name, payload string
		wantErr       bool
		wantStatus    int
	}{
		{"JSON string", `"GET /jobs"`, true, 0},
		{"JSON array", `[1,2]`, true, 0},
		{"not JSON", `GET /jobs HTTP/1.1`, true, 0},
		{"console test event", `{"key1":"value1","key2":"value2","key3":"value3"}`, false, 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := l.invoke(t.Context(), json.RawMessage(tt.payload))
			if tt.wantErr {
				if err == nil {
					t.Errorf("invoke(%s) = %+v, nil; want an error", tt.payload, resp)
				}
				return
			}
			if err != nil {
				t.Fatalf("invoke(%s) error = %v, want a response", tt.payload, err)
			}
			reply, err := json.Marshal(resp)
			if err != nil {
				t.Fatal(err)
			}
			res, body := decodeGatewayReply(t, reply)
			if res.StatusCode != tt.wantStatus || body.Success || body.Code == "" {
				t.Errorf("status %d code %q success %v, want %d with an error envelope", res.StatusCode, body.Code, body.Success, tt.wantStatus)
			}
		})
	}
}
