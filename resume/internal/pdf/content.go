// This file is atsbridge's: pages and the glyphs drawn on them, with the
// full text and graphics matrices applied (Chromium draws its pages
// through a flipping page transform), Form XObjects followed to a bounded
// depth, and page trees walked without trusting them to be trees.

package pdf

import (
	"fmt"
	"math"
)

// Glyph is one character drawn on a page, in default user space (points,
// origin bottom left).
type Glyph struct {
	X, Y float64 // origin of the glyph on the baseline
	W    float64 // advance width along the baseline
	Size float64 // effective font size
	S    string  // decoded text, possibly "" for unknown codes
	Bold bool
	// Space is a glyph drawn for code 32: it separates words but draws
	// nothing.
	Space bool
}

// PageContent is what one page holds for text extraction.
type PageContent struct {
	Glyphs []Glyph
	Images int      // image XObjects drawn: a page of images and no glyphs is a scan
	Links  []string // URI targets of the page's link annotations
	Width  float64
	Height float64
}

const (
	maxPages     = 500
	maxFormDepth = 8
	maxGlyphs    = 1 << 20
)

// Pages returns the page dictionaries in order, walking the page tree with
// a visited set so that cycles and absurd depths end the walk.
func (r *Reader) Pages() []Value {
	var out []Value
	seen := map[objptr]bool{}
	var walk func(v Value, depth int)
	walk = func(v Value, depth int) {
		if depth > 32 || len(out) >= maxPages {
			return
		}
		if v.ptr != (objptr{}) {
			if seen[v.ptr] {
				return
			}
			seen[v.ptr] = true
		}
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Pages" || kids.Kind() == Array {
			for i := 0; i < kids.Len() && len(out) < maxPages; i++ {
				walk(kids.Index(i), depth+1)
			}
			return
		}
		out = append(out, v)
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return out
}

// Info returns the document information dictionary's entry, such as
// "Producer" or "Creator", as text.
func (r *Reader) Info(key string) string {
	return r.Trailer().Key("Info").Key(key).Text()
}

// Encrypted reports whether the file declares encryption.
func (r *Reader) Encrypted() bool {
	return r.trailer["Encrypt"] != nil
}

func inherited(page Value, key string) Value {
	v := page
	for i := 0; i < 32 && !v.IsNull(); i++ {
		if x := v.Key(key); !x.IsNull() {
			return x
		}
		v = v.Key("Parent")
	}
	return Value{}
}

// Content interprets a page's content streams into glyphs. It panics on
// malformed content, like the rest of the reader; callers recover.
func (r *Reader) Content(page Value) PageContent {
	var pc PageContent
	box := inherited(page, "MediaBox")
	if box.Len() == 4 {
		pc.Width = math.Abs(box.Index(2).Float64() - box.Index(0).Float64())
		pc.Height = math.Abs(box.Index(3).Float64() - box.Index(1).Float64())
	}
	annots := page.Key("Annots")
	for i := 0; i < annots.Len() && i < 200; i++ {
		if uri := annots.Index(i).Key("A").Key("URI"); uri.Kind() == String {
			pc.Links = append(pc.Links, uri.Text())
		}
	}
	in := &interp{r: r, fonts: r.lim.fonts, out: &pc}
	in.run(page.Key("Contents"), inherited(page, "Resources"), ident, 0)
	return pc
}

type matrix [3][3]float64

var ident = matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (x matrix) mul(y matrix) matrix {
	var z matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				z[i][j] += x[i][k] * y[k][j]
			}
		}
	}
	return z
}

func matrixOf(args []Value) matrix {
	m := ident
	for i := 0; i < 6 && i < len(args); i++ {
		m[i/2][i%2] = args[i].Float64()
	}
	return m
}

type gstate struct {
	Tc, Tw, Th, Tl, Tfs, Trise float64
	font                       *font
	Tm, Tlm, CTM               matrix
}

type interp struct {
	r     *Reader
	fonts map[objptr]*font
	out   *PageContent
}

func (in *interp) fontFor(res Value, name string) *font {
	v := res.Key("Font").Key(name)
	if v.ptr != (objptr{}) {
		if f, ok := in.fonts[v.ptr]; ok {
			return f
		}
	}
	f := newFont(v)
	if v.ptr != (objptr{}) {
		in.fonts[v.ptr] = f
	}
	return f
}

