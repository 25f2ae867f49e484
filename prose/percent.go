package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"yusuan/internal/lazyregexp"
)

// OddPercent is a percentage printed in a form other than the plain one
// (35.77%): with a space before the sign (35.77 %) or between a sign and its
// number (- 35.77%), with the full-width ％, or with full-width digits.
// Mentions reads all of them (on narrowed text); a style rule reports them.
type OddPercent struct {
	Printed    string // as printed
	Start, End int    // byte offsets in the text
	Why        string // what is odd, in words for a finding
}

// rePercentPrinted: a percentage as printed, before narrowing, with at most
// one space (a wider gap is a table's column layout, not the figure).
var rePercentPrinted = lazyregexp.New(`([+\-－＋][ \x{3000}])?[0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?[ \x{3000}]?[%％]`)

// OddPercents finds the percentages of a line of text printed in an odd
// form. A performance-indicator table left in the text is not judged, nor
// a line whose characters are spread apart by spaces (pdftotext's
// rendering of justified text: 苏 州 市 自 然 资 源) is not judged: its spaces
// are not the document's.
func OddPercents(line string) []OddPercent {
	if !mayBeOdd(line) || isSpreadLine(line) || reIndicatorRow.MatchString(line) {
		return nil
	}
	var out []OddPercent
	for _, loc := range rePercentPrinted.FindAllStringIndex(line, -1) {
		p := line[loc[0]:loc[1]]
		before := strings.TrimRight(line[:loc[0]], " \u3000")
		prev, _ := utf8.DecodeLastRuneInString(before)
		if strings.ContainsRune(comparators, prev) {
			continue // an indicator's target (≥ 95 %): a table cell read as text
		}
		signed := strings.ContainsAny(p[:1], "+-") || strings.HasPrefix(p, "－") || strings.HasPrefix(p, "＋")
		if signed && !unicode.Is(unicode.Han, prev) {
			// a dash after a figure or a blank cell (-- 0.0% --) is a
			// placeholder of a table, not the sign of the percentage
			p, loc[0] = strings.TrimLeft(p, "+-－＋ \u3000"), loc[0]+len(p)-len(strings.TrimLeft(p, "+-－＋ \u3000"))
			signed = false
		}
		var why []string
		if strings.ContainsAny(p, " \u3000") {
			if signed {
				why = append(why, "符号与数字之间有空格")
			}
			if strings.HasSuffix(strings.TrimRight(p, "%％"), " ") || strings.HasSuffix(strings.TrimRight(p, "%％"), "\u3000") {
				why = append(why, "百分号前有空格")
			}
		}
		if strings.Contains(p, "％") {
			why = append(why, "全角百分号")
		}
		if strings.ContainsAny(p, "０１２３４５６７８９．") {
			why = append(why, "全角数字")
		}
		if len(why) > 0 {
			out = append(out, OddPercent{Printed: p, Start: loc[0], End: loc[1], Why: strings.Join(why, "、")})
		}
	}
	return out
}

// mayBeOdd: a quick test before the patterns, for the common plain line.
func mayBeOdd(line string) bool {
	if strings.Contains(line, "％") {
		return true
	}
	if !strings.Contains(line, "%") {
		return false
	}
	return strings.Contains(line, " %") || strings.Contains(line, "\u3000%") || strings.ContainsAny(line, "０１２３４５６７８９") ||
		strings.Contains(line, "- ") || strings.Contains(line, "+ ") || strings.Contains(line, "－ ") || strings.Contains(line, "＋ ")
}

// comparators precede an indicator's target value (≥ 95 %).
const comparators = "≥≤<>=＝＜＞》《≧≦"

// reIndicatorRow: a performance-indicator table left in the text (产出指标
// 质量指标 … 定性 100 %): its gaps are the table's columns.
var reIndicatorRow = lazyregexp.New(`产出指标|效益指标|满意度指标|成本指标|指标值`)

// reSpread: Chinese characters one space apart, three in a row.
var reSpread = lazyregexp.New(`\p{Han} \p{Han} \p{Han}`)

func isSpreadLine(line string) bool { return reSpread.MatchString(line) }
