package dynalitetest

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	code := m.Run()
	Stop()
	os.Exit(code)
}

// TestEndpointServes checks that Endpoint starts a server on loopback that
// accepts connections, and hands the same one to every caller, whatever
// DYNAMODB_ENDPOINT says: tests use only the server they start.
func TestEndpointServes(t *testing.T) {
	t.Setenv("DYNAMODB_ENDPOINT", "http://127.0.0.1:1")
	first := Endpoint(t)
	u, err := url.Parse(first)
	if err != nil || u.Scheme != "http" {
		t.Fatalf("endpoint: got %q (%v), want an http URL", first, err)
	}
	if host := u.Hostname(); host != "127.0.0.1" {
		t.Errorf("host: got %s, want 127.0.0.1", host)
	}
	if u.Port() == "1" {
		t.Errorf("endpoint: got %s, the DYNAMODB_ENDPOINT of the environment; want the server the tests started", first)
	}
	c, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatalf("dial %s: %v", u.Host, err)
	}
	c.Close()
	if again := Endpoint(t); again != first {
		t.Errorf("second Endpoint: got %s, want the same server %s", again, first)
	}
}

// listTables sends a ListTables to endpoint, signed as well as dynalite
// checks (it reads the header's shape, not the signature).
func listTables(ctx context.Context, c *http.Client, endpoint string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint+"/", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-amz-json-1.0")
	req.Header.Set("X-Amz-Target", "DynamoDB_20120810.ListTables")
	req.Header.Set("X-Amz-Date", "20250101T000000Z")
	req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=00")
	return c.Do(req)
}

// TestClientHangingUp aborts a request half way through its body, as a
// test that cancels a context during a store call does, and checks that
// the server still answers afterwards (dynalite on its own dies of it).
func TestClientHangingUp(t *testing.T) {
	ep := Endpoint(t)
	c := &http.Client{Transport: &http.Transport{}}
	defer c.CloseIdleConnections()
	ctx, cancel := context.WithCancel(t.Context())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep+"/", pr)
		if err == nil {
			req.ContentLength = 2
			req.Header.Set("X-Amz-Target", "DynamoDB_20120810.ListTables")
			_, err = c.Do(req)
		}
		pr.CloseWithError(err) // a request that ended early frees the write below
		done <- err
	}()
	// The write returns once the client has taken the first byte of the
	// body: the request is on its way, half sent.
	if _, err := pw.Write([]byte("{")); err != nil {
		t.Fatalf("request ended before its body was sent: %v", <-done)
	}
	cancel()
	// The client's writer may still be waiting for the rest of the body;
	// it must not wait forever.
	pw.CloseWithError(context.Canceled)
	if err := <-done; err == nil {
		t.Fatal("aborted request: got an answer, want the cancellation")
	}
	for i := range 3 {
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		resp, err := listTables(ctx, c, ep, strings.NewReader("{}"))
		if err != nil {
			cancel()
			t.Fatalf("request %d after a client hung up: %v", i+1, err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		cancel()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), "TableNames") {
			t.Fatalf("request %d after a client hung up: got %d %s, want 200 with TableNames", i+1, resp.StatusCode, b)
		}
	}
}

// TestCommand checks which program the tests run: DYNALITE_BIN, else the
// copy installed under the repository (found from any directory below its
// root), else nothing: never a download.
func TestCommand(t *testing.T) {
	repo := t.TempDir()
	write := func(path string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(repo, "go.mod"))
	bin := filepath.Join(repo, filepath.FromSlash(installed))
	write(bin)
	pkg := filepath.Join(repo, "store", "dynamodb")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	bare := t.TempDir()
	write(filepath.Join(bare, "go.mod"))

	cases := []struct {
		name    string
		env     string // DYNALITE_BIN
		dir     string
		want    string
		wantErr string
	}{
		{"installed_in_the_repository", "", pkg, bin, ""},
		{"dynalite_bin_wins", "/opt/dynalite", pkg, "/opt/dynalite", ""},
		{"not_installed", "", bare, "", NotInstalled},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			argv, err := command(tc.env, tc.dir)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("got %v, %v; want the error %q", argv, err, tc.wantErr)
				}
				return
			}
			if err != nil || len(argv) != 1 || argv[0] != tc.want {
				t.Errorf("got %v, %v; want [%s]", argv, err, tc.want)
			}
		})
	}
}

// TestWithoutNode checks the one-line failure on a machine without Node.js
// (an empty PATH here), which the installed dynalite needs.
func TestWithoutNode(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := command("/opt/dynalite", t.TempDir())
	if err == nil || err.Error() != NodeMissing {
		t.Errorf("got %v, want %q", err, NodeMissing)
	}
}

// TestTableNamesAreUnique checks that tests sharing a server never share a
// table.
func TestTableNamesAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		n := Table(t)
		if seen[n] {
			t.Fatalf("table name %s handed out twice", n)
		}
		if len(n) < 3 || len(n) > 255 {
			t.Errorf("table name %s: got length %d, want 3..255 (DynamoDB's rule)", n, len(n))
		}
		seen[n] = true
	}
}
