package resume

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestDump prints the extracted lines of the corpus files matching $DUMP
// (a glob under testdata/resumes), for looking at what the parser sees:
// DUMP='*-pdftex.pdf' go test -run TestDump -v ./resume
func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("set DUMP to a glob of corpus files")
	}
	files, _ := filepath.Glob("testdata/resumes/" + os.Getenv("DUMP"))
	for _, f := range files {
		if filepath.Ext(f) == ".json" {
			continue
		}
		data, _ := os.ReadFile(f)
		fm, err := Sniff(data)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := extract(context.Background(), fm, data)
		if err != nil {
			t.Logf("%s: %v", f, err)
			continue
		}
		fmt.Println("=====", f, doc.producer, doc.warnings, doc.links)
		for _, l := range doc.lines {
			fmt.Printf("%5.1f %-5v %4.2f %d| %s\n", l.Size, l.Bold, l.Gap, l.Block, l.Text)
		}
	}
}
