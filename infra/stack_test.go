package main

import (
	"context"
	"debug/buildinfo"
	"debug/elf"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/jsii-runtime-go"

	storedb "github.com/atsbridge/atsbridge/store/dynamodb"
)

// skipBundling is the context the cdk CLI sets for stacks it will not
// deploy; with it the asset points at the source and go build never runs.
const skipBundling = "aws:cdk:bundling-stacks"

// synthesized is one synthesized stack: the assertions template and its
// JSON, decoded once, for Go-side comparisons with got/want messages.
type synthesized struct {
	tpl    assertions.Template
	json   map[string]any
	outdir string
	stack  awscdk.Stack
}

// synth builds the stack through newStack, exactly as main does, with the
// given context. bundle=false skips the Go build.
func synth(t *testing.T, build *GoBuild, bundle bool, context map[string]any) (*synthesized, error) {
	t.Helper()
	outdir := t.TempDir()
	ctx := map[string]any{}
	for k, v := range context {
		ctx[k] = v
	}
	if !bundle {
		ctx[skipBundling] = []any{}
	}
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(outdir), Context: &ctx})
	stack, err := newStack(app, build)
	if err != nil {
		return nil, err
	}
	var tpl assertions.Template
	if err := catch(func() { tpl = assertions.Template_FromStack(stack, nil) }); err != nil {
		return nil, err
	}
	raw, err := json.Marshal(tpl.ToJSON())
	if err != nil {
		return nil, err
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, err
	}
	return &synthesized{tpl: tpl, json: doc, outdir: outdir, stack: stack}, nil
}

var (
	rootOnce sync.Once
	rootDir  string
	rootErr  error
)

// repoBuild is the build main uses: the atsbridge root package.
func repoBuild(t *testing.T) *GoBuild {
	t.Helper()
	rootOnce.Do(func() { rootDir, rootErr = moduleRoot(context.Background(), ".") })
	if rootErr != nil {
		t.Fatalf("module root: %v", rootErr)
	}
	return &GoBuild{ModuleDir: rootDir, Package: "."}
}

var (
	defaultOnce sync.Once
	defaultSyn  *synthesized
	defaultErr  error
)

// defaultStack is the stack `cdk deploy` makes without context, built once
// and shared by the read-only tests below (each synth costs ~2 s).
func defaultStack(t *testing.T) *synthesized {
	t.Helper()
	build := repoBuild(t)
	defaultOnce.Do(func() { defaultSyn, defaultErr = synth(t, build, false, nil) })
	if defaultErr != nil {
		t.Fatalf("synth default stack: %v", defaultErr)
	}
	return defaultSyn
}

// check runs a CDK assertion, which panics on mismatch, as a test error.
func check(t *testing.T, what string, assert func()) {
	t.Helper()
	if err := catch(assert); err != nil {
		t.Errorf("%s: %v", what, err)
	}
}

// only returns the logical id and properties of the single resource of
// type typ, failing the test if there is not exactly one.
func (s *synthesized) only(t *testing.T, typ string) (string, map[string]any) {
	t.Helper()
	found := s.all(typ)
	if len(found) != 1 {
		t.Fatalf("resources of type %s: got %d, want 1", typ, len(found))
	}
	for id, r := range found {
		return id, r
	}
	return "", nil
}

// all returns the resources of type typ by logical id (whole resource:
// Type, Properties, DeletionPolicy...).
func (s *synthesized) all(typ string) map[string]map[string]any {
	out := map[string]map[string]any{}
	for id, r := range s.json["Resources"].(map[string]any) {
		res := r.(map[string]any)
		if res["Type"] == typ {
			out[id] = res
		}
	}
	return out
}

func props(r map[string]any) map[string]any {
	p, _ := r["Properties"].(map[string]any)
	return p
}

func ref(id string) map[string]any       { return map[string]any{"Ref": id} }
func getAtt(id, a string) map[string]any { return map[string]any{"Fn::GetAtt": []any{id, a}} }

