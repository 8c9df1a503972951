package routertest

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/atsbridge/atsbridge/router"
)

// This file holds CheckSpec, which every response a test receives through
// API goes through, so the OpenAPI document cannot drift from what the
// router does.
//
// Two libraries split the work. kin-openapi loads the document and checks it
// is a valid OpenAPI 3.1 document (structure, $refs, path parameters,
// operation ids, examples). Response bodies are validated by
// santhosh-tekuri/jsonschema (full JSON Schema 2020-12, the dialect of
// OpenAPI 3.1) directly against the schemas inside the document's own bytes,
// so what is checked is exactly what clients read, `type: [..., "null"]`,
// `const` and `enum` with null included. kin-openapi v0.153.0 validates 3.1
// values correctly too, but only with openapi3.EnableJSONSchema2020(): without
// it `const` is silently ignored, and it re-encodes each schema from its own
// structs on every call.

// specStage is the API Gateway stage the tests serve under (Config's).
const specStage = "/" + Stage

// specURL names the document inside the JSON Schema compiler; it is never
// fetched.
const specURL = "mem://atsbridge/openapi.json"

// Spec is the OpenAPI document loaded, plus its schemas compiled on first
// use. It is safe for concurrent use.
type Spec struct {
	// Doc is the document as kin-openapi reads it, for tests that inspect
	// its structure.
	Doc *openapi3.T

	mu       sync.Mutex // guards compiler and compiled: tests run in parallel
	compiler *jsonschema.Compiler
	compiled map[string]*jsonschema.Schema
}

var (
	specOnce   sync.Once
	specLoaded *Spec
	specErr    error
)

// LoadSpec loads and validates the router's embedded document, once per
// test binary.
func LoadSpec() (*Spec, error) {
	specOnce.Do(func() { specLoaded, specErr = ParseSpec(router.OpenAPI()) })
	return specLoaded, specErr
}

