package main

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// lookupOf stands in for app.Node().TryGetContext.
func lookupOf(m map[string]any) func(string) any {
	return func(key string) any { return m[key] }
}

func TestSettingsFromContext(t *testing.T) {
	withDefaults := func(change func(*Settings)) Settings {
		s := DefaultSettings()
		change(&s)
		return s
	}
	tests := []struct {
		name    string
		context map[string]any
		want    Settings
	}{
		{"no context gives the defaults", nil, DefaultSettings()},
		{"CLI strings", map[string]any{
			"stage": "prod", "memory": "1024", "timeout": "10", "throttleRate": "2.5", "throttleBurst": "5",
			"auth": "Auto", "logRetentionDays": "365", "alarmEmail": "ops@example.com", "provider": "Lever", "mode": "PREVIEW",
		}, Settings{
			Stage: "prod", Provider: "lever", Mode: "preview", MemoryMB: 1024, TimeoutSeconds: 10, ThrottleRate: 2.5,
			ThrottleBurst: 5, Auth: "auto", LogRetentionDays: 365, AlarmEmail: "ops@example.com",
		}},
		{"cdk.json numbers", map[string]any{"memory": 256.0, "timeout": 28.0, "logRetentionDays": 7.0},
			withDefaults(func(s *Settings) { s.MemoryMB, s.TimeoutSeconds, s.LogRetentionDays = 256, 28, 7 })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SettingsFromContext(lookupOf(tt.context))
			if err != nil {
				t.Fatalf("error: got %v, want none", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("settings: got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestSettingsFromContextRejects(t *testing.T) {
	tests := []struct {
		key   string
		value any
		want  string // in the error
	}{
		{"stage", "dev/v1", "context stage"},
		{"stage", "", "context stage"},
		{"provider", "bamboohr", "context provider"},
		{"mode", "sandbox", "context mode"},
		{"memory", "lots", "context memory"},
		{"memory", "64", "128 to 10240"},
		{"memory", 512.5, "whole number"},
		{"timeout", "29", "API Gateway gives up at 29"},
		{"timeout", 0.0, "context timeout"},
		{"throttleRate", "0", "context throttleRate"},
		{"throttleBurst", "0", "context throttleBurst"},
		{"auth", "sometimes", "context auth"},
		{"logRetentionDays", "10", "1, 3, 5, 7, 14, 30"},
		{"alarmEmail", "ops at example", "context alarmEmail"},
		{"alarmEmail", true, "must be a string"},
	}
	for _, tt := range tests {
		t.Run(tt.key+"="+fmt.Sprint(tt.value), func(t *testing.T) {
			_, err := SettingsFromContext(lookupOf(map[string]any{tt.key: tt.value}))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error: got %v, want one containing %q", err, tt.want)
			}
		})
	}
	t.Run("every bad key is reported at once", func(t *testing.T) {
		_, err := SettingsFromContext(lookupOf(map[string]any{"memory": "x", "stage": "a b", "mode": "y"}))
		for _, key := range []string{"memory", "stage", "mode"} {
			if err == nil || !strings.Contains(err.Error(), "context "+key) {
				t.Errorf("error: got %v, want it to name context %s", err, key)
			}
		}
	})
	t.Run("the alarm address is not echoed", func(t *testing.T) {
		_, err := SettingsFromContext(lookupOf(map[string]any{"alarmEmail": "jane.doe@@example.com"}))
		if err == nil || strings.Contains(err.Error(), "jane.doe") {
			t.Errorf("error: got %v, want a rejection without the address", err)
		}
	})
}
