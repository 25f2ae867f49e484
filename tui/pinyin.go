package tui

import (
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// pinyinKeys returns the initials (安全监管 → aqjg) and the full toneless
// pinyin (anquanjianguan) of s. Letters and digits pass through lowercased,
// other characters are dropped, so 2026年 gives "2026n".
func pinyinKeys(s string, args *pinyin.Args) (initials, full string) {
	var ib, fb strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			py := pinyin.SinglePinyin(r, *args)
			if len(py) > 0 && py[0] != "" {
				ib.WriteByte(py[0][0])
				fb.WriteString(py[0])
			}
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			lr := unicode.ToLower(r)
			ib.WriteRune(lr)
			fb.WriteRune(lr)
		}
	}
	return ib.String(), fb.String()
}

func newPinyinArgs() *pinyin.Args {
	a := pinyin.NewArgs()
	a.Style = pinyin.Normal
	return &a
}
