package levertest

import (
	"bytes"
	"mime"
	"mime/multipart"
	"net/http"
	"strconv"
)

// docKind is where a document sits on an opportunity: its resumes (from
// creates with a resume file) or its files (uploads).
type docKind string

const (
	docResume docKind = "resumes"
	docFile   docKind = "files"
)

// uploadFile serves POST /opportunities/{id}/files?perform_as=, a
// multipart/form-data upload. The field name is UNCONFIRMED ("file" per
// third-party docs): the fake takes the first file part, whatever its
// name. Lever keeps the upload among the opportunity's files, not its
// resumes.
func (s *Server) uploadFile(w http.ResponseWriter, r *http.Request, body []byte, id string) {
	mediaType, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "multipart/form-data" || params["boundary"] == "" {
		writeError(w, http.StatusUnsupportedMediaType, "UnsupportedMediaType", "Upload files as multipart/form-data")
		return
	}
	form, err := multipart.NewReader(bytes.NewReader(body), params["boundary"]).ReadForm(maxBody)
	if err != nil {
		badRequest(w, errBadMultipart.Error())
		return
	}
	defer func() { _ = form.RemoveAll() }()
	var doc *Document
	for _, fhs := range form.File {
		if len(fhs) == 0 {
			continue
		}
		f, err := fhs[0].Open()
		if err != nil {
			badRequest(w, errBadMultipart.Error())
			return
		}
		var buf bytes.Buffer
		_, err = buf.ReadFrom(f)
		_ = f.Close()
		if err != nil {
			badRequest(w, errBadMultipart.Error())
			return
		}
		doc = &Document{Name: fhs[0].Filename, ContentType: fhs[0].Header.Get("Content-Type"), Data: buf.Bytes()}
		break
	}
	if doc == nil {
		badRequest(w, "file is required")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.visibleLocked(id)
	if !ok {
		notFound(w, "Opportunity")
		return
	}
	doc.ID = s.newID()
	doc.UploadedAt = s.touchLocked(i)
	o := &s.opportunities[i]
	o.Files = append(o.Files, *doc)
	writeData(w, http.StatusOK, s.documentJSON(o.ID, docFile, *doc))
}

// listDocs serves GET /opportunities/{id}/resumes and .../files, oldest
// first, in the list envelope.
func (s *Server) listDocs(w http.ResponseWriter, id string, kind docKind) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.visibleLocked(id)
	if !ok {
		notFound(w, "Opportunity")
		return
	}
	o := s.opportunities[i]
	docs := o.Files
	if kind == docResume {
		docs = o.Resumes
	}
	items := make([]any, 0, len(docs))
	for _, d := range docs {
		if kind == docResume {
			items = append(items, s.resumeJSON(o.ID, d))
		} else {
			items = append(items, s.documentJSON(o.ID, kind, d))
		}
	}
	writeJSON(w, http.StatusOK, envelope(items, ""))
}

// downloadDoc serves .../resumes/{rid}/download and .../files/{fid}/download:
// the bytes, with their type and name.
func (s *Server) downloadDoc(w http.ResponseWriter, id string, kind docKind, docID string) {
	s.mu.Lock()
	i, ok := s.visibleLocked(id)
	var doc *Document
	if ok {
		docs := s.opportunities[i].Files
		if kind == docResume {
			docs = s.opportunities[i].Resumes
		}
		for _, d := range docs {
			if d.ID == docID {
				doc = &d
				break
			}
		}
	}
	s.mu.Unlock()
	if doc == nil {
		notFound(w, "File")
		return
	}
	ct := doc.ContentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Length", strconv.Itoa(len(doc.Data)))
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": doc.Name}))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(doc.Data)
}
