//go:build ignore

// gzipdoc writes the gzip of a file, deterministically (no name, no
// time): `go generate ./router` runs it to make openapi.json.gz, the
// compressed copy of the document the binary embeds (see openapi.go).
//
// Usage: go run gzipdoc.go SRC DST
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run gzipdoc.go SRC DST")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err == nil {
		_, err = zw.Write(src)
	}
	if err == nil {
		err = zw.Close()
	}
	if err == nil {
		err = os.WriteFile(os.Args[2], out.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
