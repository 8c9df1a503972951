package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// rawExchange sends raw bytes on a new connection to addr and reads one
// HTTP response, as a client that writes its own requests would.
func rawExchange(t *testing.T, addr, raw string) (*http.Response, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// A bound for a server that never answers, not a timing assertion.
	if err := conn.SetDeadline(time.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(conn, raw); err != nil {
		t.Fatalf("send: %v", err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("read the response: %v", err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("read the body: %v", err)
	}
	return res, string(body)
}

// TestServerAnswersMalformedRequests sends, over TCP, the malformed
// requests Go's HTTP server refuses before the router sees them, and
// checks each answer is exactly what the README lists, plain text as it
// is. `OPTIONS *`, which the server would answer itself with an empty 200,
// is handed to the router and gets the JSON envelope.
func TestServerAnswersMalformedRequests(t *testing.T) {
	base, _, _ := startRun(t, previewEnv(t.TempDir()))
	addr := strings.TrimPrefix(base, "http://")
	const host = "Host: localhost\r\n"
	oversized := "X-Padding: " + strings.Repeat("a", 1<<20+8<<10) + "\r\n"

	plain := []struct {
		name, raw  string
		wantStatus int
		wantBody   string // the whole body; Content-Type is text/plain unless the body is empty
	}{
		{"headers over 1 MiB", "GET /jobs HTTP/1.1\r\n" + host + oversized + "\r\n", 431, "431 Request Header Fields Too Large"},
		{"HTTP/1.1 without Host", "GET /jobs HTTP/1.1\r\n\r\n", 400, "400 Bad Request: missing required Host header"},
		{"malformed Host", "GET /jobs HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "400 Bad Request: malformed Host header"},
		{"two Host headers", "GET /jobs HTTP/1.1\r\n" + host + "Host: other\r\n\r\n", 400, "400 Bad Request"},
		{"invalid header name", "GET /jobs HTTP/1.1\r\n" + host + "Bad Name: 1\r\n\r\n", 400, "400 Bad Request: invalid header name"},
		{"control character in a header value", "GET /jobs HTTP/1.1\r\n" + host + "X-A: a\x01b\r\n\r\n", 400, "400 Bad Request"},
		{"Content-Length not a number", "POST /candidates HTTP/1.1\r\n" + host + "Content-Length: abc\r\n\r\n", 400, "400 Bad Request"},
		{"negative Content-Length", "POST /candidates HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n", 400, "400 Bad Request"},
		{"two different Content-Lengths", "POST /candidates HTTP/1.1\r\n" + host + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400, "400 Bad Request"},
		{"HTTP/2.0 request line", "GET /jobs HTTP/2.0\r\n" + host + "\r\n", 505, "505 HTTP Version Not Supported: unsupported protocol version"},
		{"unknown protocol", "GET /jobs FOO/1.1\r\n" + host + "\r\n", 400, "400 Bad Request"},
		{"request line without a version", "GET /jobs\r\n" + host + "\r\n", 400, "400 Bad Request"},
		{"invalid method", "G(T /jobs HTTP/1.1\r\n" + host + "\r\n", 400, "400 Bad Request"},
		{"path without a leading slash", "GET jobs HTTP/1.1\r\n" + host + "\r\n", 400, "400 Bad Request"},
		{"malformed percent escape", "GET /jobs/%zz HTTP/1.1\r\n" + host + "\r\n", 400, "400 Bad Request"},
		{"Transfer-Encoding other than chunked", "POST /candidates HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\n", 501, "Unsupported transfer encoding"},
		{"Expect other than 100-continue", "GET /jobs HTTP/1.1\r\n" + host + "Expect: tea\r\n\r\n", 417, ""},
	}
	for _, tt := range plain {
		t.Run(tt.name, func(t *testing.T) {
			res, body := rawExchange(t, addr, tt.raw)
			if res.StatusCode != tt.wantStatus || body != tt.wantBody {
				t.Errorf("got %d %q, want %d %q", res.StatusCode, body, tt.wantStatus, tt.wantBody)
			}
			wantType := "text/plain; charset=utf-8"
			if tt.wantBody == "" {
				wantType = ""
			}
			if ct := res.Header.Get("Content-Type"); ct != wantType {
				t.Errorf("Content-Type = %q, want %q", ct, wantType)
			}
		})
	}

	t.Run("OPTIONS * reaches the router", func(t *testing.T) {
		res, body := rawExchange(t, addr, "OPTIONS * HTTP/1.1\r\n"+host+"\r\n")
		var e envelopeBody
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			t.Fatalf("status %d: body is not a JSON envelope: %v: %q", res.StatusCode, err, body)
		}
		if res.StatusCode != 404 || e.Success || e.Code != "NOT_FOUND" || e.RequestID == "" {
			t.Errorf("got %d %+v, want 404 NOT_FOUND in the envelope", res.StatusCode, e)
		}
		if ct := res.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("Content-Type = %q, want application/json", ct)
		}
	})
}
