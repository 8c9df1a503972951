package dynalitetest

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
)

// proxy stands between the tests and dynalite, so that a client hanging up
// cannot end the server for every later test of the process. dynalite 4.0.0
// throws from its request error handler (index.js: req.on('error', ...
// throw err)), so one request aborted mid-way, which is what a test that
// cancels a context during a call does, kills it. The proxy reads each
// request whole before sending it on, and lets dynalite's answer arrive
// even when its client has gone; DynamoDB itself shrugs such aborts off.
type proxy struct {
	srv    *httptest.Server
	target string
	client *http.Client
}

// newProxy starts a proxy on loopback to the dynalite at target (a base URL).
func newProxy(target string) *proxy {
	p := &proxy{target: target, client: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	return p
}

func (p *proxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return // the client left before its request was whole; dynalite never sees it
	}
	out, err := http.NewRequestWithContext(context.WithoutCancel(r.Context()), r.Method, p.target+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	out.Header = r.Header.Clone()
	resp, err := p.client.Do(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	for k, vs := range resp.Header {
		w.Header()[k] = vs
	}
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

func (p *proxy) close() {
	p.srv.Close()
	p.client.CloseIdleConnections()
}
