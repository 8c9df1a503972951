// This file is atsbridge's: fonts as the text layer needs them. Each
// character code is decoded to its Unicode text and its advance width, so
// that glyph positions (and from them the spaces pdfTeX never writes) can
// be computed. The vendored page.go did both per byte, which is wrong for
// the two-byte codes of Type0 fonts that Chromium, LibreOffice and fpdf
// write, and its ToUnicode ranges lost every character above U+00FF.

package pdf

import (
	"strings"
	"unicode/utf16"
)

// font decodes the strings shown with one font resource.
type font struct {
	name      string
	bold      bool
	twoByte   bool              // Type0 with a two-byte code space
	toUnicode *cmap             // preferred when present
	simple    *[256]rune        // single-byte encoding, when no ToUnicode
	widths    map[int]float64   // advance per code, in text space units * 1000 (or glyph units for Type3)
	dw        float64           // default width
	scale     float64           // glyph space to text space: 0.001, or FontMatrix[0] for Type3
	cache     map[string]string // decoded strings, by code
}

// code is one character code of a shown string with its text and width.
type code struct {
	text  string
	width float64 // in text space units, before font size
	space bool    // single-byte code 32: word spacing applies
}

func newFont(v Value) *font {
	f := &font{scale: 0.001, dw: 0, widths: map[int]float64{}, cache: map[string]string{}}
	base := v.Key("BaseFont").Name()
	if i := strings.Index(base, "+"); i >= 0 {
		base = base[i+1:]
	}
	f.name = base
	lower := strings.ToLower(base)
	f.bold = strings.Contains(lower, "bold") || strings.Contains(lower, "black") || strings.Contains(lower, "heavy") || strings.Contains(lower, "semibold") || strings.HasPrefix(lower, "cmbx")
	if tu := v.Key("ToUnicode"); tu.Kind() == Stream {
		f.toUnicode = readCMap(tu)
	}
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.twoByte = true
		if enc := v.Key("Encoding"); enc.Kind() == Stream {
			if m := readCMap(enc); m != nil && !m.space[1] && m.space[0] {
				f.twoByte = false
			}
		}
		desc := v.Key("DescendantFonts").Index(0)
		if fd := desc.Key("FontDescriptor"); fd.Key("FontWeight").Float64() >= 600 || fd.Key("Flags").Int64()&(1<<18) != 0 {
			f.bold = true
		}
		f.dw = 1000
		if dw := desc.Key("DW"); dw.Kind() == Integer || dw.Kind() == Real {
			f.dw = dw.Float64()
		}
		readCIDWidths(desc.Key("W"), f.widths)
	default:
		if fd := v.Key("FontDescriptor"); fd.Key("FontWeight").Float64() >= 600 || fd.Key("Flags").Int64()&(1<<18) != 0 {
			f.bold = true
		}
		first := int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		for i := 0; i < ws.Len() && i < 256; i++ {
			f.widths[first+i] = ws.Index(i).Float64()
		}
		f.dw = v.Key("FontDescriptor").Key("MissingWidth").Float64()
		if v.Key("Subtype").Name() == "Type3" {
			if m := v.Key("FontMatrix"); m.Len() == 6 {
				f.scale = m.Index(0).Float64()
			}
		}
		f.simple = simpleEncoding(v, base)
		if ws.Len() == 0 {
			f.standardWidths(base)
		}
	}
	return f
}

// std14Alias maps the names producers give the standard fonts ("ArialMT",
// "Arial,Bold") to the standard names.
var std14Alias = strings.NewReplacer("Arial", "Helvetica", ",", "-", "MT", "")

// standardWidths fills the widths of a standard 14 font, which a PDF may
// use without a Widths array (ReportLab does): without them every glyph
// would sit at the same place.
func (f *font) standardWidths(base string) {
	name := std14Alias.Replace(base)
	if strings.HasPrefix(name, "Courier") {
		for c := 0; c < 256; c++ {
			f.widths[c] = 600
		}
		return
	}
	table, ok := std14Widths[name]
	if !ok {
		table, ok = std14Widths[strings.SplitN(name, "-", 2)[0]]
	}
	if !ok {
		table = std14Widths["Helvetica"]
	}
	for c := 0; c < 256; c++ {
		if w, ok := table[f.simple[c]]; ok {
			f.widths[c] = w
		}
	}
	if f.dw == 0 {
		f.dw = 500
	}
}

