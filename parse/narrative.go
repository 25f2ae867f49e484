package parse

import (
	"strings"
	"unicode/utf8"

	"yusuan/model"
)

// sections groups the text outside tables under its headings (第一部分,
// 一、, （一）). In the spaces layout a paragraph is wrapped over several lines;
// those are joined without a break, since Chinese has no spaces between words.
func sections(text []Row, layout Layout) []*model.Section {
	var out []*model.Section
	var cur *model.Section
	// a section's pieces, joined once it ends (one allocation of its size;
	// a strings.Builder doubles its way there)
	var b []string
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSpace(strings.Join(b, ""))
			if cur.Heading != "" || cur.Text != "" {
				out = append(out, cur)
			}
		}
		b = b[:0]
	}
	sep := "\n"
	if layout == LayoutSpaces {
		sep = ""
	}
	for _, r := range text {
		t := strings.TrimSpace(r.Text())
		if t == "" {
			continue
		}
		if mayBeHeading(t) && utf8.RuneCountInString(t) <= 40 && reHeading.MatchString(t) && !strings.ContainsAny(t, "。；") {
			flush()
			cur = &model.Section{Heading: t, Line: r.Line}
			continue
		}
		if cur == nil {
			cur = &model.Section{Line: r.Line}
		}
		switch {
		case len(b) == 0:
			cur.Lines = append(cur.Lines, r.Line)
		case sep == "" && !startsParagraph(t):
			// a wrapped line continues the paragraph
		default:
			// a new line; in wrapped text only a new numbered paragraph
			b = append(b, "\n")
			cur.Lines = append(cur.Lines, r.Line)
		}
		b = append(b, t)
	}
	flush()
	return out
}

// mayBeHeading: t opens as reHeading's headings do (第…部分, 一、, （一）,
// (一)), so the expression runs only on the few lines that can match.
func mayBeHeading(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return r == '第' || r == '（' || r == '(' || strings.ContainsRune("一二三四五六七八九十", r)
}

func startsParagraph(t string) bool {
	r0, n := utf8.DecodeRuneInString(t)
	if n == len(t) {
		return false // fewer than two runes
	}
	r1, _ := utf8.DecodeRuneInString(t[n:])
	return (r0 >= '0' && r0 <= '9') && (r1 == '、' || r1 == '.' || r1 == '．') || r0 == '（' || strings.HasPrefix(t, "注")
}
