package prose

import (
	"strings"
	"unicode/utf8"
)

// Paragraph is lines of a text joined into one paragraph.
type Paragraph struct {
	Text string
	// Starts[i] is where the paragraph's i-th line begins in Text, and
	// Lines[i] the index of that line in the text it was read from.
	Starts, Lines []int
}

// LineAt is the index, in the text read, of the line byte at of the
// paragraph comes from.
func (p Paragraph) LineAt(at int) int {
	li := 0
	for i, st := range p.Starts {
		if st <= at {
			li = p.Lines[i]
		}
	}
	return li
}

// Paragraphs joins the lines of a text into paragraphs. pdftotext wraps a
// paragraph over several lines and pages: a line that does not end a
// sentence and is not short like a heading is joined to the next; page
// numbers and blank lines (a page break) between two halves are skipped.
// Lines are split on \n and \f.
func Paragraphs(text string) []Paragraph {
	var paras []Paragraph
	var cur Paragraph
	flush := func() {
		if cur.Text != "" {
			paras = append(paras, cur)
		}
		cur = Paragraph{}
	}
	for li, ln := range strings.Split(strings.ReplaceAll(text, "\f", "\n"), "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || IsPageNumber(ln) {
			continue
		}
		cur.Starts = append(cur.Starts, len(cur.Text))
		cur.Lines = append(cur.Lines, li)
		cur.Text += ln
		if endsParagraph(ln) {
			flush()
		}
	}
	flush()
	return paras
}

// endsParagraph: the line ends a sentence, or is a short line that does not
// stop inside a figure or a list (a heading or a cell).
func endsParagraph(ln string) bool {
	r, _ := utf8.DecodeLastRuneInString(ln)
	if strings.ContainsRune("。！？", r) {
		return true
	}
	return utf8.RuneCountInString(ln) < 24 && !strings.ContainsRune("0123456789.，,、（(；;：:", r)
}

// Span is a sentence and where it starts in its paragraph.
type Span struct {
	Text string
	At   int
}

// Sentences cuts a paragraph at 。！？; the stops are not kept.
func Sentences(p string) []Span {
	var out []Span
	start := 0
	for i, r := range p {
		if r == '。' || r == '！' || r == '？' {
			if s := strings.TrimSpace(p[start:i]); s != "" {
				out = append(out, Span{s, start})
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, Span{s, start})
	}
	return out
}
