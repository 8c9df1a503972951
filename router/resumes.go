package router

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/resume"
)

// MaxResumeBodyBytes is the body limit of routes that take a resume: a
// file of resume.MaxFileBytes (4 MiB) as base64 in JSON is 5,592,408
// bytes; 64 KiB more leaves room for the JSON or multipart framing.
const MaxResumeBodyBytes = (resume.MaxFileBytes+2)/3*4 + 64<<10

// maxFormField bounds a plain multipart field (not the file).
const maxFormField = 64 << 10

// resumeUpload is a resume file as a client sent it, its type sniffed
// from its bytes.
type resumeUpload struct {
	Filename string
	// DeclaredType is the content type the client named, for the record
	// only: Format is what the bytes are.
	DeclaredType string
	Data         []byte
	Format       resume.Format
	// Fields are the other parts of a multipart form (POST /candidates
	// sends the candidate's fields beside the file).
	Fields map[string]string
}

// readResume reads a resume in any of the three forms a route takes:
//   - the raw file as the body, with its own Content-Type (application/pdf,
//     the DOCX type, application/octet-stream, or none);
//   - multipart/form-data with the file in the part named "resume";
//   - JSON {"resume": {"filename", "content_type", "data": "<base64>"}}.
//
// The file's type is sniffed from its bytes (resume.Sniff), never taken
// from the name or the header. Errors: 413 over the limits, 415 for a type
// that is not a resume, 400 for a malformed form or JSON body, 422 for an
// empty file.
func readResume(w http.ResponseWriter, r *http.Request) (resumeUpload, error) {
	var up resumeUpload
	if err := refuseQuery(r, "takes the file in its body"); err != nil {
		return up, err
	}
	if r.ContentLength > MaxResumeBodyBytes {
		return up, resumeBodyTooLarge()
	}
	raiseBodyLimit(w, r, MaxResumeBodyBytes)
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		mt = ""
	}
	switch {
	case mt == "multipart/form-data":
		up, err = readResumeMultipart(r, params["boundary"])
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		up, err = readResumeJSON(r)
	case mt == "application/x-www-form-urlencoded" || strings.HasPrefix(mt, "multipart/"):
		return up, ats.Errorf(ats.CodeUnsupportedMediaType, "Send the resume as the raw file, as multipart/form-data with the file in the part \"resume\", or as JSON with base64 data (got %q).", truncate(mt, 60))
	default:
		up.DeclaredType = mt
		up.Data, err = readLimited(r.Body, resume.MaxFileBytes)
	}
	if err != nil {
		return up, err
	}
	up.Format, err = resume.Sniff(up.Data)
	return up, err
}

// readLimited reads at most limit bytes, or fails with 413.
func readLimited(rd io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, resumeBodyTooLarge()
		}
		return nil, ats.Invalid("The request body could not be read.")
	}
	if int64(len(data)) > limit {
		return nil, resume.TooLarge()
	}
	return data, nil
}

func resumeBodyTooLarge() error {
	return ats.Errorf(ats.CodeBodyTooLarge, "The request body is larger than %d bytes; a resume may be at most %d bytes (4 MiB).", MaxResumeBodyBytes, resume.MaxFileBytes)
}

func readResumeMultipart(r *http.Request, boundary string) (resumeUpload, error) {
	var up resumeUpload
	if boundary == "" {
		return up, ats.Invalid("The multipart body has no boundary in its Content-Type.", ats.Detail{Field: "body", Problem: "is not a valid multipart/form-data body"})
	}
	mr := multipart.NewReader(r.Body, boundary)
	found := false
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return up, resumeBodyTooLarge()
			}
			return up, ats.Invalid("The multipart body is malformed.", ats.Detail{Field: "body", Problem: "is not a valid multipart/form-data body"})
		}
		name := part.FormName()
		if name == "resume" {
			if found {
				return up, ats.Invalid("Send one resume.", ats.Detail{Field: "resume", Problem: "is given more than once"})
			}
			found = true
			up.Filename = part.FileName()
			up.DeclaredType = part.Header.Get("Content-Type")
			up.Data, err = readLimited(part, resume.MaxFileBytes)
			if err != nil {
				return up, err
			}
			continue
		}
		v, err := readLimited(part, maxFormField)
		if err != nil {
			var e *ats.Error
			if errors.As(err, &e) && e.Code == ats.CodeBodyTooLarge {
				return up, ats.Invalid(fmt.Sprintf("The form field %q is too long.", truncate(name, 40)), ats.Detail{Field: truncate(name, 40), Problem: fmt.Sprintf("must be at most %d bytes", maxFormField)})
			}
			return up, err
		}
		if up.Fields == nil {
			up.Fields = map[string]string{}
		}
		up.Fields[name] = string(v)
	}
	if !found {
		return up, ats.Invalid("The form has no file in the part named \"resume\".", ats.Detail{Field: "resume", Problem: "is required"})
	}
	return up, nil
}

// resumeJSON is the JSON form of a resume file.
type resumeJSON struct {
	Filename    *string `json:"filename"`
	ContentType *string `json:"content_type"`
	Data        *string `json:"data"`
}

func readResumeJSON(r *http.Request) (resumeUpload, error) {
	var up resumeUpload
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return up, resumeBodyTooLarge()
		}
		return up, ats.Invalid("The request body could not be read.")
	}
	var body struct {
		Resume *resumeJSON `json:"resume"`
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		return up, ats.Invalid("The request body must be a JSON object with a \"resume\" object.", ats.Detail{Field: "body", Problem: "must be a JSON object"})
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		return up, decodeError(err)
	}
	if body.Resume == nil {
		return up, ats.Invalid("The request body has no resume.", ats.Detail{Field: "resume", Problem: "is required"})
	}
	in := body.Resume
	if in.Data == nil || *in.Data == "" {
		return up, ats.Invalid("The resume has no data.", ats.Detail{Field: "resume.data", Problem: "is required: the file's bytes in base64"})
	}
	data := *in.Data
	if i := strings.Index(data, ";base64,"); strings.HasPrefix(data, "data:") && i > 0 {
		data = data[i+len(";base64,"):] // a data URL, as browsers' FileReader gives
	}
	up.Data, err = base64.StdEncoding.DecodeString(data)
	if err != nil {
		up.Data, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(data, "="))
	}
	if err != nil {
		return up, ats.Invalid("The resume's data is not valid base64.", ats.Detail{Field: "resume.data", Problem: "must be base64 (standard alphabet)"})
	}
	if len(up.Data) > resume.MaxFileBytes {
		return up, resume.TooLarge()
	}
	if in.Filename != nil {
		up.Filename = *in.Filename
	}
	if in.ContentType != nil {
		up.DeclaredType = *in.ContentType
	}
	return up, nil
}

// parseResume serves POST /resumes/parse: a resume in, JSON Resume fields
// out. It does not use the provider.
func (a *api) parseResume() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		up, err := readResume(w, r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		res, err := resume.Parse(r.Context(), up.Data)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		a.ok(w, r, http.StatusOK, res)
	})
}
