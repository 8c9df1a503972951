package router

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/resume"
)

// MaxResumeBodyBytes is the body limit of the routes that take a resume:
// a file of resume.MaxFileBytes (4 MiB) and 64 KiB for the form's other
// fields. It is what fits in one Lambda invocation (6 MiB) once API
// Gateway has encoded the body in base64, which it does for every body
// (the REST API treats all types as binary, so that files pass through
// unchanged both ways): 4,259,840 bytes become 5,679,788. The same limit
// holds locally, so behaviour is one. In JSON the file is base64 text, a
// third larger, so a JSON body holds a file of about 3 MiB; multipart and
// the raw file hold 4 MiB.
const MaxResumeBodyBytes = resume.MaxFileBytes + 64<<10

// resumeLimit is the body limit of the routes that take a resume.
var resumeLimit = bodyLimit{bytes: MaxResumeBodyBytes,
	hint: "; a resume may be at most 4 MiB sent as the file (multipart/form-data or the raw file), or about 3 MiB as base64 in JSON, which makes it a third larger"}

// maxFormField bounds a plain multipart field (not the file).
const maxFormField = 64 << 10

// maxFilename bounds a file's name as kept.
const maxFilename = 255

// resumeUpload is a resume file as a client sent it, its type sniffed
// from its bytes.
type resumeUpload struct {
	Filename string
	// DeclaredType is the content type the client named, for the record
	// only: Format is what the bytes are.
	DeclaredType string
	Data         []byte
	Format       resume.Format
}

// file is the upload as providers get it: the sniffed type, and a file
// name that is a plain name (see cleanFilename).
func (up resumeUpload) file() ats.File {
	return ats.File{Filename: cleanFilename(up.Filename, up.Format), ContentType: up.Format.MediaType, Data: up.Data}
}

// cleanFilename is name as it is kept and passed on: fileBase of it, at
// most maxFilename characters, and "resume.<ext>" when nothing is left.
// It is never used as a path.
func cleanFilename(name string, f resume.Format) string {
	name = fileBase(name)
	if r := []rune(name); len(r) > maxFilename {
		ext := path.Ext(name)
		name = string(r[:maxFilename-len([]rune(ext))]) + ext
	}
	if name == "" || name == "." || name == ".." {
		name = "resume." + f.Name
	}
	return name
}

// resumeFileInput is a file in JSON: {"filename", "content_type", "data"},
// data the file's bytes in base64 (standard alphabet, padded or not), or
// a data: URL as browsers' FileReader gives. Valid decodes data once, into
// decoded.
type resumeFileInput struct {
	Filename    *string `json:"filename"`
	ContentType *string `json:"content_type"`
	Data        *string `json:"data"`

	decoded []byte
}

// check adds the file's problems under prefix ("resume") and decodes its
// data.
func (f *resumeFileInput) check(p *problems, prefix string) {
	p.text(prefix+".filename", f.Filename, maxFilename)
	p.text(prefix+".content_type", f.ContentType, 255)
	if f.Data == nil || *f.Data == "" {
		p.add(prefix+".data", "is required: the file's bytes in base64")
		return
	}
	data := *f.Data
	if i := strings.Index(data, ";base64,"); strings.HasPrefix(data, "data:") && i > 0 {
		data = data[i+len(";base64,"):]
	}
	b, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(data, "="))
	}
	if err != nil {
		p.add(prefix+".data", "must be base64 (standard alphabet), or a data: URL")
		return
	}
	f.decoded = b
}

// upload is the file as read, before sniffing.
func (f *resumeFileInput) upload() resumeUpload {
	up := resumeUpload{Data: f.decoded}
	if f.Filename != nil {
		up.Filename = *f.Filename
	}
	if f.ContentType != nil {
		up.DeclaredType = *f.ContentType
	}
	return up
}

// resumeBody is the JSON form of the routes that take the file alone.
type resumeBody struct {
	Resume *resumeFileInput `json:"resume"`
}

func (b resumeBody) Valid(context.Context) []ats.Detail {
	var p problems
	if b.Resume == nil {
		p.add("resume", "is required: an object with filename, content_type and data (base64)")
		return p
	}
	b.Resume.check(&p, "resume")
	return p
}

// readResume reads a resume in any of the three forms a route takes:
//   - the raw file as the body, with its own Content-Type (application/pdf,
//     the DOCX type, application/octet-stream, or none);
//   - multipart/form-data with the file in the part named "resume";
//     strict refuses any other part, as a route that takes the file alone
//     should;
//   - JSON {"resume": {"filename", "content_type", "data": "<base64>"}},
//     read by the same rules as every JSON body (decodeValidUpTo).
//
// The file's type is sniffed from its bytes (resume.Sniff), never taken
// from the name or the header. Errors: 413 over the limits, 415 for a type
// that is not a resume, 400 for a malformed form or JSON body, 422 for an
// empty file.
func readResume(w http.ResponseWriter, r *http.Request, strict bool) (resumeUpload, error) {
	var up resumeUpload
	if err := refuseQuery(r, "takes the file in its body"); err != nil {
		return up, err
	}
	if r.ContentLength > MaxResumeBodyBytes {
		return up, resumeLimit.tooLarge("")
	}
	raiseBodyLimit(w, r, MaxResumeBodyBytes)
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		mt = ""
	}
	switch {
	case mt == "multipart/form-data":
		var form formData
		form, err = readForm(r, params["boundary"])
		switch {
		case err != nil:
		case form.file == nil:
			err = ats.Invalid("The form has no file in the part named \"resume\".", ats.Detail{Field: "resume", Problem: "is required"})
		case strict && len(form.fields) > 0:
			var details []ats.Detail
			for _, f := range form.fields {
				details = append(details, ats.Detail{Field: truncate(f.name, 40), Problem: "is not a known field: this route takes the file alone, in the part resume"})
			}
			err = ats.Invalid("The form has fields this route does not take; see details.", details...)
		default:
			up = *form.file
		}
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		var body resumeBody
		if body, err = decodeValidUpTo[resumeBody](r, resumeLimit); err == nil {
			up = body.Resume.upload()
		}
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
			return nil, resumeLimit.tooLarge("")
		}
		return nil, ats.Invalid("The request body could not be read.", ats.Detail{Field: "body", Problem: "could not be read"})
	}
	if int64(len(data)) > limit {
		return nil, resume.TooLarge()
	}
	return data, nil
}

// parseResume serves POST /resumes/parse: a resume in, JSON Resume fields
// out. It does not use the provider. A form may carry other fields (the
// apply form being filled in); they are not read.
func (a *api) parseResume() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		up, err := readResume(w, r, false)
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

// attachResume serves POST /candidates/{id}/resume: the file alone, in any
// of readResume's forms, sent to the provider; 200 with the candidate as
// the provider has them afterwards.
func (a *api) attachResume() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := pathID(r, "candidate")
		if err != nil {
			a.fail(w, r, err)
			return
		}
		up, err := readResume(w, r, true)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		if err := a.p.AttachResume(r.Context(), id, up.file()); err != nil {
			a.fail(w, r, err)
			return
		}
		c, err := a.p.Candidate(r.Context(), id, ats.ReadOptions{})
		if err != nil {
			a.fail(w, r, fmt.Errorf("read the candidate after attaching the resume: %w", err))
			return
		}
		a.ok(w, r, http.StatusOK, localResumeURL(r.Context(), c))
	})
}
