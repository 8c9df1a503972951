package greenhouse

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"path"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
)

// attachmentBody is POST /v3/attachments's body: a file on an
// application, as base64 content or as a URL Greenhouse downloads. The key
// names application_id, filename and content_type are unconfirmed (the
// docs name content, url and type); the fake follows the same reading.
type attachmentBody struct {
	ApplicationID json.Number `json:"application_id"`
	Filename      string      `json:"filename"`
	Type          string      `json:"type"`
	Content       string      `json:"content,omitempty"`
	URL           string      `json:"url,omitempty"`
	ContentType   string      `json:"content_type,omitempty"`
}

// attach uploads a resume to an application: the file's bytes, else the
// URL (Greenhouse fetches it; atsbridge never does). A new resume makes
// Greenhouse file the previous one as "other".
func (c *Client) attach(ctx context.Context, application string, f *ats.File, resumeURL *string) error {
	body := attachmentBody{ApplicationID: json.Number(application), Type: "resume"}
	switch {
	case f != nil:
		body.Filename, body.ContentType = f.Filename, f.ContentType
		body.Content = base64.StdEncoding.EncodeToString(f.Data)
	case resumeURL != nil:
		body.URL = *resumeURL
		body.Filename = path.Base(strings.TrimSuffix(urlPath(*resumeURL), "/"))
	default:
		return nil
	}
	if body.Filename == "" || body.Filename == "." || body.Filename == "/" {
		body.Filename = "resume"
	}
	return c.post(ctx, "upload resume", "/attachments", body, nil)
}

func urlPath(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Path
}
