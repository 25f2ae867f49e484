package tui

import (
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// toneless maps the toned vowels of the pinyin dictionary to plain letters
// (ü to v, as pinyin input methods type it).
var toneless = strings.NewReplacer(
	"ā", "a", "á", "a", "ǎ", "a", "à", "a", "ē", "e", "é", "e", "ě", "e", "è", "e",
	"ī", "i", "í", "i", "ǐ", "i", "ì", "i", "ō", "o", "ó", "o", "ǒ", "o", "ò", "o",
	"ū", "u", "ú", "u", "ǔ", "u", "ù", "u", "ǖ", "v", "ǘ", "v", "ǚ", "v", "ǜ", "v", "ü", "v",
	"ń", "n", "ň", "n", "ǹ", "n", "ḿ", "m", "ê", "e",
)

// pinyinCache holds the toneless reading of each character met so far. The
// library's own conversion runs regular expressions per character, which made
// it most of the explorer's start-up time; the dictionary lookup is cheap.
type pinyinCache map[rune]string

func (c pinyinCache) of(r rune) string {
	if s, ok := c[r]; ok {
		return s
	}
	s := pinyin.PinyinDict[int(r)]
	if i := strings.IndexByte(s, ','); i >= 0 {
		s = s[:i] // the most common reading comes first
	}
	s = toneless.Replace(s)
	c[r] = s
	return s
}

// pinyinKeys returns the initials (安全监管 → aqjg) and the full toneless
// pinyin (anquanjianguan) of s. Letters and digits pass through lowercased,
// other characters are dropped, so 2026年 gives "2026n".
func (c pinyinCache) keys(s string) (initials, full string) {
	var ib, fb strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			if py := c.of(r); py != "" {
				ib.WriteByte(py[0])
				fb.WriteString(py)
			}
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			lr := unicode.ToLower(r)
			ib.WriteRune(lr)
			fb.WriteRune(lr)
		}
	}
	return ib.String(), fb.String()
}