// ParseSpec turns document bytes into a Spec, refusing anything that
// is not a valid OpenAPI 3.1 document.
func ParseSpec(data []byte) (*Spec, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(data)
	if err != nil {
		return nil, fmt.Errorf("openapi.json does not load: %w", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1.") {
		return nil, fmt.Errorf("openapi.json declares openapi %q, want 3.1.x", doc.OpenAPI)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("openapi.json is not a valid OpenAPI 3.1 document: %w", err)
	}
	raw, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("openapi.json is not JSON: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat() // date-time, uri, email are checked, not just annotations
	if err := c.AddResource(specURL, raw); err != nil {
		return nil, fmt.Errorf("openapi.json as a JSON Schema resource: %w", err)
	}
	return &Spec{Doc: doc, compiler: c, compiled: map[string]*jsonschema.Schema{}}, nil
}

// Schema returns the compiled JSON Schema at a JSON pointer fragment of the
// document, such as "#/components/schemas/Job".
func (s *Spec) Schema(pointer string) (*jsonschema.Schema, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sch, ok := s.compiled[pointer]; ok {
		return sch, nil
	}
	sch, err := s.compiler.Compile(specURL + pointer)
	if err != nil {
		return nil, err
	}
	s.compiled[pointer] = sch
	return sch, nil
}

// Validate checks value against the schema at pointer.
func (s *Spec) Validate(pointer string, value any) error {
	sch, err := s.Schema(pointer)
	if err != nil {
		return fmt.Errorf("schema %s does not compile: %w", pointer, err)
	}
	return sch.Validate(value)
}

// PointerEscape escapes one JSON pointer token for use in a URL fragment.
func PointerEscape(token string) string {
	token = strings.ReplaceAll(token, "~", "~0")
	token = strings.ReplaceAll(token, "/", "~1")
	return url.PathEscape(token)
}

// specStripStage removes a leading stage segment: /dev/jobs is /jobs, /devices is not.
func specStripStage(p string) string {
	if p == specStage {
		return "/"
	}
	if strings.HasPrefix(p, specStage+"/") {
		return strings.TrimPrefix(p, specStage)
	}
	return p
}

// match finds the documented path template for a concrete path, preferring
// literal segments over parameters. It returns "" for an undocumented path.
func (s *Spec) match(p string) string {
	segs := strings.Split(p, "/")
	best, bestLiterals := "", -1
	for tmpl := range s.Doc.Paths.Map() {
		tsegs := strings.Split(tmpl, "/")
		if len(tsegs) != len(segs) {
			continue
		}
		literals, ok := 0, true
		for i, ts := range tsegs {
			switch {
			case strings.HasPrefix(ts, "{") && strings.HasSuffix(ts, "}"):
				ok = segs[i] != ""
			case ts == segs[i]:
				literals++
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && literals > bestLiterals {
			best, bestLiterals = tmpl, literals
		}
	}
	return best
}

// methods lists the methods documented for a path template, sorted.
func (s *Spec) methods(tmpl string) []string {
	var out []string
	for m := range s.Doc.Paths.Value(tmpl).Operations() {
		out = append(out, strings.ToUpper(m))
	}
	slices.Sort(out)
	return out
}

// CheckSpec validates one response the router produced for req against the
// OpenAPI document: the operation must exist (an unknown path must be a 404
// error envelope, a known path with another method a 405 with Allow), the
// status must be documented for it, the body must match that response's
// schema, the documented headers must be present and well formed, and the
// Content-Type must be application/json. It reports every mismatch with
// t.Errorf, so one call can show several.
func CheckSpec(t testing.TB, req *http.Request, status int, header http.Header, body []byte) {
	t.Helper()
	s, err := LoadSpec()
	if err != nil {
		t.Fatalf("openapi: %v", err)
		return
	}
	// Match on the escaped path, as chi routes: /jobs/a%2Fb is one id
	// segment (which the router refuses with 400), not the path /jobs/a/b.
	path := specStripStage(req.URL.EscapedPath())
	where := fmt.Sprintf("openapi: %s %s -> %d", req.Method, req.URL.EscapedPath(), status)
	errorf := func(format string, args ...any) {
		t.Helper()
		t.Errorf("%s: %s", where, fmt.Sprintf(format, args...))
	}

	if status == http.StatusNotModified {
		specCheckNotModified(t, s, errorf, req, path, header, body)
		return
	}
	if ref := s.response(req.Method, path, status); ref != nil && ref.Value.Content.Get("application/json") == nil {
		specCheckOther(t, s, errorf, req, status, header, body, ref)
		return
	}
	if ct := header.Get("Content-Type"); ct == "" {
		errorf("no Content-Type, want application/json")
	} else if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
		errorf("Content-Type %q, want application/json", ct)
	}
	// HEAD is GET without the body (RFC 9110): the document describes the
	// GET operations, and HEAD answers with their status and headers.
	method := req.Method
	if method == http.MethodHead {
		method = http.MethodGet
		if len(body) != 0 {
			errorf("HEAD response has a %d-byte body, want none", len(body))
		}
		specCheckHeader(t, s, errorf, header, "X-Request-Id", "#/components/headers/X-Request-Id")
		if tmpl := s.match(path); tmpl == "" {
			if status != http.StatusNotFound {
				errorf("the path is not in the document, so the status must be 404")
			}
		} else if op := s.Doc.Paths.Value(tmpl).Get; op == nil {
			if status != http.StatusMethodNotAllowed {
				errorf("GET is not documented on %s, so HEAD must be 405", tmpl)
			}
		} else if ref := op.Responses.Status(status); ref == nil {
			errorf("status %d is not documented for GET %s", status, tmpl)
		}
		return
	}
	value, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		errorf("body is not one JSON value: %v\n%s", err, body)
		return
	}
	specCheckHeader(t, s, errorf, header, "X-Request-Id", "#/components/headers/X-Request-Id")
	if obj, ok := value.(map[string]any); ok {
		if id, ok := obj["request_id"]; ok && id != header.Get("X-Request-Id") {
			errorf("body request_id %v differs from X-Request-Id %q", id, header.Get("X-Request-Id"))
		}
	}

	tmpl := s.match(path)
	if tmpl == "" {
		// An unknown route: the contract says 404 NOT_FOUND in the error envelope.
		if status != http.StatusNotFound {
			errorf("the path is not in the document, so the status must be 404")
		}
		specCheckBody(s, errorf, "#/components/schemas/ErrorEnvelope", value)
		if code := specCode(value); code != "NOT_FOUND" {
			errorf("code %q for an unknown route, want NOT_FOUND", code)
		}
		return
	}
	op := s.Doc.Paths.Value(tmpl).GetOperation(method)
	if op == nil {
		// A documented path with an undocumented method: 405 with Allow
		// naming exactly the documented methods, and HEAD with GET.
		if status != http.StatusMethodNotAllowed {
			errorf("%s is not documented on %s, so the status must be 405", req.Method, tmpl)
		}
		want := s.methods(tmpl)
		if slices.Contains(want, http.MethodGet) {
			want = append(want, http.MethodHead)
			slices.Sort(want)
		}
		var got []string
		for _, m := range strings.Split(header.Get("Allow"), ",") {
			if m = strings.TrimSpace(m); m != "" {
				got = append(got, m)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			errorf("Allow %q, want %q (the documented methods of %s)", header.Get("Allow"), strings.Join(want, ", "), tmpl)
		}
		specCheckBody(s, errorf, "#/components/responses/MethodNotAllowed/content/application~1json/schema", value)
		return
	}

	ref := op.Responses.Status(status)
	if ref == nil || ref.Value == nil {
		var documented []string
		for code := range op.Responses.Map() {
			documented = append(documented, code)
		}
		slices.Sort(documented)
		errorf("status %d is not documented for %s %s (documented: %s)",
			status, req.Method, tmpl, strings.Join(documented, ", "))
		return
	}
	pointer := ref.Ref
	if pointer == "" {
		pointer = "#/paths/" + PointerEscape(tmpl) + "/" + strings.ToLower(method) + "/responses/" + strconv.Itoa(status)
	}
	if mt := ref.Value.Content.Get("application/json"); mt == nil || mt.Schema == nil {
		errorf("the document gives no application/json schema for this response")
	} else {
		specCheckBody(s, errorf, pointer+"/content/application~1json/schema", value)
	}
	for name, h := range ref.Value.Headers {
		if http.CanonicalHeaderKey(name) == "X-Request-Id" {
			continue // checked above for every response
		}
		hp := h.Ref
		if hp == "" {
			hp = pointer + "/headers/" + PointerEscape(name)
		}
		if h.Value.Required || header.Get(name) != "" {
			specCheckHeader(t, s, errorf, header, name, hp)
		}
	}
	if status == http.StatusCreated {
		specCheckLocation(s, errorf, req, header.Get("Location"), value)
	}
}

// specCheckNotModified checks a 304: only a GET (or HEAD) gets one, where
// the document says so, with no body and no Content-Type (RFC 9110
// §15.4.5), and with the ETag and X-Request-Id the 200 would carry.
func specCheckNotModified(t testing.TB, s *Spec, errorf func(string, ...any), req *http.Request, path string, header http.Header, body []byte) {
	t.Helper()
	if req.Method != http.MethodGet && req.Method != http.MethodHead {
		errorf("a 304 answers only GET and HEAD")
	}
	if len(body) != 0 {
		errorf("a 304 has a %d-byte body, want none", len(body))
	}
	if ct := header.Get("Content-Type"); ct != "" {
		errorf("a 304 has Content-Type %q, want none: it has no body", ct)
	}
	specCheckHeader(t, s, errorf, header, "X-Request-Id", "#/components/headers/X-Request-Id")
	specCheckHeader(t, s, errorf, header, "ETag", "#/components/headers/ETag")
	tmpl := s.match(path)
	if tmpl == "" || s.Doc.Paths.Value(tmpl).Get == nil || s.Doc.Paths.Value(tmpl).Get.Responses.Status(http.StatusNotModified) == nil {
		errorf("304 is not documented for GET %s", path)
	}
}

// response is the documented response of method (HEAD as GET) on the
// concrete path with status, or nil.
func (s *Spec) response(method, path string, status int) *openapi3.ResponseRef {
	if method == http.MethodHead {
		method = http.MethodGet
	}
	tmpl := s.match(path)
	if tmpl == "" {
		return nil
	}
	op := s.Doc.Paths.Value(tmpl).GetOperation(method)
	if op == nil {
		return nil
	}
	if ref := op.Responses.Status(status); ref != nil && ref.Value != nil {
		return ref
	}
	return nil
}

// specCheckOther checks a response the document gives without JSON (the
// one route that answers a file, or a redirect to it): a Content-Type
// among the documented ones, no body where none is documented (a
// redirect), and the documented headers.
func specCheckOther(t testing.TB, s *Spec, errorf func(string, ...any), req *http.Request, status int, header http.Header, body []byte, ref *openapi3.ResponseRef) {
	t.Helper()
	if len(ref.Value.Content) == 0 {
		if len(body) != 0 {
			errorf("a %d-byte body where the document gives none", len(body))
		}
	} else {
		mt, _, err := mime.ParseMediaType(header.Get("Content-Type"))
		if err != nil || ref.Value.Content.Get(mt) == nil {
			errorf("Content-Type %q is not one the document gives for this response", header.Get("Content-Type"))
		}
		if req.Method == http.MethodHead && len(body) != 0 {
			errorf("HEAD response has a %d-byte body, want none", len(body))
		}
	}
	specCheckHeader(t, s, errorf, header, "X-Request-Id", "#/components/headers/X-Request-Id")
	for name, h := range ref.Value.Headers {
		if http.CanonicalHeaderKey(name) == "X-Request-Id" {
			continue
		}
		if h.Value.Required && header.Get(name) == "" {
			errorf("no %s header, which the document requires", name)
		}
	}
}

// specCheckBody validates a decoded body against the schema at pointer.
func specCheckBody(s *Spec, errorf func(string, ...any), pointer string, value any) {
	if err := s.Validate(pointer, value); err != nil {
		errorf("body does not match the document: %v", err)
	}
}

// specCheckHeader checks that a documented header is present and matches its
// schema; integer headers (Retry-After) are compared as numbers.
func specCheckHeader(t testing.TB, s *Spec, errorf func(string, ...any), header http.Header, name, pointer string) {
	t.Helper()
	v := header.Get(name)
	if v == "" {
		errorf("no %s header, which the document requires", name)
		return
	}
	var value any = v
	if sch, err := s.Schema(pointer + "/schema"); err == nil {
		for sch.Ref != nil {
			sch = sch.Ref
		}
		if sch.Types != nil && slices.Contains(sch.Types.ToStrings(), "integer") {
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				value = n
			}
		}
	}
	if err := s.Validate(pointer+"/schema", value); err != nil {
		errorf("%s header %q does not match %s:\n%v", name, v, pointer, err)
	}
}

// specCheckLocation checks that a 201's Location is the path of the created
// record: under the request's stage prefix, a documented GET route, ending
// in data.id.
func specCheckLocation(s *Spec, errorf func(string, ...any), req *http.Request, loc string, body any) {
	if loc == "" {
		return // already reported as a missing required header
	}
	u, err := url.Parse(loc)
	if err != nil {
		errorf("Location %q is not a URL: %v", loc, err)
		return
	}
	reqPath, locPath := req.URL.EscapedPath(), u.EscapedPath()
	if (reqPath != specStripStage(reqPath)) != (locPath != specStripStage(locPath)) {
		errorf("Location %q and the request path %q differ in the stage prefix", loc, reqPath)
	}
	tmpl := s.match(specStripStage(locPath))
	if tmpl == "" || s.Doc.Paths.Value(tmpl).Get == nil {
		errorf("Location %q is not a documented GET route", loc)
	}
	var id any
	if obj, ok := body.(map[string]any); ok {
		if data, ok := obj["data"].(map[string]any); ok {
			id = data["id"]
		}
	}
	if want := fmt.Sprint(id); !strings.HasSuffix(locPath, "/"+url.PathEscape(want)) {
		errorf("Location %q does not end in the created id %q", loc, want)
	}
}

// specCode returns the envelope's code, or "" when there is none.
func specCode(value any) string {
	if obj, ok := value.(map[string]any); ok {
		if c, ok := obj["code"].(string); ok {
			return c
		}
	}
	return ""
}
