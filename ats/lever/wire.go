package lever

import (
	"bytes"
	"encoding/json"

	"github.com/atsbridge/atsbridge/ats/wire"
)

// The types below read Lever's JSON (providers.md C4). They are lenient
// where the facts are: absent and null fields read as empty, references
// read as an id string or as the expanded object, and times as epoch
// milliseconds (numbers or numeric strings) or ISO 8601.

// wirePosting is a posting of GET /postings and GET /postings/{id}.
type wirePosting struct {
	ID              string         `json:"id"`
	Text            string         `json:"text"`
	State           string         `json:"state"`
	Confidentiality string         `json:"confidentiality"`
	Categories      wireCategories `json:"categories"`
	Content         wireContent    `json:"content"`
	Country         string         `json:"country"`
	WorkplaceType   string         `json:"workplaceType"`
	URLs            wireURLs       `json:"urls"`
	CreatedAt       wire.MilliTime `json:"createdAt"`
	UpdatedAt       wire.MilliTime `json:"updatedAt"`
}

type wireCategories struct {
	Commitment   string   `json:"commitment"`
	Department   string   `json:"department"`
	Level        string   `json:"level"`
	Location     string   `json:"location"`
	Team         string   `json:"team"`
	AllLocations []string `json:"allLocations"`
}

type wireContent struct {
	Description     string     `json:"description"`
	DescriptionHTML string     `json:"descriptionHtml"`
	Lists           []wireList `json:"lists"`
	Closing         string     `json:"closing"`
	ClosingHTML     string     `json:"closingHtml"`
}

type wireList struct {
	Text    string `json:"text"`
	Content string `json:"content"`
}

type wireURLs struct {
	List  string `json:"list"`
	Show  string `json:"show"`
	Apply string `json:"apply"`
}

// wireOpportunity is an opportunity of GET /opportunities and GET
// /opportunities/{id}, read with expand=applications.
type wireOpportunity struct {
	ID              string         `json:"id"`
	Name            string         `json:"name"`
	Contact         ref            `json:"contact"`
	Headline        string         `json:"headline"`
	Stage           ref            `json:"stage"`
	Confidentiality string         `json:"confidentiality"`
	Phones          []wirePhone    `json:"phones"`
	Emails          []string       `json:"emails"`
	Archived        *wireArchived  `json:"archived"`
	Tags            []string       `json:"tags"`
	Sources         []string       `json:"sources"`
	Origin          string         `json:"origin"`
	Applications    []wireAppRef   `json:"applications"`
	CreatedAt       wire.MilliTime `json:"createdAt"`
	UpdatedAt       wire.MilliTime `json:"updatedAt"`
}

type wirePhone struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

// wireArchived is an opportunity's archive state: the archive reason's id
// and when.
type wireArchived struct {
	Reason     string         `json:"reason"`
	ArchivedAt wire.MilliTime `json:"archivedAt"`
}

// postingID is the posting the opportunity applies to: that of its first
// application naming one ("" for a general lead). An opportunity on
// several postings is rare; atsbridge reads it as its first.
func (o *wireOpportunity) postingID() string {
	for _, a := range o.Applications {
		if a.Posting.ID != "" {
			return a.Posting.ID
		}
	}
	return ""
}

// unexpanded reports whether applications came as bare ids, which say
// nothing of the posting (Lever ignored expand=applications).
func (o *wireOpportunity) unexpanded() bool {
	for _, a := range o.Applications {
		if !a.expanded {
			return true
		}
	}
	return false
}

// wireAppRef is an entry of an opportunity's applications: an id, or the
// application itself when expanded.
type wireAppRef struct {
	ID        string         `json:"id"`
	Posting   ref            `json:"posting"`
	Type      string         `json:"type"`
	CreatedAt wire.MilliTime `json:"createdAt"`
	expanded  bool
}

func (a *wireAppRef) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		*a = wireAppRef{}
		return json.Unmarshal(b, &a.ID)
	}
	type plain wireAppRef
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*a = wireAppRef(p)
	a.expanded = true
	return nil
}

// ref is a reference Lever sends as an id or, expanded, as an object with
// an id (and a text, for stages).
type ref struct {
	ID   string
	Text string
}

func (r *ref) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	*r = ref{}
	switch {
	case string(b) == "null":
		return nil
	case len(b) > 0 && b[0] == '"':
		return json.Unmarshal(b, &r.ID)
	}
	var v struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	r.ID, r.Text = v.ID, v.Text
	return nil
}

// wireStage is a stage of GET /stages.
type wireStage struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// wireArchiveReason is a reason of GET /archive_reasons.
type wireArchiveReason struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Type   string `json:"type"`   // hired, non-hired
	Status string `json:"status"` // active, inactive
}

// wireUser is a user of GET /users.
type wireUser struct {
	ID            string         `json:"id"`
	AccessRole    string         `json:"accessRole"`
	DeactivatedAt wire.MilliTime `json:"deactivatedAt"`
}

// wireFile is a file of an opportunity, or the file of a resume.
type wireFile struct {
	ID          string         `json:"id"`
	Name        string         `json:"name"`
	Ext         string         `json:"ext"`
	DownloadURL string         `json:"downloadUrl"`
	UploadedAt  wire.MilliTime `json:"uploadedAt"`
	Size        int64          `json:"size"`
}

// wireResume is a resume of GET /opportunities/{id}/resumes.
type wireResume struct {
	ID        string         `json:"id"`
	CreatedAt wire.MilliTime `json:"createdAt"`
	File      wireFile       `json:"file"`
}
