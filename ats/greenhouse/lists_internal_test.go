package greenhouse

import "testing"

// A continuation resumes past the record it names, wherever Greenhouse
// put it; when that record is gone, past every id not below it.
func TestResumeAt(t *testing.T) {
	recs := func(ids ...string) []record[wireJob] {
		var out []record[wireJob]
		for _, id := range ids {
			out = append(out, record[wireJob]{id: id})
		}
		return out
	}
	tests := []struct {
		recs  []record[wireJob]
		after string
		want  int
	}{
		{recs("9", "7", "5", "3"), "", 0},
		{recs("9", "7", "5", "3"), "7", 2},
		{recs("9", "7", "5", "3"), "6", 2},  // 6 is gone: resume below it
		{recs("9", "7", "5", "3"), "10", 0}, // everything is below
		{recs("9", "7", "5", "3"), "1", 4},
		{recs("5", "9", "7", "3"), "9", 2}, // not descending: found by id
	}
	for _, tt := range tests {
		if got := resumeAt(tt.recs, tt.after); got != tt.want {
			t.Errorf("%v after %q: got %d, want %d", tt.recs, tt.after, got, tt.want)
		}
	}
}
