package client_test

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestGeneratedCodeIsCurrent regenerates the SDK from router/openapi.json
// with the pinned oapi-codegen (a tool of go.mod, so it runs offline once
// the module cache has it) and compares it with the committed
// client.gen.go, byte for byte.
func TestGeneratedCodeIsCurrent(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is not on PATH, so the SDK cannot be regenerated: %v", err)
	}
	// The same command as doc.go's go:generate line, to standard output.
	cmd := exec.CommandContext(t.Context(), goCmd, "tool", "oapi-codegen", "-config", "oapi-codegen.yaml", "../router/openapi.json")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	fresh, err := cmd.Output()
	if err != nil {
		t.Fatalf("go tool oapi-codegen: %v\n%s", err, stderr.Bytes())
	}
	committed, err := os.ReadFile("client.gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, committed) {
		t.Fatalf("client.gen.go is stale against router/openapi.json (first difference at line %d): run `go generate ./client` and commit the result", firstDiffLine(fresh, committed))
	}
}

// firstDiffLine returns the 1-based line where a and b first differ.
func firstDiffLine(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}

// TestGeneratedTypesAreTyped reads client.gen.go for the shapes a
// generator falls back to when the document is unclear: every error a
// response can carry is the ErrorEnvelope (a type alias of it, so it
// converts), and no model has an interface{} field (success and code were,
// once) or a union (CandidateInput was).
func TestGeneratedTypesAreTyped(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "client.gen.go", nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	problems := generatedProblems(f)
	for _, p := range problems {
		t.Error(p)
	}

	// The same check on code with the old document's shapes reports them,
	// so the check above can fail.
	broken, err := parser.ParseFile(fset, "broken.go", `package client
type ErrorEnvelope struct{ Code ErrorCode }
type ListJobs400 struct{ Code ListJobs400Code }
type JobEnvelope struct{ Success interface{} }
type CandidateInput struct{ union json.RawMessage }
type ListJobsResponse struct {
	JSON200 *JobEnvelope
	JSON400 *ListJobs400
	JSON404 *ErrorEnvelope
}
`, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(generatedProblems(broken), "\n")
	for _, want := range []string{"ListJobsResponse.JSON400 is *ListJobs400", "JobEnvelope.Success is interface{}", "CandidateInput is a union"} {
		if !strings.Contains(got, want) {
			t.Errorf("the check on the old shapes reported:\n%s\nwant %q", got, want)
		}
	}
}

// generatedProblems lists the untyped or unconvertible shapes in f.
func generatedProblems(f *ast.File) []string {
	aliases := map[string]string{} // type X = Y
	for _, decl := range f.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		for _, spec := range g.Specs {
			ts := spec.(*ast.TypeSpec)
			if id, ok := ts.Type.(*ast.Ident); ok && ts.Assign.IsValid() {
				aliases[ts.Name.Name] = id.Name
			}
		}
	}
	isErrorEnvelope := func(name string) bool {
		for range len(aliases) + 1 {
			if name == "ErrorEnvelope" {
				return true
			}
			next, ok := aliases[name]
			if !ok {
				return false
			}
			name = next
		}
		return false
	}
	errorField := regexp.MustCompile(`^JSON[45][0-9][0-9]$`)
	var problems []string
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok {
			return true
		}
		st, ok := ts.Type.(*ast.StructType)
		if !ok {
			return false
		}
		for _, field := range st.Fields.List {
			for _, name := range field.Names {
				where := ts.Name.Name + "." + name.Name
				if errorField.MatchString(name.Name) {
					var id *ast.Ident
					if star, ok := field.Type.(*ast.StarExpr); ok {
						id, _ = star.X.(*ast.Ident)
					}
					if id == nil || !isErrorEnvelope(id.Name) {
						problems = append(problems, where+" is "+goType(field.Type)+", not *ErrorEnvelope: an error response in the document is not the ErrorEnvelope $ref")
					}
				}
				if name.Name == "union" {
					problems = append(problems, ts.Name.Name+" is a union: a schema in the document uses oneOf or anyOf beyond [{$ref}, {type: null}]")
				}
				if it, ok := field.Type.(*ast.InterfaceType); ok && len(it.Methods.List) == 0 {
					problems = append(problems, where+" is interface{}: its schema in the document has no type")
				}
			}
		}
		return false
	})
	return problems
}

// goType prints a field type the way it reads in Go source.
func goType(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return "*" + goType(e.X)
	case *ast.Ident:
		return e.Name
	case *ast.InterfaceType:
		return "interface{}"
	}
	return "a composite type"
}
