package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"

	"github.com/atsbridge/atsbridge/ats/registry"
)

// Context keys a deployer sets with `cdk deploy -c key=value` or in cdk.json.
// They are the only knobs; everything else is fixed by design.md.
const (
	ctxStage            = "stage"
	ctxProvider         = "provider"
	ctxMode             = "mode"
	ctxMemory           = "memory"
	ctxTimeout          = "timeout"
	ctxThrottleRate     = "throttleRate"
	ctxThrottleBurst    = "throttleBurst"
	ctxAuth             = "auth"
	ctxLogRetentionDays = "logRetentionDays"
	ctxAlarmEmail       = "alarmEmail"
)

// Settings are the deploy-time choices of one API stack, read from CDK
// context so one code base can deploy a dev and a prod stage side by side.
type Settings struct {
	Stage            string  // API Gateway stage name, also the app's STAGE
	Provider         string  // ATS_PROVIDER: an ats/registry name
	Mode             string  // ATS_MODE: auto, live or preview
	MemoryMB         int     // Lambda memory; CPU share grows with it
	TimeoutSeconds   int     // Lambda timeout, kept under API Gateway's 29 s
	ThrottleRate     float64 // stage steady rate, requests per second over all callers
	ThrottleBurst    int     // stage burst, requests
	Auth             string  // AUTH: required, auto or off (atsbridge's own API keys)
	LogRetentionDays int     // CloudWatch Logs retention of the function's logs
	AlarmEmail       string  // optional address subscribed to the alarm topic
}

// DefaultSettings are what `cdk deploy` uses without any context: a small,
// cheap dev stage that still protects the upstream ATS from floods, with
// atsbridge's API keys required (each key has its own rate limit; the
// stage's throttle is the outer guard over all callers). The
// mode is preview, so a first deploy works before any credentials exist;
// in the cloud the app refuses to fall back to preview on its own, so once
// the secret holds credentials, deploy with -c mode=live (or auto).
func DefaultSettings() Settings {
	return Settings{
		Stage:            "dev",
		Provider:         registry.DefaultProvider,
		Mode:             "preview",
		MemoryMB:         512,
		TimeoutSeconds:   25,
		ThrottleRate:     10,
		ThrottleBurst:    20,
		Auth:             "required",
		LogRetentionDays: 30,
	}
}

// retentionDays lists the retention periods CloudWatch Logs accepts; any
// other number would fail only at deploy time, so synth rejects it early.
var retentionDays = map[int]awslogs.RetentionDays{
	1: awslogs.RetentionDays_ONE_DAY, 3: awslogs.RetentionDays_THREE_DAYS,
	5: awslogs.RetentionDays_FIVE_DAYS, 7: awslogs.RetentionDays_ONE_WEEK,
	14: awslogs.RetentionDays_TWO_WEEKS, 30: awslogs.RetentionDays_ONE_MONTH,
	60: awslogs.RetentionDays_TWO_MONTHS, 90: awslogs.RetentionDays_THREE_MONTHS,
	120: awslogs.RetentionDays_FOUR_MONTHS, 150: awslogs.RetentionDays_FIVE_MONTHS,
	180: awslogs.RetentionDays_SIX_MONTHS, 365: awslogs.RetentionDays_ONE_YEAR,
	400: awslogs.RetentionDays_THIRTEEN_MONTHS, 545: awslogs.RetentionDays_EIGHTEEN_MONTHS,
	731: awslogs.RetentionDays_TWO_YEARS, 1096: awslogs.RetentionDays_THREE_YEARS,
	1827: awslogs.RetentionDays_FIVE_YEARS, 2192: awslogs.RetentionDays_SIX_YEARS,
	2557: awslogs.RetentionDays_SEVEN_YEARS, 2922: awslogs.RetentionDays_EIGHT_YEARS,
	3288: awslogs.RetentionDays_NINE_YEARS, 3653: awslogs.RetentionDays_TEN_YEARS,
}

// Retention is the CDK value for LogRetentionDays (validated by SettingsFromContext).
func (s Settings) Retention() awslogs.RetentionDays {
	return retentionDays[s.LogRetentionDays]
}

