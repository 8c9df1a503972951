package disk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/disk"
	"github.com/atsbridge/atsbridge/store/storetest"
)

// TestFiles runs the Files contract on a directory.
func TestFiles(t *testing.T) {
	storetest.RunFiles(t, func(t *testing.T) preview.Files {
		f, err := disk.Open(filepath.Join(t.TempDir(), "resumes"))
		if err != nil {
			t.Fatal(err)
		}
		return f
	})
}

// TestNamedByID checks what lands on the disk: one private file named by
// the candidate's id whatever the caller called it, no temporary file left
// behind, and no id that could name a path outside the directory.
func TestNamedByID(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "resumes")
	f, err := disk.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	in := ats.File{Filename: "../../etc/passwd.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7\n")}
	if err := f.Put(t.Context(), "cand_321", in); err != nil {
		t.Fatalf("Put: %v", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != "cand_321" {
		t.Errorf("files in the directory: %v, want only cand_321", names)
	}
	info, err := os.Stat(filepath.Join(dir, "cand_321"))
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		t.Errorf("file mode %v: others may read a resume", perm)
	}
	for _, id := range []string{"../cand_321", "cand/321", "", "cand_321\x00", ".tmp-x"} {
		if err := f.Put(t.Context(), id, in); err == nil {
			t.Errorf("Put(%q) succeeded; want it refused as no candidate id", id)
		}
	}
}

// TestOpenClearsStaleTemporaryFiles checks that a crashed writer's
// temporary file goes at the next Open, and a fresh one (another process
// writing now) stays.
func TestOpenClearsStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	stale, fresh := filepath.Join(dir, ".tmp-cand_001-1"), filepath.Join(dir, ".tmp-cand_002-2")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := disk.Open(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary file still there (%v)", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temporary file removed: %v", err)
	}
}
