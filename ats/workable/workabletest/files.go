package workabletest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"
)

// filesPath is where the fake serves its signed file links, outside
// BasePath as Workable's S3 links are outside its API.
const filesPath = "/files/"

// decodeResume reads a create's or a PATCH's {"name", "data"}: nil without
// one, and the problem Workable would answer for one it cannot take.
func decodeResume(in *struct {
	Name string `json:"name"`
	Data string `json:"data"`
}) (*File, string) {
	if in == nil {
		return nil, ""
	}
	data, err := base64.StdEncoding.DecodeString(in.Data)
	if err != nil || len(data) == 0 {
		return nil, "is invalid"
	}
	if strings.TrimSpace(in.Name) == "" {
		return nil, "name can't be blank"
	}
	return &File{Name: in.Name, Data: data}, ""
}

func anySlice(ms []map[string]any) []any {
	out := make([]any, 0, len(ms))
	for _, m := range ms {
		out = append(out, m)
	}
	return out
}

// signature signs a file link with the fake's token, as S3 signs its
// pre-signed URLs with a secret.
func (s *Server) signature(id string) string {
	m := hmac.New(sha256.New, []byte(s.Token))
	m.Write([]byte(id))
	return hex.EncodeToString(m.Sum(nil))[:24]
}

// fileURL is the signed link of candidate c's resume. The caller holds
// s.mu.
func (s *Server) fileURL(c Candidate) string {
	return s.Host.URL + filesPath + c.ID + "/" + url.PathEscape(c.Resume.Name) +
		"?X-Amz-Expires=60000&X-Amz-Signature=" + s.signature(c.ID)
}

// serveFile serves GET /files/{id}/{name}?...&X-Amz-Signature=: the file,
// or S3's 403 for a link whose signature is wrong.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	id, _, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, filesPath), "/")
	if !hmac.Equal([]byte(r.URL.Query().Get("X-Amz-Signature")), []byte(s.signature(id))) {
		http.Error(w, "AccessDenied", http.StatusForbidden)
		return
	}
	s.mu.Lock()
	i := s.candidateIndex(id)
	var f *File
	if i >= 0 {
		f = s.candidates[i].Resume
	}
	s.mu.Unlock()
	if f == nil {
		http.Error(w, "NoSuchKey", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", `attachment; filename="`+path.Base(f.Name)+`"`)
	_, _ = w.Write(f.Data)
}

// patchCandidate serves PATCH /candidates/{id} {"candidate": {...}}: the
// fields given replace the record's (a resume included) and the answer is
// {"candidate": {...}}.
func (s *Server) patchCandidate(w http.ResponseWriter, body []byte, id string) {
	var in candidateBody
	if err := json.Unmarshal(body, &in); err != nil || in.Candidate == nil {
		writeError(w, http.StatusBadRequest, "Invalid JSON")
		return
	}
	file, problem := decodeResume(in.Candidate.Resume)
	if problem != "" {
		writeValidation(w, "Validation failed", map[string][]string{"resume": {problem}})
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.candidateIndex(id)
	if i < 0 {
		writeError(w, http.StatusNotFound, "Not found")
		return
	}
	c := &s.candidates[i]
	if file != nil {
		c.Resume, c.ResumeURL = file, ""
	}
	if in.Candidate.Headline != "" {
		c.Headline = in.Candidate.Headline
	}
	if in.Candidate.Phone != "" {
		c.Phone = in.Candidate.Phone
	}
	c.UpdatedAt = s.opts.Now().UTC().Truncate(time.Second)
	writeJSON(w, http.StatusOK, map[string]any{"candidate": s.candidateJSON(*c, true)})
}

// listFiles serves GET /candidates/{id}/files: {"files": [{name,
// preview_url, source, kind}]}, the resume when the record has one.
func (s *Server) listFiles(w http.ResponseWriter, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.candidateIndex(id)
	if i < 0 {
		writeError(w, http.StatusNotFound, "Not found")
		return
	}
	files := []map[string]string{}
	if c := s.candidates[i]; c.Resume != nil {
		files = append(files, map[string]string{"name": c.Resume.Name, "preview_url": s.fileURL(c), "source": "api", "kind": "resume"})
	}
	writeJSON(w, http.StatusOK, map[string]any{"files": files})
}
