package dynamodb

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/atsbridge/atsbridge/store/dynamodb/dynalitetest"
)

// TestTableInput checks the table definition the infra stack mirrors: the
// key schema, one index per entry of Indexes with its own key attributes,
// projection ALL and on-demand billing.
func TestTableInput(t *testing.T) {
	in := TableInput("atsbridge")
	if got := *in.TableName; got != "atsbridge" {
		t.Errorf("table name: got %q, want atsbridge", got)
	}
	if in.BillingMode != types.BillingModePayPerRequest {
		t.Errorf("billing: got %s, want PAY_PER_REQUEST", in.BillingMode)
	}
	if got := *in.KeySchema[0].AttributeName + "," + *in.KeySchema[1].AttributeName; got != AttrPK+","+AttrSK {
		t.Errorf("key schema: got %s, want pk,sk", got)
	}
	defs := map[string]types.ScalarAttributeType{}
	for _, d := range in.AttributeDefinitions {
		if _, dup := defs[*d.AttributeName]; dup {
			t.Errorf("attribute %s defined twice", *d.AttributeName)
		}
		defs[*d.AttributeName] = d.AttributeType
	}
	if len(in.GlobalSecondaryIndexes) != len(Indexes) {
		t.Fatalf("indexes: got %d, want %d", len(in.GlobalSecondaryIndexes), len(Indexes))
	}
	for i, ix := range Indexes {
		g := in.GlobalSecondaryIndexes[i]
		if *g.IndexName != ix.Name || *g.KeySchema[0].AttributeName != ix.PK || *g.KeySchema[1].AttributeName != ix.SK {
			t.Errorf("index %d: got %s(%s,%s), want %s(%s,%s)", i, *g.IndexName, *g.KeySchema[0].AttributeName, *g.KeySchema[1].AttributeName, ix.Name, ix.PK, ix.SK)
		}
		if g.Projection.ProjectionType != types.ProjectionTypeAll {
			t.Errorf("index %s projection: got %s, want ALL", ix.Name, g.Projection.ProjectionType)
		}
		if defs[ix.PK] != types.ScalarAttributeTypeS || defs[ix.SK] != types.ScalarAttributeTypeS {
			t.Errorf("index %s keys: got types %s/%s, want S/S", ix.Name, defs[ix.PK], defs[ix.SK])
		}
	}
}

// TestOpenCreatesTableOnce opens one new table from several processes at
// once (as several local servers starting together would): all succeed and
// see the same table.
func TestOpenCreatesTableOnce(t *testing.T) {
	name := dynalitetest.Table(t)
	cfg := Config{Table: name, Endpoint: dynalitetest.Endpoint(t), Region: "us-east-1"}
	stores := make([]*Store, 3)
	errs := make([]error, 3)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = Open(context.Background(), cfg) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open #%d: %v", i, err)
		}
	}
	if err := stores[0].Seed(context.Background(), smallDataset()); err != nil {
		t.Fatal(err)
	}
	if _, err := stores[2].Job(context.Background(), "job_001"); err != nil {
		t.Errorf("job seeded through another Store: got %v, want it", err)
	}
}

// TestOpenNeedsTableWithoutEndpoint checks the cloud path's answer to a
// missing table: a clear error naming it, and no table created.
func TestOpenNeedsTableWithoutEndpoint(t *testing.T) {
	s, _ := openTest(t)
	missing := dynalitetest.Table(t)
	s.table = &missing
	err := s.ensureTable(context.Background(), false)
	if err == nil || !strings.Contains(err.Error(), missing) || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("got %v, want an error saying table %s does not exist", err, missing)
	}
	if _, err := s.Job(context.Background(), "job_001"); err == nil {
		t.Errorf("read from the missing table: got no error, want one (no table created)")
	}
}

// TestClosedStoreRefusesCalls checks that Close ends the store's use.
func TestClosedStoreRefusesCalls(t *testing.T) {
	s, _ := seededTest(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Job(context.Background(), "job_001"); err == nil {
		t.Errorf("Job after Close: got no error, want one")
	}
}
