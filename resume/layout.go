package resume

import (
	"math"
	"sort"
	"strings"

	"github.com/atsbridge/atsbridge/resume/internal/pdf"
)

// Line is one line of a document's text in reading order, with what the
// parser uses besides the words: size and weight for headings and names,
// and the gap above it for splitting entries.
type Line struct {
	Text string
	Size float64 // font size in points; 0 when unknown (DOCX without sizes)
	Bold bool
	// Gap is the space above the line in multiples of its size, within
	// its block; 0 for a block's first line.
	Gap  float64
	Page int
	// Block numbers the column blocks of the document in reading order;
	// a sidebar and a main column are different blocks.
	Block int
	// Paragraph: the line is a whole paragraph or ends at a break the
	// writer typed (DOCX, ODT), never a line a long paragraph wrapped to.
	Paragraph bool
}

// segment is a run of glyphs on one baseline with no wide gap inside.
type segment struct {
	x0, x1, y, size float64
	bold            int // glyphs in a bold font
	n               int // glyphs
	text            strings.Builder
}

// layoutPage turns a page's glyphs into lines in reading order and reports
// whether it found columns.
func layoutPage(pc pdf.PageContent, page, firstBlock int) (lines []Line, blocks int, columns bool) {
	segs := segments(pc.Glyphs)
	if len(segs) == 0 {
		return nil, 0, false
	}
	ordered, columns := orderBlocks(segs, 0)
	for _, block := range ordered {
		rows := rowsOf(block)
		var prevY, prevSize float64
		for i, row := range rows {
			l := Line{Page: page, Block: firstBlock + blocks}
			var parts []string
			bold, n := 0, 0
			for _, s := range row {
				parts = append(parts, strings.TrimSpace(s.text.String()))
				l.Size = math.Max(l.Size, s.size)
				bold += s.bold
				n += s.n
			}
			l.Text = strings.Join(parts, "\t")
			l.Bold = n > 0 && bold*2 > n
			if i > 0 && l.Size > 0 {
				l.Gap = math.Max(0, (prevY-row[0].y)/math.Max(l.Size, prevSize)-1)
			}
			prevY, prevSize = row[0].y, l.Size
			if strings.TrimSpace(l.Text) != "" {
				lines = append(lines, l)
			}
		}
		blocks++
	}
	return lines, blocks, columns
}

// segments groups glyphs into baseline clusters, then splits each cluster
// into segments at wide gaps, inferring word spaces from the positions
// (pdfTeX writes no space characters at all).
func segments(glyphs []pdf.Glyph) []*segment {
	gs := make([]pdf.Glyph, 0, len(glyphs))
	for _, g := range glyphs {
		if g.Size < 1 || g.Size > 200 || math.IsNaN(g.X) || math.IsNaN(g.Y) || math.IsInf(g.X, 0) || math.IsInf(g.Y, 0) {
			continue
		}
		if g.S == "" && !g.Space {
			continue
		}
		gs = append(gs, g)
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Y > gs[j].Y })
	var out []*segment
	for start := 0; start < len(gs); {
		end := start + 1
		for end < len(gs) && gs[start].Y-gs[end].Y < 0.35*math.Min(gs[start].Size, gs[end].Size) {
			end++
		}
		out = append(out, splitLine(gs[start:end])...)
		start = end
	}
	return out
}

func splitLine(line []pdf.Glyph) []*segment {
	sort.SliceStable(line, func(i, j int) bool { return line[i].X < line[j].X })
	line = dropEmptySpaces(combineAccents(dedupe(line)))
	var out []*segment
	start, last := -1, -1 // the current run's first glyph and its last drawn one
	for i, g := range line {
		if g.Space {
			continue
		}
		if last >= 0 && g.X-(line[last].X+line[last].W) > 1.0*math.Max(line[last].Size, g.Size) {
			out = append(out, runSegment(line[start:i]))
			start = -1
		}
		if start < 0 {
			start = i
		}
		last = i
	}
	if start >= 0 {
		out = append(out, runSegment(line[start:]))
	}
	return out
}

