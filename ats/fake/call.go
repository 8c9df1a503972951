package fake

import (
	"bytes"
	"io"
	"net/http"
	"testing"
)

// Answer is what a client got from a fake: the status, the headers and the
// body, read whole.
type Answer struct {
	Status int
	Header http.Header
	Raw    []byte
}

// Call sends a request to a fake, for the fake's own tests: method, the
// absolute target, body, and header (the fake's auth dialect, a content
// type). A request that gets no answer fails the test.
func Call(t testing.TB, method, target string, body []byte, header http.Header) Answer {
	t.Helper()
	req, err := http.NewRequest(method, target, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	return Answer{Status: res.StatusCode, Header: res.Header, Raw: raw}
}
