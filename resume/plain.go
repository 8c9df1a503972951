package resume

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf8"
)

// extractTXT reads a plain-text resume: UTF-8, or Latin-1 when the bytes
// are not UTF-8 (older Windows exports).
func extractTXT(data []byte) (*document, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := string(data)
	if !utf8.ValidString(text) {
		r := make([]rune, len(data))
		for i, b := range data {
			r[i] = rune(b)
		}
		text = string(r)
	}
	doc := &document{format: "txt", pages: 1, blocks: 1}
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		doc.lines = append(doc.lines, Line{Text: strings.TrimRight(l, " \r"), Page: 1})
	}
	if countLetters(doc.lines) < 20 {
		return nil, unreadable("The text file holds too little text to be a resume.")
	}
	return doc, nil
}

// extractODT reads an OpenDocument text's paragraphs and headings
// (content.xml), best effort: tables are read row by row, cell by cell.
func extractODT(ctx context.Context, data []byte) (*document, error) {
	a, err := openArchive(ctx, data)
	if err != nil {
		return nil, err
	}
	content, ok, err := a.read("content.xml")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, unreadable("The ODT has no content.xml.")
	}
	const nsText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	doc := &document{format: "odt", pages: 1, blocks: 1}
	dec := xml.NewDecoder(bytes.NewReader(content))
	dec.Strict = false
	var cur *strings.Builder
	var heading bool
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if len(doc.lines) > 0 {
				break
			}
			return nil, unreadable("The ODT's text is not well-formed XML (%s).", errSummary(err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > 256 {
				return nil, unreadable("The ODT's XML is nested too deeply.")
			}
			if t.Name.Space != nsText {
				continue
			}
			switch t.Name.Local {
			case "p", "h":
				if cur == nil {
					cur, heading = &strings.Builder{}, t.Name.Local == "h"
				}
			case "tab":
				if cur != nil {
					cur.WriteByte('\t')
				}
			case "s":
				if cur != nil {
					cur.WriteByte(' ')
				}
			case "line-break":
				if cur != nil {
					cur.WriteByte('\n')
				}
			}
		case xml.EndElement:
			depth--
			if t.Name.Space == nsText && (t.Name.Local == "p" || t.Name.Local == "h") && cur != nil {
				for _, part := range strings.Split(cur.String(), "\n") {
					l := Line{Text: part, Page: 1, Paragraph: true}
					if heading {
						l.Size = 14
					}
					doc.lines = append(doc.lines, l)
				}
				cur = nil
			}
		case xml.CharData:
			if cur != nil {
				cur.Write(t)
			}
		}
	}
	if countLetters(doc.lines) < 20 {
		return nil, unreadable("The ODT has no readable text.")
	}
	return doc, nil
}
