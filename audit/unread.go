package audit

import (
	"fmt"
	"strings"

	"yusuan/model"
)

// checkUnverified reports, once each and under their own heading, the tables
// whose own arithmetic did not confirm what was read: that is yusuan's
// reading in doubt, not the document contradicting itself.
func checkUnverified(c *checker) {
	for _, t := range c.read.Tables {
		if !t.Unverified() {
			continue
		}
		n := t.Identities
		msg := fmt.Sprintf("表“%s”的%d项合计关系中%d项在所读数字上不成立，表格可能未按原样读出，其数字未经核实，未用于其他检查", t.Title, n.Checked, n.Failed)
		if len(n.Failures) > 0 {
			msg += "：" + strings.Join(n.Failures, "；")
		}
		c.add("table-unverified", Unread, loc{where: t.Title, line: t.Line}, msg)
	}
}

// trustedView returns the document as the rules may reason from it: the
// coded rows of unverified tables, and trees built from them, are left out,
// so a misread column never becomes a finding against the document.
func trustedView(doc *model.Document) *model.Document {
	any := false
	for _, t := range doc.Tables {
		any = any || t.Unverified()
	}
	blocks := threePublicSplitFigures(doc)
	if !any && !blocks {
		return doc
	}
	v := *doc
	if blocks {
		v.ThreePublic = nil
	}
	v.Tables = make([]*model.Table, len(doc.Tables))
	for i, t := range doc.Tables {
		if t.Unverified() {
			tc := *t
			tc.Coded = nil
			t = &tc
		}
		v.Tables[i] = t
	}
	if len(v.Functional) > 0 && v.Functional[0].Unverified {
		v.Functional = nil
	}
	if len(v.Economic) > 0 && v.Economic[0].Unverified {
		v.Economic = nil
	}
	return &v
}

// threePublicSplitFigures: a cell of the “三公” table starts at the decimal
// point, the rest of a figure printed over two lines: cq-chongqing-meteorology
// -2026 prints its 合计 as “13” over “.85” and was read as 0.85 出国 and no
// 合计, which the document does not say (its narrative: 13.85 万元).
func threePublicSplitFigures(doc *model.Document) bool {
	tp := doc.ThreePublic
	if tp == nil {
		return false
	}
	for _, t := range doc.Tables {
		if t.Title != tp.Table || t.Line != tp.Line {
			continue
		}
		for _, row := range t.Rows {
			for _, cell := range row {
				if strings.HasPrefix(strings.TrimSpace(cell), ".") {
					return true
				}
			}
		}
	}
	return false
}