// runSegment writes a run of glyphs without wide gaps as one segment. A
// space goes where the producer drew one, or where the gap between two
// glyphs is wider than the run's letter spacing by a fair part of an em:
// pdfTeX draws no spaces, and a letter-spaced heading ("E X P E R I E N C
// E") has a gap between all its letters, so the gap a space needs grows
// with the spacing the run's letters have anyway.
func runSegment(run []pdf.Glyph) *segment {
	tracking := letterSpacing(run)
	seg := &segment{x0: run[0].X, y: run[0].Y}
	var prev *pdf.Glyph
	space := false
	for i := range run {
		g := &run[i]
		if g.Space {
			space = prev != nil
			continue
		}
		if prev != nil && !space {
			size := math.Max(prev.Size, g.Size)
			space = g.X-(prev.X+prev.W) > (tracking+0.12)*size
		}
		if space {
			seg.text.WriteByte(' ')
			space = false
		}
		seg.text.WriteString(g.S)
		seg.x1 = math.Max(seg.x1, g.X+g.W)
		seg.size = math.Max(seg.size, g.Size)
		seg.n++
		if g.Bold {
			seg.bold++
		}
		prev = g
	}
	return seg
}

// letterSpacing is the gap a run keeps between the letters of a word, in
// ems: the gap a third of its letter pairs stay under (pairs with a drawn
// space between them left out), or 0 for text set without spacing.
func letterSpacing(run []pdf.Glyph) float64 {
	var gaps []float64
	var prev *pdf.Glyph
	for i := range run {
		g := &run[i]
		if g.Space {
			prev = nil
			continue
		}
		if prev != nil {
			gaps = append(gaps, (g.X-(prev.X+prev.W))/math.Max(prev.Size, g.Size))
		}
		prev = g
	}
	if len(gaps) < 4 {
		return 0
	}
	sort.Float64s(gaps)
	if t := gaps[len(gaps)/3]; t > 0.06 {
		return t
	}
	return 0
}

// dropEmptySpaces removes space glyphs that take no room: the glyph after
// them starts where they do. Chromium draws a soft hyphen that way, in
// the middle of a word ("acqui­sition").
func dropEmptySpaces(line []pdf.Glyph) []pdf.Glyph {
	out := line[:0]
	for i, g := range line {
		if g.Space && i+1 < len(line) && !line[i+1].Space && line[i+1].X < g.X+0.5*g.W {
			continue
		}
		out = append(out, g)
	}
	return out
}

