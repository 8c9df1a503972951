package router

import (
	"context"
	"net/http"
	"sync"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/envelope"
)

// readCache keeps the encoded answers of the read routes of a provider
// that versions its data (ats.Versioned: the preview sandbox on SQLite or
// memory), by the resources an answer shows (shows) and their version. A
// read asks the provider for that version first; while it is the one an
// answer was made at, that answer is what the read would produce again, so
// it is sent as it is, without a store query or an encoding. A write
// raises the version of the resources it changes, and their answers are
// made anew; those of other resources stay (a new candidate leaves /jobs
// kept).
//
// An answer is stored under the version read before its data was: a write
// that lands in between raises the version, so the answer is never served
// for a version whose data it may lack. Only successes are kept, keyed by
// the escaped path, stage prefix included, and the raw query exactly as
// sent: equal keys are equal requests, so validation decides the same for
// them, and nothing else of a request (headers, the request id) goes into
// a body. (The prefix does: a resume_url of the sandbox is a path under
// the prefix the request came in under.)
type readCache struct {
	mu    sync.RWMutex
	parts map[string]*cachePart // by shows.key
	size  int                   // bytes held, all parts together
}

// cachePart holds the answers that show one set of resources, all at one
// version.
type cachePart struct {
	version uint64
	bodies  map[cacheKey]*envelope.Body
	size    int
}

// cacheKey is a read as the client sent it.
type cacheKey struct {
	path, query string
}

// readKey is r's key: its escaped path as sent (stage prefix included) and
// its raw query.
func readKey(r *http.Request) cacheKey {
	return cacheKey{sentPath(r), r.URL.RawQuery}
}

// maxCacheBytes bounds the answers kept. Past it, a resource's answers are
// dropped when another would be added: a sandbox's traffic reads a few
// dozen lists, while a client walking every page of every filter could
// otherwise grow the cache without end.
const maxCacheBytes = 32 << 20

func newReadCache() *readCache {
	return &readCache{parts: map[string]*cachePart{}}
}

// get returns the answer kept for k at version, or nil.
func (c *readCache) get(resource string, version uint64, k cacheKey) *envelope.Body {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if p := c.parts[resource]; p != nil && p.version == version {
		return p.bodies[k]
	}
	return nil
}

// put keeps b as the answer to k at version. A newer version replaces the
// resource's answers; an answer made at an older version than those held
// is of no use and is dropped.
func (c *readCache) put(resource string, version uint64, k cacheKey, b *envelope.Body) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.parts[resource]
	switch {
	case p != nil && version < p.version:
		return
	case p == nil || version > p.version:
		if p != nil {
			c.size -= p.size
		}
		p = &cachePart{version: version, bodies: map[cacheKey]*envelope.Body{}}
		c.parts[resource] = p
	}
	if old := p.bodies[k]; old != nil {
		p.size -= old.Size()
		c.size -= old.Size()
	}
	if c.size+b.Size() > maxCacheBytes {
		c.size -= p.size
		p.bodies, p.size = map[cacheKey]*envelope.Body{}, 0
		if c.size+b.Size() > maxCacheBytes {
			return
		}
	}
	p.bodies[k] = b
	p.size += b.Size()
	c.size += b.Size()
}

// shows names the resources whose records an answer shows (ats.Resource*):
// it is kept under the sum of their versions, which grows whenever one of
// them does, in a part of the cache of its own (key).
type shows struct {
	key       string
	resources []string
}

// What the read routes show. A candidate's reads show its application ids,
// which the candidate version counts already.
var (
	showsJobs                = shows{"job", []string{ats.ResourceJob}}
	showsJobsAndApplications = shows{"job+application", []string{ats.ResourceJob, ats.ResourceApplication}}
	showsCandidates          = shows{"candidate", []string{ats.ResourceCandidate}}
	showsApplications        = shows{"application", []string{ats.ResourceApplication}}
)

// always is a route's shows when it does not depend on the request.
func always(s shows) func(*http.Request) shows {
	return func(*http.Request) shows { return s }
}

// readVersion is the provider's version of what s shows, and whether there
// is one: answers are kept only for a provider that versions its data.
func (a *api) readVersion(ctx context.Context, s shows) (uint64, bool) {
	if a.versions == nil {
		return 0, false
	}
	var sum uint64
	for _, r := range s.resources {
		v, ok := a.versions.DataVersion(ctx, r)
		if !ok {
			return 0, false
		}
		sum += v
	}
	return sum, true
}

// serveCached sends the kept answer to r, if there is one at version.
func (a *api) serveCached(w http.ResponseWriter, r *http.Request, s shows, version uint64) bool {
	b := a.reads.get(s.key, version, readKey(r))
	if b == nil {
		return false
	}
	a.send(w, r, http.StatusOK, b)
	return true
}
