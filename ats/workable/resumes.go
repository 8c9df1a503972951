package workable

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/upstream"
)

// Workable takes a resume only inside a candidate's JSON, on create or on
// update, as {"name", "data": "<base64>"} (providers.md A2): there is no
// upload endpoint. A create with a file is therefore one call, which
// either makes the candidate with the file or fails whole: it never
// half-succeeds. Workable hands files out as pre-signed links (the
// candidate's resume_url, or GET /candidates/{id}/files' preview_url,
// valid about 16 h), which GET /candidates/{id}/resume redirects to.

// wireFile is a file in Workable's candidate JSON.
type wireFile struct {
	Name string `json:"name"`
	Data string `json:"data"`
}

func toWireFile(f *ats.File) *wireFile {
	if f == nil {
		return nil
	}
	return &wireFile{Name: f.Filename, Data: base64.StdEncoding.EncodeToString(f.Data)}
}

// The structured data of a create (providers.md A2): education_entries
// need a school and experience_entries a title, so entries without one
// are left out. Dates go as YYYY-MM-DD (the facts give no format; a
// partial date becomes the first of its month or year).
type wireEducation struct {
	School       string `json:"school"`
	Degree       string `json:"degree,omitempty"`
	FieldOfStudy string `json:"field_of_study,omitempty"`
	StartDate    string `json:"start_date,omitempty"`
	EndDate      string `json:"end_date,omitempty"`
}

type wireExperience struct {
	Title     string `json:"title"`
	Company   string `json:"company,omitempty"`
	Summary   string `json:"summary,omitempty"`
	Current   bool   `json:"current"`
	StartDate string `json:"start_date,omitempty"`
	EndDate   string `json:"end_date,omitempty"`
}

type wireSocial struct {
	Type     string `json:"type"`
	URL      string `json:"url,omitempty"`
	Username string `json:"username,omitempty"`
}

// setProfile puts p into a create's candidate fields.
func (f *candidateFields) setProfile(p ats.Profile) {
	for _, e := range p.Education {
		if strings.TrimSpace(e.School) != "" {
			f.EducationEntries = append(f.EducationEntries, wireEducation{School: e.School, Degree: e.Degree,
				FieldOfStudy: e.FieldOfStudy, StartDate: fullDate(e.StartDate), EndDate: fullDate(e.EndDate)})
		}
	}
	for _, e := range p.Experience {
		if strings.TrimSpace(e.Title) != "" {
			f.ExperienceEntries = append(f.ExperienceEntries, wireExperience{Title: e.Title, Company: e.Company,
				Summary: e.Summary, Current: e.Current, StartDate: fullDate(e.StartDate), EndDate: fullDate(e.EndDate)})
		}
	}
	f.Skills = p.Skills
	for _, s := range p.Socials {
		f.SocialProfiles = append(f.SocialProfiles, wireSocial{Type: s.Type, URL: s.URL, Username: s.Username})
	}
}

// fullDate is an ISO 8601 partial date ("2021-03", "2019") as a full one.
func fullDate(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

// AttachResume serves POST /candidates/{id}/resume with PATCH
// /candidates/{id} {"candidate": {"resume": {...}}}, which replaces the
// record's resume. Not retried after a failure: Workable offers no
// idempotency key.
func (c *Client) AttachResume(ctx context.Context, candidateID string, f ats.File) error {
	if !validID(candidateID) {
		return ats.NotFound("candidate", candidateID)
	}
	body := map[string]any{"candidate": map[string]any{"resume": toWireFile(&f)}}
	_, err := c.up.Do(ctx, &upstream.Request{Op: "attach resume", Method: http.MethodPatch,
		Path: "/candidates/" + url.PathEscape(candidateID), JSON: body})
	return upstream.NotFoundAs(err, "candidate", candidateID)
}

// wireFiles is GET /candidates/{id}/files.
type wireFiles struct {
	Files []struct {
		Name       string `json:"name"`
		PreviewURL string `json:"preview_url"`
		Kind       string `json:"kind"`
	} `json:"files"`
}

// CandidateResume serves GET /candidates/{id}/resume: the record's
// resume_url (Workable's pre-signed link), else the newest file of kind
// resume from GET /candidates/{id}/files. atsbridge does not fetch either.
func (c *Client) CandidateResume(ctx context.Context, candidateID string) (ats.Download, error) {
	w, raw, err := c.candidate(ctx, "get candidate", candidateID)
	if err != nil {
		return ats.Download{}, upstream.NotFoundAs(err, "candidate", candidateID)
	}
	var meta struct {
		ResumeMetadata *struct {
			Filename string `json:"filename"`
		} `json:"resume_metadata"`
	}
	_ = json.Unmarshal(raw, &meta)
	if httpURL(w.ResumeURL) {
		name := path.Base(urlPath(w.ResumeURL))
		if meta.ResumeMetadata != nil && meta.ResumeMetadata.Filename != "" {
			name = meta.ResumeMetadata.Filename
		}
		return ats.Download{Filename: name, ContentType: mime.TypeByExtension(strings.ToLower(path.Ext(name))), Size: -1, URL: w.ResumeURL}, nil
	}
	var files wireFiles
	if err := c.get(ctx, "list files", "/candidates/"+url.PathEscape(candidateID)+"/files", nil, &files); err != nil {
		return ats.Download{}, upstream.NotFoundAs(err, "candidate", candidateID)
	}
	for i := len(files.Files) - 1; i >= 0; i-- {
		f := files.Files[i]
		if strings.EqualFold(f.Kind, "resume") && httpURL(f.PreviewURL) {
			return ats.Download{Filename: f.Name, ContentType: mime.TypeByExtension(strings.ToLower(path.Ext(f.Name))), Size: -1, URL: f.PreviewURL}, nil
		}
	}
	return ats.Download{}, ats.Errorf(ats.CodeNotFound, "No resume for candidate %q on Workable.", candidateID)
}

// httpURL reports whether s is an absolute http(s) URL.
func httpURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

func urlPath(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Path
}
