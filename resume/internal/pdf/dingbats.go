package pdf

// zapfDingbatsEncoding is the built-in encoding of ZapfDingbats (Adobe's
// ZapfDingbats AFM), mapped to the Unicode Dingbats: a list drawn with
// its square bullet (code 'n') reads "■", not "n".
var zapfDingbatsEncoding = func() [256]rune {
	var t [256]rune
	t[0x20] = ' '
	seq := func(from, to byte, r rune) {
		for c := int(from); c <= int(to); c++ {
			t[c] = r
			r++
		}
	}
	seq(0x21, 0x24, 0x2701)
	t[0x25] = 0x260E
	seq(0x26, 0x29, 0x2706)
	t[0x2A] = 0x261B
	t[0x2B] = 0x261E
	seq(0x2C, 0x47, 0x270C)
	t[0x48] = 0x2605
	seq(0x49, 0x6B, 0x2729)
	t[0x6C] = 0x25CF
	t[0x6D] = 0x274D
	t[0x6E] = 0x25A0
	seq(0x6F, 0x72, 0x274F)
	t[0x73] = 0x25B2
	t[0x74] = 0x25BC
	t[0x75] = 0x25C6
	t[0x76] = 0x2756
	t[0x77] = 0x25D7
	seq(0x78, 0x7E, 0x2758)
	seq(0xA1, 0xA7, 0x2761)
	t[0xA8], t[0xA9], t[0xAA], t[0xAB] = 0x2663, 0x2666, 0x2665, 0x2660
	seq(0xAC, 0xB5, 0x2460)
	seq(0xB6, 0xD4, 0x2776)
	t[0xD5], t[0xD6], t[0xD7] = 0x2192, 0x2194, 0x2195
	seq(0xD8, 0xEF, 0x2798)
	seq(0xF1, 0xFE, 0x27B1)
	return t
}()

// symbolBullets are the codes of the Symbol font that lists use, beside
// which its Greek letters are not read (resumes do not set text in it).
var symbolBullets = map[byte]rune{0xB7: '•', 0xD7: '⋅', 0xE0: '◊', 0xAE: '→', 0xA8: '♦', 0xA7: '♣', 0xA9: '♥', 0xAA: '♠'}

// corkEncoding is TeX's T1 (Cork) font encoding, the one pdfTeX's bitmap
// (Type 3) fonts use when a document sets T1 without scalable fonts
// installed; their glyphs are named by their codes only ("/a97").
var corkEncoding = func() [256]rune {
	var t [256]rune
	low := []rune("`´ˆ˜¨˝˚ˇ˘¯˙¸˛‚‹›“”„«»–—\u200b‰ıȷ\ufb00\ufb01\ufb02\ufb03\ufb04")
	copy(t[:], low)
	for c := 0x20; c < 0x7F; c++ {
		t[c] = rune(c)
	}
	t[0x20], t[0x27], t[0x60], t[0x7F] = ' ', '’', '‘', '-'
	high := []rune("ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ¡¿£")
	copy(t[0x80:], high)
	for c := 0xC0; c <= 0xFF; c++ {
		t[c] = rune(c)
	}
	t[0xD7], t[0xDF], t[0xF7], t[0xFF] = 'Œ', 'ß', 'œ', 'ß'
	return t
}()

// codeNamed reads a glyph name that only numbers its code ("a97", "g32",
// "c233"), as bitmap fonts name their glyphs: the code's character in
// the Cork encoding, or 0 when the name is not of that form or numbers
// another code.
func codeNamed(name string, code int) rune {
	i := 0
	for i < len(name) && i < 2 && (name[i] >= 'a' && name[i] <= 'z' || name[i] >= 'A' && name[i] <= 'Z') {
		i++
	}
	if i == 0 || len(name)-i < 1 || len(name)-i > 3 {
		return 0
	}
	n := 0
	for _, c := range name[i:] {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	if n != code || code < 0 || code > 255 {
		return 0
	}
	return corkEncoding[code]
}