// equal compares after a JSON round trip, so Go literals (ints, []string)
// compare with decoded template values (float64, []any).
func equal(t *testing.T, what string, got, want any) {
	t.Helper()
	norm := func(v any) any {
		raw, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		var out any
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return out
	}
	g, w := norm(got), norm(want)
	if !reflect.DeepEqual(g, w) {
		gj, _ := json.Marshal(g)
		wj, _ := json.Marshal(w)
		t.Errorf("%s: got %s, want %s", what, gj, wj)
	}
}

func TestFunction(t *testing.T) {
	s := defaultStack(t)
	tableID, _ := s.only(t, "AWS::DynamoDB::GlobalTable")
	secretID, _ := s.only(t, "AWS::SecretsManager::Secret")
	logsID, logGroup := s.only(t, "AWS::Logs::LogGroup")
	roleID, _ := s.only(t, "AWS::IAM::Role")
	bucketID, _ := s.only(t, "AWS::S3::Bucket")
	_, fn := s.only(t, "AWS::Lambda::Function")
	p := props(fn)

	tests := []struct {
		name string
		got  any
		want any
	}{
		{"Runtime", p["Runtime"], "provided.al2023"},
		{"Architectures", p["Architectures"], []string{"arm64"}},
		{"Handler", p["Handler"], "bootstrap"},
		{"MemorySize", p["MemorySize"], 512},
		{"Timeout", p["Timeout"], 25},
		{"Role", p["Role"], getAtt(roleID, "Arn")},
		{"LoggingConfig", p["LoggingConfig"], map[string]any{"LogFormat": "JSON", "LogGroup": ref(logsID)}},
		{"Environment", p["Environment"], map[string]any{"Variables": map[string]any{
			"ATS_PROVIDER":   "workable",
			"ATS_MODE":       "preview",
			"STAGE":          "dev",
			"STORE":          "dynamodb",
			"DYNAMODB_TABLE": ref(tableID),
			"RESUME_BUCKET":  ref(bucketID),
			"ATS_SECRET_ARN": ref(secretID),
			"LOG_FORMAT":     "json",
			"AUTH":           "required",
		}}},
		{"log group RetentionInDays", props(logGroup)["RetentionInDays"], 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { equal(t, tt.name, tt.got, tt.want) })
	}
	t.Run("timeout under API Gateway's 29 s", func(t *testing.T) {
		if got, _ := p["Timeout"].(float64); got <= 0 || got >= 29 {
			t.Errorf("Timeout: got %v, want 1..28", p["Timeout"])
		}
	})
	t.Run("code is a zip asset", func(t *testing.T) {
		check(t, "Code", func() {
			s.tpl.HasResourceProperties(jsii.String("AWS::Lambda::Function"), map[string]any{
				"Code": map[string]any{
					"S3Bucket": assertions.Match_AnyValue(),
					"S3Key":    assertions.Match_StringLikeRegexp(jsii.String(`^[0-9a-f]{64}\.zip$`)),
				},
			})
		})
	})
}

