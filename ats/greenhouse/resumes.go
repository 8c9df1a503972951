package greenhouse

import (
	"context"
	"mime"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// AttachResume serves POST /candidates/{id}/resume: the file goes to the
// candidate's newest candidate application as its resume. Greenhouse keeps
// files on applications only, so a candidate without one cannot take a
// resume: NOT_SUPPORTED, saying to apply them to a job first.
func (c *Client) AttachResume(ctx context.Context, candidateID string, f ats.File) error {
	if !validID(candidateID) {
		return ats.NotFound("candidate", candidateID)
	}
	apps, err := c.applicationIDs(ctx, []string{candidateID})
	if err != nil {
		return err
	}
	ids := apps[candidateID]
	if len(ids) == 0 {
		if _, _, err := one[wireCandidate](ctx, c, "get candidate", "/candidates", candidateID, nil); err != nil {
			return upstream.NotFoundAs(err, "candidate", candidateID)
		}
		return ats.Errorf(ats.CodeNotSupported,
			"Greenhouse keeps files on applications, and candidate %q has none; apply them to a job first (POST /applications), then send the resume.", candidateID)
	}
	return c.attach(ctx, slices.MaxFunc(ids, compareIDs), &f, nil)
}

// CandidateResume serves GET /candidates/{id}/resume: the newest resume
// attachment of the candidate's applications (GET
// /v3/attachments?candidate_ids={id}&type=resume), as a redirect to its
// signed URL, which Greenhouse keeps valid for 7 days. atsbridge does not
// fetch the file.
func (c *Client) CandidateResume(ctx context.Context, candidateID string) (ats.Download, error) {
	if !validID(candidateID) {
		return ats.Download{}, ats.NotFound("candidate", candidateID)
	}
	q := url.Values{"candidate_ids": {candidateID}, "type": {"resume"}, "per_page": {"100"}}
	recs, err := all[wireAttachment](ctx, c, "list resumes", "/attachments", q, false)
	if err != nil {
		return ats.Download{}, err
	}
	var best *wireAttachment
	for i := range recs {
		a := &recs[i].W
		if !strings.EqualFold(a.Type, "resume") || string(a.CandidateID) != "" && string(a.CandidateID) != candidateID || !httpURL(a.URL) {
			continue
		}
		if best == nil || a.CreatedAt.UTC().After(best.CreatedAt.UTC()) ||
			a.CreatedAt.UTC().Equal(best.CreatedAt.UTC()) && compareIDs(string(a.ID), string(best.ID)) > 0 {
			best = a
		}
	}
	if best == nil {
		if _, _, err := one[wireCandidate](ctx, c, "get candidate", "/candidates", candidateID, nil); err != nil {
			return ats.Download{}, upstream.NotFoundAs(err, "candidate", candidateID)
		}
		return ats.Download{}, ats.Errorf(ats.CodeNotFound, "No resume for candidate %q on Greenhouse.", candidateID)
	}
	ctype := best.ContentType
	if ctype == "" {
		ctype = mime.TypeByExtension(strings.ToLower(path.Ext(best.Filename)))
	}
	return ats.Download{Filename: best.Filename, ContentType: ctype, Size: -1, URL: best.URL}, nil
}

// httpURL reports whether s is an absolute http(s) URL: a redirect to
// anything else (javascript:, a relative path) is not passed on.
func httpURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}
