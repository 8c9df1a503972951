module fpdfgen

go 1.26

require github.com/jung-kurt/gofpdf/v2 v2.0.0

replace github.com/jung-kurt/gofpdf/v2 => /usr/share/gocode/src/github.com/jung-kurt/gofpdf
