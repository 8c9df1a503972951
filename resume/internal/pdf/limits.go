// This file is atsbridge's addition to the vendored reader: limits that
// let a caller open hostile PDFs safely (a deadline, a budget of decoded
// bytes, bounded object tables) and caches that keep parsing linear.

package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
)

// maxObjects bounds the cross-reference table so that a forged object
// number cannot make the reader allocate gigabytes.
const maxObjects = 1 << 20

// ErrBudget is panicked (and returned by callers that recover) when the
// decoded streams of a file outgrow the memory budget.
var ErrBudget = errors.New("pdf: decoded content exceeds the memory budget")

// ErrDeadline is panicked when the caller's context ends mid-parse.
var ErrDeadline = errors.New("pdf: parse deadline passed")

// limits holds the per-file guards and caches.
type limits struct {
	ctx     context.Context
	budget  int64 // decoded bytes still allowed
	ticks   int
	objects map[objptr]object
	objStms map[objptr]*objStm
	// fonts are the fonts read so far, shared by the pages: a font object
	// (and its ToUnicode CMap) is read once per file, not once per page.
	fonts map[objptr]*font
}

type objStm struct {
	data    []byte
	first   int64
	offsets map[uint32]int64
}

func newLimits(size int64) *limits {
	return &limits{
		ctx:     context.Background(),
		budget:  64 << 20,
		objects: map[objptr]object{},
		objStms: map[objptr]*objStm{},
		fonts:   map[objptr]*font{},
	}
}

// SetLimits makes every later read of r check ctx and stop decoding once
// maxDecoded bytes of stream data have been produced in total. Both end the
// read with a panic of ErrDeadline or ErrBudget; the caller recovers.
func (r *Reader) SetLimits(ctx context.Context, maxDecoded int64) {
	r.lim.ctx = ctx
	r.lim.budget = maxDecoded
}

// tick is called on every object resolution and content token; every few
// thousand calls it checks the deadline.
func (r *Reader) tick() {
	if r == nil || r.lim == nil {
		return
	}
	r.lim.ticks++
	if r.lim.ticks&0xfff == 0 && r.lim.ctx.Err() != nil {
		panic(ErrDeadline)
	}
}

// budgeted counts the bytes read from rd against the file's budget.
func (l *limits) budgeted(rd io.Reader) io.Reader {
	return &budgetReader{rd: rd, l: l}
}

type budgetReader struct {
	rd io.Reader
	l  *limits
}

func (b *budgetReader) Read(p []byte) (int, error) {
	n, err := b.rd.Read(p)
	b.l.budget -= int64(n)
	if b.l.budget < 0 {
		panic(ErrBudget)
	}
	if b.l.ctx.Err() != nil {
		panic(ErrDeadline)
	}
	return n, err
}

// objectInStream finds object id in the object stream at ptr (following
// Extends a bounded number of times), decoding each object stream once.
func (r *Reader) objectInStream(parent, ptr objptr, id uint32) object {
	for hops := 0; hops < 16; hops++ {
		st, err := r.loadObjStm(parent, ptr)
		if err != nil {
			panic(err)
		}
		if off, ok := st.offsets[id]; ok {
			b := newBuffer(bytes.NewReader(st.data[min(st.first+off, int64(len(st.data))):]), 0)
			b.allowEOF = true
			return b.readObject()
		}
		ext, ok := r.resolve(parent, ptr).data.(stream).hdr["Extends"].(objptr)
		if !ok {
			break
		}
		ptr = ext
	}
	panic(fmt.Errorf("cannot find object %d in its object stream", id))
}

func (r *Reader) loadObjStm(parent, ptr objptr) (*objStm, error) {
	if st, ok := r.lim.objStms[ptr]; ok {
		return st, nil
	}
	if ptr == parent {
		return nil, fmt.Errorf("object stream %v contains itself", ptr)
	}
	// Mark it first: a stream whose dictionary points back into itself
	// fails instead of recursing.
	r.lim.objStms[ptr] = &objStm{offsets: map[uint32]int64{}}
	strm := r.resolve(parent, ptr)
	if strm.Kind() != Stream || strm.Key("Type").Name() != "ObjStm" {
		return nil, fmt.Errorf("object %v is not an object stream", ptr)
	}
	n := int(strm.Key("N").Int64())
	first := strm.Key("First").Int64()
	if first <= 0 || n < 0 || n > maxObjects {
		return nil, fmt.Errorf("object stream %v has a bad header", ptr)
	}
	data, err := io.ReadAll(strm.Reader())
	if err != nil {
		return nil, err
	}
	st := &objStm{data: data, first: first, offsets: make(map[uint32]int64, n)}
	b := newBuffer(bytes.NewReader(data), 0)
	b.allowEOF = true
	for i := 0; i < n; i++ {
		id, ok1 := b.readToken().(int64)
		off, ok2 := b.readToken().(int64)
		if !ok1 || !ok2 || off < 0 {
			break
		}
		st.offsets[uint32(id)] = off
	}
	r.lim.objStms[ptr] = st
	return st, nil
}
