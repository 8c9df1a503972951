package lever

import (
	"bytes"
	"context"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// resumeScan bounds how many of a contact's opportunities (newest first)
// CandidateResume looks through.
const resumeScan = 5

// multipartOpportunity is the multipart form of a create with a resume:
// the JSON body's fields, lists as name[] repeated, the phone as
// phones[0][value], and the file as resumeFile (the field name is
// UNCONFIRMED; attachCreatedResume checks that Lever took it).
func multipartOpportunity(body opportunityBody, f ats.File) ([]byte, string, error) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	field := func(k, v string) {
		if v != "" {
			_ = mw.WriteField(k, v)
		}
	}
	field("name", body.Name)
	field("headline", body.Headline)
	field("stage", body.Stage)
	field("origin", body.Origin)
	field("contact", body.Contact)
	for k, vs := range map[string][]string{"emails[]": body.Emails, "links[]": body.Links, "tags[]": body.Tags,
		"sources[]": body.Sources, "postings[]": body.Postings} {
		for _, v := range vs {
			field(k, v)
		}
	}
	for i, p := range body.Phones {
		field("phones["+strconv.Itoa(i)+"][value]", p.Value)
	}
	if err := writeFile(mw, "resumeFile", f); err != nil {
		return nil, "", err
	}
	if err := mw.Close(); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), mw.FormDataContentType(), nil
}

// writeFile adds f as the form's file field with its sniffed type.
func writeFile(mw *multipart.Writer, field string, f ats.File) error {
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", mime.FormatMediaType("form-data", map[string]string{"name": field, "filename": orDefault(f.Filename, "resume")}))
	h.Set("Content-Type", orDefault(f.ContentType, "application/octet-stream"))
	w, err := mw.CreatePart(h)
	if err != nil {
		return err
	}
	_, err = w.Write(f.Data)
	return err
}

// attachCreatedResume makes sure the resume sent with a create reached
// the new opportunity: Lever's field name for it is UNCONFIRMED, and
// Lever ignores a field it does not know. When the opportunity has no
// resume, the file is uploaded as the opportunity's file instead. The
// error, if any, is the upload's (or the check's).
func (c *Client) attachCreatedResume(ctx context.Context, oppID string, f ats.File) error {
	resumes, err := readAll[wireResume](ctx, c, "check resume", "/opportunities/"+url.PathEscape(oppID)+"/resumes", nil)
	if err != nil {
		return err
	}
	if len(resumes) > 0 {
		return nil
	}
	c.log.WarnContext(ctx, "lever kept no resume from the create; uploading it as a file")
	return c.uploadFile(ctx, oppID, f)
}

// uploadFile sends f to POST /opportunities/{id}/files?perform_as=, as
// multipart/form-data (field file, up to 30 MB per Lever).
func (c *Client) uploadFile(ctx context.Context, oppID string, f ats.File) error {
	q, err := c.actor(ctx)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if err := writeFile(mw, "file", f); err != nil {
		return err
	}
	if err := mw.Close(); err != nil {
		return err
	}
	_, err = c.api.Do(ctx, &upstream.Request{Op: "upload file", Method: http.MethodPost,
		Path: "/opportunities/" + url.PathEscape(oppID) + "/files", Query: q, Body: buf.Bytes(), ContentType: mw.FormDataContentType()})
	return err
}

// AttachResume serves POST /candidates/{id}/resume: the file goes to the
// contact's newest opportunity, among its files (Lever's API adds resumes
// only with a create). GET /candidates/{id}/resume returns it when Lever
// holds no resume for the person.
func (c *Client) AttachResume(ctx context.Context, candidateID string, f ats.File) error {
	g, err := c.contact(ctx, candidateID, false)
	if err != nil {
		return err
	}
	newest := g.opps[len(g.opps)-1]
	return upstream.NotFoundAs(c.uploadFile(ctx, newest.ID, f), "candidate", candidateID)
}

// CandidateResume serves GET /candidates/{id}/resume: the newest document
// of the contact's newest opportunity that has one (newest opportunity
// first, resumeScan of them), among its resumes (what a create with a
// file leaves) and its files (where AttachResume puts one), so that an
// upload after the create replaces the create's resume. The file is
// downloaded through atsbridge: Lever's download links need the key, so
// no URL of theirs is handed out.
func (c *Client) CandidateResume(ctx context.Context, candidateID string) (ats.Download, error) {
	g, err := c.contact(ctx, candidateID, false)
	if err != nil {
		return ats.Download{}, err
	}
	opps := slices.Clone(g.opps)
	slices.Reverse(opps)
	opps = opps[:min(len(opps), resumeScan)]
	for _, o := range opps {
		base := "/opportunities/" + url.PathEscape(o.ID)
		resumes, err := readAll[wireResume](ctx, c, "list resumes", base+"/resumes", nil)
		if err != nil {
			return ats.Download{}, err
		}
		files, err := readAll[wireFile](ctx, c, "list files", base+"/files", nil)
		if err != nil {
			return ats.Download{}, err
		}
		var p, name string
		var at time.Time
		for _, r := range resumes {
			if t := r.CreatedAt.UTC(); p == "" || t.After(at) {
				p, name, at = base+"/resumes/"+url.PathEscape(r.ID)+"/download", r.File.Name, t
			}
		}
		// A file at the same moment as a resume came after it: uploads
		// follow creates.
		for _, f := range files {
			if t := f.UploadedAt.UTC(); p == "" || !t.Before(at) {
				p, name, at = base+"/files/"+url.PathEscape(f.ID)+"/download", f.Name, t
			}
		}
		if p != "" {
			return c.download(ctx, p, name)
		}
	}
	return ats.Download{}, ats.Errorf(ats.CodeNotFound, "No resume for candidate %q.", candidateID)
}

// download reads a file. The shared upstream client reads answers whole
// (up to 16 MiB), so Body is the file in memory.
func (c *Client) download(ctx context.Context, p, name string) (ats.Download, error) {
	res, err := c.api.Do(ctx, &upstream.Request{Op: "download file", Method: http.MethodGet, Path: p,
		Header: http.Header{"Accept": {"*/*"}}})
	if err != nil {
		return ats.Download{}, err
	}
	if name == "" {
		if _, params, err := mime.ParseMediaType(res.Header.Get("Content-Disposition")); err == nil {
			name = params["filename"]
		}
	}
	ctype := res.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ctype); err != nil || mt == "application/octet-stream" || mt == "" {
		if byExt := mime.TypeByExtension(strings.ToLower(path.Ext(name))); byExt != "" {
			ctype = byExt
		} else if err != nil {
			ctype = "application/octet-stream"
		}
	}
	return ats.Download{Filename: orDefault(path.Base(name), "resume"), ContentType: ctype, Size: int64(len(res.Body)),
		Body: io.NopCloser(bytes.NewReader(res.Body))}, nil
}

// orDefault is s, or fallback when s names nothing.
func orDefault(s, fallback string) string {
	if strings.TrimSpace(s) == "" || s == "." || s == "/" {
		return fallback
	}
	return s
}
