package ats_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// TestCodesListsEveryCode reads the Code constants declared in the package
// source and checks that Codes lists each exactly once: a code added to
// the const block but not to Codes would escape the HTTP layer's check
// that every code has a status.
func TestCodesListsEveryCode(t *testing.T) {
	pkgs, err := parser.ParseDir(token.NewFileSet(), ".", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var declared []ats.Code
	for _, f := range pkgs["ats"].Files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
					continue
				}
				for _, v := range vs.Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						declared = append(declared, ats.Code(lit.Value[1:len(lit.Value)-1]))
					}
				}
			}
		}
	}
	if len(declared) < 17 {
		t.Fatalf("found %d Code constants in the source, want at least the contract's 17: the parse misses some", len(declared))
	}
	listed := ats.Codes()
	for _, c := range declared {
		if n := count(listed, c); n != 1 {
			t.Errorf("code %s is declared and listed %d times by Codes(), want once", c, n)
		}
	}
	for _, c := range listed {
		if !slices.Contains(declared, c) {
			t.Errorf("Codes() lists %s, which no constant declares", c)
		}
	}
}

func count(codes []ats.Code, c ats.Code) int {
	n := 0
	for _, x := range codes {
		if x == c {
			n++
		}
	}
	return n
}