// dedupe drops glyphs drawn twice at the same place (fake bold, shadows).
func dedupe(line []pdf.Glyph) []pdf.Glyph {
	out := line[:0]
	for i, g := range line {
		dup := false
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if line[j].S == g.S && math.Abs(line[j].X-g.X) < 0.3 && math.Abs(line[j].Y-g.Y) < 0.3 {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	return out
}

// spacingAccents maps the spacing accents TeX draws over letters (OT1
// fonts have no accented glyphs) to their combining forms.
var spacingAccents = map[string]string{
	"\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302", "^": "\u0302", "\u02dc": "\u0303", "~": "\u0303",
	"\u00a8": "\u0308", "\u00b8": "\u0327", "\u02c7": "\u030c", "\u02d8": "\u0306", "\u02d9": "\u0307",
	"\u02da": "\u030a", "\u02dd": "\u030b", "\u02db": "\u0328", "\u00af": "\u0304",
}

// combineAccents attaches an accent glyph to the letter it sits over.
func combineAccents(line []pdf.Glyph) []pdf.Glyph {
	out := line[:0]
	for i := 0; i < len(line); i++ {
		g := line[i]
		mark, ok := spacingAccents[g.S]
		if ok {
			center := g.X + g.W/2
			over := func(l pdf.Glyph) bool {
				return startsLetter(l.S) && center > l.X-0.05*l.Size && center < l.X+l.W+0.05*l.Size
			}
			if i+1 < len(line) && over(line[i+1]) {
				line[i+1].S += mark
				continue
			}
			if len(out) > 0 && over(out[len(out)-1]) {
				out[len(out)-1].S += mark
				continue
			}
		}
		out = append(out, g)
	}
	return out
}

// rowsOf groups a block's segments into rows by baseline, top to bottom,
// each row left to right.
func rowsOf(block []*segment) [][]*segment {
	sort.SliceStable(block, func(i, j int) bool { return block[i].y > block[j].y })
	var rows [][]*segment
	for _, s := range block {
		if n := len(rows); n > 0 && math.Abs(rows[n-1][0].y-s.y) < 0.35*math.Min(rows[n-1][0].size, s.size) {
			rows[n-1] = append(rows[n-1], s)
			continue
		}
		rows = append(rows, []*segment{s})
	}
	for _, r := range rows {
		sort.SliceStable(r, func(i, j int) bool { return r[i].x0 < r[j].x0 })
	}
	return rows
}

// orderBlocks finds columns: a band of rows (after a full-width header and
// before a full-width footer) whose segments leave a vertical gutter free.
// The header comes first, then the left column, then the right, then the
// footer; each column is searched again for columns of its own.
func orderBlocks(segs []*segment, depth int) ([][]*segment, bool) {
	rows := rowsOf(segs)
	if depth > 2 || len(rows) < 6 {
		return [][]*segment{segs}, false
	}
	for head := 0; head <= len(rows)/2; head++ {
		for tail := 0; tail <= 2 && head+tail < len(rows)-5; tail++ {
			band := rows[head : len(rows)-tail]
			left, right, ok := gutter(band)
			if !ok {
				continue
			}
			var out [][]*segment
			if head > 0 {
				out = append(out, flatten(rows[:head]))
			}
			l, _ := orderBlocks(left, depth+1)
			r, _ := orderBlocks(right, depth+1)
			out = append(out, l...)
			out = append(out, r...)
			if tail > 0 {
				out = append(out, flatten(rows[len(rows)-tail:]))
			}
			return out, true
		}
	}
	return [][]*segment{segs}, false
}

func flatten(rows [][]*segment) []*segment {
	var out []*segment
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

// gutter looks for the widest vertical strip that no segment of the band
// crosses and that splits it into two real columns: both sides carry a
// fair share of the text, and their baselines do not line up row by row
// (that would be a table, such as titles with dates beside them).
func gutter(band [][]*segment) (left, right []*segment, ok bool) {
	all := flatten(band)
	sort.Slice(all, func(i, j int) bool { return all[i].x0 < all[j].x0 })
	var size float64
	for _, s := range all {
		size += s.size
	}
	size /= float64(len(all))
	minX, maxX := all[0].x0, all[0].x1
	for _, s := range all {
		maxX = math.Max(maxX, s.x1)
	}
	width := maxX - minX
	best, bestAt := 0.0, 0.0
	reach := all[0].x1
	for _, s := range all[1:] {
		if gap := s.x0 - reach; gap > best {
			best, bestAt = gap, reach+gap/2
		}
		reach = math.Max(reach, s.x1)
	}
	if best < 1.2*size || width <= 0 {
		return nil, nil, false
	}
	var lc, rc int
	for _, s := range all {
		if s.x1 <= bestAt {
			left = append(left, s)
			lc += s.text.Len()
		} else {
			right = append(right, s)
			rc += s.text.Len()
		}
	}
	total := float64(lc + rc)
	if len(left) < 5 || len(right) < 5 || float64(lc) < 0.15*total || float64(rc) < 0.15*total ||
		bestAt-minX < 0.2*width || maxX-bestAt < 0.2*width {
		return nil, nil, false
	}
	if labelColumn(left, right) || labelColumn(right, left) {
		return nil, nil, false
	}
	return left, right, true
}

// labelColumn says whether side is the label column of a table beside
// other (a tabular CV: dates on the left, entries on the right): most of
// its segments are date ranges, or nearly all sit on a baseline of the
// other side. Section headings do not count: a tabular CV sets them in
// the label column, on rows of their own.
func labelColumn(side, other []*segment) bool {
	if len(side) > len(other) {
		return false
	}
	dated, aligned, headings := 0, 0, 0
	for _, s := range side {
		if headingKind(s.text.String()) != "" {
			headings++
			continue
		}
		if r, ok := findRange(s.text.String()); ok && strings.TrimSpace(r.text) == "" {
			dated++
		}
		for _, o := range other {
			if math.Abs(o.y-s.y) < 0.5 {
				aligned++
				break
			}
		}
	}
	n := float64(len(side) - headings)
	return n > 0 && (float64(dated) >= 0.5*n || float64(aligned) >= 0.8*n)
}