func (in *interp) run(strm, res Value, ctm matrix, depth int) {
	if depth > maxFormDepth {
		panic(fmt.Errorf("pdf: form XObjects nested deeper than %d", maxFormDepth))
	}
	g := gstate{Th: 1, CTM: ctm, Tm: ident, Tlm: ident}
	var stack []gstate
	var codes []code
	show := func(s string) {
		if g.font == nil {
			return
		}
		codes = g.font.codes(s, codes[:0])
		for _, c := range codes {
			trm := matrix{{g.Tfs * g.Th, 0, 0}, {0, g.Tfs, 0}, {0, g.Trise, 1}}.mul(g.Tm).mul(g.CTM)
			size := math.Hypot(trm[1][0], trm[1][1])
			adv := c.width*g.Tfs + g.Tc
			if c.space {
				adv += g.Tw
			}
			adv *= g.Th
			w := c.width * math.Hypot(trm[0][0], trm[0][1])
			if len(in.out.Glyphs) < maxGlyphs {
				in.out.Glyphs = append(in.out.Glyphs, Glyph{X: trm[2][0], Y: trm[2][1], W: w, Size: size, S: c.text, Bold: g.font.bold, Space: c.text == " "})
			}
			g.Tm = matrix{{1, 0, 0}, {0, 1, 0}, {adv, 0, 1}}.mul(g.Tm)
		}
	}
	nextLine := func() {
		g.Tlm = matrix{{1, 0, 0}, {0, 1, 0}, {0, -g.Tl, 1}}.mul(g.Tlm)
		g.Tm = g.Tlm
	}
	Interpret(strm, func(stk *Stack, op string) {
		args := popArgs(stk)
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				g.CTM = matrixOf(args).mul(g.CTM)
			}
		case "BT":
			g.Tm, g.Tlm = ident, ident
		case "Tc":
			g.Tc = arg(args, 0)
		case "Tw":
			g.Tw = arg(args, 0)
		case "Tz":
			g.Th = arg(args, 0) / 100
		case "TL":
			g.Tl = arg(args, 0)
		case "Ts":
			g.Trise = arg(args, 0)
		case "Tf":
			if len(args) == 2 {
				g.font = in.fontFor(res, args[0].Name())
				g.Tfs = args[1].Float64()
			}
		case "TD":
			g.Tl = -arg(args, 1)
			fallthrough
		case "Td":
			g.Tlm = matrix{{1, 0, 0}, {0, 1, 0}, {arg(args, 0), arg(args, 1), 1}}.mul(g.Tlm)
			g.Tm = g.Tlm
		case "Tm":
			if len(args) == 6 {
				g.Tm = matrixOf(args)
				g.Tlm = g.Tm
			}
		case "T*":
			nextLine()
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'":
			nextLine()
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				g.Tw, g.Tc = args[0].Float64(), args[1].Float64()
				nextLine()
				show(args[2].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == String {
					show(x.RawString())
					continue
				}
				tx := -x.Float64() / 1000 * g.Tfs * g.Th
				g.Tm = matrix{{1, 0, 0}, {0, 1, 0}, {tx, 0, 1}}.mul(g.Tm)
			}
		case "Do":
			if len(args) != 1 {
				return
			}
			xo := res.Key("XObject").Key(args[0].Name())
			switch xo.Key("Subtype").Name() {
			case "Image":
				in.out.Images++
			case "Form":
				m := g.CTM
				if fm := xo.Key("Matrix"); fm.Len() == 6 {
					var a []Value
					for i := 0; i < 6; i++ {
						a = append(a, fm.Index(i))
					}
					m = matrixOf(a).mul(g.CTM)
				}
				fres := xo.Key("Resources")
				if fres.IsNull() {
					fres = res
				}
				in.run(xo, fres, m, depth+1)
			}
		case "BI":
			in.out.Images++
		}
	})
}

func arg(args []Value, i int) float64 {
	if i < len(args) {
		return args[i].Float64()
	}
	return 0
}

func popArgs(stk *Stack) []Value {
	n := stk.Len()
	args := make([]Value, n)
	for i := n - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}
