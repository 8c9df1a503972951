package resume

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
)

// maxUnzipped is the memory budget of one DOCX or ODT: the bytes its
// entries may decompress to, declared and real, all together.
const maxUnzipped = 32 << 20

// errBudget ends a read that outgrew the budget.
var errBudget = errors.New("resume: decompressed content exceeds the memory budget")

const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// archive reads zip entries under the budget.
type archive struct {
	ctx    context.Context
	zr     *zip.Reader
	budget int64
}

func openArchive(ctx context.Context, data []byte) (*archive, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, unreadable("The document is a damaged or truncated zip archive.")
	}
	if len(zr.File) > maxZipEntries {
		return nil, unreadable("The archive has %d entries, more than a document holds (at most %d).", len(zr.File), maxZipEntries)
	}
	var declared uint64
	for _, f := range zr.File {
		declared += f.UncompressedSize64
	}
	if declared > maxUnzipped {
		return nil, errBudget
	}
	return &archive{ctx: ctx, zr: zr, budget: maxUnzipped}, nil
}

// read returns an entry's bytes, counting them against the budget as they
// are inflated (declared sizes can lie).
func (a *archive) read(name string) ([]byte, bool, error) {
	for _, f := range a.zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, true, unreadable("The document's part %s cannot be opened (%s).", name, errSummary(err))
		}
		defer rc.Close()
		var buf bytes.Buffer
		n, err := io.Copy(&buf, io.LimitReader(rc, a.budget+1))
		a.budget -= n
		if a.budget < 0 {
			return nil, true, errBudget
		}
		if err != nil {
			return nil, true, unreadable("The document's part %s is damaged (%s).", name, errSummary(err))
		}
		if a.ctx.Err() != nil {
			return nil, true, a.ctx.Err()
		}
		return buf.Bytes(), true, nil
	}
	return nil, false, nil
}

// rels reads a relationships part into id -> (type, target).
func (a *archive) rels(name string) (map[string][2]string, error) {
	data, ok, err := a.read(name)
	if err != nil || !ok {
		return map[string][2]string{}, err
	}
	var doc struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return map[string][2]string{}, nil
	}
	out := map[string][2]string{}
	for _, r := range doc.Rels {
		out[r.ID] = [2]string{r.Type, r.Target}
	}
	return out, nil
}

func extractDOCX(ctx context.Context, data []byte) (*document, error) {
	a, err := openArchive(ctx, data)
	if err != nil {
		return nil, err
	}
	main := "word/document.xml"
	root, err := a.rels("_rels/.rels")
	if err != nil {
		return nil, err
	}
	for _, r := range root {
		if strings.HasSuffix(r[0], "/officeDocument") {
			main = strings.TrimPrefix(path.Clean("/"+r[1]), "/")
		}
	}
	dir := path.Dir(main)
	relsName := dir + "/_rels/" + path.Base(main) + ".rels"
	docRels, err := a.rels(relsName)
	if err != nil {
		return nil, err
	}
	body, ok, err := a.read(main)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, unreadable("The DOCX has no main document part.")
	}
	doc := &document{format: "docx", pages: 1}
	w := &wordReader{rels: docRels}
	var headers, footers []Line
	for id, r := range docRels {
		kind := r[0][strings.LastIndex(r[0], "/")+1:]
		if kind != "header" && kind != "footer" {
			continue
		}
		part := strings.TrimPrefix(path.Clean(dir+"/"+r[1]), "/")
		data, ok, err := a.read(part)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		partRels, err := a.rels(path.Dir(part) + "/_rels/" + path.Base(part) + ".rels")
		if err != nil {
			return nil, err
		}
		hw := &wordReader{rels: partRels}
		if err := hw.read(ctx, data); err != nil {
			return nil, err
		}
		_ = id
		w.links = append(w.links, hw.links...)
		if kind == "header" {
			headers = append(headers, hw.lines...)
		} else {
			footers = append(footers, hw.lines...)
		}
	}
	if err := w.read(ctx, body); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	add := func(ls []Line, block int) {
		for _, l := range ls {
			k := strings.TrimSpace(l.Text)
			if k == "" || (block != 1 && seen[k]) {
				continue
			}
			seen[k] = true
			l.Block = block
			l.Page = 1
			doc.lines = append(doc.lines, l)
		}
	}
	add(headers, 0)
	add(w.lines, 1)
	add(footers, 2)
	doc.blocks = 3
	doc.links = w.links
	if countLetters(doc.lines) < 20 {
		return nil, unreadable("The DOCX has no readable text.")
	}
	return doc, nil
}

