package upstream

import (
	"net/http"
	"net/url"
	"testing"
	"time"
)

// The client's own pool keeps connections alive, enough for every request
// the rate limit lets run at once.
func TestOwnPoolKeepsConnections(t *testing.T) {
	base, _ := url.Parse("https://acme.example.com/api")
	for _, r := range []Rate{{Limit: 10, Window: time.Second}, {Limit: 10, Window: time.Second, Burst: 40}, {Limit: 1 << 30, Window: time.Second}} {
		c, err := New(Config{Name: "Acme", BaseURL: base, Rate: r})
		if err != nil {
			t.Fatal(err)
		}
		tr := c.hc.Transport.(*http.Transport)
		want := min(max(r.Limit, r.Burst), 256)
		if tr.DisableKeepAlives || tr.MaxIdleConnsPerHost < want || tr.MaxConnsPerHost != 0 {
			t.Errorf("rate %+v: keep-alives off %v, %d idle connections per host, want %d", r, tr.DisableKeepAlives, tr.MaxIdleConnsPerHost, want)
		}
	}
}
