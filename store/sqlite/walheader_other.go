//go:build !(linux || darwin)

package sqlite

// walIndex is not mapped on this system: version checks always query.
type walIndex struct{}

func mapWALIndex(string) *walIndex { return nil }

func (w *walIndex) header() (walHeader, bool) { return walHeader{}, false }

func (w *walIndex) unmap() {}