// readCIDWidths reads a CIDFont W array: c [w1 w2 ...] or c1 c2 w.
func readCIDWidths(w Value, out map[int]float64) {
	n := w.Len()
	for i := 0; i < n && len(out) < 1<<16; {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == Array {
			for j := 0; j < next.Len() && j < 1<<16; j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		c2 := int(next.Int64())
		wd := w.Index(i + 2).Float64()
		for k := c; k <= c2 && k-c < 1<<16; k++ {
			out[k] = wd
		}
		i += 3
	}
}

// simpleEncoding builds the byte -> rune table of a simple font from its
// base encoding and Differences.
func simpleEncoding(v Value, base string) *[256]rune {
	var table [256]rune
	enc := v.Key("Encoding")
	baseName := enc.Name()
	if enc.Kind() == Dict {
		baseName = enc.Key("BaseEncoding").Name()
	}
	switch {
	case baseName == "MacRomanEncoding":
		table = macRomanEncoding
	case baseName == "WinAnsiEncoding":
		table = winAnsiEncoding
	case strings.HasPrefix(base, "ZapfDingbats"):
		table = zapfDingbatsEncoding
	case strings.HasPrefix(base, "Symbol"):
		table = winAnsiEncoding
		for c, r := range symbolBullets {
			table[c] = r
		}
	default:
		// StandardEncoding: close to WinAnsi for letters, but with
		// typographic quotes at 0x27 and 0x60.
		table = winAnsiEncoding
		table[0x27] = '\u2019'
		table[0x60] = '\u2018'
	}
	coded := map[int]rune{}
	if enc.Kind() == Dict {
		d := enc.Key("Differences")
		n := -1
		for i := 0; i < d.Len(); i++ {
			x := d.Index(i)
			switch x.Kind() {
			case Integer:
				n = int(x.Int64())
			case Name:
				if n >= 0 && n < 256 {
					table[n] = glyphRune(x.Name())
					if table[n] == noRune {
						if r := codeNamed(x.Name(), n); r != 0 {
							coded[n] = r
						}
					}
				}
				n++
			}
		}
	}
	// a text font whose glyphs are named by their codes (a bitmap T1
	// font); a font of a few such glyphs is icons, not text
	if len(coded) >= 8 {
		for c, r := range coded {
			table[c] = r
		}
	}
	return &table
}

// glyphRune maps a glyph name to its character: the Adobe glyph list,
// then the uniXXXX and uXXXX forms.
func glyphRune(name string) rune {
	if r, ok := nameToRune[name]; ok {
		return r
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		if r, ok := nameToRune[name[:i]]; ok {
			return r
		}
	}
	for _, p := range []string{"uni", "u"} {
		if h, ok := strings.CutPrefix(name, p); ok && len(h) >= 4 && len(h) <= 6 {
			var r rune
			good := true
			for _, c := range h {
				switch {
				case c >= '0' && c <= '9':
					r = r<<4 | (c - '0')
				case c >= 'A' && c <= 'F':
					r = r<<4 | (c - 'A' + 10)
				default:
					good = false
				}
			}
			if good {
				return r
			}
		}
	}
	return noRune
}

// codes splits a shown string into character codes.
func (f *font) codes(s string, out []code) []code {
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(s); i += step {
		raw := s[i : i+step]
		c := 0
		for j := 0; j < step; j++ {
			c = c<<8 | int(raw[j])
		}
		w, ok := f.widths[c]
		if !ok {
			w = f.dw
		}
		out = append(out, code{text: f.decode(raw, c), width: w * f.scale, space: step == 1 && c == 32})
	}
	return out
}

func (f *font) decode(raw string, c int) string {
	if t, ok := f.cache[raw]; ok {
		return t
	}
	t := ""
	if f.toUnicode != nil {
		t = f.toUnicode.lookup(raw)
	}
	if t == "" && f.simple != nil {
		if r := f.simple[c&0xff]; r != 0 && r != noRune {
			t = string(r)
		}
	}
	if t == "" && f.twoByte && f.toUnicode == nil {
		// Identity encoding without a ToUnicode map: the code is often
		// the character itself in UTF-16 (UniGB-UCS2 and friends).
		t = string(rune(c))
	}
	f.cache[raw] = t
	return t
}

// cmap is a ToUnicode CMap: single codes and ranges mapped to UTF-16.
type cmap struct {
	space  [4]bool // code lengths in use
	chars  map[string]string
	ranges []cmapRange
}

type cmapRange struct {
	lo, hi uint32
	n      int      // code length in bytes
	dst    []uint16 // UTF-16 of lo's character
	array  []string // per-code destinations, when given as an array
}

func readCMap(strm Value) *cmap {
	m := &cmap{chars: map[string]string{}}
	defer func() {
		if recover() != nil && len(m.chars) == 0 && len(m.ranges) == 0 {
			m = nil
		}
	}()
	n := -1
	Interpret(strm, func(stk *Stack, op string) {
		switch op {
		case "findresource":
			stk.Pop()
			stk.Pop()
			stk.Push(newDict())
		case "begincmap":
			stk.Push(newDict())
		case "endcmap":
			stk.Pop()
		case "begincodespacerange", "beginbfchar", "beginbfrange", "begincidrange", "begincidchar":
			n = int(stk.Pop().Int64())
		case "endcodespacerange":
			for i := 0; i < n && stk.Len() >= 2; i++ {
				hi, lo := stk.Pop().RawString(), stk.Pop().RawString()
				if len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) {
					m.space[len(lo)-1] = true
				}
			}
			n = -1
		case "endbfchar":
			for i := 0; i < n && stk.Len() >= 2 && len(m.chars) < 1<<16; i++ {
				repl, orig := stk.Pop().RawString(), stk.Pop().RawString()
				m.chars[orig] = decodeUTF16BE(repl)
			}
			n = -1
		case "endbfrange":
			for i := 0; i < n && stk.Len() >= 3 && len(m.ranges) < 1<<14; i++ {
				dst, hi, lo := stk.Pop(), stk.Pop().RawString(), stk.Pop().RawString()
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				r := cmapRange{lo: beUint(lo), hi: beUint(hi), n: len(lo)}
				if r.hi < r.lo {
					continue
				}
				switch dst.Kind() {
				case String:
					r.dst = utf16Units(dst.RawString())
				case Array:
					for j := 0; j < dst.Len() && j < 1<<16; j++ {
						r.array = append(r.array, decodeUTF16BE(dst.Index(j).RawString()))
					}
				default:
					continue
				}
				m.ranges = append(m.ranges, r)
			}
			n = -1
		case "endcidrange", "endcidchar":
			for stk.Len() > 0 {
				stk.Pop()
			}
			n = -1
		case "defineresource":
			stk.Pop()
			v := stk.Pop()
			stk.Pop()
			stk.Push(v)
		}
	})
	return m
}

// lookup maps one code to its text; "" when the map does not know it.
func (m *cmap) lookup(raw string) string {
	if t, ok := m.chars[raw]; ok {
		return t
	}
	c := beUint(raw)
	for _, r := range m.ranges {
		if r.n != len(raw) || c < r.lo || c > r.hi {
			continue
		}
		off := c - r.lo
		if r.array != nil {
			if int(off) < len(r.array) {
				return r.array[off]
			}
			return ""
		}
		if len(r.dst) == 0 {
			return ""
		}
		// The offset is added to the whole last code unit (not only its
		// low byte, the vendored reader's bug): <0000><FFFF><0000> maps
		// code 0x2019 to U+2019.
		u := append([]uint16(nil), r.dst...)
		u[len(u)-1] += uint16(off)
		return string(utf16.Decode(u))
	}
	return ""
}

func beUint(s string) uint32 {
	var x uint32
	for i := 0; i < len(s); i++ {
		x = x<<8 | uint32(s[i])
	}
	return x
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	if len(s)%2 == 1 { // one-byte destinations exist in the wild
		u = append(u, uint16(s[len(s)-1]))
	}
	return u
}

func decodeUTF16BE(s string) string {
	return string(utf16.Decode(utf16Units(s)))
}
