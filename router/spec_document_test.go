package router_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// TestOpenAPIDocumentIsValid checks the document itself: a valid OpenAPI 3.1
// document that describes exactly the router's routes, the error codes of
// envelope and the shapes of the ats types, with examples that match their
// schemas and enough prose for a client developer.
// downloads are the responses whose success is no JSON envelope: a
// resume's bytes, or a redirect to the ATS's link to it. The README and
// the operation say so; every other response is JSON.
var downloads = map[string]bool{"GET /candidates/{id}/resume 200": true, "GET /candidates/{id}/resume 302": true}

func TestOpenAPIDocumentIsValid(t *testing.T) {
	s, err := routertest.LoadSpec()
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(router.OpenAPI(), &raw); err != nil {
		t.Fatalf("openapi.json is not JSON: %v", err)
	}

	t.Run("is OpenAPI 3.1.0", func(t *testing.T) {
		if s.Doc.OpenAPI != "3.1.0" {
			t.Errorf("openapi = %q, want 3.1.0", s.Doc.OpenAPI)
		}
		if !s.Doc.IsOpenAPI31OrLater() {
			t.Errorf("kin-openapi does not treat the document as 3.1, so it would validate it by 3.0 rules")
		}
	})

	t.Run("documents exactly the router's routes", func(t *testing.T) {
		var documented []string
		for tmpl, item := range s.Doc.Paths.Map() {
			for method := range item.Operations() {
				documented = append(documented, strings.ToUpper(method)+" "+tmpl)
			}
		}
		sort.Strings(documented)
		routes := router.Routes()
		for _, r := range routes {
			if !slices.Contains(documented, r) {
				t.Errorf("route %s is served but not documented", r)
			}
		}
		for _, d := range documented {
			if !slices.Contains(routes, d) {
				t.Errorf("operation %s is documented but not served", d)
			}
		}
	})

	t.Run("code enum is envelope's code table", func(t *testing.T) {
		// A cancelled request's answer (499) reaches no client, so its
		// code is for logs and not in the document.
		enum := specStrings(s.Doc.Components.Schemas["ErrorCode"].Value.Enum)
		codes := slices.DeleteFunc(envelope.Codes(), func(c string) bool { return envelope.Status(c) == envelope.StatusClientClosed })
		slices.Sort(enum)
		if !slices.Equal(enum, codes) {
			t.Errorf("ErrorCode enum = %v, want envelope.Codes() without the log-only ones = %v", enum, codes)
		}
	})

	t.Run("each error response lists codes of its status", func(t *testing.T) {
		// The codes sit beside the ErrorEnvelope $ref, where JSON Schema
		// applies them and generators, which keep the one ErrorEnvelope
		// type, do not look.
		specForEachResponse(s, func(where string, status int, r *openapi3.Response) {
			if status < 400 {
				return
			}
			codes := specResponseCodes(raw, where, status)
			if len(codes) == 0 {
				t.Errorf("%s %d: the schema does not narrow code to this status's codes", where, status)
			}
			for _, c := range codes {
				if got := envelope.Status(c); got != status {
					t.Errorf("%s %d: lists code %s, which envelope sends with status %d", where, status, c, got)
				}
			}
		})
	})

	t.Run("headers every client relies on", func(t *testing.T) {
		specForEachResponse(s, func(where string, status int, r *openapi3.Response) {
			want := []string{"X-Request-Id"}
			switch {
			case status == 304, status == 200 && strings.HasPrefix(where, "GET "):
				want = append(want, "ETag")
			}
			switch status {
			case 201:
				want = append(want, "Location")
			case 405:
				want = append(want, "Allow")
			case 503:
				want = append(want, "Retry-After")
			}
			for _, h := range want {
				ref := r.Headers[h]
				if ref == nil || ref.Value == nil || !ref.Value.Required {
					t.Errorf("%s %d: header %s is not documented as required", where, status, h)
				}
			}
			mt := r.Content.Get("application/json")
			if status == 304 {
				if len(r.Content) != 0 {
					t.Errorf("%s %d: a 304 has no body, but the document gives it content", where, status)
				}
				return
			}
			if (mt == nil || mt.Schema == nil) && !downloads[fmt.Sprintf("%s %d", where, status)] {
				t.Errorf("%s %d: no application/json schema", where, status)
			}
			if status >= 400 && mt != nil && mt.Schema != nil && !specRefersTo(mt.Schema, "#/components/schemas/ErrorEnvelope") {
				t.Errorf("%s %d: schema is not the ErrorEnvelope", where, status)
			}
		})
	})

	t.Run("operations are described for client developers", func(t *testing.T) {
		tags := map[string]bool{}
		for _, tag := range s.Doc.Tags {
			tags[tag.Name] = tag.Description != ""
		}
		for tmpl, item := range s.Doc.Paths.Map() {
			for method, op := range item.Operations() {
				where := method + " " + tmpl
				if op.OperationID == "" || op.Summary == "" || op.Description == "" {
					t.Errorf("%s: operationId %q, summary %q, description %q; want all three", where, op.OperationID, op.Summary, op.Description)
				}
				if len(op.Tags) == 0 {
					t.Errorf("%s: no tag", where)
				}
				for _, tag := range op.Tags {
					if !tags[tag] {
						t.Errorf("%s: tag %q is not declared with a description", where, tag)
					}
				}
				for _, p := range append(slices.Clone(item.Parameters), op.Parameters...) {
					if p.Value.Description == "" || p.Value.Schema == nil {
						t.Errorf("%s: parameter %s lacks a description or schema", where, p.Value.Name)
					}
				}
				if op.RequestBody != nil && op.RequestBody.Value.Content.Get("application/json").Schema.Value.AdditionalProperties.Has == nil {
					t.Errorf("%s: the request body schema does not say additionalProperties", where)
				}
				for status, ref := range op.Responses.Map() {
					if tmpl == "/openapi.json" && status == "200" || status == "304" {
						continue // the document itself is its own example; a 304 has no body
					}
					if mt := ref.Value.Content.Get("application/json"); (mt == nil || len(mt.Examples) == 0) && !downloads[where+" "+status] {
						t.Errorf("%s %s: no example", where, status)
					}
				}
			}
		}
	})

	t.Run("every GET is conditional", func(t *testing.T) {
		for tmpl, item := range s.Doc.Paths.Map() {
			op := item.Get
			if op == nil {
				continue
			}
			found := false
			for _, p := range append(slices.Clone(item.Parameters), op.Parameters...) {
				found = found || p.Value.In == "header" && p.Value.Name == "If-None-Match"
			}
			if !found {
				t.Errorf("GET %s: no If-None-Match parameter (#/components/parameters/IfNoneMatchParam)", tmpl)
			}
			if op.Responses.Status(304) == nil {
				t.Errorf("GET %s: no 304 response (#/components/responses/NotModified)", tmpl)
			}
		}
	})

	t.Run("every operation takes X-Request-Id", func(t *testing.T) {
		// The requestID middleware keeps a well-formed X-Request-Id on
		// every route, so every operation documents it.
		for tmpl, item := range s.Doc.Paths.Map() {
			for method, op := range item.Operations() {
				found := false
				for _, p := range append(slices.Clone(item.Parameters), op.Parameters...) {
					found = found || p.Value.In == "header" && p.Value.Name == "X-Request-Id"
				}
				if !found {
					t.Errorf("%s %s: no X-Request-Id parameter (#/components/parameters/RequestIdParam)", method, tmpl)
				}
			}
		}
	})

	t.Run("keyed responses document the RateLimit headers", func(t *testing.T) {
		// authenticate sets RateLimit and RateLimit-Policy once a key is
		// admitted, before routing, so every answer of a keyed route
		// carries them but 401 (not admitted) and 500 (a panic may come
		// first). A response shared with the open routes cannot promise
		// them, and is left out.
		open := map[string]bool{}
		for _, tmpl := range []string{"/healthz", "/openapi.json"} {
			for _, op := range s.Doc.Paths.Value(tmpl).Operations() {
				for _, ref := range op.Responses.Map() {
					if ref.Ref != "" {
						open[ref.Ref] = true
					}
				}
			}
		}
		for tmpl, item := range s.Doc.Paths.Map() {
			if tmpl == "/healthz" || tmpl == "/openapi.json" {
				continue
			}
			for method, op := range item.Operations() {
				for status, ref := range op.Responses.Map() {
					if status == "401" || status == "500" || open[ref.Ref] {
						continue
					}
					for _, h := range []string{"RateLimit", "RateLimit-Policy"} {
						if ref.Value.Headers[h] == nil {
							t.Errorf("%s %s %s: no %s header (#/components/headers/%s)", method, tmpl, status, h, h)
						}
					}
				}
			}
		}
	})

	t.Run("list routes take the paging parameters", func(t *testing.T) {
		for _, tmpl := range []string{"/jobs", "/candidates", "/applications"} {
			got := map[string]*openapi3.Parameter{}
			for _, p := range s.Doc.Paths.Value(tmpl).Get.Parameters {
				got[p.Value.Name] = p.Value
			}
			for _, name := range []string{"limit", "page", "cursor", "include"} {
				if got[name] == nil {
					t.Errorf("GET %s: no %s parameter", tmpl, name)
				}
			}
			if l := got["limit"]; l != nil {
				sch := l.Schema.Value
				if *sch.Min != 1 || *sch.Max != 100 || sch.Default != float64(20) {
					t.Errorf("GET %s: limit min %v max %v default %v, want 1, 100, 20", tmpl, *sch.Min, *sch.Max, sch.Default)
				}
			}
		}
	})

	t.Run("enums match the ats package", func(t *testing.T) {
		for name, want := range map[string][]string{
			"JobStatus":         specStrings(ats.JobStatuses),
			"StageKind":         specStrings(ats.StageKinds),
			"ApplicationStatus": specStrings(ats.ApplicationStatuses),
			"ReasonKind":        specStrings(ats.ReasonKinds),
			"Mode":              {string(ats.ModeLive), string(ats.ModePreview)},
		} {
			if got := specStrings(s.Doc.Components.Schemas[name].Value.Enum); !slices.Equal(got, want) {
				t.Errorf("%s enum = %v, want %v", name, got, want)
			}
		}
		// Job.workplace is anyOf [Workplace, null]: null is allowed beside
		// the enum, never inside it (see the generator conventions).
		workplace := specStrings(s.Doc.Components.Schemas["Workplace"].Value.Enum)
		if want := []string{ats.WorkplaceOnSite, ats.WorkplaceHybrid, ats.WorkplaceRemote}; !slices.Equal(workplace, want) {
			t.Errorf("Workplace enum = %v, want %v", workplace, want)
		}
		for _, v := range []any{ats.WorkplaceRemote, nil} {
			if err := s.Validate("#/components/schemas/Job/properties/workplace", v); err != nil {
				t.Errorf("Job.workplace refuses %v: %v", v, err)
			}
		}
	})

	t.Run("CandidateInput takes name, or first_name and last_name", func(t *testing.T) {
		// The rule is an if/else, which validators apply and generators
		// leave out of the type; without it the document would accept
		// bodies the router refuses.
		for body, want := range map[string]bool{
			`{"email":"k@example.com","name":"Karan"}`:                                                true,
			`{"email":"k@example.com","first_name":"Karan","last_name":"Mehta"}`:                      true,
			`{"email":"k@example.com","name":"Karan Mehta","first_name":"Karan","last_name":"Mehta"}`: true,
			`{"email":"k@example.com"}`:                                                               false,
			`{"email":"k@example.com","first_name":"Karan"}`:                                          false,
			`{"email":"k@example.com","last_name":"Mehta"}`:                                           false,
			`{"name":"Karan"}`: false,
			`{"email":"k@example.com","name":"Karan","resume":{"data":"JVBERi0="}}`:                     true,
			`{"email":"k@example.com","name":"Karan","parse_resume":true,"resume":{"data":"JVBERi0="}}`: true,
			`{"email":"k@example.com","name":"Karan","parse_resume":true}`:                              false,
		} {
			var v any
			if err := json.Unmarshal([]byte(body), &v); err != nil {
				t.Fatal(err)
			}
			if err := s.Validate("#/components/schemas/CandidateInput", v); (err == nil) != want {
				t.Errorf("%s: accepted %v, want %v (%v)", body, err == nil, want, err)
			}
		}
	})

	t.Run("schemas match the Go types", func(t *testing.T) {
		// GET /jobs?include=counts lists a job with application_counts
		// beside its fields (the router's listedJob).
		type listedJob struct {
			ats.Job
			ApplicationCounts *struct {
				Active int  `json:"active"`
				Exact  bool `json:"exact"`
			} `json:"application_counts,omitempty"`
		}
		for name, typ := range map[string]reflect.Type{
			"Job":               reflect.TypeFor[listedJob](),
			"ApplicationCounts": reflect.TypeFor[listedJob]().Field(1).Type.Elem(),
			"Location":          reflect.TypeFor[ats.Location](),
			"Candidate":         reflect.TypeFor[ats.Candidate](),
			"Application":       reflect.TypeFor[ats.Application](),
			"Stage":             reflect.TypeFor[ats.Stage](),
			"JobStage":          reflect.TypeFor[ats.JobStage](),
			"RejectionReason":   reflect.TypeFor[ats.RejectionReason](),
			"ListMeta":          reflect.TypeFor[envelope.Meta](),
			"ErrorDetail":       reflect.TypeFor[envelope.Detail](),
		} {
			t.Run(name, func(t *testing.T) { specCheckSchemaType(t, s, name, typ) })
		}
	})

	t.Run("examples match their schemas", func(t *testing.T) {
		n := 0
		specWalkJSON(raw, "#", func(pointer string, node map[string]any) {
			examples, ok := node["examples"].(map[string]any)
			if _, hasSchema := node["schema"]; !ok || !hasSchema {
				return
			}
			for name, ex := range examples {
				value := specResolveExample(t, raw, ex)
				if err := s.Validate(pointer+"/schema", specReencode(t, value)); err != nil {
					t.Errorf("example %s at %s does not match its schema:\n%v", name, pointer, err)
				}
				n++
			}
		})
		if n < 30 {
			t.Errorf("checked %d examples, want every response and request example (at least 30)", n)
		}
	})

	t.Run("no extensions and no unused components", func(t *testing.T) {
		refs := map[string]bool{}
		specWalkJSON(raw, "#", func(pointer string, node map[string]any) {
			for k, v := range node {
				if strings.HasPrefix(k, "x-") && !strings.Contains(pointer, "/properties") {
					t.Errorf("%s: extension %q; the document is meant to be x- free", pointer, k)
				}
				if k == "$ref" {
					refs[v.(string)] = true
				}
			}
		})
		for kind, comps := range raw["components"].(map[string]any) {
			if kind == "securitySchemes" {
				continue // used by name in security, not by $ref
			}
			for name := range comps.(map[string]any) {
				if ref := "#/components/" + kind + "/" + name; !refs[ref] {
					t.Errorf("%s is never referenced", ref)
				}
			}
		}
	})

	t.Run("servers: local, local with stage, deployed", func(t *testing.T) {
		var urls []string
		for _, sv := range s.Doc.Servers {
			urls = append(urls, sv.URL)
		}
		want := []string{"http://localhost:3000", "http://localhost:3000/dev", "https://{restApiId}.execute-api.{region}.amazonaws.com/dev"}
		if !slices.Equal(urls, want) {
			t.Errorf("servers = %v, want %v", urls, want)
		}
	})
}

