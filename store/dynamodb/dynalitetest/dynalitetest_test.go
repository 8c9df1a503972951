package dynalitetest

import (
	"net"
	"net/url"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	code := m.Run()
	Stop()
	os.Exit(code)
}

// TestEndpointServes checks that Endpoint starts a server on loopback that
// accepts connections, and hands the same one to every caller.
func TestEndpointServes(t *testing.T) {
	t.Setenv("DYNAMODB_ENDPOINT", "")
	first := Endpoint(t)
	u, err := url.Parse(first)
	if err != nil || u.Scheme != "http" {
		t.Fatalf("endpoint: got %q (%v), want an http URL", first, err)
	}
	if host := u.Hostname(); host != "127.0.0.1" {
		t.Errorf("host: got %s, want 127.0.0.1", host)
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

// TestEndpointFromEnvironment checks that a server the caller runs wins.
func TestEndpointFromEnvironment(t *testing.T) {
	t.Setenv("DYNAMODB_ENDPOINT", "http://127.0.0.1:1")
	if got := Endpoint(t); got != "http://127.0.0.1:1" {
		t.Errorf("got %s, want DYNAMODB_ENDPOINT", got)
	}
}

// TestWithoutNode checks the one-line failure on a machine without Node.js
// or npx (an empty PATH here).
func TestWithoutNode(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("DYNALITE_BIN", "")
	_, err := command()
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
