package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

// TestRunPrintsTheDashboard: the line `go run .` prints when it listens
// names the dashboard next to the API, and that address serves it.
func TestRunPrintsTheDashboard(t *testing.T) {
	env := previewEnv(t.TempDir())
	env["LOG_FORMAT"] = "text" // what a terminal shows
	base, out, _ := startRun(t, env)
	line := regexp.MustCompile(`msg=listening addr=(\S+) try=(\S+) dashboard=(\S+)`).FindStringSubmatch(out.String())
	if line == nil {
		t.Fatalf("no listening line with the dashboard's address:\n%s", out)
	}
	if want := strings.Replace(base, "127.0.0.1", "localhost", 1) + "/ui/"; line[3] != want {
		t.Errorf("dashboard=%s, want %s", line[3], want)
	}
	res, err := testClient.Get(base + "/ui/")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/html; charset=utf-8" || !strings.Contains(string(body), "<title>atsbridge dashboard</title>") {
		t.Errorf("GET /ui/: %d %s\n%.200s", res.StatusCode, res.Header.Get("Content-Type"), body)
	}
}

// TestLambdaServesTheDashboard: behind API Gateway (a REST API event of
// stage dev, whose path comes without the stage) the dashboard's page and
// scripts are served as text, not base64, with their types.
func TestLambdaServesTheDashboard(t *testing.T) {
	l, _ := newTestLambda(t)
	for path, wantType := range map[string]string{
		"/ui/":       "text/html; charset=utf-8",
		"/ui/app.js": "text/javascript; charset=utf-8",
	} {
		event := v1Event(t, "v1-get-jobs.json", func(ev *events.APIGatewayProxyRequest) {
			ev.Path, ev.RequestContext.Path = path, "/dev"+path
			ev.Resource, ev.RequestContext.ResourcePath = "/{proxy+}", "/{proxy+}"
			ev.QueryStringParameters, ev.MultiValueQueryStringParameters = nil, nil
		})
		ctx := lambdacontext.NewContext(t.Context(), &lambdacontext.LambdaContext{AwsRequestID: "dashboard-test"})
		resp, err := l.invoke(ctx, json.RawMessage(event))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := json.Marshal(resp)
		var res gatewayResponse
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		file := strings.TrimPrefix(path, "/ui/")
		if file == "" {
			file = "index.html"
		}
		want, err := os.ReadFile(filepath.Join("ui", "assets", file))
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode != 200 || res.IsBase64Encoded || res.Body != string(want) || res.header("Content-Type") != wantType {
			t.Errorf("%s through Lambda: %d, base64 %v, %s, %d bytes; want 200, text %s, the file's %d bytes", path, res.StatusCode, res.IsBase64Encoded, res.header("Content-Type"), len(res.Body), wantType, len(want))
		}
	}
}
