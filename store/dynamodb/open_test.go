package dynamodb

import (
	"context"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
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
	if err := stores[0].Seed(context.Background(), smallDataset); err != nil {
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
	// Ask the server: a read would fail on an empty table too.
	_, err = s.db.DescribeTable(context.Background(), &dynamodb.DescribeTableInput{TableName: &missing})
	var notFound *types.ResourceNotFoundException
	if !errors.As(err, &notFound) {
		t.Errorf("DescribeTable %s after the refusal: got %v, want ResourceNotFoundException (no table created)", missing, err)
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

// doer answers the client's HTTP requests in place of AWS and keeps the
// last one, so a test sees where a call would go and how it is signed
// without leaving the machine.
type doer struct {
	mu   sync.Mutex
	last *http.Request
}

func (d *doer) Do(r *http.Request) (*http.Response, error) {
	d.mu.Lock()
	d.last = r
	d.mu.Unlock()
	body := `{"Table":{"TableName":"atsbridge","TableStatus":"ACTIVE"}}`
	return &http.Response{
		StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"application/x-amz-json-1.0"}},
		Body: io.NopCloser(strings.NewReader(body)), ContentLength: int64(len(body)), Request: r,
	}, nil
}

// TestOpenInLambdaEnvironment opens the store as the deployed function
// does: no endpoint, the region in AWS_REGION and the role's temporary
// credentials in the environment Lambda sets. The call must go to the
// region's DynamoDB over HTTPS, signed with those credentials and their
// session token, with the SDK's standard retry mode.
func TestOpenInLambdaEnvironment(t *testing.T) {
	isolateAWSEnv(t)
	cases := []struct {
		name    string
		region  string // AWS_REGION
		wantErr string
	}{
		{"region_from_aws_region", "eu-west-1", ""},
		{"no_region", "", "set AWS_REGION"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("AWS_REGION", tc.region)
			d := &doer{}
			s, err := open(context.Background(), Config{Table: "atsbridge"}, func(o *dynamodb.Options) { o.HTTPClient = d })
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %v, want an error saying %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("open: %v", err)
			}
			r := d.last
			if r == nil {
				t.Fatal("no request sent; want DescribeTable")
			}
			if r.URL.Scheme != "https" || !strings.HasSuffix(r.URL.Host, "."+tc.region+".amazonaws.com") {
				t.Errorf("endpoint: got %s://%s, want https to DynamoDB in %s", r.URL.Scheme, r.URL.Host, tc.region)
			}
			auth := r.Header.Get("Authorization")
			if !strings.Contains(auth, "Credential=ASIAROLEKEY/") || !strings.Contains(auth, "/"+tc.region+"/dynamodb/aws4_request") {
				t.Errorf("signature: got Authorization %q, want the role's key scoped to %s/dynamodb", auth, tc.region)
			}
			if got := r.Header.Get("X-Amz-Security-Token"); got != "role-session-token" {
				t.Errorf("session token: got %q, want the role's", got)
			}
			opts := s.db.Options()
			if opts.RetryMode != aws.RetryModeStandard || opts.Retryer.MaxAttempts() != 4 {
				t.Errorf("retries: got mode %q with %d attempts, want standard with 4 (the DynamoDB client's default)", opts.RetryMode, opts.Retryer.MaxAttempts())
			}
		})
	}
}

// isolateAWSEnv gives the test the environment of a Lambda function: the
// role's credentials in variables, and nothing from this machine's AWS
// configuration (files, profile, endpoint or retry overrides).
func isolateAWSEnv(t *testing.T) {
	t.Helper()
	none := filepath.Join(t.TempDir(), "none")
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": "ASIAROLEKEY", "AWS_SECRET_ACCESS_KEY": "role-secret", "AWS_SESSION_TOKEN": "role-session-token",
		"AWS_CONFIG_FILE": none, "AWS_SHARED_CREDENTIALS_FILE": none, "AWS_PROFILE": "", "AWS_DEFAULT_REGION": "",
		"AWS_ENDPOINT_URL": "", "AWS_ENDPOINT_URL_DYNAMODB": "", "AWS_RETRY_MODE": "", "AWS_MAX_ATTEMPTS": "",
		"AWS_EC2_METADATA_DISABLED": "true", "DYNAMODB_ENDPOINT": "",
	} {
		t.Setenv(k, v)
	}
}
