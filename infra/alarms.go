package main

import (
	"fmt"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsapigateway"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudwatch"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudwatchactions"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssns"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssnssubscriptions"
	"github.com/aws/jsii-runtime-go"
)

// alarmPeriod is the window every alarm looks at: short enough to page
// within minutes, long enough that one slow request is not an incident.
const alarmPeriod = 5 // minutes

// api5xxThreshold tolerates a few 5XX per window: upstream ATS outages
// surface as 502/503/504 by design, and one blip should not page anyone.
// Function errors (crashes, timeouts) alarm on the first one instead.
const api5xxThreshold = 5

// durationAlarmShare is the share of the function timeout at which p99
// latency alarms: requests are about to be cut off.
const durationAlarmShare = 0.8

// newAlarms creates the alarm topic (with an e-mail subscription when
// Settings.AlarmEmail is set) and the four alarms that notify it: function
// errors, throttles, p99 duration, and API 5XX responses.
func newAlarms(stack awscdk.Stack, name string, s Settings, fn awslambda.Function, api awsapigateway.LambdaRestApi) awssns.Topic {
	topic := awssns.NewTopic(stack, jsii.String("AlarmTopic"), &awssns.TopicProps{
		DisplayName: jsii.String("atsbridge " + s.Stage + " alarms"),
	})
	if s.AlarmEmail != "" {
		topic.AddSubscription(awssnssubscriptions.NewEmailSubscription(jsii.String(s.AlarmEmail), nil))
	}
	notify := awscloudwatchactions.NewSnsAction(topic)
	period := &awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(alarmPeriod))}

	type alarm struct {
		id, suffix, description string
		metric                  awscloudwatch.IMetric
		threshold               float64
		op                      awscloudwatch.ComparisonOperator
		periods, datapoints     float64
	}
	durationMS := durationAlarmShare * float64(s.TimeoutSeconds) * 1000
	alarms := []alarm{
		{
			id: "FunctionErrorsAlarm", suffix: "function-errors",
			description: "The function failed (crash, panic or timeout) at least once in 5 minutes.",
			metric:      fn.MetricErrors(period), threshold: 1,
			op: awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, periods: 1, datapoints: 1,
		},
		{
			id: "FunctionThrottlesAlarm", suffix: "function-throttles",
			description: "Lambda throttled the function (account or reserved concurrency exhausted) at least once in 5 minutes.",
			metric:      fn.MetricThrottles(period), threshold: 1,
			op: awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, periods: 1, datapoints: 1,
		},
		{
			id: "FunctionDurationAlarm", suffix: "function-p99-duration",
			description: fmt.Sprintf("p99 duration above %.0f ms (%.0f%% of the %d s timeout) in 2 of 3 five-minute windows.", durationMS, durationAlarmShare*100, s.TimeoutSeconds),
			metric: fn.MetricDuration(&awscloudwatch.MetricOptions{
				Period: awscdk.Duration_Minutes(jsii.Number(alarmPeriod)), Statistic: jsii.String("p99"),
			}),
			threshold: durationMS,
			op:        awscloudwatch.ComparisonOperator_GREATER_THAN_THRESHOLD, periods: 3, datapoints: 2,
		},
		{
			id: "Api5xxAlarm", suffix: "api-5xx",
			description: fmt.Sprintf("The API answered 5XX at least %d times in 5 minutes (function failures or upstream ATS errors).", api5xxThreshold),
			metric:      api.DeploymentStage().MetricServerError(period), threshold: api5xxThreshold,
			op: awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, periods: 1, datapoints: 1,
		},
	}
	for _, a := range alarms {
		cw := awscloudwatch.NewAlarm(stack, jsii.String(a.id), &awscloudwatch.AlarmProps{
			AlarmName:          jsii.String(name + "-" + a.suffix),
			AlarmDescription:   jsii.String(a.description),
			Metric:             a.metric,
			Threshold:          jsii.Number(a.threshold),
			ComparisonOperator: a.op,
			EvaluationPeriods:  jsii.Number(a.periods),
			DatapointsToAlarm:  jsii.Number(a.datapoints),
			// No traffic is not an outage.
			TreatMissingData: awscloudwatch.TreatMissingData_NOT_BREACHING,
		})
		cw.AddAlarmAction(notify)
	}
	return topic
}
