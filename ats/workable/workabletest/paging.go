package workabletest

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// listWindow is the paging part of a list request.
type listWindow struct {
	limit   int
	sinceID string
	maxID   string
}

// readWindow reads limit (default 50, at most 100: "cannot be more than
// 100"), since_id and max_id. The status for a bad limit is unconfirmed;
// the fake answers 422 so that a client bug shows.
func readWindow(q url.Values) (listWindow, error) {
	w := listWindow{limit: 50, sinceID: q.Get("since_id"), maxID: q.Get("max_id")}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return w, fmt.Errorf("limit must be a positive number")
		}
		if n > 100 {
			return w, fmt.Errorf("limit cannot be more than 100")
		}
		w.limit = n
	}
	return w, nil
}

// cut applies since_id (inclusive) and max_id (inclusive) to records
// ascending by id, returns one page, and the id the next page starts at
// ("" on the last page).
func cut[T any](records []T, w listWindow, id func(T) string) (page []T, next string) {
	var in []T
	for _, r := range records {
		if w.sinceID != "" && id(r) < w.sinceID {
			continue
		}
		if w.maxID != "" && id(r) > w.maxID {
			continue
		}
		in = append(in, r)
	}
	if len(in) > w.limit {
		return in[:w.limit], id(in[w.limit])
	}
	return in, ""
}

// nextLink is paging.next: an absolute URL at base+path whose query keeps
// every filter of q (the fake encodes all state in the link; none with
// Options.SparseNext) with limit and since_id for the next page.
func (s *Server) nextLink(base, path string, q url.Values, limit int, since string) string {
	nq := url.Values{}
	for k, vs := range q {
		if !s.opts.SparseNext {
			nq[k] = append([]string(nil), vs...)
		}
	}
	nq.Set("limit", strconv.Itoa(limit))
	nq.Set("since_id", since)
	return base + path + "?" + nq.Encode()
}

// paging is the list envelope's paging object; on the last page the whole
// key is absent, not null.
type paging struct {
	Next string `json:"next"`
}

func pagingFor(next string) *paging {
	if next == "" {
		return nil
	}
	return &paging{Next: next}
}

// parseTime reads created_after / updated_after in the forms clients send:
// RFC 3339, the compact ISO form of the docs (20150708T115616Z), or Unix
// seconds.
func parseTime(v string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
		return t, nil
	}
	if t, err := time.Parse("20060102T150405Z0700", v); err == nil {
		return t, nil
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		return time.Unix(n, 0), nil
	}
	return time.Time{}, fmt.Errorf("invalid time %q", v)
}

// timeFilters reads created_after and updated_after. Whether Workable
// compares strictly is unconfirmed; the fake includes equal times (the
// lenient reading), so a client wanting "strictly after" must check itself.
func timeFilters(q url.Values) (created, updated *time.Time, err error) {
	for _, f := range []struct {
		name string
		dst  **time.Time
	}{{"created_after", &created}, {"updated_after", &updated}} {
		if v := q.Get(f.name); v != "" {
			t, perr := parseTime(v)
			if perr != nil {
				return nil, nil, fmt.Errorf("%s is not a valid time", f.name)
			}
			*f.dst = &t
		}
	}
	return created, updated, nil
}

func after(t time.Time, bound *time.Time) bool {
	return bound == nil || !t.Before(*bound)
}

func badRequest(w http.ResponseWriter, err error) {
	writeError(w, http.StatusUnprocessableEntity, err.Error())
}