// wordReader turns WordprocessingML into lines.
type wordReader struct {
	rels  map[string][2]string
	lines []Line
	links []string

	para   []*paraState // nested paragraphs (text boxes inside a paragraph)
	table  []*tableState
	bold   bool
	size   float64
	inText bool

	inInstr bool
	instr   strings.Builder // a field code's instruction text
}

type paraState struct {
	text  strings.Builder
	bold  int
	chars int
	size  float64
	style string
}

type tableState struct {
	row   [][]Line // cells of the current row
	cell  []Line
	multi bool
}

func isW(ns string) bool { return ns == nsW || ns == nsWStrict }

func (w *wordReader) read(ctx context.Context, data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	depth := 0
	skip := 0 // depth at which a skipped subtree started; 0 when not skipping
	tokens := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if len(w.lines) > 0 {
				return nil // keep what was read before the damage
			}
			return unreadable("The DOCX's text is not well-formed XML (%s).", errSummary(err))
		}
		if tokens++; tokens&0x3fff == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > 256 {
				return unreadable("The DOCX's XML is nested too deeply.")
			}
			if skip > 0 {
				continue
			}
			if w.start(t) {
				skip = depth
			}
		case xml.EndElement:
			if skip > 0 {
				if depth == skip {
					skip = 0
				}
				depth--
				continue
			}
			depth--
			w.end(t)
		case xml.CharData:
			if skip == 0 && w.inInstr && w.instr.Len() < 4096 {
				w.instr.Write(t)
			}
			if skip == 0 && w.inText && len(w.para) > 0 {
				p := w.para[len(w.para)-1]
				p.text.Write(t)
				n := len(bytes.TrimSpace(t))
				p.chars += n
				if w.bold {
					p.bold += n
				}
			}
		}
	}
}

// start handles an opening tag; true means skip its whole subtree.
func (w *wordReader) start(t xml.StartElement) bool {
	ns, name := t.Name.Space, t.Name.Local
	if ns == nsMC && name == "Fallback" {
		return true // the Choice branch carries the same text
	}
	if !isW(ns) {
		return false
	}
	cur := func() *paraState {
		if len(w.para) == 0 {
			return nil
		}
		return w.para[len(w.para)-1]
	}
	switch name {
	case "tabs", "del", "delText", "moveFrom", "sdtPr", "rPrChange", "pPrChange", "commentReference", "footnoteReference":
		return true
	case "instrText":
		w.inInstr = true
	case "p":
		w.para = append(w.para, &paraState{})
	case "pStyle":
		if p := cur(); p != nil {
			p.style = attr(t, "val")
		}
	case "r":
		w.bold, w.size = false, 0
	case "b":
		v := attr(t, "val")
		w.bold = v == "" || v == "1" || v == "true" || v == "on"
	case "sz":
		if f, err := strconv.ParseFloat(attr(t, "val"), 64); err == nil {
			w.size = f / 2
			if p := cur(); p != nil && w.size > p.size {
				p.size = w.size
			}
		}
	case "t":
		w.inText = true
	case "tab", "ptab":
		if p := cur(); p != nil && !w.inText {
			p.text.WriteByte('\t')
		}
	case "br", "cr":
		if p := cur(); p != nil && attr(t, "type") != "page" {
			p.text.WriteByte('\n')
		}
	case "noBreakHyphen":
		if p := cur(); p != nil {
			p.text.WriteByte('-')
		}
	case "softHyphen":
	case "hyperlink":
		if id := attrNS(t, "id"); id != "" {
			if r, ok := w.rels[id]; ok {
				w.links = append(w.links, r[1])
			}
		}
	case "fldSimple":
		w.fieldLink(attr(t, "instr"))
	case "tbl":
		w.table = append(w.table, &tableState{})
	case "tr":
		if tb := w.curTable(); tb != nil {
			tb.row = nil
			tb.multi = false
		}
	case "tc":
		if tb := w.curTable(); tb != nil {
			tb.cell = nil
		}
	}
	return false
}

