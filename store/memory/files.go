package memory

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// Files is a preview.Files kept in process memory: the resume files of
// STORE=memory and of tests, forgotten on exit. Each Put stores a copy, so
// a caller that reuses its buffer changes nothing stored. The zero value
// is not usable; call NewFiles.
type Files struct {
	mu    sync.RWMutex
	files map[string]ats.File
}

var _ preview.Files = (*Files)(nil)

// NewFiles returns an empty file store.
func NewFiles() *Files {
	return &Files{files: map[string]ats.File{}}
}

// Put stores a copy of f as candidateID's file.
func (m *Files) Put(ctx context.Context, candidateID string, f ats.File) error {
	if err := live(ctx, "put file"); err != nil {
		return err
	}
	f.Data = slices.Clone(f.Data)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files[candidateID] = f
	return nil
}

// Get returns candidateID's file, or preview.ErrNoFile.
func (m *Files) Get(ctx context.Context, candidateID string) (ats.Download, error) {
	if err := live(ctx, "get file"); err != nil {
		return ats.Download{}, err
	}
	m.mu.RLock()
	f, ok := m.files[candidateID]
	m.mu.RUnlock()
	if !ok {
		return ats.Download{}, fmt.Errorf("memory: file of %s: %w", candidateID, preview.ErrNoFile)
	}
	// Stored data is never written again (Put replaces the slice), so the
	// reader needs no copy.
	return ats.Download{Filename: f.Filename, ContentType: f.ContentType, Size: int64(len(f.Data)),
		Body: io.NopCloser(bytes.NewReader(f.Data))}, nil
}

// Delete forgets candidateID's file.
func (m *Files) Delete(ctx context.Context, candidateID string) error {
	if err := live(ctx, "delete file"); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.files, candidateID)
	return nil
}
