package tui

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

// pinyinTable is the toneless first reading of every character of
// github.com/mozillazg/go-pinyin's dictionary (ü written v, as pinyin input
// methods type it), one line per reading: "an<TAB>安按案…". It is generated
// from the library by TestPinyinTable (YUSUAN_UPDATE_PINYIN=1), which also
// checks that the two agree. The library itself is not linked: its package
// initialisation built a 42,000-entry map on every run, even yusuan --help.
//
//go:embed pinyin.txt
var pinyinTable string

// pinyinReadings is the table as a map, built once, the first time a
// reading is looked up.
var pinyinReadings = sync.OnceValue(func() map[rune]string {
	m := make(map[rune]string, 42000)
	for line := range strings.Lines(pinyinTable) {
		reading, chars, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		for _, r := range chars {
			m[r] = reading
		}
	}
	return m
})

// pinyinCache holds the reading of each character met so far.
type pinyinCache map[rune]string

func (c pinyinCache) of(r rune) string {
	if s, ok := c[r]; ok {
		return s
	}
	s := pinyinReadings()[r]
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
