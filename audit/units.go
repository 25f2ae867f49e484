package audit

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"yusuan/model"
	"yusuan/prose"
)

// tableFigures holds every amount the tables print, in 万元, for finding a
// narrative figure by magnitude. Keys are decimal strings without trailing
// zeros (a Decimal is no map key).
type tableFigures map[string]bool

func figureKey(d decimal.Decimal) string {
	s := d.String()
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func (f tableFigures) has(d decimal.Decimal) bool { return f[figureKey(d)] }

var tenThousand = decimal.NewFromInt(10000)

// figuresOf collects the amounts of the tables whose reading was confirmed
// (or that carry no coded rows to confirm), converted to 万元 by the unit
// each table printed.
func figuresOf(doc *model.Document) tableFigures {
	out := tableFigures{}
	for _, t := range doc.Tables {
		if t.Unverified() {
			continue
		}
		for _, row := range t.Rows {
			for _, cell := range row {
				v, ok := model.ParseAmount(cell)
				if !ok || v.IsZero() {
					continue
				}
				d := v.Decimal().Abs()
				if t.Unit == "元" {
					d = d.Div(tenThousand)
				}
				out[figureKey(d)] = true
			}
		}
	}
	return out
}

// distinctive: a table figure with at least four significant digits and at
// least 1 万元, so that matching it at another magnitude is no coincidence
// (126.00 ×10000 is a round 1,260,000 any sentence may print; 595.20 is not).
func distinctive(d decimal.Decimal) bool {
	if d.LessThan(decimal.NewFromInt(1)) {
		return false
	}
	digits := strings.TrimLeft(strings.ReplaceAll(figureKey(d), ".", ""), "0")
	return len(strings.TrimRight(digits, "0")) >= 4
}

// checkUnitMagnitudes: a narrative amount that is a table's figure in the
// wrong unit: X万元 where a table prints X/10000 万元 (元 written as 万元), or
// X元 where a table prints X 万元 (万元 written as 元), and no table prints
// the amount as stated.
func checkUnitMagnitudes(c *checker) {
	var figs tableFigures // read once, when a sentence has a figure to look up
	tables := func() tableFigures {
		if figs == nil {
			figs = figuresOf(c.doc)
		}
		return figs
	}
	for _, s := range c.narr {
		for _, m := range s.mentions {
			if m.kind != mAmount || m.value.IsZero() {
				continue
			}
			if t := m.value.Div(tenThousand); distinctive(t) && tables().has(t) && !tables().has(m.value) {
				c.add("unit-magnitude", Warn, sentLoc(s), fmt.Sprintf("正文“%s万元”是表中 %s 万元的一万倍，疑将以元计的数字写作万元：%s",
					m.printed, money(t).String(), quote(s.text)))
			}
		}
		if strings.Count(s.text, "元") == strings.Count(s.text, "万元")+strings.Count(s.text, "亿元") {
			continue // no figure in 元: the common case
		}
		for _, m := range prose.YuanAmounts(s.text) {
			if m.Value.IsZero() || !distinctive(m.Value) {
				continue
			}
			if tables().has(m.Value) && !tables().has(m.Value.Div(tenThousand)) {
				c.add("unit-magnitude", Warn, sentLoc(s), fmt.Sprintf("正文“%s元”与表中 %s 万元数字相同，疑将万元写作元：%s",
					m.Printed, money(m.Value).String(), quote(s.text)))
			}
		}
	}
}

// checkPercentForms: percentages printed with a space before the sign or
// between a sign and the number, with ％ or with full-width digits. The
// narrative rules read them all (prose.Mentions on narrowed text); this
// reports the form, one finding per line.
func checkPercentForms(c *checker) {
	for _, sec := range c.doc.Sections {
		if !strings.Contains(sec.Text, "%") && !strings.Contains(sec.Text, "％") {
			continue
		}
		for i, line := range strings.Split(sec.Text, "\n") {
			line = model.CleanText(line)
			odd := prose.OddPercents(line)
			if len(odd) == 0 {
				continue
			}
			var parts []string
			for _, o := range odd {
				parts = append(parts, fmt.Sprintf("“%s”（%s）", o.Printed, o.Why))
			}
			where := sentLoc(&sentence{heading: sec.Heading, line: sectionLine(sec, i)})
			c.add("percent-format", Info, where, fmt.Sprintf("百分比书写不规范：%s：%s", strings.Join(parts, "、"), quote(strings.TrimSpace(line))))
		}
	}
}
