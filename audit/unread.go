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
	if !any {
		return doc
	}
	v := *doc
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
