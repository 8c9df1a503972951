package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3assets"
	"github.com/aws/jsii-runtime-go"
)

// GoBuild compiles a Go main package into the `bootstrap` executable that
// the provided.al2023 runtime starts. It is the stack's local bundler, so
// the build runs on the deployer's machine with their Go toolchain: Docker
// is never needed, and the CDK skips it for commands that deploy nothing
// (cdk destroy, cdk list) and for tests that set aws:cdk:bundling-stacks.
type GoBuild struct {
	// ModuleDir is the directory holding the module's go.mod; the build
	// runs there so the module's own go.mod and go.sum decide versions.
	ModuleDir string
	// Package is the main package to build, relative to ModuleDir ("." for
	// the atsbridge root package).
	Package string

	failure error // set by TryBundle; unexported, so jsii does not see it
}

// Build writes outDir/bootstrap for linux/arm64. The flags follow design.md
// §8: static (CGO_ENABLED=0), without the net/rpc path only go1.x needed
// (lambda.norpc), without what the cloud never uses (lambda: the SQLite
// store and the AWS SDK's shared-config chain), stripped (-s -w), and
// reproducible (-trimpath, -buildvcs=false), so the asset hash, and with
// it the deployment, changes only when the code does. A failure returns
// the compiler's own output.
func (b *GoBuild) Build(ctx context.Context, outDir string) error {
	cmd := exec.CommandContext(ctx, "go", "build",
		"-tags", buildTags, "-trimpath", "-buildvcs=false", `-ldflags=-s -w`,
		"-o", filepath.Join(outDir, "bootstrap"), b.Package)
	cmd.Dir = b.ModuleDir
	// Later entries win in os/exec, so these override the caller's shell.
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOARCH=arm64")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go build of the Lambda bootstrap (package %s in %s, linux/arm64) failed: %w\n%s",
			b.Package, b.ModuleDir, err, bytes.TrimSpace(out))
	}
	return nil
}

// TryBundle implements awscdk.ILocalBundling. jsii calls it through a
// pointer, so the receiver must be one. It never returns false: false would
// make the CDK fall back to Docker, which this project does not use.
//
// A failed build is kept in b and reported as "no output", which makes the
// CDK throw and stop the synth; newStack then returns the kept compiler
// message. Panicking here instead would leave the jsii kernel waiting for
// the callback forever (jsii-runtime-go drops callback errors), so the next
// CDK call, or the kernel's shutdown, would fail with an unrelated EPIPE.
func (b *GoBuild) TryBundle(outputDir *string, _ *awscdk.BundlingOptions) *bool {
	b.failure = b.Build(context.Background(), *outputDir)
	return jsii.Bool(true)
}

// Failure is the error of the last build TryBundle ran, nil if it succeeded
// or never ran.
func (b *GoBuild) Failure() error {
	if b == nil {
		return nil
	}
	return b.failure
}

var _ awscdk.ILocalBundling = (*GoBuild)(nil)

// buildTags are the build tags of the Lambda bootstrap.
const buildTags = "lambda,lambda.norpc"

// Code is the Lambda code asset built by b. Its hash is the hash of the
// built binary (AssetHashType OUTPUT), so the CDK never fingerprints the
// module's source tree, .git and cdk.out included.
func (b *GoBuild) Code() awslambda.Code {
	return awslambda.Code_FromAsset(jsii.String(b.ModuleDir), &awss3assets.AssetOptions{
		AssetHashType: awscdk.AssetHashType_OUTPUT,
		Bundling: &awscdk.BundlingOptions{
			// Required by the type, never pulled: TryBundle always succeeds or panics.
			Image: awscdk.DockerImage_FromRegistry(jsii.String("local-go-build-no-docker")),
			Local: b,
		},
	})
}

// moduleRoot finds the root of the Go module that contains dir by asking
// the go command, which knows the rules (go.mod lookup, GOWORK) better
// than a hand-written walk up the tree.
func moduleRoot(ctx context.Context, dir string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", "env", "GOMOD")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return "", fmt.Errorf("go env GOMOD in %s: %w: %s", dir, err, bytes.TrimSpace(exit.Stderr))
		}
		return "", fmt.Errorf("go env GOMOD in %s (is Go installed and on PATH?): %w", dir, err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("%s is not inside a Go module; run the CDK from the atsbridge repository's infra directory", dir)
	}
	return filepath.Dir(gomod), nil
}
