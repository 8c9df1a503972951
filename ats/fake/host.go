package fake

import (
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// Host is one host of a fake: a server on a loopback port that counts the
// connections clients open to it (a client that reuses connections keeps
// the count low).
type Host struct {
	*httptest.Server
	conns atomic.Int64
}

// NewHost starts h on a loopback port. Call Close when done.
func NewHost(h http.Handler) *Host {
	host := &Host{Server: httptest.NewUnstartedServer(h)}
	host.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			host.conns.Add(1)
		}
	}
	host.Start()
	return host
}

// Connections is how many TCP connections clients opened to the host.
func (h *Host) Connections() int { return int(h.conns.Load()) }

// Close drops the clients' connections and stops the host.
func (h *Host) Close() {
	h.CloseClientConnections()
	h.Server.Close()
}

// WriteJSON answers status with v as JSON.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "fake: encode: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// ForTest hands s to a test, which closes it when it ends: a fake's Start.
func ForTest[S interface{ Close() }](tb testing.TB, s S) S {
	tb.Helper()
	tb.Cleanup(s.Close)
	return s
}
