package main

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// comparison is one route measured on both servers: in a round, or as
// the median over the rounds.
type comparison struct {
	route      string
	bare, real measurement
	ratio      float64 // atsbridge's requests/s over the bare server's
	p99Ratio   float64 // atsbridge's p99 over the bare server's
}

func newComparison(route string, bare, real measurement) comparison {
	return comparison{route: route, bare: bare, real: real,
		ratio: real.rps / bare.rps, p99Ratio: float64(real.p99) / float64(bare.p99)}
}

func printTable(w io.Writer, cs []comparison) {
	fmt.Fprintf(w, "  %-44s %10s %9s %9s  %10s %9s %9s  %6s %8s\n",
		"GET", "bare rps", "p50", "p99", "ours rps", "p50", "p99", "ratio", "p99 x")
	for _, c := range cs {
		fmt.Fprintf(w, "  %-44s %10.0f %9s %9s  %10.0f %9s %9s  %6.2f %8.2f\n", c.route,
			c.bare.rps, ms(c.bare.p50), ms(c.bare.p99), c.real.rps, ms(c.real.p50), ms(c.real.p99), c.ratio, c.p99Ratio)
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond)) }

// median is, per route, the median over the rounds of every figure on its
// own: requests/s, p50 and p99 of each server, and the two ratios (the
// median of each round's ratio, not the ratio of the medians).
func median(rounds [][]comparison) []comparison {
	var out []comparison
	for i := range rounds[0] {
		pick := func(f func(c comparison) float64) float64 {
			var vals []float64
			for _, r := range rounds {
				vals = append(vals, f(r[i]))
			}
			slices.Sort(vals)
			if n := len(vals); n%2 == 0 {
				return (vals[n/2-1] + vals[n/2]) / 2
			}
			return vals[len(vals)/2]
		}
		dur := func(f func(c comparison) time.Duration) time.Duration {
			return time.Duration(pick(func(c comparison) float64 { return float64(f(c)) }))
		}
		out = append(out, comparison{
			route: rounds[0][i].route,
			bare: measurement{rps: pick(func(c comparison) float64 { return c.bare.rps }),
				p50: dur(func(c comparison) time.Duration { return c.bare.p50 }), p99: dur(func(c comparison) time.Duration { return c.bare.p99 })},
			real: measurement{rps: pick(func(c comparison) float64 { return c.real.rps }),
				p50: dur(func(c comparison) time.Duration { return c.real.p50 }), p99: dur(func(c comparison) time.Duration { return c.real.p99 })},
			ratio:    pick(func(c comparison) float64 { return c.ratio }),
			p99Ratio: pick(func(c comparison) float64 { return c.p99Ratio }),
		})
	}
	return out
}
