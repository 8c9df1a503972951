package resume

import (
	"context"
	"testing"
	"time"

	"github.com/atsbridge/atsbridge/ats"
)

// The fuzz targets feed arbitrary bytes to the PDF and DOCX entry points.
// Whatever the bytes, a parse ends in a result or a typed error the API
// can send (RESUME_UNREADABLE, UNSUPPORTED_MEDIA_TYPE, BODY_TOO_LARGE):
// never a panic, a hang or an untyped error. Seeds: testdata/fuzz/<target>
// (committed: small real files of several producers, kept small because
// the engine minimises every new input it finds) plus the files built
// here.

func fuzzParse(t *testing.T, data []byte) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	res, err := Parse(ctx, data)
	if err != nil {
		switch ats.ErrorCode(err) {
		case ats.CodeResumeUnreadable, ats.CodeUnsupportedMediaType, ats.CodeBodyTooLarge:
		default:
			t.Fatalf("untyped or unexpected error: %v", err)
		}
		return
	}
	if res.Resume.Work == nil || res.Resume.Basics.Profiles == nil || res.Meta.Warnings == nil {
		t.Fatalf("a list is null: %+v", res)
	}
}

func FuzzParsePDF(f *testing.F) {
	f.Add(onePage(goodText, stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10]", "")))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 0 && data[0] != '%' {
			data = append([]byte("%PDF-1.7\n"), data...)
		}
		fuzzParse(t, data)
	})
}

func FuzzParseDOCX(f *testing.F) {
	f.Add(docxWith(f, docxBody, nil))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, data) })
}
