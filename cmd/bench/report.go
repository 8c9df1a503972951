package main

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// comparison is one route measured on both servers.
type comparison struct {
	route      string
	bare, real measurement
}

// ratio is atsbridge's requests per second over the bare server's.
func (c comparison) ratio() float64 { return c.real.rps / c.bare.rps }

// p99Ratio is atsbridge's p99 over the bare server's.
func (c comparison) p99Ratio() float64 { return float64(c.real.p99) / float64(c.bare.p99) }

func printTable(w io.Writer, cs []comparison) {
	fmt.Fprintf(w, "  %-44s %10s %9s %9s  %10s %9s %9s  %6s %8s\n",
		"GET", "bare rps", "p50", "p99", "ours rps", "p50", "p99", "ratio", "p99 x")
	for _, c := range cs {
		fmt.Fprintf(w, "  %-44s %10.0f %9s %9s  %10.0f %9s %9s  %6.2f %8.2f\n", c.route,
			c.bare.rps, ms(c.bare.p50), ms(c.bare.p99), c.real.rps, ms(c.real.p50), ms(c.real.p99), c.ratio(), c.p99Ratio())
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond)) }

// median is, per route, the round with the median ratio (its figures are
// shown as measured, so that a row is one real run of each server, not a
// mix of medians from different rounds).
func median(rounds [][]comparison) []comparison {
	var out []comparison
	for i := range rounds[0] {
		var cs []comparison
		for _, r := range rounds {
			cs = append(cs, r[i])
		}
		slices.SortFunc(cs, func(a, b comparison) int {
			switch {
			case a.ratio() < b.ratio():
				return -1
			case a.ratio() > b.ratio():
				return 1
			}
			return 0
		})
		out = append(out, cs[len(cs)/2])
	}
	return out
}
