package tui

import (
	"os"
	"slices"
	"strings"
	"testing"

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

// libraryTable is pinyin.txt as made from the library: each character's
// first (most common) reading, toneless, grouped by reading.
func libraryTable() string {
	by := map[string][]rune{}
	for r, s := range pinyin.PinyinDict {
		first, _, _ := strings.Cut(s, ",")
		reading := toneless.Replace(first)
		by[reading] = append(by[reading], rune(r))
	}
	var b strings.Builder
	for _, reading := range slices.Sorted(func(yield func(string) bool) {
		for k := range by {
			if !yield(k) {
				return
			}
		}
	}) {
		rs := by[reading]
		slices.Sort(rs)
		b.WriteString(reading + "\t" + string(rs) + "\n")
	}
	return b.String()
}

// TestPinyinTable: the embedded table is the library's dictionary, every
// character with the reading the library gives it first.
// YUSUAN_UPDATE_PINYIN=1 rewrites pinyin.txt from the library.
func TestPinyinTable(t *testing.T) {
	want := libraryTable()
	if os.Getenv("YUSUAN_UPDATE_PINYIN") == "1" {
		if err := os.WriteFile("pinyin.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Skip("pinyin.txt rewritten")
	}
	if pinyinTable != want {
		t.Fatal("pinyin.txt differs from the go-pinyin dictionary: YUSUAN_UPDATE_PINYIN=1 go test ./tui -run TestPinyinTable")
	}
	readings := pinyinReadings()
	if len(readings) != len(pinyin.PinyinDict) {
		t.Errorf("%d characters, the library has %d", len(readings), len(pinyin.PinyinDict))
	}
	for r, s := range pinyin.PinyinDict {
		first, _, _ := strings.Cut(s, ",")
		if got := readings[rune(r)]; got != toneless.Replace(first) || got == "" {
			t.Fatalf("%c: %q, library %q", r, got, s)
		}
	}
	for c, want := range map[rune]string{'安': "an", '监': "jian", '绿': "lv", '行': "xing"} {
		if got := readings[c]; got != want {
			t.Errorf("%c: %q, want %q", c, got, want)
		}
	}
}
