package parse

import (
	"strings"

	"yusuan/model"
)

// panels.go reads a classification table printed as panels side by side:
// the 基本支出决算表 of the central departments (公开06表) and of the cities
// that follow it prints 人员经费 | 公用经费 | 公用经费 (continued) on each
// line:
//
//	301 工资福利支出 6,982.75 | 302 商品和服务支出 2,239.41 | 307 债务利息及费用支出
//	人员经费合计 7,967.72 | 公用经费合计 2,266.65
//
// Each panel of a line is a row of its own. A second classification printed
// beside the first (301 01 基本工资 | 501 01 工资奖金津补贴 | figures) is
// not a panel: its code follows the first name with no figure between.

// panelToken is one word or figure of a row and the grid column it was
// printed in. A narrow column can glue a figure to the next panel's code
// ("92,835.98 302"): both are tokens of that one column.
type panelToken struct {
	col  int
	text string
}

func panelTokens(cells []string) []panelToken {
	var out []panelToken
	for i, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if f := strings.Fields(c); len(f) == 2 && isAmountText(f[0]) && isCodeText(f[1]) {
			out = append(out, panelToken{i, f[0]}, panelToken{i, f[1]})
			continue
		}
		out = append(out, panelToken{i, c})
	}
	return out
}

func isWordsToken(s string) bool {
	return !isAmountText(s) && !isCodeText(s) && !model.IsBlankAmount(s) && !isPercentText(s)
}

// panelSegments cuts a row's tokens where a later panel begins: a code
// followed by words, or a panel's total label (公用经费合计), once the
// panel before it has a name. strict asks, as the test of whether a table
// is printed in panels at all, that a figure was printed since that name.
func panelSegments(toks []panelToken, strict bool) [][]panelToken {
	var segs [][]panelToken
	start, named, figure := 0, false, false
	for i, t := range toks {
		isCode := isCodeText(t.text) && i+1 < len(toks) && isWordsToken(toks[i+1].text)
		isTotal := isWordsToken(t.text) && strings.HasSuffix(strings.ReplaceAll(t.text, " ", ""), "合计")
		if (isCode || isTotal && figure) && named && (figure || !strict) {
			segs = append(segs, toks[start:i])
			start, named, figure = i, false, false
		}
		switch {
		case isCode:
		case isWordsToken(t.text):
			named = true
		default:
			figure = figure || named
		}
	}
	return append(segs, toks[start:])
}

// minPanelRows is how many lines must print a later panel for a table to be
// read as panels: one line that happens to match is not a layout.
const minPanelRows = 3

// splitPanels returns the table's rows panel by panel (every line's first
// panel, then every line's second …), each panel as its own row of tokens;
// nil when the table is not printed in panels. A line's segments go to
// panels in order, each no earlier than the column where most lines begin
// that panel: a line whose first panel is blank (30106 伙食补助费, no figure)
// or absent still puts each segment under its own panel.
func splitPanels(rows []Row) []Row {
	votes := map[int]map[int]int{} // panel → its first column → lines
	lines := 0
	for _, r := range rows {
		segs := panelSegments(panelTokens(r.Cells), true)
		if len(segs) > 1 {
			lines++
		}
		for k, s := range segs[1:] {
			if votes[k+1] == nil {
				votes[k+1] = map[int]int{}
			}
			votes[k+1][s[0].col]++
		}
	}
	if lines < minPanelRows {
		return nil
	}
	bounds := []int{0} // bounds[k]: the column where panel k begins
	for k := 1; k <= len(votes); k++ {
		best, n := -1, 0
		for col, c := range votes[k] {
			if c > n || c == n && col < best {
				best, n = col, c
			}
		}
		if best <= bounds[k-1] {
			break
		}
		bounds = append(bounds, best)
	}
	byPanel := make([][]Row, len(bounds))
	for _, r := range rows {
		p := -1
		for _, seg := range panelSegments(panelTokens(r.Cells), false) {
			if len(seg) == 0 {
				continue
			}
			p++
			at := placedAt(seg)
			for p+1 < len(bounds) && at >= bounds[p+1] {
				p++
			}
			p = min(p, len(bounds)-1)
			cells := make([]string, len(seg))
			for i, t := range seg {
				cells[i] = t.text
			}
			byPanel[p] = append(byPanel[p], Row{Line: r.Line, Cells: cells})
		}
	}
	var out []Row
	for _, p := range byPanel {
		out = append(out, p...)
	}
	return out
}

// panelLayout is the layout of each panel of a table printed in panels: the
// amount columns of the first panel (the header's columns after its name
// and before the next panel's code or name), which every panel repeats.
// The figures are placed by their order (figures), no later panel's cells
// being where the header's are.
func panelLayout(g grid) (codedLayout, bool) {
	p := codedLayout{codeCol: -1, nameCol: -1, seqCol: -1}
	named := false
	for j, n := range g.names {
		label := strings.Contains(n, "名称") || strings.Contains(n, "编码") || strings.Contains(n, "代码")
		switch {
		case label && named:
			return p, len(p.keys) > 0
		case strings.Contains(n, "名称"):
			named = true
		case named && n != "" && !label:
			p.keys = append(p.keys, colKey(g, j))
		}
	}
	return p, len(p.keys) > 0
}

// placedAt is the column that tells a segment's panel: where its name is
// printed. A code that opens its line is placed by the layout in the first
// panel's code column whatever panel it belongs to (the second page of
// 西安市卫生健康委员会 2022's 基本支出决算表 prints 30299 其他商品和服务支出
// with its first panel blank: the code went to 301's column, the name and
// figure stayed under 302's); the name is placed by where it was printed.
func placedAt(seg []panelToken) int {
	for _, t := range seg {
		if isWordsToken(t.text) {
			return t.col
		}
	}
	return seg[0].col
}