func (w *wordReader) end(t xml.EndElement) {
	if !isW(t.Name.Space) {
		return
	}
	switch t.Name.Local {
	case "t":
		w.inText = false
	case "instrText":
		w.inInstr = false
		w.fieldLink(w.instr.String())
		w.instr.Reset()
	case "p":
		n := len(w.para)
		if n == 0 {
			return
		}
		p := w.para[n-1]
		w.para = w.para[:n-1]
		w.emit(p)
	case "tc":
		if tb := w.curTable(); tb != nil {
			if len(tb.cell) > 1 {
				tb.multi = true
			}
			tb.row = append(tb.row, tb.cell)
			tb.cell = nil
		}
	case "tr":
		if tb := w.curTable(); tb != nil {
			w.flushRow(tb)
		}
	case "tbl":
		if n := len(w.table); n > 0 {
			w.table = w.table[:n-1]
		}
	}
}

func (w *wordReader) curTable() *tableState {
	if len(w.table) == 0 {
		return nil
	}
	return w.table[len(w.table)-1]
}

// emit turns a finished paragraph into lines (one per w:br).
func (w *wordReader) emit(p *paraState) {
	size := p.size
	switch {
	case p.style == "Title":
		size = max(size, 20)
	case strings.HasPrefix(p.style, "Heading"):
		size = max(size, 14)
	}
	text := strings.ReplaceAll(p.text.String(), "\u00ad", "")
	for _, part := range strings.Split(text, "\n") {
		l := Line{Text: part, Size: size, Bold: p.chars > 0 && p.bold*2 > p.chars, Paragraph: true}
		if tb := w.curTable(); tb != nil && len(w.para) == 0 {
			tb.cell = append(tb.cell, l)
			continue
		}
		w.lines = append(w.lines, l)
	}
}

// flushRow writes a table row: cells with one paragraph each become one
// line separated by tabs; a row whose cells hold several paragraphs is a
// layout table (a sidebar), read cell after cell.
func (w *wordReader) flushRow(tb *tableState) {
	if len(w.table) > 1 {
		// a nested table's row belongs to the enclosing cell
		outer := w.table[len(w.table)-2]
		for _, c := range tb.row {
			outer.cell = append(outer.cell, c...)
		}
		tb.row = nil
		return
	}
	if !tb.multi {
		var parts []string
		l := Line{}
		for _, c := range tb.row {
			for _, x := range c {
				parts = append(parts, x.Text)
				l.Size = max(l.Size, x.Size)
				l.Bold = l.Bold || x.Bold
			}
		}
		l.Text = strings.Join(parts, "\t")
		w.lines = append(w.lines, l)
	} else {
		for _, c := range tb.row {
			w.lines = append(w.lines, c...)
		}
	}
	tb.row = nil
}

// fieldLink records the target of a HYPERLINK field code.
func (w *wordReader) fieldLink(instr string) {
	f := strings.Fields(instr)
	if len(f) >= 2 && strings.EqualFold(f[0], "HYPERLINK") {
		for _, x := range f[1:] {
			if !strings.HasPrefix(x, `\`) {
				w.links = append(w.links, strings.Trim(x, `"`))
				return
			}
		}
	}
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// attrNS reads an r: attribute (transitional or strict relationships).
func attrNS(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local && (a.Name.Space == nsR || a.Name.Space == nsRStrict) {
			return a.Value
		}
	}
	return ""
}
