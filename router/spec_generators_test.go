package router_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/router/routertest"
)

// The OpenAPI document is read by code generators before anyone writes a
// line against the API: oapi-codegen for Go, openapi-typescript for
// TypeScript, and whatever else a user prefers. The shapes below are the
// ones those generators turn into one clear type each; the shapes they
// refused or mangled (duplicate type names, interface{} for a const,
// allOf-narrowed errors that no longer convert to ErrorEnvelope, a "<nil>"
// enum constant, a union for an object with a conditional rule, a
// Record<string, never> for a free-form object) are refused here, with the
// shape to use instead, so a route added later keeps the document
// generator-friendly. CI then runs the generators themselves (.ci/openapi).

// specGeneratorProblems returns every place where the document data breaks
// one of the conventions, each with what to write instead.
func specGeneratorProblems(data []byte) []string {
	var problems []string
	report := func(pointer, format string, args ...any) {
		problems = append(problems, pointer+": "+fmt.Sprintf(format, args...))
	}
	if err := specDuplicateKeys(data); err != nil {
		report("#", "%v; JSON parsers keep one of the two silently", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		report("#", "not JSON: %v", err)
		return problems
	}
	components, _ := doc["components"].(map[string]any)
	schemas, _ := components["schemas"].(map[string]any)

	specCheckComponentNames(components, report)

	// $refs stay inside components: generators name types after them.
	specWalkJSON(doc, "#", func(pointer string, node map[string]any) {
		if ref, ok := node["$ref"].(string); ok && !strings.HasPrefix(ref, "#/components/") {
			report(pointer, "$ref %q points outside #/components/; move the shared part into components and refer to it there", ref)
		}
	})

	// Operation ids become method names (ListJobs, listJobs).
	opID := regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)
	for _, op := range specOperations(doc) {
		if id, _ := op.node["operationId"].(string); !opID.MatchString(id) {
			report(op.pointer, "operationId %q is not lowerCamelCase letters and digits; generators make a method name of it", id)
		}
	}

	specForEachSchema(doc, func(pointer string, s map[string]any) {
		specCheckSchemaShape(pointer, s, report)
		specCheckIDProperties(pointer, s, schemas, report)
	})
	specCheckIDKinds(schemas, report)
	specCheckBodies(doc, report)
	specCheckParameters(doc, report)
	sort.Strings(problems)
	return problems
}

// specCheckComponentNames: oapi-codegen makes one Go type of each schema,
// parameter, response and request body, so two of them with one name
// (RequestId the schema and RequestId the parameter) stop it with
// "duplicate typename". Parameters end in Param so that a schema can be
// named for what it holds.
func specCheckComponentNames(components map[string]any, report func(string, string, ...any)) {
	owner := map[string]string{}
	name := regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)
	for _, kind := range []string{"schemas", "parameters", "responses", "requestBodies"} {
		comps, _ := components[kind].(map[string]any)
		for _, n := range slices.Sorted(maps.Keys(comps)) {
			pointer := "#/components/" + kind + "/" + n
			if !name.MatchString(n) {
				report(pointer, "component name %q is not PascalCase letters and digits; it becomes a type name", n)
			}
			if kind == "parameters" && !strings.HasSuffix(n, "Param") {
				report(pointer, "parameter component %q does not end in Param; name it %sParam so no schema can share its type name", n, n)
			}
			key := strings.ToLower(n)
			if prev, ok := owner[key]; ok {
				report(pointer, "name %q is also %s; generators make one type of each, so the names must differ", n, prev)
			}
			owner[key] = "#/components/" + kind + "/" + n
		}
	}
}

