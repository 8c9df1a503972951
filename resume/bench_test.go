package resume

import (
	"context"
	"sort"
	"testing"
	"time"
)

// BenchmarkParse parses every resume of a set per iteration and reports
// the parse time per page over the files: median and 95th percentile (ms
// per page), beside the usual time and allocations per pass. The sets are
// the tuned corpus and each blind set (blindSets).
func BenchmarkParse(b *testing.B) {
	b.Run("tuned", func(b *testing.B) { benchParse(b, loadCorpus(b)) })
	for _, set := range blindSets {
		b.Run(set.dir, func(b *testing.B) { benchParse(b, loadBlind(b, set.dir)) })
	}
}

func benchParse(b *testing.B, cases []corpusCase) {
	b.ReportAllocs()
	var perPage []float64
	pages := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range cases {
			start := time.Now()
			res, err := Parse(context.Background(), c.data)
			el := time.Since(start)
			if err != nil {
				b.Fatalf("%s: %v", c.name, err)
			}
			perPage = append(perPage, float64(el.Microseconds())/1000/float64(res.Meta.Pages))
			if i == 0 {
				pages += res.Meta.Pages
			}
		}
	}
	b.StopTimer()
	sort.Float64s(perPage)
	b.ReportMetric(perPage[len(perPage)/2], "ms/page-median")
	b.ReportMetric(perPage[len(perPage)*95/100], "ms/page-p95")
	b.ReportMetric(float64(pages), "pages/pass")
}
