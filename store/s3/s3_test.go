package s3_test

import (
	"net/http/httptest"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/store/s3"
	"github.com/atsbridge/atsbridge/store/storetest"
)

// fakeS3 starts an S3-compatible server on loopback for one test
// (gofakes3 over its in-memory backend) and returns its URL.
func fakeS3(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(gofakes3.New(s3mem.New()).Server())
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestFiles runs the Files contract on a bucket of a local S3 server,
// with the REST calls the deployed function makes.
func TestFiles(t *testing.T) {
	storetest.RunFiles(t, func(t *testing.T) preview.Files {
		f, err := s3.Open(t.Context(), s3.Config{Bucket: "atsbridge-resumes", Endpoint: fakeS3(t)})
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		return f
	})
}

// TestKeyedByID checks what lands in the bucket: one object under
// resumes/ named by the candidate id, whatever the caller called the
// file, with the file's type, and its name in the metadata.
func TestKeyedByID(t *testing.T) {
	backend := s3mem.New()
	srv := httptest.NewServer(gofakes3.New(backend).Server())
	t.Cleanup(srv.Close)
	f, err := s3.Open(t.Context(), s3.Config{Bucket: "atsbridge-resumes", Endpoint: srv.URL})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	in := ats.File{Filename: "../Lebenslauf Müller.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7\n")}
	if err := f.Put(t.Context(), "cand_321", in); err != nil {
		t.Fatalf("Put: %v", err)
	}
	list, err := backend.ListBucket("atsbridge-resumes", nil, gofakes3.ListBucketPage{})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, c := range list.Contents {
		keys = append(keys, c.Key)
	}
	if len(keys) != 1 || keys[0] != "resumes/cand_321" {
		t.Fatalf("keys in the bucket: %v, want [resumes/cand_321]", keys)
	}
	obj, err := backend.HeadObject("atsbridge-resumes", "resumes/cand_321")
	if err != nil {
		t.Fatal(err)
	}
	if ct := obj.Metadata["Content-Type"]; ct != "application/pdf" {
		t.Errorf("object Content-Type %q, want application/pdf (metadata %v)", ct, obj.Metadata)
	}
}
