package router

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"unicode"

	"github.com/atsbridge/atsbridge/ats"
)

// candidateResume serves GET /candidates/{id}/resume: the one route whose
// success is not the JSON envelope. The file comes as its bytes, with its
// type and a Content-Disposition naming it (the sandbox, Lever), or as a
// 302 to the ATS's own signed link (Workable, Greenhouse), which
// atsbridge does not fetch. Failures are envelopes, as everywhere.
func (a *api) candidateResume() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := pathID(r, "candidate")
		if err != nil {
			a.fail(w, r, err)
			return
		}
		if err := refuseQuery(r, "takes none"); err != nil {
			a.fail(w, r, err)
			return
		}
		d, err := a.p.CandidateResume(r.Context(), id)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		h := w.Header()
		// A resume is personal data: no cache keeps it.
		h.Set("Cache-Control", "private, no-store")
		if d.Body == nil {
			if !absoluteHTTP(d.URL) {
				a.fail(w, r, &ats.Error{Code: ats.CodeUpstreamUnavailable,
					Message: "The ATS gave no usable link to the resume; try again later.",
					Err:     fmt.Errorf("candidate resume: provider returned neither a body nor an http(s) URL")})
				return
			}
			h.Set("Location", d.URL)
			w.WriteHeader(http.StatusFound)
			return
		}
		defer d.Body.Close()
		ctype := d.ContentType
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		h.Set("Content-Type", ctype)
		h.Set("Content-Disposition", attachment(d.Filename))
		// The file is shown as what it is, never sniffed or run as a page
		// of this API's origin.
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		if d.Size >= 0 {
			h.Set("Content-Length", strconv.FormatInt(d.Size, 10))
		}
		// HEAD reads the file too: conditional tags it by its bytes, and
		// HEAD carries GET's ETag; serveHead drops the body.
		w.WriteHeader(http.StatusOK)
		if _, err := io.Copy(w, d.Body); err != nil {
			// Too late for an envelope: the client sees a short body.
			a.log.LogAttrs(r.Context(), slog.LevelWarn, "resume download cut short",
				slog.String("request_id", requestIDFrom(r.Context())), slog.String("error", err.Error()))
		}
	})
}

// absoluteHTTP reports whether s is an absolute http(s) URL: a redirect to
// anything else (javascript:, a relative path) is not passed on.
func absoluteHTTP(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// attachment is the Content-Disposition of a download named name (RFC
// 6266): "attachment" with filename, a plain ASCII stand-in, and, when the
// name is more than that, filename* with the name in UTF-8 (RFC 8187),
// which clients prefer. The name is reduced to its last path segment
// without control characters first: it may come from an ATS.
func attachment(name string) string {
	name = fileBase(name)
	if name == "" || name == "." || name == ".." {
		name = "resume"
	}
	ascii := strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e || r == '"' || r == '\\' || r == '%' {
			return '_'
		}
		return r
	}, name)
	if ext := path.Ext(ascii); strings.Trim(strings.TrimSuffix(ascii, ext), "_ ") == "" {
		ascii = "resume" + ext // nothing of the name was ASCII
	}
	v := `attachment; filename="` + ascii + `"`
	if ascii != name {
		v += "; filename*=UTF-8''" + extValue(name)
	}
	return v
}

// fileBase is a file name as it is kept, passed on or offered: its last
// path segment (a browser may send C:\Users\...\cv.pdf, an ATS a path),
// without control or bidirectional control characters and U+FFFD, trimmed.
// It may be "", "." or "..": each caller names the file then.
func fileBase(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == unicode.ReplacementChar {
			return -1
		}
		return r
	}, name))
}

// extValue percent-encodes s for an RFC 8187 ext-value: every byte but
// attr-char.
func extValue(s string) string {
	const attrChar = "!#$&+-.^_`|~"
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(attrChar, c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