func TestRestAPI(t *testing.T) {
	s := defaultStack(t)
	apiID, api := s.only(t, "AWS::ApiGateway::RestApi")
	_, stage := s.only(t, "AWS::ApiGateway::Stage")
	proxyID, proxy := s.only(t, "AWS::ApiGateway::Resource")

	equal(t, "RestApi Name", props(api)["Name"], "atsbridge-dev")
	equal(t, "RestApi EndpointConfiguration", props(api)["EndpointConfiguration"], map[string]any{"Types": []string{"REGIONAL"}})
	equal(t, "Stage StageName", props(stage)["StageName"], "dev")
	equal(t, "proxy resource PathPart", props(proxy)["PathPart"], "{proxy+}")
	equal(t, "RestApi BinaryMediaTypes", props(api)["BinaryMediaTypes"], []string{"*/*"})
	check(t, "no account-wide CloudWatch role", func() {
		s.tpl.ResourceCountIs(jsii.String("AWS::ApiGateway::Account"), jsii.Number(0))
	})

	// Every method of the API, ANY / and ANY /{proxy+}, reaches the
	// function without an API Gateway key: atsbridge's own keys are the
	// one mechanism, checked by the function.
	methods := s.all("AWS::ApiGateway::Method")
	if len(methods) != 2 {
		t.Fatalf("methods: got %d, want 2 (ANY / and ANY /{proxy+})", len(methods))
	}
	gotOn := map[string]bool{}
	for id, m := range methods {
		p := props(m)
		equal(t, id+" HttpMethod", p["HttpMethod"], "ANY")
		if v, ok := p["ApiKeyRequired"]; ok && v != false {
			t.Errorf("%s ApiKeyRequired: got %v, want absent or false", id, v)
		}
		equal(t, id+" Integration.Type", p["Integration"].(map[string]any)["Type"], "AWS_PROXY")
		switch rid := p["ResourceId"]; {
		case reflect.DeepEqual(rid, getAtt(apiID, "RootResourceId")):
			gotOn["/"] = true
		case reflect.DeepEqual(rid, ref(proxyID)):
			gotOn["/{proxy+}"] = true
		}
	}
	equal(t, "methods on", gotOn, map[string]bool{"/": true, "/{proxy+}": true})

	for _, kind := range []string{"AWS::ApiGateway::ApiKey", "AWS::ApiGateway::UsagePlan", "AWS::ApiGateway::UsagePlanKey"} {
		check(t, "no "+kind, func() { s.tpl.ResourceCountIs(jsii.String(kind), jsii.Number(0)) })
	}
	// The stage's throttle is the outer guard, over every caller.
	equal(t, "Stage MethodSettings", props(stage)["MethodSettings"], []any{map[string]any{
		"DataTraceEnabled": false, "HttpMethod": "*", "ResourcePath": "/*", "ThrottlingRateLimit": 10, "ThrottlingBurstLimit": 20,
	}})
}