// TestOpenAPIValidatorCatchesBrokenDocuments proves the document check is
// not a formality: each broken variant of the real document is refused.
func TestOpenAPIValidatorCatchesBrokenDocuments(t *testing.T) {
	jobExample := func(doc map[string]any) map[string]any {
		return specDig(doc, "paths", "/jobs/{id}", "get", "responses", "200", "content", "application/json", "examples", "job", "value", "data").(map[string]any)
	}
	tests := []struct {
		name   string
		break_ func(doc map[string]any)
		want   string
	}{
		{"3.0 version", func(doc map[string]any) { doc["openapi"] = "3.0.3" }, "want 3.1"},
		{"example lacks a required field", func(doc map[string]any) { delete(jobExample(doc), "title") }, "missing property 'title'"},
		{"example has null for a non-nullable field", func(doc map[string]any) { jobExample(doc)["title"] = nil }, "got null, want string"},
		{"example has a number for a string-or-null field", func(doc map[string]any) { jobExample(doc)["department"] = 7 }, "want null or string"},
		{"example breaks a const", func(doc map[string]any) {
			specDig(doc, "paths", "/jobs/{id}", "get", "responses", "200", "content", "application/json", "examples", "job", "value").(map[string]any)["success"] = false
		}, "/success"},
		{"dangling $ref", func(doc map[string]any) {
			specDig(doc, "components", "schemas", "Job", "properties").(map[string]any)["location"] = map[string]any{"$ref": "#/components/schemas/Place"}
		}, "Place"},
		{"path parameter not declared", func(doc map[string]any) {
			delete(specDig(doc, "paths", "/jobs/{id}").(map[string]any), "parameters")
		}, "path parameters"},
		{"duplicate operationId", func(doc map[string]any) {
			specDig(doc, "paths", "/candidates", "get").(map[string]any)["operationId"] = "listJobs"
		}, "same operation id"},
		{"unknown type", func(doc map[string]any) {
			specDig(doc, "components", "schemas", "Stage", "properties", "name").(map[string]any)["type"] = "text"
		}, "unsupported 'type'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var doc map[string]any
			if err := json.Unmarshal(router.OpenAPI(), &doc); err != nil {
				t.Fatal(err)
			}
			tt.break_(doc)
			data, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			_, err = routertest.ParseSpec(data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseSpec error = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

// TestOpenAPIRequestIDIsWhatTheServerKeeps: the X-Request-Id parameter
// documents the ids the router keeps (router/requestid.go): its pattern is
// the response's request_id pattern, its description spells out the same
// characters, and the router keeps exactly the ids the pattern accepts.
func TestOpenAPIRequestIDIsWhatTheServerKeeps(t *testing.T) {
	s, err := routertest.LoadSpec()
	if err != nil {
		t.Fatal(err)
	}
	param := s.Doc.Components.Parameters["RequestIdParam"].Value
	pattern := param.Schema.Value.Pattern
	if want := s.Doc.Components.Schemas["RequestId"].Value.Pattern; pattern != want {
		t.Fatalf("RequestIdParam pattern %q, want the RequestId schema's %q", pattern, want)
	}
	// ^[A-Za-z0-9._:=-]{8,128}$ is spelled "8 to 128 of `A-Z a-z 0-9 . _ : = -`".
	m := regexp.MustCompile(`^\^\[((?:[A-Za-z0-9]-[A-Za-z0-9]|[^\]])+)\]\{(\d+),(\d+)\}\$$`).FindStringSubmatch(pattern)
	if m == nil {
		t.Fatalf("pattern %q is not one character class with a length; update this test with the server's rule", pattern)
	}
	var chars []string
	for class := m[1]; class != ""; {
		if len(class) >= 3 && class[1] == '-' {
			chars, class = append(chars, class[:3]), class[3:]
			continue
		}
		chars, class = append(chars, class[:1]), class[1:]
	}
	spelled := fmt.Sprintf("%s to %s of `%s`", m[2], m[3], strings.Join(chars, " "))
	for _, d := range []string{param.Description, s.Doc.Components.Schemas["RequestId"].Value.Description} {
		if !strings.Contains(d, spelled) {
			t.Errorf("description %q does not say %q", d, spelled)
		}
	}

	documented := regexp.MustCompile(pattern)
	h := routertest.New(nil, routertest.Config("preview")).Handler
	for _, id := range []string{
		"checkout-7f3c9a1e", "AZaz09._:=-", "a1b2c3d4-e5f6-7890-abcd-ef1234567890", "abcdefg", strings.Repeat("r", 128), strings.Repeat("r", 129),
		"has space1", "slash/0001", "plus+0001", "tilde~0001", "comma,0001", "semi;00001", "quote'0001", "ümlaut0001", "star*00001", "at@0000001",
	} {
		req := httptest.NewRequest("GET", "/healthz", nil)
		req.Header.Set("X-Request-Id", id)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		kept := w.Header().Get("X-Request-Id") == id
		if want := documented.MatchString(id); kept != want {
			t.Errorf("X-Request-Id %q: kept %v, but the documented pattern says %v", id, kept, want)
		}
	}
}

// specCheckSchemaType compares a component schema with the Go type the
// router encodes: the same JSON field names, required exactly when the field
// has no omitempty, and null allowed exactly when the field is a pointer
// without omitempty (encoding/json writes null for it).
func specCheckSchemaType(t *testing.T, s *routertest.Spec, name string, typ reflect.Type) {
	t.Helper()
	sch := s.Doc.Components.Schemas[name].Value
	var fields []string
	for _, f := range reflect.VisibleFields(typ) {
		if f.Anonymous {
			continue // its fields are visible too, as encoding/json promotes them
		}
		tag, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "" || tag == "-" {
			continue
		}
		fields = append(fields, tag)
		omitempty := strings.Contains(opts, "omitempty")
		if required := slices.Contains(sch.Required, tag); required == omitempty {
			t.Errorf("%s.%s: required=%v, but the Go field has omitempty=%v", name, tag, required, omitempty)
		}
		if _, ok := sch.Properties[tag]; !ok {
			t.Errorf("%s.%s: not in the schema", name, tag)
			continue
		}
		wantNull := f.Type.Kind() == reflect.Pointer && !omitempty
		err := s.Validate("#/components/schemas/"+name+"/properties/"+tag, nil)
		if gotNull := err == nil; gotNull != wantNull {
			t.Errorf("%s.%s: schema allows null = %v, want %v (Go type %s)", name, tag, gotNull, wantNull, f.Type)
		}
		if f.Type == reflect.TypeFor[time.Time]() || f.Type == reflect.TypeFor[*time.Time]() {
			if err := s.Validate("#/components/schemas/"+name+"/properties/"+tag, "2026-01-02T03:04:05+02:00"); err == nil {
				t.Errorf("%s.%s: schema accepts a non-UTC timestamp, want UTC only", name, tag)
			}
		}
	}
	var props []string
	for p := range sch.Properties {
		props = append(props, p)
	}
	slices.Sort(props)
	slices.Sort(fields)
	if !slices.Equal(props, fields) {
		t.Errorf("%s properties = %v, want the Go JSON fields %v", name, props, fields)
	}
	if sch.AdditionalProperties.Has == nil || *sch.AdditionalProperties.Has {
		t.Errorf("%s: additionalProperties is not false, so a renamed field would go unnoticed", name)
	}
}

// specForEachResponse calls fn for every response of every operation.
func specForEachResponse(s *routertest.Spec, fn func(where string, status int, r *openapi3.Response)) {
	for tmpl, item := range s.Doc.Paths.Map() {
		for method, op := range item.Operations() {
			for status, ref := range op.Responses.Map() {
				n, err := strconv.Atoi(status)
				if err != nil {
					n = -1 // "default" or a range: reported by the status checks
				}
				fn(method+" "+tmpl, n, ref.Value)
			}
		}
	}
}

// specResponseCodes returns the codes an error response's schema allows,
// from the enum it puts beside the ErrorEnvelope $ref; where is "method
// /path" as specForEachResponse gives it.
func specResponseCodes(raw map[string]any, where string, status int) []string {
	method, tmpl, _ := strings.Cut(where, " ")
	r, _ := specDig(raw, "paths", tmpl, strings.ToLower(method), "responses").(map[string]any)[strconv.Itoa(status)].(map[string]any)
	if ref, ok := r["$ref"].(string); ok {
		r, _ = specDig(raw, "components", "responses", strings.TrimPrefix(ref, "#/components/responses/")).(map[string]any)
	}
	content, _ := r["content"].(map[string]any)
	media, _ := content["application/json"].(map[string]any)
	schema, _ := media["schema"].(map[string]any)
	props, _ := schema["properties"].(map[string]any)
	code, _ := props["code"].(map[string]any)
	enum, _ := code["enum"].([]any)
	return specStrings(enum)
}

// specRefersTo reports whether a schema is ref, with or without keywords
// beside it.
func specRefersTo(s *openapi3.SchemaRef, ref string) bool {
	return s.Ref == ref
}

// specWalkJSON calls fn on every object in v with its JSON pointer fragment.
func specWalkJSON(v any, pointer string, fn func(pointer string, node map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		fn(pointer, v)
		for k, child := range v {
			specWalkJSON(child, pointer+"/"+routertest.PointerEscape(k), fn)
		}
	case []any:
		for i, child := range v {
			specWalkJSON(child, pointer+"/"+strconv.Itoa(i), fn)
		}
	}
}

// specResolveExample returns an Example Object's value, following a $ref to
// components/examples.
func specResolveExample(t *testing.T, doc map[string]any, ex any) any {
	t.Helper()
	m := ex.(map[string]any)
	if ref, ok := m["$ref"].(string); ok {
		path := strings.Split(strings.TrimPrefix(ref, "#/"), "/")
		m = specDig(doc, path...).(map[string]any)
	}
	return m["value"]
}

// specReencode turns a value decoded by encoding/json (numbers as float64) into
// what the validator sees for a response body (numbers as json.Number).
func specReencode(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

// specDig walks nested JSON objects by key.
func specDig(v any, keys ...string) any {
	for _, k := range keys {
		v = v.(map[string]any)[k]
	}
	return v
}

// specStrings formats each element, for comparing enums of any element type.
func specStrings[T any](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = fmt.Sprint(v)
	}
	return out
}
