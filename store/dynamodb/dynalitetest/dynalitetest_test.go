package dynalitetest

import (
	"net"
	"net/url"
	"os"
	"path/filepath"
	"testing"
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