// SettingsFromContext reads Settings from CDK context through lookup
// (app.Node().TryGetContext in the app). Values arrive as strings from
// `-c key=value` and as JSON numbers from cdk.json; both are accepted. Every
// bad value is reported at once, naming the key, so a deploy fails at synth
// rather than half way through CloudFormation.
func SettingsFromContext(lookup func(key string) any) (Settings, error) {
	s := DefaultSettings()
	var errs []error
	str := func(key string, dst *string) {
		v := lookup(key)
		if v == nil {
			return
		}
		sv, ok := v.(string)
		if !ok {
			errs = append(errs, fmt.Errorf("context %s=%v: must be a string", key, v))
			return
		}
		*dst = strings.TrimSpace(sv)
	}
	num := func(key string, dst *float64) bool {
		v := lookup(key)
		if v == nil {
			return false
		}
		switch n := v.(type) {
		case float64:
			*dst = n
		case int:
			*dst = float64(n)
		case string:
			f, err := strconv.ParseFloat(strings.TrimSpace(n), 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("context %s=%q: must be a number", key, n))
				return false
			}
			*dst = f
		default:
			errs = append(errs, fmt.Errorf("context %s=%v: must be a number", key, v))
			return false
		}
		return true
	}
	whole := func(key string, dst *int, lo, hi int, unit string) {
		var f float64
		if !num(key, &f) {
			return
		}
		if f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
			errs = append(errs, fmt.Errorf("context %s=%v: must be a whole number of %s from %d to %d", key, f, unit, lo, hi))
			return
		}
		*dst = int(f)
	}

	str(ctxStage, &s.Stage)
	str(ctxProvider, &s.Provider)
	str(ctxMode, &s.Mode)
	str(ctxAlarmEmail, &s.AlarmEmail)
	str(ctxAuth, &s.Auth)
	s.Provider, s.Mode, s.Auth = strings.ToLower(s.Provider), strings.ToLower(s.Mode), strings.ToLower(s.Auth)
	whole(ctxMemory, &s.MemoryMB, 128, 10240, "MB")
	whole(ctxTimeout, &s.TimeoutSeconds, 1, 28, "seconds (API Gateway gives up at 29)")
	if num(ctxThrottleRate, &s.ThrottleRate) && !(s.ThrottleRate > 0 && s.ThrottleRate <= 10000) {
		errs = append(errs, fmt.Errorf("context %s=%v: must be requests per second above 0 and at most 10000", ctxThrottleRate, s.ThrottleRate))
	}
	whole(ctxThrottleBurst, &s.ThrottleBurst, 1, 5000, "requests")

	before := len(errs)
	whole(ctxLogRetentionDays, &s.LogRetentionDays, 1, 3653, "days")
	if _, ok := retentionDays[s.LogRetentionDays]; !ok && len(errs) == before {
		errs = append(errs, fmt.Errorf("context %s=%d: CloudWatch Logs accepts only %s days", ctxLogRetentionDays, s.LogRetentionDays, allowedRetention()))
	}

	if !validStage(s.Stage) {
		errs = append(errs, fmt.Errorf("context %s=%q: must be 1 to 128 letters, digits, '_' or '-'", ctxStage, s.Stage))
	}
	if _, ok := registry.Lookup(s.Provider); !ok {
		errs = append(errs, fmt.Errorf("context %s=%q: must be %s", ctxProvider, s.Provider, registry.OneOf()))
	}
	switch s.Mode {
	case "auto", "live", "preview":
	default:
		errs = append(errs, fmt.Errorf("context %s=%q: must be auto, live or preview", ctxMode, s.Mode))
	}
	switch s.Auth {
	case "required", "auto", "off":
	default:
		errs = append(errs, fmt.Errorf("context %s=%q: must be required, auto or off", ctxAuth, s.Auth))
	}
	if s.AlarmEmail != "" && !validEmail(s.AlarmEmail) {
		errs = append(errs, fmt.Errorf("context %s: must be one e-mail address like ops@example.com", ctxAlarmEmail))
	}
	return s, errors.Join(errs...)
}

// validStage matches what API Gateway accepts as a stage name and what the
// app accepts as one STAGE path segment.
func validStage(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// validEmail is a plausibility check only; SNS sends a confirmation mail, and
// that is the real test. The address is not echoed in the error message.
func validEmail(s string) bool {
	at := strings.Index(s, "@")
	return at > 0 && at == strings.LastIndex(s, "@") && strings.Contains(s[at+1:], ".") && !strings.ContainsAny(s, " ,;")
}

func allowedRetention() string {
	days := make([]int, 0, len(retentionDays))
	for d := range retentionDays {
		days = append(days, d)
	}
	sort.Ints(days)
	parts := make([]string, len(days))
	for i, d := range days {
		parts[i] = strconv.Itoa(d)
	}
	return strings.Join(parts, ", ")
}
