// Command infra is the AWS CDK app of atsbridge: `cd infra && npx aws-cdk
// deploy` runs it (cdk.json: "go run ."), which builds the Lambda bootstrap
// and synthesizes one stack, AtsBridge-<stage>. Settings come from CDK
// context (settings.go); the stack is in stack.go.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"
)

func main() {
	err := run()
	jsii.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "infra:", err)
		os.Exit(1)
	}
}

// run builds and synthesizes the app from the infra directory.
func run() error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	root, err := moduleRoot(context.Background(), wd)
	if err != nil {
		return err
	}
	// The CDK CLI says where to write through CDK_OUTDIR; run directly
	// (go run .), write to cdk.out like the CLI would, not to a temp dir.
	var props *awscdk.AppProps
	if os.Getenv("CDK_OUTDIR") == "" {
		props = &awscdk.AppProps{Outdir: jsii.String("cdk.out")}
	}
	app := awscdk.NewApp(props)
	stack, err := newStack(app, &GoBuild{ModuleDir: root, Package: "."})
	if err != nil {
		return err
	}
	return catch(func() {
		asm := app.Synth(nil)
		tpl := filepath.Join(*asm.Directory(), *stack.TemplateFile())
		fmt.Fprintln(os.Stderr, "synthesized", *stack.StackName(), "to", tpl)
	})
}

// newStack reads Settings from app's context and adds the API stack whose
// function code build produces. Tests call it with their own app, so they
// exercise the same path as `cdk deploy`.
func newStack(app awscdk.App, build *GoBuild) (awscdk.Stack, error) {
	settings, err := SettingsFromContext(func(key string) any {
		return app.Node().TryGetContext(jsii.String(key))
	})
	if err != nil {
		return nil, err
	}
	var stack awscdk.Stack
	err = catch(func() {
		stack = NewAPIStack(app, StackName(settings), &APIStackProps{
			StackProps: awscdk.StackProps{
				Description: jsii.String("atsbridge: normalized ATS API (Lambda, API Gateway, DynamoDB), stage " + settings.Stage),
			},
			Settings: settings,
			Build:    build,
		})
	})
	if build.Failure() != nil {
		// The CDK only saw "no output"; the compiler's message is the news.
		return nil, fmt.Errorf("synth failed: %w", build.Failure())
	}
	return stack, err
}

// catch runs f and returns its panic as an error. CDK and jsii report
// failures, a failed go build during bundling included, by panicking; the
// deployer should see one message and a non-zero exit, not a goroutine dump.
func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("synth failed: %w", e)
			} else {
				err = fmt.Errorf("synth failed: %v", r)
			}
		}
	}()
	f()
	return nil
}

// StackName names the stack after its stage, so dev and prod can live in
// one account and `-c stage=prod` never rewrites the dev stack in place.
func StackName(s Settings) string {
	return "AtsBridge-" + s.Stage
}
