package main

import (
	"context"
	"log/slog"
	"net/http"
	_ "net/http/pprof"
	"os"
	"time"

	"github.com/atsbridge/atsbridge/ats/preview"
	"github.com/atsbridge/atsbridge/router"
	"github.com/atsbridge/atsbridge/store/memory"
	"github.com/atsbridge/atsbridge/store/sqlite"
)

func main() {
	ctx := context.Background()
	var st preview.Store
	if os.Args[1] == "memory" {
		st = memory.New()
	} else {
		s, err := sqlite.Open(ctx, os.Args[2]+"/preview.db")
		if err != nil {
			panic(err)
		}
		st = s
	}
	sb, err := preview.Open(ctx, st, time.Now)
	if err != nil {
		panic(err)
	}
	f, _ := os.Create(os.Args[2] + "/log")
	h := router.New(slog.New(slog.NewJSONHandler(f, nil)), router.Config{Provider: "workable", Mode: "preview", Stage: "dev", Version: "x", CursorKey: []byte("k")}, sb)
	go http.ListenAndServe("127.0.0.1:6061", nil)
	srv := &http.Server{Addr: "127.0.0.1:6060", Handler: h}
	panic(srv.ListenAndServe())
}
