//go:build linux || darwin

package sqlite

import (
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"unsafe"
)

// walIndex is the wal-index of a database file, mapped read-only.
type walIndex struct {
	mu  sync.RWMutex // unmap waits for readings under way: after it, the memory is gone
	mem []byte
}

// mapWALIndex maps the first page of path's "-shm" file. SQLite creates
// and sizes the file when the first connection reads in WAL mode (Open has
// done that), and truncates it only when no connection has it open; the
// Store's connections keep it open until Close unmaps it first. It returns
// nil when the file cannot be mapped: version checks then always query.
func mapWALIndex(path string) *walIndex {
	f, err := os.Open(path + "-shm")
	if err != nil {
		return nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || fi.Size() < int64(os.Getpagesize()) {
		return nil
	}
	mem, err := syscall.Mmap(int(f.Fd()), 0, os.Getpagesize(), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil
	}
	return &walIndex{mem: mem}
}

// header reads the wal-index header, word by word with atomic loads: the
// words of another process's commit may be read half old and half new,
// which only makes the reading differ.
func (w *walIndex) header() (h walHeader, ok bool) {
	if w == nil {
		return h, false
	}
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.mem == nil {
		return h, false
	}
	words := (*[walHeaderWords]uint32)(unsafe.Pointer(&w.mem[0]))
	for i := range h {
		h[i] = atomic.LoadUint32(&words[i])
	}
	return h, true
}

// unmap releases the mapping; later readings fail.
func (w *walIndex) unmap() {
	if w == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.mem != nil {
		_ = syscall.Munmap(w.mem)
		w.mem = nil
	}
}