// specCheckSchemaShape holds the per-schema rules.
func specCheckSchemaShape(pointer string, s map[string]any, report func(string, string, ...any)) {
	for _, k := range []string{"allOf", "oneOf"} {
		if _, ok := s[k]; ok {
			report(pointer, "%s: generators merge it into a new type (an error response then no longer converts to ErrorEnvelope) or a union; use a $ref, a $ref with sibling keywords, or if/then/else for a conditional rule", k)
		}
	}
	if alts, ok := s["anyOf"]; ok && !specNullableRef(alts) {
		report(pointer, "anyOf other than [{$ref}, {type: null}] becomes a union type; write a nullable reference as anyOf [{\"$ref\": ...}, {\"type\": \"null\"}] and a conditional rule as if/then/else")
	}
	if enum, ok := s["enum"].([]any); ok && slices.Contains(enum, nil) {
		report(pointer, "null inside an enum becomes a \"<nil>\" constant; name the enum as a schema and write anyOf [{\"$ref\": ...}, {\"type\": \"null\"}]")
	}
	if types, ok := s["type"].([]any); ok && (len(types) != 2 || !slices.Contains(types, any("null"))) {
		report(pointer, "type %v: only a single type, or one type and \"null\", maps onto a generated type", types)
	}
	_, isRef := s["$ref"]
	if _, hasProps := s["properties"]; !isRef && (hasProps || specHasType(s, "object")) {
		if _, ok := s["additionalProperties"]; !ok {
			report(pointer, "an object schema without additionalProperties: say false for a record, true for a free-form object (else openapi-typescript types it Record<string, never>)")
		}
	}
	props, _ := s["properties"].(map[string]any)
	if success, ok := props["success"].(map[string]any); ok && !isRef {
		c, isBool := success["const"].(bool)
		if !isBool || success["type"] != "boolean" || len(success) != 2 {
			report(pointer+"/properties/success", "success is %v; write {\"type\": \"boolean\", \"const\": %v}: a const alone is interface{} to oapi-codegen", success, c)
		}
	}
}

// specNullableRef reports whether alts is exactly [{$ref}, {type: null}].
func specNullableRef(alts any) bool {
	list, ok := alts.([]any)
	if !ok || len(list) != 2 {
		return false
	}
	ref, _ := list[0].(map[string]any)
	null, _ := list[1].(map[string]any)
	_, hasRef := ref["$ref"]
	return len(ref) == 1 && hasRef && len(null) == 1 && null["type"] == "null"
}

// specHasType reports whether a schema's type is, or includes, t.
func specHasType(s map[string]any, t string) bool {
	switch v := s["type"].(type) {
	case string:
		return v == t
	case []any:
		return slices.Contains(v, any(t))
	}
	return false
}

// specCheckIDProperties: a property job_id holds a JobId, candidate_ids
// CandidateIds: each kind of id is its own schema, with its own example, so
// a generated client and its docs show a job id where a job id goes.
func specCheckIDProperties(pointer string, s map[string]any, schemas map[string]any, report func(string, string, ...any)) {
	props, _ := s["properties"].(map[string]any)
	for _, name := range slices.Sorted(maps.Keys(props)) {
		kind, list := specIDKind(name)
		if kind == "" || schemas[kind] == nil {
			continue
		}
		p, _ := props[name].(map[string]any)
		if list {
			p, _ = p["items"].(map[string]any)
		}
		if want := "#/components/schemas/" + kind; p["$ref"] != want {
			report(pointer+"/properties/"+name, "an id of kind %s: refer to %s", kind, want)
		}
	}
}