func TestTable(t *testing.T) {
	s := defaultStack(t)
	_, table := s.only(t, "AWS::DynamoDB::GlobalTable")
	p := props(table)

	attrs := []any{
		map[string]any{"AttributeName": storedb.AttrPK, "AttributeType": "S"},
		map[string]any{"AttributeName": storedb.AttrSK, "AttributeType": "S"},
	}
	var gsis, replicaGSIs []any
	for _, ix := range storedb.Indexes {
		attrs = append(attrs,
			map[string]any{"AttributeName": ix.PK, "AttributeType": "S"},
			map[string]any{"AttributeName": ix.SK, "AttributeType": "S"})
		gsis = append(gsis, map[string]any{
			"IndexName": ix.Name,
			"KeySchema": []any{
				map[string]any{"AttributeName": ix.PK, "KeyType": "HASH"},
				map[string]any{"AttributeName": ix.SK, "KeyType": "RANGE"},
			},
			"Projection": map[string]any{"ProjectionType": "ALL"},
		})
		replicaGSIs = append(replicaGSIs, map[string]any{"IndexName": ix.Name})
	}
	if len(storedb.Indexes) == 0 {
		t.Fatal("store/dynamodb.Indexes is empty; the table test would prove nothing")
	}

	tests := []struct {
		name string
		got  any
		want any
	}{
		{"KeySchema", p["KeySchema"], []any{
			map[string]any{"AttributeName": storedb.AttrPK, "KeyType": "HASH"},
			map[string]any{"AttributeName": storedb.AttrSK, "KeyType": "RANGE"},
		}},
		{"AttributeDefinitions", p["AttributeDefinitions"], attrs},
		{"GlobalSecondaryIndexes", p["GlobalSecondaryIndexes"], gsis},
		{"BillingMode", p["BillingMode"], "PAY_PER_REQUEST"},
		{"Replicas", p["Replicas"], []any{map[string]any{
			"Region":                           ref("AWS::Region"),
			"GlobalSecondaryIndexes":           replicaGSIs,
			"PointInTimeRecoverySpecification": map[string]any{"PointInTimeRecoveryEnabled": true},
		}}},
		{"TimeToLiveSpecification", p["TimeToLiveSpecification"], map[string]any{"AttributeName": storedb.AttrExpires, "Enabled": true}},
		{"DeletionPolicy", table["DeletionPolicy"], "Retain"},
		{"UpdateReplacePolicy", table["UpdateReplacePolicy"], "Retain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { equal(t, tt.name, tt.got, tt.want) })
	}
}

func TestSecret(t *testing.T) {
	s := defaultStack(t)
	_, secret := s.only(t, "AWS::SecretsManager::Secret")
	gen, _ := props(secret)["GenerateSecretString"].(map[string]any)
	if _, ok := props(secret)["SecretString"]; ok {
		t.Errorf("SecretString: got a literal value in the template, want none (credentials never go into templates)")
	}
	tmpl, _ := gen["SecretStringTemplate"].(string)
	var got map[string]string
	if err := json.Unmarshal([]byte(tmpl), &got); err != nil {
		t.Fatalf("SecretStringTemplate %q: not a JSON object of strings: %v", tmpl, err)
	}
	equal(t, "SecretStringTemplate", got, map[string]string{"ATS_API_KEY": "", "WORKABLE_COMPANY": "", "WORKABLE_MEMBER_ID": "",
		"GREENHOUSE_CLIENT_ID": "", "GREENHOUSE_CLIENT_SECRET": "", "GREENHOUSE_USER_ID": "", "LEVER_USER_ID": ""})
	equal(t, "GenerateStringKey", gen["GenerateStringKey"], "CURSOR_SECRET")
}

func TestIAMLeastPrivilege(t *testing.T) {
	s := defaultStack(t)
	tableID, _ := s.only(t, "AWS::DynamoDB::GlobalTable")
	secretID, _ := s.only(t, "AWS::SecretsManager::Secret")
	logsID, _ := s.only(t, "AWS::Logs::LogGroup")
	roleID, role := s.only(t, "AWS::IAM::Role")
	bucketID, _ := s.only(t, "AWS::S3::Bucket")
	_, policy := s.only(t, "AWS::IAM::Policy")

	if mp, ok := props(role)["ManagedPolicyArns"]; ok {
		t.Errorf("role ManagedPolicyArns: got %v, want none (AWSLambdaBasicExecutionRole grants logs on *)", mp)
	}
	if ip, ok := props(role)["Policies"]; ok {
		t.Errorf("role inline Policies: got %v, want none", ip)
	}
	equal(t, "role trust", props(role)["AssumeRolePolicyDocument"].(map[string]any)["Statement"], []any{
		map[string]any{"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": map[string]any{"Service": "lambda.amazonaws.com"}},
	})
	equal(t, "policy Roles", props(policy)["Roles"], []any{ref(roleID)})

	tableArn := getAtt(tableID, "Arn")
	want := []any{
		map[string]any{"Effect": "Allow", "Action": []string{"logs:CreateLogStream", "logs:PutLogEvents"}, "Resource": getAtt(logsID, "Arn")},
		map[string]any{"Effect": "Allow", "Action": []string{
			"dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:DeleteItem",
			"dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem",
		}, "Resource": []any{
			tableArn,
			map[string]any{"Fn::Join": []any{"", []any{tableArn, "/index/*"}}},
		}},
		map[string]any{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": ref(secretID)},
		map[string]any{"Effect": "Allow", "Action": []string{"s3:DeleteObject", "s3:GetObject", "s3:PutObject"},
			"Resource": map[string]any{"Fn::Join": []any{"", []any{getAtt(bucketID, "Arn"), "/resumes/*"}}}},
		map[string]any{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": getAtt(bucketID, "Arn")},
	}
	doc := props(policy)["PolicyDocument"].(map[string]any)
	equal(t, "policy statements", doc["Statement"], want)

	// Whatever CDK adds later, no policy in the template may use a wildcard
	// action or an unscoped resource.
	for id, p := range s.all("AWS::IAM::Policy") {
		for _, st := range props(p)["PolicyDocument"].(map[string]any)["Statement"].([]any) {
			st := st.(map[string]any)
			for _, a := range strs(st["Action"]) {
				if strings.Contains(a, "*") {
					t.Errorf("%s: action %q: got a wildcard, want exact actions", id, a)
				}
			}
			for _, r := range strs(st["Resource"]) {
				if r == "*" {
					t.Errorf("%s: resource %q: got unscoped, want this stack's ARNs", id, r)
				}
			}
		}
	}
}

// strs returns the plain strings in an IAM Action or Resource value.
func strs(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func TestAlarms(t *testing.T) {
	s := defaultStack(t)
	fnID, _ := s.only(t, "AWS::Lambda::Function")
	stageID, _ := s.only(t, "AWS::ApiGateway::Stage")
	topicID, _ := s.only(t, "AWS::SNS::Topic")
	check(t, "no e-mail subscription without alarmEmail", func() {
		s.tpl.ResourceCountIs(jsii.String("AWS::SNS::Subscription"), jsii.Number(0))
	})

	fnDims := []any{map[string]any{"Name": "FunctionName", "Value": ref(fnID)}}
	apiDims := []any{
		map[string]any{"Name": "ApiName", "Value": "atsbridge-dev"},
		map[string]any{"Name": "Stage", "Value": ref(stageID)},
	}
	want := map[string]map[string]any{
		"AtsBridge-dev-function-errors": {
			"Namespace": "AWS/Lambda", "MetricName": "Errors", "Statistic": "Sum", "Dimensions": fnDims,
			"Threshold": 1, "ComparisonOperator": "GreaterThanOrEqualToThreshold", "EvaluationPeriods": 1, "Period": 300,
		},
		"AtsBridge-dev-function-throttles": {
			"Namespace": "AWS/Lambda", "MetricName": "Throttles", "Statistic": "Sum", "Dimensions": fnDims,
			"Threshold": 1, "ComparisonOperator": "GreaterThanOrEqualToThreshold", "EvaluationPeriods": 1, "Period": 300,
		},
		"AtsBridge-dev-function-p99-duration": {
			"Namespace": "AWS/Lambda", "MetricName": "Duration", "ExtendedStatistic": "p99", "Dimensions": fnDims,
			"Threshold": 20000, "ComparisonOperator": "GreaterThanThreshold", "EvaluationPeriods": 3, "DatapointsToAlarm": 2, "Period": 300,
		},
		"AtsBridge-dev-api-5xx": {
			"Namespace": "AWS/ApiGateway", "MetricName": "5XXError", "Statistic": "Sum", "Dimensions": apiDims,
			"Threshold": 5, "ComparisonOperator": "GreaterThanOrEqualToThreshold", "EvaluationPeriods": 1, "Period": 300,
		},
	}
	alarms := map[string]map[string]any{}
	for _, a := range s.all("AWS::CloudWatch::Alarm") {
		name, _ := props(a)["AlarmName"].(string)
		alarms[name] = props(a)
	}
	if len(alarms) != len(want) {
		t.Errorf("alarms: got %d (%v), want %d", len(alarms), slices.Sorted(maps.Keys(alarms)), len(want))
	}
	for name, w := range want {
		t.Run(name, func(t *testing.T) {
			got, ok := alarms[name]
			if !ok {
				t.Fatalf("alarm %s: got none", name)
			}
			for k, v := range w {
				equal(t, k, got[k], v)
			}
			equal(t, "AlarmActions", got["AlarmActions"], []any{ref(topicID)})
			equal(t, "TreatMissingData", got["TreatMissingData"], "notBreaching")
		})
	}
}

func TestOutputs(t *testing.T) {
	s := defaultStack(t)
	apiID, _ := s.only(t, "AWS::ApiGateway::RestApi")
	stageID, _ := s.only(t, "AWS::ApiGateway::Stage")
	tableID, _ := s.only(t, "AWS::DynamoDB::GlobalTable")
	secretID, _ := s.only(t, "AWS::SecretsManager::Secret")
	topicID, _ := s.only(t, "AWS::SNS::Topic")
	fnID, _ := s.only(t, "AWS::Lambda::Function")
	logsID, _ := s.only(t, "AWS::Logs::LogGroup")

	outputs, _ := s.json["Outputs"].(map[string]any)
	value := func(name string) any {
		o, _ := outputs[name].(map[string]any)
		return o["Value"]
	}
	names := slices.Sorted(maps.Keys(outputs))
	equal(t, "output names", names, []string{"AlarmTopicArn", "ApiUrl", "FunctionName", "LogGroupName", "ResumeBucketName", "SecretArn", "SecretName", "TableName"})

	// https://{api}.execute-api.{region}.{suffix}/dev/ + "jobs" is the URL
	// the issue promises.
	equal(t, "ApiUrl", value("ApiUrl"), map[string]any{"Fn::Join": []any{"", []any{
		"https://", ref(apiID), ".execute-api.", ref("AWS::Region"), ".", ref("AWS::URLSuffix"), "/", ref(stageID), "/",
	}}})
	equal(t, "TableName", value("TableName"), ref(tableID))
	bucketID, _ := s.only(t, "AWS::S3::Bucket")
	equal(t, "ResumeBucketName", value("ResumeBucketName"), ref(bucketID))
	equal(t, "SecretArn", value("SecretArn"), ref(secretID))
	equal(t, "AlarmTopicArn", value("AlarmTopicArn"), ref(topicID))
	equal(t, "FunctionName", value("FunctionName"), ref(fnID))
	equal(t, "LogGroupName", value("LogGroupName"), ref(logsID))
	// The secret's name is derived from its ARN (CloudFormation names it);
	// it must at least be computed from this secret.
	if raw, _ := json.Marshal(value("SecretName")); !strings.Contains(string(raw), fmt.Sprintf(`{"Ref":%q}`, secretID)) {
		t.Errorf("SecretName: got %s, want a value derived from Ref %s", raw, secretID)
	}
}

func TestContextOverrides(t *testing.T) {
	// Strings as the CLI passes them (-c memory=1024), numbers as cdk.json does.
	s, err := synth(t, repoBuild(t), false, map[string]any{
		"stage": "prod", "memory": "1024", "timeout": 20.0, "provider": "workable", "mode": "preview",
		"throttleRate": "50", "throttleBurst": 100.0, "auth": "auto",
		"logRetentionDays": "90", "alarmEmail": "ops@example.com",
	})
	if err != nil {
		t.Fatalf("synth: %v", err)
	}
	equal(t, "stack name", *s.stack.StackName(), "AtsBridge-prod")
	_, fn := s.only(t, "AWS::Lambda::Function")
	_, stage := s.only(t, "AWS::ApiGateway::Stage")
	_, logs := s.only(t, "AWS::Logs::LogGroup")
	topicID, _ := s.only(t, "AWS::SNS::Topic")
	_, sub := s.only(t, "AWS::SNS::Subscription")
	env := props(fn)["Environment"].(map[string]any)["Variables"].(map[string]any)

	tests := []struct {
		name string
		got  any
		want any
	}{
		{"StageName", props(stage)["StageName"], "prod"},
		{"MemorySize", props(fn)["MemorySize"], 1024},
		{"Timeout", props(fn)["Timeout"], 20},
		{"STAGE", env["STAGE"], "prod"},
		{"ATS_MODE", env["ATS_MODE"], "preview"},
		{"Throttle", props(stage)["MethodSettings"], []any{map[string]any{
			"DataTraceEnabled": false, "HttpMethod": "*", "ResourcePath": "/*", "ThrottlingRateLimit": 50, "ThrottlingBurstLimit": 100,
		}}},
		{"AUTH", env["AUTH"], "auto"},
		{"RetentionInDays", props(logs)["RetentionInDays"], 90},
		{"Subscription", props(sub), map[string]any{"Protocol": "email", "Endpoint": "ops@example.com", "TopicArn": ref(topicID)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { equal(t, tt.name, tt.got, tt.want) })
	}
	t.Run("duration alarm follows the timeout", func(t *testing.T) {
		check(t, "p99 alarm", func() {
			s.tpl.HasResourceProperties(jsii.String("AWS::CloudWatch::Alarm"), map[string]any{
				"AlarmName": "AtsBridge-prod-function-p99-duration", "Threshold": 16000,
			})
		})
	})
	t.Run("ApiUrl ends in the stage", func(t *testing.T) {
		raw, _ := json.Marshal(s.json["Outputs"].(map[string]any)["ApiUrl"])
		if !strings.Contains(string(raw), `"/",{"Ref":"ApiDeploymentStageprod`) {
			t.Errorf("ApiUrl: got %s, want .../prod/", raw)
		}
	})
}

func TestBadContextStopsSynth(t *testing.T) {
	_, err := synth(t, repoBuild(t), false, map[string]any{"memory": "lots", "timeout": "30"})
	if err == nil {
		t.Fatal("synth with memory=lots, timeout=30: got no error, want one")
	}
	for _, want := range []string{"memory", "timeout"} {
		if !strings.Contains(err.Error(), "context "+want) {
			t.Errorf("error: got %q, want it to name context %s", err, want)
		}
	}
}

// A compile error must stop the synth and show the compiler's message, not
// deploy a stale or empty function.
func TestBuildFailureStopsSynth(t *testing.T) {
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module example.com/broken\n\ngo 1.26\n")
	write(t, filepath.Join(mod, "main.go"), "package main\n\nfunc main() { notDeclared() }\n")

	s, err := synth(t, &GoBuild{ModuleDir: mod, Package: "."}, true, nil)
	if err == nil {
		t.Fatalf("synth of a broken package: got a template (%d resources), want an error", len(s.json["Resources"].(map[string]any)))
	}
	for _, want := range []string{"main.go:3:15: undefined: notDeclared", "go build of the Lambda bootstrap"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error: got %q, want it to contain %q", err, want)
		}
	}
	// The failure must not wedge the jsii kernel: the next synth works.
	if _, err := synth(t, repoBuild(t), false, nil); err != nil {
		t.Errorf("synth after a failed build: got %v, want a template", err)
	}
}

// The one test that runs the real linux/arm64 build of the atsbridge
// root package and looks inside the asset the CDK would upload.
func TestRealBuildAsset(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the whole service for linux/arm64; skipped with -short")
	}
	s, err := synth(t, repoBuild(t), true, nil)
	if err != nil {
		t.Fatalf("synth with bundling: %v", err)
	}
	_, fn := s.only(t, "AWS::Lambda::Function")
	key, _ := props(fn)["Code"].(map[string]any)["S3Key"].(string)
	hash := strings.TrimSuffix(key, ".zip")
	bootstrap := filepath.Join(s.outdir, "asset."+hash, "bootstrap")

	info, err := os.Stat(bootstrap)
	if err != nil {
		t.Fatalf("asset for S3Key %s: %v", key, err)
	}
	if info.Mode().Perm()&0o111 == 0 {
		t.Errorf("bootstrap mode: got %v, want executable", info.Mode())
	}
	f, err := elf.Open(bootstrap)
	if err != nil {
		t.Fatalf("bootstrap is not an ELF file: %v", err)
	}
	defer f.Close()
	if f.Machine != elf.EM_AARCH64 || f.Class != elf.ELFCLASS64 {
		t.Errorf("ELF machine: got %v %v, want EM_AARCH64 ELFCLASS64", f.Machine, f.Class)
	}
	if f.Section(".interp") != nil {
		t.Errorf("bootstrap has an ELF interpreter; want a static binary (CGO_ENABLED=0)")
	}
	// Go leaves -ldflags out of the build info under -trimpath, so look
	// for what -s and -w remove: the symbol table and DWARF.
	if syms, _ := f.Symbols(); len(syms) > 0 {
		t.Errorf("bootstrap symbols: got %d, want none (-ldflags=-s)", len(syms))
	}
	for _, sec := range f.Sections {
		if strings.HasPrefix(sec.Name, ".debug_") || strings.HasPrefix(sec.Name, ".zdebug_") {
			t.Errorf("bootstrap section %s: got DWARF, want none (-ldflags=-w)", sec.Name)
		}
	}

	bi, err := buildinfo.ReadFile(bootstrap)
	if err != nil {
		t.Fatalf("build info: %v", err)
	}
	equal(t, "main module", bi.Main.Path, "github.com/atsbridge/atsbridge")
	settings := map[string]string{}
	for _, kv := range bi.Settings {
		settings[kv.Key] = kv.Value
	}
	for k, want := range map[string]string{
		"GOOS": "linux", "GOARCH": "arm64", "CGO_ENABLED": "0",
		"-tags": "lambda,lambda.norpc", "-trimpath": "true",
	} {
		if settings[k] != want {
			t.Errorf("build setting %s: got %q, want %q", k, settings[k], want)
		}
	}
	if v, ok := settings["vcs.revision"]; ok {
		t.Errorf("vcs.revision: got %q, want none (-buildvcs=false keeps the asset hash stable)", v)
	}
	// The lambda tag leaves out what the cloud never uses: the SQLite
	// store and the AWS SDK's shared-config chain (see awsenv).
	for _, dep := range bi.Deps {
		if dep.Path == "modernc.org/sqlite" || dep.Path == "github.com/aws/aws-sdk-go-v2/config" {
			t.Errorf("bootstrap contains %s; the Lambda build (-tags lambda) leaves it out", dep.Path)
		}
		// S3 and Secrets Manager are reached with awscall, not with the
		// SDK's clients (together 1.4 MB of the bootstrap).
		if dep.Path == "github.com/aws/aws-sdk-go-v2/service/s3" || dep.Path == "github.com/aws/aws-sdk-go-v2/service/secretsmanager" {
			t.Errorf("bootstrap contains %s; store/s3 and the secret read use awscall instead", dep.Path)
		}
	}
	if info.Size() > maxBootstrapBytes {
		t.Errorf("bootstrap is %d bytes, over the budget of %d: every cold start loads it", info.Size(), maxBootstrapBytes)
	}
}

// maxBootstrapBytes is the budget of the stripped linux/arm64 bootstrap:
// the 12 MB of issue 14, in decimal bytes as the issue says. The build
// met it at 10.8 MiB; keeping resumes in S3 (issue 15) then added the SDK's
// S3 client, 1.2 MB, to 13,369,506 bytes with the dashboard's files. The
// resume store's own S3 calls (store/s3, awscall) and the Secrets Manager
// read without the SDK's client brought it back to 11,927,714 bytes; the
// provider kit's second round and the parser's rules added 196 KB, and the
// OpenAPI document embedded gzipped (router/openapi.json.gz) took 262 KB
// off, to 11,862,178. The budget keeps the size from growing past the
// issue's again unnoticed.
const maxBootstrapBytes = 12_000_000

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestResumeBucket checks the bucket of the sandbox's resume files: no
// public access, encrypted at rest, TLS only, files expiring, kept with
// the stack's data, and no other principal than the function's role
// allowed in.
func TestResumeBucket(t *testing.T) {
	s := defaultStack(t)
	bucketID, bucket := s.only(t, "AWS::S3::Bucket")
	p := props(bucket)
	equal(t, "PublicAccessBlockConfiguration", p["PublicAccessBlockConfiguration"], map[string]any{
		"BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true,
	})
	equal(t, "BucketEncryption", p["BucketEncryption"], map[string]any{"ServerSideEncryptionConfiguration": []any{
		map[string]any{"ServerSideEncryptionByDefault": map[string]any{"SSEAlgorithm": "AES256"}},
	}})
	equal(t, "OwnershipControls", p["OwnershipControls"], map[string]any{"Rules": []any{map[string]any{"ObjectOwnership": "BucketOwnerEnforced"}}})
	equal(t, "LifecycleConfiguration", p["LifecycleConfiguration"], map[string]any{"Rules": []any{map[string]any{
		"Id": "ExpireSandboxResumes", "Prefix": "resumes/", "ExpirationInDays": resumeExpiryDays, "Status": "Enabled",
		"AbortIncompleteMultipartUpload": map[string]any{"DaysAfterInitiation": 1},
	}}})
	equal(t, "DeletionPolicy", bucket["DeletionPolicy"], "Retain")
	if _, ok := p["BucketName"]; ok {
		t.Errorf("BucketName: got %v, want none (CloudFormation names it, so two stages never collide)", p["BucketName"])
	}

	_, policy := s.only(t, "AWS::S3::BucketPolicy")
	equal(t, "BucketPolicy Bucket", props(policy)["Bucket"], ref(bucketID))
	statements := props(policy)["PolicyDocument"].(map[string]any)["Statement"].([]any)
	arn := getAtt(bucketID, "Arn")
	equal(t, "bucket policy", statements, []any{map[string]any{
		"Action": "s3:*", "Effect": "Deny", "Principal": map[string]any{"AWS": "*"},
		"Condition": map[string]any{"Bool": map[string]any{"aws:SecureTransport": "false"}},
		"Resource":  []any{arn, map[string]any{"Fn::Join": []any{"", []any{arn, "/*"}}}},
	}})
}
