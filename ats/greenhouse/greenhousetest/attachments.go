package greenhousetest

import (
	"encoding/base64"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

var (
	attachmentTypes = []string{"resume", "cover_letter", "take_home_test", "offer_packet", "offer_letter",
		"signed_offer_letter", "other", "form_attachment", "midfunnel_agreement", "automated_agreement"}
	visibilities = []string{"public", "admin_only", "private"}
	// blockedExtensions stands for an organisation's blocklist.
	blockedExtensions = []string{".exe", ".bat", ".js"}
)

// createAttachment serves POST /v3/attachments: a file on an application,
// given as base64 content or as a url Greenhouse downloads (exactly one).
// The key names application_id, filename, content_type and visibility and
// the 201 with the attachment are unconfirmed.
func (c *call) createAttachment() {
	var in struct {
		ApplicationID *int64  `json:"application_id"`
		Filename      string  `json:"filename"`
		Type          string  `json:"type"`
		Content       *string `json:"content"`
		URL           *string `json:"url"`
		ContentType   string  `json:"content_type"`
		Visibility    string  `json:"visibility"`
	}
	if !c.decodeBody(&in) {
		return
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []any
	if in.ApplicationID == nil || find(s.data.applications, *in.ApplicationID, appID) < 0 {
		errs = append(errs, fieldError("application_id", "must be the id of an application"))
	}
	switch {
	case strings.TrimSpace(in.Filename) == "":
		errs = append(errs, fieldError("filename", "can't be blank"))
	case slices.Contains(blockedExtensions, strings.ToLower(path.Ext(in.Filename))):
		errs = append(errs, fieldError("filename", "has an extension your organization does not accept"))
	}
	if !slices.Contains(attachmentTypes, in.Type) {
		errs = append(errs, fieldError("type", "must be one of "+strings.Join(attachmentTypes, ", ")))
	}
	if in.Visibility != "" && !slices.Contains(visibilities, in.Visibility) {
		errs = append(errs, fieldError("visibility", "must be one of public, admin_only, private"))
	}
	var data []byte
	switch {
	case (in.Content == nil) == (in.URL == nil):
		errs = append(errs, "Exactly one of content and url must be given.")
	case in.Content != nil:
		var err error
		if data, err = base64.StdEncoding.DecodeString(*in.Content); err != nil || len(data) == 0 {
			errs = append(errs, fieldError("content", "must be base64-encoded file content"))
		}
	}
	if len(errs) > 0 {
		writeUnprocessable(c.w, errs...)
		return
	}
	a := Attachment{ApplicationID: *in.ApplicationID, Type: in.Type, Filename: in.Filename,
		ContentType: in.ContentType, Visibility: in.Visibility, Data: data, CreatedAt: c.now}
	if in.URL != nil {
		a.SourceURL = *in.URL
	}
	a = s.addAttachmentLocked(a)
	if i := find(s.data.applications, a.ApplicationID, appID); i >= 0 {
		s.data.applications[i].LastActivityAt = c.now
	}
	writeJSON(c.w, http.StatusCreated, s.attachmentJSON(a, c.now))
}

// listAttachments serves GET /v3/attachments: application_ids,
// candidate_ids, type. Each url is signed and expires after 7 days.
func (c *call) listAttachments() {
	lq, ok := c.readList("/attachments", []string{"application_ids", "candidate_ids", "type"}, nil)
	if !ok {
		return
	}
	typ := lq.q.Get("type")
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	page(c, "/attachments", lq, s.data.attachments, func(a Attachment) int64 { return a.ID }, func(a Attachment) bool {
		return lq.keep(a.ID, a.CreatedAt, a.UpdatedAt) && lq.inSet("application_ids", a.ApplicationID) &&
			lq.inSet("candidate_ids", a.CandidateID) && (typ == "" || a.Type == typ)
	}, func(a Attachment) any { return s.attachmentJSON(a, c.now) })
}

// serveFile is the file host: GET /files/{id}/{filename}?Expires=&Signature=
// answers the file while the signature holds and has not expired on the
// fake's clock, else 403, as a presigned S3 url does. It needs no token.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/files/"), "/")
	id, err := strconv.ParseInt(parts[0], 10, 64)
	exp, err2 := strconv.ParseInt(r.URL.Query().Get("Expires"), 10, 64)
	if err != nil || err2 != nil || r.URL.Query().Get("Signature") != s.signature(id, exp) {
		http.Error(w, "AccessDenied: signature does not match", http.StatusForbidden)
		return
	}
	if s.opts.Now().After(time.Unix(exp, 0)) {
		http.Error(w, "AccessDenied: request has expired", http.StatusForbidden)
		return
	}
	s.mu.Lock()
	i := find(s.data.attachments, id, func(a Attachment) int64 { return a.ID })
	var a Attachment
	if i >= 0 {
		a = s.data.attachments[i]
	}
	s.mu.Unlock()
	if i < 0 {
		http.Error(w, "NoSuchKey", http.StatusNotFound)
		return
	}
	if a.ContentType != "" {
		w.Header().Set("Content-Type", a.ContentType)
	}
	_, _ = w.Write(a.Data)
}
