package dynamodb

import (
	"context"
	"testing"

	"github.com/atsbridge/atsbridge/ats"
)

// An update whose answer was lost is sent again by the SDK; the retry then
// meets its own first attempt, whose version it no longer matches. It
// counts as written, so a rejection is not answered APPLICATION_CLOSED by
// its own retry; a stale write of something else does not count.
func TestRetriedUpdateIsItsOwn(t *testing.T) {
	s, _ := seededTest(t)
	ctx := context.Background()
	read, err := s.get(ctx, applicationPK("app_0012"), skApplication)
	if err != nil || read == nil {
		t.Fatalf("read app_0012: %v", err)
	}
	a, err := decodeApplication(read)
	if err != nil {
		t.Fatal(err)
	}
	next := a
	next.Status = ats.ApplicationRejected
	for i := range 2 {
		if won, err := s.writeUpdate(ctx, read, next); err != nil || !won {
			t.Fatalf("write #%d of the same update from the same read: got %v, %v; want written", i+1, won, err)
		}
	}
	other := a
	other.Stage.Name = "Somewhere else"
	if won, err := s.writeUpdate(ctx, read, other); err != nil || won {
		t.Errorf("another update from the stale read: got %v, %v; want not written", won, err)
	}
	got, err := s.Application(ctx, "app_0012")
	if err != nil || got.Status != ats.ApplicationRejected || got.Stage != a.Stage {
		t.Errorf("app_0012 after the writes: %+v, %v; want the first update only", got, err)
	}
}
