package parse

import (
	"strings"

	"yusuan/model"
)

// sections groups the text outside tables under its headings (第一部分,
// 一、, （一）). In the spaces layout a paragraph is wrapped over several lines;
// those are joined without a break, since Chinese has no spaces between words.
func sections(text []Row, layout Layout) []*model.Section {
	var out []*model.Section
	var cur *model.Section
	var b strings.Builder
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSpace(b.String())
			if cur.Heading != "" || cur.Text != "" {
				out = append(out, cur)
			}
		}
		b.Reset()
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
		if reHeading.MatchString(t) && len([]rune(t)) <= 40 && !strings.ContainsAny(t, "。；") {
			flush()
			cur = &model.Section{Heading: t, Line: r.Line}
			continue
		}
		if cur == nil {
			cur = &model.Section{Line: r.Line}
		}
		switch {
		case b.Len() == 0:
			cur.Lines = append(cur.Lines, r.Line)
		case sep == "" && !startsParagraph(t):
			// a wrapped line continues the paragraph
		default:
			// a new line; in wrapped text only a new numbered paragraph
			b.WriteString("\n")
			cur.Lines = append(cur.Lines, r.Line)
		}
		b.WriteString(t)
	}
	flush()
	return out
}

func startsParagraph(t string) bool {
	r := []rune(t)
	if len(r) < 2 {
		return false
	}
	return (r[0] >= '0' && r[0] <= '9') && (r[1] == '、' || r[1] == '.' || r[1] == '．') || r[0] == '（' || strings.HasPrefix(t, "注")
}
