// Command fpdfgen draws one resume model (JSON from gen.py) with gofpdf's
// UTF-8 TrueType fonts: the fpdf-style producer of the corpus, whose
// ToUnicode maps use one wide range.
package main

import (
	"encoding/json"
	"os"
	"strings"

	"github.com/jung-kurt/gofpdf/v2"
)

type item struct {
	Head, Right, Sub, Sub2 string
	Bullets                []string
}

type section struct {
	Kind, Title string
	Items       []item
	Lines       []string
}

type model struct {
	Name, Label string
	Contacts    [][3]string
	Sections    []section
	CV          bool
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var m model
	if err := json.Unmarshal(raw, &m); err != nil {
		panic(err)
	}
	pdf := gofpdf.New("P", "mm", "A4", "/usr/share/fonts/truetype/dejavu")
	pdf.AddUTF8Font("dejavu", "", "DejaVuSans.ttf")
	pdf.AddUTF8Font("dejavu", "B", "DejaVuSans-Bold.ttf")
	pdf.AddUTF8Font("dejavu", "I", "DejaVuSans-Oblique.ttf")
	pdf.SetMargins(18, 16, 18)
	pdf.AddPage()
	if m.CV {
		pdf.SetFont("dejavu", "", 8)
		pdf.CellFormat(0, 5, "CURRICULUM VITAE", "", 1, "C", false, 0, "")
	}
	pdf.SetFont("dejavu", "B", 18)
	pdf.CellFormat(0, 9, m.Name, "", 1, "L", false, 0, "")
	pdf.SetFont("dejavu", "", 11)
	pdf.CellFormat(0, 6, m.Label, "", 1, "L", false, 0, "")
	var cs []string
	for _, c := range m.Contacts {
		cs = append(cs, c[1])
	}
	pdf.SetFont("dejavu", "", 8.5)
	pdf.MultiCell(0, 4.5, strings.Join(cs, "  •  "), "", "L", false)
	for _, s := range m.Sections {
		pdf.Ln(3)
		pdf.SetFont("dejavu", "B", 11)
		pdf.CellFormat(0, 7, s.Title, "B", 1, "L", false, 0, "")
		pdf.Ln(1)
		for _, it := range s.Items {
			pdf.SetFont("dejavu", "B", 9.5)
			pdf.CellFormat(120, 5, it.Head, "", 0, "L", false, 0, "")
			pdf.SetFont("dejavu", "", 9.5)
			pdf.CellFormat(0, 5, it.Right, "", 1, "R", false, 0, "")
			pdf.SetFont("dejavu", "I", 9.5)
			pdf.CellFormat(0, 5, it.Sub, "", 1, "L", false, 0, "")
			pdf.SetFont("dejavu", "", 9.5)
			if it.Sub2 != "" {
				pdf.CellFormat(0, 5, it.Sub2, "", 1, "L", false, 0, "")
			}
			for _, b := range it.Bullets {
				pdf.SetX(22)
				pdf.MultiCell(0, 5, "– "+b, "", "L", false)
			}
			pdf.Ln(1.5)
		}
		pdf.SetFont("dejavu", "", 9.5)
		for _, l := range s.Lines {
			pdf.MultiCell(0, 5, l, "", "L", false)
		}
	}
	if err := pdf.OutputFileAndClose(os.Args[2]); err != nil {
		panic(err)
	}
}
