package dynamodb

import (
	"slices"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/atsbridge/atsbridge/ats"
)

// TestOrderKeyIDs: the id is read back from an order key of either form
// (sortable, or the bare id of keys written before), and from the
// application entries of a candidate item, whatever its length; entries
// that are not ours are skipped, never a panic.
func TestOrderKeyIDs(t *testing.T) {
	for _, id := range []string{"cand_1", "cand_001", "app_1000000", "x"} {
		if got := idOfOrderKey(orderKey(t0, id)); got != id {
			t.Errorf("idOfOrderKey(orderKey(%q)) = %q, want %q", id, got, id)
		}
	}
	if got := idOfOrderKey(t0.Format(sortTime) + "#cand_001"); got != "cand_001" {
		t.Errorf("idOfOrderKey of the earlier form = %q, want cand_001", got)
	}

	apps := []ats.Application{
		{ID: "app_0010", JobID: "job_002", AppliedAt: hours(2)},
		{ID: "app_0009", JobID: "job_001", AppliedAt: hours(1)},
	}
	entries := []string{appEntry(apps[0]), appEntry(apps[1]), "junk", hours(3).Format(sortTime) + "#-01x", hours(3).Format(sortTime) + "#008app_0011"}
	it := item{attrOwnsApps: num(1), attrApps: &types.AttributeValueMemberSS{Value: entries}}
	ids, jobs, kept := candidateApps(it)
	if !kept || !slices.Equal(ids, []string{"app_0009", "app_0010"}) || !slices.Equal(jobs, []string{"job_001", "job_002"}) {
		t.Errorf("candidateApps: ids %v, jobs %v, kept %v; want [app_0009 app_0010], [job_001 job_002], true", ids, jobs, kept)
	}
}
