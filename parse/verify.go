package parse

import (
	"fmt"
	"strings"

	"yusuan/model"
)

// maxFailures is how many failed sums a table's verification names; the
// count says how many more there were.
const maxFailures = 5

// verifyTable confirms what was read of a coded table by the table's own
// arithmetic: each row's 合计 against its parts, each printed parent against
// its children, the 合计 row against the classes, each within the rounding of
// the printed figures. Whether that confirms the reading is
// model.ReadingConfirmed's to say. A table with
// nothing to check (one row, one column) is left unmarked.
func verifyTable(t *model.Table) {
	if len(t.Coded) == 0 || t.Empty {
		return
	}
	n := &model.IdentityCount{}
	blank := 0 // parents blank where their children are not: columns read shifted
	count := func(id model.Identity, what string) {
		n.Checked++
		if id.HoldsWithinRounding() {
			return // the document's own rounding confirms the reading as well
		}
		n.Failed++
		if len(n.Failures) < maxFailures {
			n.Failures = append(n.Failures, fmt.Sprintf("第%d行 %s“%s”：%s ≠ %s", id.Row.Line, what, model.Leaf(id.Column), id.Got, id.Sum))
		}
	}
	cs := model.ColumnsOf(t)
	if !cs.Ambiguous {
		for i := range t.Coded {
			r := &t.Coded[i]
			for _, id := range model.RowIdentities(cs, r) {
				count(id, rowLabel(r)+" 与各部分之和")
			}
		}
	}
	unplaced := 0 // failed sums over families holding rows the reader could not place
	var failedSums []model.Identity
	// (a table nested by its sums, see shapeByArithmetic, leaves none)
	namesOnly := !printsCodes(t) && !shaped(t)
	for _, ts := range model.TreeSums(t) {
		gap := namesOnly && unplacedUnder(t, ts.Parent)
		for _, id := range ts.Columns {
			if gap && !id.HoldsWithinRounding() {
				unplaced++
			}
			count(id, rowLabel(ts.Parent)+" 与下级之和")
			if !id.HoldsWithinRounding() {
				failedSums = append(failedSums, id)
			}
		}
		for _, col := range ts.Blank {
			n.Checked++
			n.Failed++
			blank++
			if len(n.Failures) < maxFailures {
				n.Failures = append(n.Failures, fmt.Sprintf("第%d行 %s“%s”空白，下级之和为%s", ts.Parent.Line, rowLabel(ts.Parent), model.Leaf(col), model.KidsSum(ts.Kids, col)))
			}
		}
	}
	if n.Checked == 0 {
		return
	}
	if cs.AmbiguousSpending && spendingKind(t.Kind) {
		// two columns claim 基本支出 or 项目支出 (北京's 项目支出总数 beside
		// 项目支出): the sums may hold column by column while the tree shows
		// the wrong one
		blank++
		n.Failed++
		n.Failures = append([]string{"两栏同称基本支出或项目支出（或人员、公用经费）：无法确定各金额所属的栏"}, n.Failures[:min(len(n.Failures), maxFailures-1)]...)
	}
	if totalsDisagree(t) {
		blank++    // the total itself was not read
		n.Failed++ // named first: the reason the rest cannot be trusted
		n.Failures = append([]string{"合计行不止一行且数字不同：合计未能读出"}, n.Failures[:min(len(n.Failures), maxFailures-1)]...)
	}
	crossed := crossedColumns(failedSums)
	if crossed != "" {
		n.Failures = append([]string{crossed}, n.Failures[:min(len(n.Failures), maxFailures-1)]...)
	}
	// a shifted column is no slip of the document's arithmetic, nor a sum
	// over rows left without a place, nor figures crossed between two
	// columns: none is forgiven among many sums
	ok := model.ReadingConfirmed(n.Checked, n.Failed) && blank == 0 && unplaced == 0 && crossed == ""
	t.Verified, t.Identities = &ok, n
}

func rowLabel(r *model.CodedRow) string {
	if r.Code == "" {
		if r.Name == "" {
			return "合计"
		}
		return r.Name
	}
	return strings.TrimSpace(r.Code + " " + r.Name)
}

// warnUnverified says, for every table its arithmetic did not confirm, which
// table, where, and what failed, so the reader never takes its figures as read.
func warnUnverified(doc *model.Document) {
	for _, t := range doc.Tables {
		if !t.Unverified() {
			continue
		}
		n := t.Identities
		more := ""
		if n.Failed > len(n.Failures) {
			more = fmt.Sprintf("等%d处", n.Failed)
		}
		doc.Warnf(t.Line, "表“%s”读取存疑：%d项合计关系中%d项不成立（%s%s），其数字未经核实", t.Title, n.Checked, n.Failed, strings.Join(n.Failures, "；"), more)
	}
}

// spendingKind: a table the functional or economic tree, or the headline
// totals, may be read from.
func spendingKind(k model.TableKind) bool {
	switch k {
	case model.TExpenditure, model.TGeneralExpenditure, model.TFiscalExpenditure, model.TFundExpenditure,
		model.TSOEExpenditure, model.TBasicEconomic:
		return true
	}
	return false
}
