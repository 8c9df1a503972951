package awscall

import (
	"fmt"
	"net/http"
	"testing"
)

// TestClassify: which answers a caller may retry later, which the service
// failing on its side, and which are refusals it must not retry. A store
// reports the first two as "come back later" and the rest as its own
// failure, so a wrong row here changes what the API's client is told.
func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		e                      *Error
		throttled, unavailable bool
	}{
		{&Error{Status: 503, Code: "SlowDown"}, true, false},
		{&Error{Status: 400, Code: "ThrottlingException"}, true, false},
		{&Error{Status: 429}, true, false},
		{&Error{Status: 500, Code: "InternalError"}, false, true},
		{&Error{Status: 503, Code: "ServiceUnavailable"}, false, true},
		{&Error{Status: 502}, false, true},
		{&Error{Status: 400, Code: "RequestTimeout"}, false, true},
		{&Error{Status: 501, Code: "NotImplemented"}, false, false},
		{&Error{Status: 403, Code: "AccessDenied"}, false, false},
		{&Error{Status: 404, Code: "NoSuchKey"}, false, false},
		{&Error{Status: 403, Code: "SignatureDoesNotMatch"}, false, false},
	} {
		err := fmt.Errorf("put: %w", tc.e)
		if got := Throttled(err); got != tc.throttled {
			t.Errorf("Throttled(%d %s) = %v, want %v", tc.e.Status, tc.e.Code, got, tc.throttled)
		}
		if got := Unavailable(err); got != tc.unavailable {
			t.Errorf("Unavailable(%d %s) = %v, want %v", tc.e.Status, tc.e.Code, got, tc.unavailable)
		}
		if got, want := retryable(err), tc.throttled || tc.unavailable; got != want {
			t.Errorf("retryable(%d %s) = %v, want %v", tc.e.Status, tc.e.Code, got, want)
		}
	}
	if Throttled(fmt.Errorf("dial: %w", http.ErrHandlerTimeout)) || Unavailable(nil) {
		t.Error("an error that is not an *Error is neither throttling nor the service failing")
	}
}

// TestDNSSuffix: China's regions have their own domain; a client that
// used amazonaws.com there would reach no endpoint.
func TestDNSSuffix(t *testing.T) {
	for region, want := range map[string]string{
		"eu-west-1": "amazonaws.com", "us-gov-west-1": "amazonaws.com",
		"cn-north-1": "amazonaws.com.cn", "cn-northwest-1": "amazonaws.com.cn",
	} {
		if got := DNSSuffix(region); got != want {
			t.Errorf("DNSSuffix(%s) = %s, want %s", region, got, want)
		}
	}
}
