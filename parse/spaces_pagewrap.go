package parse

import (
	"strings"
	"unicode/utf8"
)

// A figure wrapped in its cell where the row runs over a page break prints
// its head at the foot of one page (“12,437.3”, 杭州市公安局 2026 line 561)
// and its last digits at the top of the next (“6”, line 564), beside the
// rest of the row's name (“车驾驶员考试”), in the columns of the next page,
// which pdftotext lays out anew: under no head. joinWrappedFigures pairs a
// tail with the head above it by position and cannot see this one; read as
// they stand, the head is a figure short of a digit and the tail a figure of
// its own (6.00).
//
// joinFiguresOverPages joins such a pair: a row with exactly one head, the
// lines after it blank or a page number up to the next page's first line,
// and that line nothing but words and one tail, after them. The joined
// figure must have two decimals. The head is made whole on its row's line,
// and the tail taken off the next page's line, whose words stay.
func joinFiguresOverPages(lines []string, starts []bool) []string {
	if starts == nil {
		return lines
	}
	var out []string // copied on the first change only
	for r := 0; r+1 < len(lines); r++ {
		k := r + 1
		for k < len(lines) && k-r <= 4 && !starts[k] && pageNumberOrBlank(lines[k]) {
			k++
		}
		if k >= len(lines) || !starts[k] || k-r > 4 {
			continue
		}
		head, ok := loneHead(lines[r])
		if !ok {
			continue
		}
		tail, ok := tailAfterWords(lines[k])
		if !ok {
			continue
		}
		f := head.text + tail.text
		if p := strings.IndexByte(f, '.'); p < 0 || len(f)-p-1 != 2 {
			continue
		}
		row := []rune(lines[r])
		end := head.col + utf8.RuneCountInString(head.text)
		if end+len(tail.text) < len(row) && strings.TrimSpace(string(row[end:end+len(tail.text)+1])) != "" {
			continue // no room for the digits on the row's line
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		mended := append(append(append([]rune{}, row[:head.col]...), []rune(f)...), row[min(end+len(tail.text), len(row)):]...)
		out[r] = string(mended)
		next := []rune(lines[k])
		for c := tail.col; c < tail.col+len(tail.text); c++ {
			next[c] = ' '
		}
		out[k] = strings.TrimRight(string(next), " ")
		r = k
	}
	if out == nil {
		return lines
	}
	return out
}

// pageNumberOrBlank: a line with nothing, or a page number alone (24, — 9 —).
func pageNumberOrBlank(line string) bool {
	if !pageNumberRunes(line) {
		return false // a character no page number has: most lines, without cutting tokens
	}
	toks := tokensOf(line)
	digits := 0
	for _, t := range toks {
		switch {
		case t.text == "—" || t.text == "-":
		case isDigits(t.text):
			digits++
		default:
			return false
		}
	}
	return digits <= 1
}

// pageNumberRunes: the line holds only blanks, dashes and ASCII digits.
func pageNumberRunes(line string) bool {
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == ' ' || c == '\t' || c == '-' || c >= '0' && c <= '9':
		case strings.HasPrefix(line[i:], "—") || strings.HasPrefix(line[i:], "\u3000"):
			i += 2
		case strings.HasPrefix(line[i:], "\u00a0"):
			i++
		default:
			return false
		}
	}
	return true
}

// loneHead returns the one figure of the line cut within its decimals,
// after words (a row, not a line of figures); ok is false for none or two.
func loneHead(line string) (tokenAt, bool) {
	toks := tokensOf(line)
	var head tokenAt
	n, words := 0, false
	for _, t := range toks {
		switch {
		case reFigureHead.MatchString(t.text):
			head = t
			n++
		case !isAmountText(t.text) && !isDigits(t.text):
			words = true
		}
	}
	return head, n == 1 && words
}

// tailAfterWords returns the line's last token when it is a tail and every
// token before it is words.
func tailAfterWords(line string) (tokenAt, bool) {
	toks := tokensOf(line)
	if len(toks) < 2 || !isFigureTail(toks[len(toks)-1].text) {
		return tokenAt{}, false
	}
	for _, t := range toks[:len(toks)-1] {
		if isAmountText(t.text) || strings.ContainsAny(t.text, "0123456789") {
			return tokenAt{}, false
		}
	}
	return toks[len(toks)-1], true
}