// specIDKind maps job_id to JobId and application_ids to (ApplicationId,
// true); other names to "".
func specIDKind(name string) (kind string, list bool) {
	base, ok := strings.CutSuffix(name, "_ids")
	if !ok {
		base, ok = strings.CutSuffix(name, "_id")
		if !ok {
			return "", false
		}
	} else {
		list = true
	}
	var b strings.Builder
	for _, part := range strings.Split(base, "_") {
		if part == "" {
			return "", false
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String() + "Id", list
}

// specCheckIDKinds: every kind of id refers to Id (one pattern) and shows
// an example of its own.
func specCheckIDKinds(schemas map[string]any, report func(string, string, ...any)) {
	seen := map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(schemas)) {
		s, _ := schemas[name].(map[string]any)
		if s["$ref"] != "#/components/schemas/Id" {
			continue
		}
		pointer := "#/components/schemas/" + name
		examples, _ := s["examples"].([]any)
		if len(examples) == 0 {
			report(pointer, "an id kind without examples; give one that shows the kind (job_063, cand_001)")
		}
		for _, ex := range examples {
			key := fmt.Sprint(ex)
			if prev, ok := seen[key]; ok {
				report(pointer, "example %q is also %s's; each kind of id shows its own", key, prev)
			}
			seen[key] = name
		}
	}
}

// specCheckBodies: JSON bodies are named schemas, so generators name their
// types (CandidateInput, JobListEnvelope) instead of inventing
// CreateCandidateJSONBody or ListJobs200Response; every error response is
// the ErrorEnvelope itself, narrowed at most by the codes its status
// carries, so every generated error type is ErrorEnvelope.
func specCheckBodies(doc map[string]any, report func(string, string, ...any)) {
	check := func(pointer string, content any, isError bool) {
		media, _ := content.(map[string]any)
		for _, mt := range slices.Sorted(maps.Keys(media)) {
			if mt != "application/json" && !strings.HasSuffix(mt, "+json") {
				continue
			}
			m, _ := media[mt].(map[string]any)
			s, _ := m["schema"].(map[string]any)
			at := pointer + "/content/" + routertest.PointerEscape(mt) + "/schema"
			ref, _ := s["$ref"].(string)
			if !strings.HasPrefix(ref, "#/components/schemas/") {
				report(at, "a JSON body schema written inline; name it in components/schemas and refer to it")
				continue
			}
			if !isError {
				if len(s) != 1 {
					report(at, "keywords beside the $ref; put them in the named schema")
				}
				continue
			}
			if ref != "#/components/schemas/ErrorEnvelope" {
				report(at, "an error response that is not the ErrorEnvelope; refer to #/components/schemas/ErrorEnvelope")
			}
			if !specCodeNarrowing(s) {
				report(at, "an error response may only add {\"properties\": {\"code\": {\"enum\": [...]}}} beside the ErrorEnvelope $ref")
			}
		}
	}
	sharedError := map[string]bool{} // component response -> used for an error status
	for _, op := range specOperations(doc) {
		if body, ok := op.node["requestBody"].(map[string]any); ok {
			check(op.pointer+"/requestBody", body["content"], false)
		}
		responses, _ := op.node["responses"].(map[string]any)
		for _, status := range slices.Sorted(maps.Keys(responses)) {
			r, _ := responses[status].(map[string]any)
			if ref, isRef := r["$ref"].(string); isRef {
				sharedError[ref] = sharedError[ref] || specErrorStatus(status)
				continue // checked below, once
			}
			check(op.pointer+"/responses/"+status, r["content"], specErrorStatus(status))
		}
	}
	components, _ := doc["components"].(map[string]any)
	for _, kind := range []string{"responses", "requestBodies"} {
		comps, _ := components[kind].(map[string]any)
		for _, name := range slices.Sorted(maps.Keys(comps)) {
			c, _ := comps[name].(map[string]any)
			pointer := "#/components/" + kind + "/" + name
			check(pointer, c["content"], sharedError[pointer])
		}
	}
}

// specErrorStatus reports whether a responses key is an error: 4XX, 5XX,
// a 4xx or 5xx code, or default.
func specErrorStatus(status string) bool {
	return status == "default" || strings.HasPrefix(status, "4") || strings.HasPrefix(status, "5")
}

// specCodeNarrowing reports whether an error schema is a $ref plus at most
// properties.code.enum.
func specCodeNarrowing(s map[string]any) bool {
	for k, v := range s {
		switch k {
		case "$ref":
		case "properties":
			props, _ := v.(map[string]any)
			code, _ := props["code"].(map[string]any)
			if len(props) != 1 || len(code) != 1 {
				return false
			}
			if _, ok := code["enum"].([]any); !ok {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// specCheckParameters: a parameter whose values are an enum refers to a
// named schema, or each operation gets an enum type of its own
// (ListJobsParamsInclude, GetJobParamsInclude, ...).
func specCheckParameters(doc map[string]any, report func(string, string, ...any)) {
	check := func(pointer string, p map[string]any) {
		s, _ := p["schema"].(map[string]any)
		items, _ := s["items"].(map[string]any)
		if _, ok := s["enum"]; ok {
			report(pointer+"/schema", "an inline enum; name it in components/schemas and refer to it")
		}
		if _, ok := items["enum"]; ok {
			report(pointer+"/schema/items", "an inline enum; name it in components/schemas and refer to it")
		}
		if name, _ := p["name"].(string); p["in"] == "query" {
			if kind, _ := specIDKind(name); kind != "" && s["$ref"] != nil && s["$ref"] != "#/components/schemas/"+kind {
				report(pointer+"/schema", "parameter %s holds an id of kind %s; refer to #/components/schemas/%s", name, kind, kind)
			}
		}
	}
	components, _ := doc["components"].(map[string]any)
	params, _ := components["parameters"].(map[string]any)
	for _, name := range slices.Sorted(maps.Keys(params)) {
		p, _ := params[name].(map[string]any)
		check("#/components/parameters/"+name, p)
	}
	checkList := func(pointer string, list any) {
		params, _ := list.([]any)
		for i, p := range params {
			if p, ok := p.(map[string]any); ok && p["$ref"] == nil {
				check(pointer+"/"+strconv.Itoa(i), p)
			}
		}
	}
	paths, _ := doc["paths"].(map[string]any)
	for _, tmpl := range slices.Sorted(maps.Keys(paths)) {
		item, _ := paths[tmpl].(map[string]any)
		checkList("#/paths/"+routertest.PointerEscape(tmpl)+"/parameters", item["parameters"])
	}
	for _, op := range specOperations(doc) {
		checkList(op.pointer+"/parameters", op.node["parameters"])
	}
}

// specOperation is one operation object and where it is.
type specOperation struct {
	pointer string
	node    map[string]any
}

// specOperations lists every operation of the document, in path order.
func specOperations(doc map[string]any) []specOperation {
	var out []specOperation
	paths, _ := doc["paths"].(map[string]any)
	for _, tmpl := range slices.Sorted(maps.Keys(paths)) {
		item, _ := paths[tmpl].(map[string]any)
		for _, method := range []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"} {
			if op, ok := item[method].(map[string]any); ok {
				out = append(out, specOperation{"#/paths/" + routertest.PointerEscape(tmpl) + "/" + method, op})
			}
		}
	}
	return out
}

// specForEachSchema calls fn on every schema of the document: the named
// ones, those of parameters, bodies and headers, and each subschema.
func specForEachSchema(doc map[string]any, fn func(pointer string, s map[string]any)) {
	var walk func(pointer string, v any)
	walk = func(pointer string, v any) {
		s, ok := v.(map[string]any)
		if !ok {
			return
		}
		fn(pointer, s)
		for _, k := range []string{"items", "not", "if", "then", "else", "contains", "propertyNames", "additionalProperties", "unevaluatedProperties", "unevaluatedItems"} {
			walk(pointer+"/"+k, s[k])
		}
		for _, k := range []string{"allOf", "anyOf", "oneOf", "prefixItems"} {
			list, _ := s[k].([]any)
			for i, sub := range list {
				walk(pointer+"/"+k+"/"+strconv.Itoa(i), sub)
			}
		}
		for _, k := range []string{"properties", "patternProperties", "dependentSchemas", "$defs"} {
			m, _ := s[k].(map[string]any)
			for _, name := range slices.Sorted(maps.Keys(m)) {
				walk(pointer+"/"+k+"/"+routertest.PointerEscape(name), m[name])
			}
		}
	}
	components, _ := doc["components"].(map[string]any)
	schemas, _ := components["schemas"].(map[string]any)
	for _, name := range slices.Sorted(maps.Keys(schemas)) {
		walk("#/components/schemas/"+name, schemas[name])
	}
	// Everywhere else a schema sits under a "schema" key.
	specWalkJSON(doc, "#", func(pointer string, node map[string]any) {
		if strings.HasPrefix(pointer, "#/components/schemas") || strings.Contains(pointer, "/examples/") || strings.Contains(pointer, "/example/") {
			return
		}
		if s, ok := node["schema"].(map[string]any); ok {
			walk(pointer+"/schema", s)
		}
	})
}

// specDuplicateKeys returns an error naming the first object key that
// appears twice in one object of data.
func specDuplicateKeys(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	var walk func(path string) error
	walk = func(path string) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'):
			seen := map[string]bool{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				key := k.(string)
				if seen[key] {
					return fmt.Errorf("key %q appears twice in %s", key, path)
				}
				seen[key] = true
				if err := walk(path + "/" + routertest.PointerEscape(key)); err != nil {
					return err
				}
			}
			_, err = dec.Token()
			return err
		case json.Delim('['):
			for i := 0; dec.More(); i++ {
				if err := walk(path + "/" + strconv.Itoa(i)); err != nil {
					return err
				}
			}
			_, err = dec.Token()
			return err
		}
		return nil
	}
	return walk("#")
}

// TestOpenAPIFollowsGeneratorConventions: the document, as committed, has
// none of the shapes generators refuse or mangle.
func TestOpenAPIFollowsGeneratorConventions(t *testing.T) {
	for _, p := range specGeneratorProblems(router.OpenAPI()) {
		t.Error(p)
	}
}

// TestGeneratorConventionsCatchBreaks: each shape that broke a generator,
// put back into the real document, is reported.
func TestGeneratorConventionsCatchBreaks(t *testing.T) {
	schema := func(doc map[string]any, name string) map[string]any {
		return specDig(doc, "components", "schemas", name).(map[string]any)
	}
	tests := []struct {
		name   string
		break_ func(doc map[string]any)
		want   string
	}{
		{"a parameter named like a schema", func(doc map[string]any) {
			params := specDig(doc, "components", "parameters").(map[string]any)
			params["RequestId"] = params["RequestIdParam"]
		}, `"RequestId" is also #/components/schemas/RequestId`},
		{"a parameter without the Param suffix", func(doc map[string]any) {
			params := specDig(doc, "components", "parameters").(map[string]any)
			params["Verbose"] = params["LimitParam"]
		}, "name it VerboseParam"},
		{"success as a bare const", func(doc map[string]any) {
			schema(doc, "JobEnvelope")["properties"].(map[string]any)["success"] = map[string]any{"const": true}
		}, "JobEnvelope/properties/success"},
		{"an error response narrowed with allOf", func(doc map[string]any) {
			media := specDig(doc, "paths", "/jobs", "get", "responses", "400", "content", "application/json").(map[string]any)
			media["schema"] = map[string]any{"allOf": []any{
				map[string]any{"$ref": "#/components/schemas/ErrorEnvelope"},
				map[string]any{"properties": map[string]any{"code": map[string]any{"enum": []any{"INPUT_INVALID"}}}},
			}}
		}, "allOf: generators merge it"},
		{"an error response with its own schema", func(doc map[string]any) {
			media := specDig(doc, "components", "responses", "Internal", "content", "application/json").(map[string]any)
			media["schema"] = map[string]any{"$ref": "#/components/schemas/JobEnvelope"}
		}, "not the ErrorEnvelope"},
		{"a nullable enum with null inside", func(doc map[string]any) {
			schema(doc, "Job")["properties"].(map[string]any)["workplace"] = map[string]any{
				"type": []any{"string", "null"}, "enum": []any{"on_site", "hybrid", "remote", nil},
			}
		}, "null inside an enum"},
		{"the name rule as anyOf", func(doc map[string]any) {
			in := schema(doc, "CandidateInput")
			delete(in, "if")
			delete(in, "else")
			in["anyOf"] = []any{map[string]any{"required": []any{"name"}}, map[string]any{"required": []any{"first_name", "last_name"}}}
		}, "anyOf other than"},
		{"a oneOf", func(doc map[string]any) {
			schema(doc, "Stage")["properties"].(map[string]any)["id"] = map[string]any{"oneOf": []any{map[string]any{"type": "string"}, map[string]any{"type": "integer"}}}
		}, "oneOf: generators"},
		{"a free-form object that does not say so", func(doc map[string]any) {
			delete(schema(doc, "Raw"), "additionalProperties")
		}, "Raw: an object schema without additionalProperties"},
		{"an inline response object", func(doc map[string]any) {
			media := specDig(doc, "paths", "/healthz", "get", "responses", "200", "content", "application/json").(map[string]any)
			media["schema"] = map[string]any{"type": "object", "additionalProperties": true}
		}, "written inline"},
		{"an inline request body", func(doc map[string]any) {
			media := specDig(doc, "paths", "/applications", "post", "requestBody", "content", "application/json").(map[string]any)
			media["schema"] = schema(doc, "ApplicationInput")
		}, "requestBody/content/application~1json/schema: a JSON body schema written inline"},
		{"an inline enum parameter", func(doc map[string]any) {
			p := specDig(doc, "components", "parameters", "IncludeParam").(map[string]any)
			p["schema"] = map[string]any{"type": "string", "enum": []any{"raw"}}
		}, "IncludeParam/schema: an inline enum"},
		{"an id of the wrong kind", func(doc map[string]any) {
			schema(doc, "Application")["properties"].(map[string]any)["candidate_id"] = map[string]any{"$ref": "#/components/schemas/Id"}
		}, "refer to #/components/schemas/CandidateId"},
		{"two id kinds with one example", func(doc map[string]any) {
			schema(doc, "ApplicationId")["examples"] = []any{"job_063"}
		}, `example "job_063" is also`},
		{"a $ref into paths", func(doc map[string]any) {
			schema(doc, "Stage")["properties"].(map[string]any)["name"] = map[string]any{"$ref": "#/paths/~1jobs/get/parameters/0"}
		}, "points outside #/components/"},
		{"an operationId a method cannot be named after", func(doc map[string]any) {
			specDig(doc, "paths", "/jobs", "get").(map[string]any)["operationId"] = "list-jobs"
		}, `operationId "list-jobs"`},
		{"a type list of two types", func(doc map[string]any) {
			schema(doc, "Stage")["properties"].(map[string]any)["id"] = map[string]any{"type": []any{"string", "integer"}}
		}, "only a single type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal(router.OpenAPI(), &doc); err != nil {
				t.Fatal(err)
			}
			tt.break_(doc)
			data, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			problems := specGeneratorProblems(data)
			if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, tt.want) }) {
				t.Errorf("problems:\n%s\nwant one mentioning %q", strings.Join(problems, "\n"), tt.want)
			}
		})
	}
	t.Run("a key written twice", func(t *testing.T) {
		data := bytes.Replace(router.OpenAPI(), []byte(`"LimitParam": {`), []byte(`"LimitParam": {"in": "path", `), 1)
		problems := specGeneratorProblems(data)
		want := `key "in" appears twice in #/components/parameters/LimitParam`
		if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, want) }) {
			t.Errorf("problems:\n%s\nwant the repeated key named", strings.Join(problems, "\n"))
		}
	})
}
