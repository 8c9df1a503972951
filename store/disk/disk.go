// Package disk is a preview.Files in a directory: the resume files of the
// SQLite sandbox, kept next to its database (DATA_DIR/resumes), so that a
// restart keeps them as it keeps the records.
//
// One file per candidate, named by the candidate's id alone (ids are
// letters, digits, '_' and '-'; anything else is refused, so no name can
// leave the directory), never by the name the caller gave: that name is
// kept inside the file, in a header line before the bytes. A Put writes a
// temporary file in the same directory, syncs it and renames it over the
// old one, so a reader opens the old file or the new one, whole, and a
// crash leaves at most a temporary file, which a later Open clears.
// Files are readable by their owner only: resumes are personal data.
package disk

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// magic starts every file, so a file that is not ours is told apart.
const magic = "atsbridge-resume 1\n"

// maxHeader bounds the header line (the file name and type as JSON).
const maxHeader = 8 << 10

// tempPrefix starts the names of files being written.
const tempPrefix = ".tmp-"

// staleTemp is how old a temporary file must be before Open removes it:
// another process on the same directory may be writing a younger one.
const staleTemp = time.Hour

// Files is a preview.Files in one directory. It is safe for concurrent
// use, also by several processes on the same directory.
type Files struct {
	dir string
}

var _ preview.Files = (*Files)(nil)

// header is what a file keeps about itself besides the bytes.
type header struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
}

// Open uses dir for the files, creating it (mode 0700) when absent, and
// removes temporary files that crashed writers left behind.
func Open(dir string) (*Files, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("disk: open %s: %w", dir, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("disk: open %s: %w", dir, err)
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), tempPrefix) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleTemp {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
	return &Files{dir: dir}, nil
}

// path is the file of candidate id, or an error for an id that is not one.
func (d *Files) path(id string) (string, error) {
	if id == "" || len(id) > 128 || strings.TrimLeft(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != "" {
		return "", fmt.Errorf("disk: %q is not a candidate id", id)
	}
	return filepath.Join(d.dir, id), nil
}

// Put writes f as candidate id's file, replacing any earlier one at once.
func (d *Files) Put(ctx context.Context, id string, f ats.File) (err error) {
	if err := live(ctx, "put"); err != nil {
		return err
	}
	final, err := d.path(id)
	if err != nil {
		return err
	}
	head, err := json.Marshal(header{Filename: f.Filename, ContentType: f.ContentType})
	if err != nil {
		return fmt.Errorf("disk: put %s: %w", id, err)
	}
	if len(head) >= maxHeader {
		return fmt.Errorf("disk: put %s: the file name is too long", id)
	}
	tmp, err := os.CreateTemp(d.dir, tempPrefix+id+"-*")
	if err != nil {
		return fmt.Errorf("disk: put %s: %w", id, err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	w := bufio.NewWriterSize(tmp, 256<<10)
	_, _ = w.WriteString(magic)
	_, _ = w.Write(head)
	_ = w.WriteByte('\n')
	_, _ = w.Write(f.Data)
	if err := w.Flush(); err != nil {
		return fmt.Errorf("disk: put %s: %w", id, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("disk: put %s: %w", id, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("disk: put %s: %w", id, err)
	}
	// The last moment to give up: after the rename the file is there.
	if err := live(ctx, "put"); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return fmt.Errorf("disk: put %s: %w", id, err)
	}
	syncDir(d.dir)
	return nil
}

// syncDir makes a rename in dir durable where the system allows it (it
// does not on Windows, where the rename is durable by itself).
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		_ = f.Sync()
		_ = f.Close()
	}
}

// Get opens candidate id's file; Body streams its bytes from the disk. A
// Put meanwhile does not change what an open Body reads.
func (d *Files) Get(ctx context.Context, id string) (ats.Download, error) {
	if err := live(ctx, "get"); err != nil {
		return ats.Download{}, err
	}
	p, err := d.path(id)
	if err != nil {
		return ats.Download{}, err
	}
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return ats.Download{}, fmt.Errorf("disk: get %s: %w", id, preview.ErrNoFile)
	}
	if err != nil {
		return ats.Download{}, fmt.Errorf("disk: get %s: %w", id, err)
	}
	h, offset, err := readHeader(f)
	if err == nil {
		var info fs.FileInfo
		if info, err = f.Stat(); err == nil {
			size := info.Size() - offset
			return ats.Download{Filename: h.Filename, ContentType: h.ContentType, Size: size,
				Body: readCloser{io.NewSectionReader(f, offset, size), f}}, nil
		}
	}
	_ = f.Close()
	return ats.Download{}, fmt.Errorf("disk: get %s: %w", id, err)
}

// readHeader reads the magic line and the header line, and returns the
// header and where the file's bytes start.
func readHeader(f *os.File) (header, int64, error) {
	buf := make([]byte, len(magic)+maxHeader)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return header{}, 0, err
	}
	buf = buf[:n]
	rest, ok := bytes.CutPrefix(buf, []byte(magic))
	end := bytes.IndexByte(rest, '\n')
	if !ok || end < 0 {
		return header{}, 0, errors.New("not a resume file of atsbridge")
	}
	var h header
	if err := json.Unmarshal(rest[:end], &h); err != nil {
		return header{}, 0, fmt.Errorf("bad header: %w", err)
	}
	return h, int64(len(magic) + end + 1), nil
}

// readCloser reads from one reader and closes another.
type readCloser struct {
	io.Reader
	io.Closer
}

// Delete removes candidate id's file; a missing file is no error.
func (d *Files) Delete(ctx context.Context, id string) error {
	if err := live(ctx, "delete"); err != nil {
		return err
	}
	p, err := d.path(id)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("disk: delete %s: %w", id, err)
	}
	return nil
}

// live fails with the typed interruption once ctx has ended.
func live(ctx context.Context, op string) error {
	if err := preview.Interrupted(ctx, ctx.Err()); err != nil {
		return fmt.Errorf("disk: %s: %w", op, err)
	}
	return nil
}
