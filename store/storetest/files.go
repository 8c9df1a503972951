package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// RunFiles checks a preview.Files against its contract: a file reads back
// whole with its name and type, a Put replaces atomically (concurrent
// readers see one version or the other, whole), a candidate without a
// file is preview.ErrNoFile, and a call whose context ended is an
// interruption. open returns a fresh, empty Files and registers its own
// cleanup.
func RunFiles(t *testing.T, open func(t *testing.T) preview.Files) {
	t.Helper()
	pdf := fileBytes(300<<10, 7)
	t.Run("put_then_get", func(t *testing.T) {
		f := open(t)
		in := ats.File{Filename: "Lebenslauf Müller – 2026.pdf", ContentType: "application/pdf", Data: pdf}
		if err := f.Put(ctx(t), "cand_321", in); err != nil {
			t.Fatalf("Put: %v", err)
		}
		wantFile(t, f, "cand_321", in)
	})
	t.Run("put_replaces", func(t *testing.T) {
		f := open(t)
		if err := f.Put(ctx(t), "cand_321", ats.File{Filename: "old.pdf", ContentType: "application/pdf", Data: pdf}); err != nil {
			t.Fatalf("Put: %v", err)
		}
		newer := ats.File{Filename: "new.txt", ContentType: "text/plain", Data: []byte("Ada Lovelace\nada@example.com\n")}
		if err := f.Put(ctx(t), "cand_321", newer); err != nil {
			t.Fatalf("Put again: %v", err)
		}
		wantFile(t, f, "cand_321", newer)
	})
	t.Run("candidates_apart", func(t *testing.T) {
		f := open(t)
		a := ats.File{Filename: "a.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7 a")}
		b := ats.File{Filename: "", ContentType: "text/plain", Data: []byte("b")}
		if err := f.Put(ctx(t), "cand_001", a); err != nil {
			t.Fatalf("Put: %v", err)
		}
		if err := f.Put(ctx(t), "cand_0010", b); err != nil {
			t.Fatalf("Put: %v", err)
		}
		wantFile(t, f, "cand_001", a)
		wantFile(t, f, "cand_0010", b)
	})
	t.Run("none_and_delete", func(t *testing.T) {
		f := open(t)
		wantNoFile(t, f, "cand_404")
		if err := f.Delete(ctx(t), "cand_404"); err != nil {
			t.Errorf("Delete of a missing file: %v, want nil", err)
		}
		if err := f.Put(ctx(t), "cand_321", ats.File{Filename: "cv.pdf", ContentType: "application/pdf", Data: pdf}); err != nil {
			t.Fatalf("Put: %v", err)
		}
		if err := f.Delete(ctx(t), "cand_321"); err != nil {
			t.Fatalf("Delete: %v", err)
		}
		wantNoFile(t, f, "cand_321")
	})
	t.Run("replace_is_atomic", func(t *testing.T) {
		f := open(t)
		versions := make([]ats.File, 4)
		for i := range versions {
			versions[i] = ats.File{Filename: fmt.Sprintf("v%d.pdf", i), ContentType: "application/pdf", Data: fileBytes(200<<10, byte(i))}
		}
		if err := f.Put(ctx(t), "cand_321", versions[0]); err != nil {
			t.Fatalf("Put: %v", err)
		}
		var wg sync.WaitGroup
		for _, v := range versions[1:] {
			wg.Go(func() {
				if err := f.Put(ctx(t), "cand_321", v); err != nil {
					t.Errorf("Put %s: %v", v.Filename, err)
				}
			})
		}
		for range 8 {
			wg.Go(func() {
				d, err := f.Get(ctx(t), "cand_321")
				if err != nil {
					t.Errorf("Get during Puts: %v", err)
					return
				}
				got := readAll(t, d)
				for _, v := range versions {
					if d.Filename == v.Filename && bytes.Equal(got, v.Data) {
						return
					}
				}
				t.Errorf("Get during Puts read %q with %d bytes: not one version whole", d.Filename, len(got))
			})
		}
		wg.Wait()
	})
	t.Run("context_ended", func(t *testing.T) {
		f := open(t)
		c, cancel := context.WithCancel(ctx(t))
		cancel()
		err := f.Put(c, "cand_321", ats.File{Filename: "cv.pdf", ContentType: "application/pdf", Data: pdf})
		if code := ats.ErrorCode(err); code != ats.CodeCanceled {
			t.Errorf("Put with a cancelled context: %v (code %s), want REQUEST_CANCELED", err, code)
		}
		wantNoFile(t, f, "cand_321")
	})
}

// fileBytes is n bytes of every value, starting at seed: binary data a
// text-mangling store would damage.
func fileBytes(n int, seed byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31) + seed
	}
	return b
}

func readAll(t *testing.T, d ats.Download) []byte {
	t.Helper()
	if d.Body == nil {
		t.Fatalf("download %q has no body", d.Filename)
	}
	defer d.Body.Close()
	b, err := io.ReadAll(d.Body)
	if err != nil {
		t.Fatalf("read %q: %v", d.Filename, err)
	}
	return b
}

func wantFile(t *testing.T, f preview.Files, id string, want ats.File) {
	t.Helper()
	d, err := f.Get(ctx(t), id)
	if err != nil {
		t.Fatalf("Get(%s): %v", id, err)
	}
	got := readAll(t, d)
	if d.Filename != want.Filename || d.ContentType != want.ContentType || !bytes.Equal(got, want.Data) || d.Size != int64(len(want.Data)) {
		t.Errorf("Get(%s): %q %q, %d bytes (Size %d), same bytes %v; want %q %q, %d bytes",
			id, d.Filename, d.ContentType, len(got), d.Size, bytes.Equal(got, want.Data), want.Filename, want.ContentType, len(want.Data))
	}
}

func wantNoFile(t *testing.T, f preview.Files, id string) {
	t.Helper()
	d, err := f.Get(ctx(t), id)
	if err == nil && d.Body != nil {
		d.Body.Close()
	}
	if !errors.Is(err, preview.ErrNoFile) {
		t.Errorf("Get(%s) of no file: %v, want preview.ErrNoFile", id, err)
	}
}
