package parse

import (
	"strings"
	"testing"

	"yusuan/model"
)

// 北京's 预算05表 prints 项目支出 over 项目支出总数 | 扣除基建项目后预算数 and
// 预算数 over the whole table, each short word centred in the gap between
// the names under it. Read as columns of their own, 项目支出 took the figures
// of 项目支出总数 and left that name a column without figures (two columns
// claiming 项目支出), and 预算数 took 人员经费's in 政数局's table. Read as the
// labels they are, every column has one role and each row's 合计 = 基本支出 +
// 项目支出 is checked.
func TestGroupLabelOverGap(t *testing.T) {
	for _, doc := range []string{"govservice", "greening", "justice", "meteorology", "sasac", "stats"} {
		t.Run(doc, func(t *testing.T) {
			d := corpusDocs(t, nationalCorpus, "bj-beijing-"+doc+"-2026-budget-tables.layout.txt")[0]
			tb := tableTitled(t, d, "预算05表一般公共预算支出表")
			if tb.Verified == nil || !*tb.Verified {
				t.Fatalf("预算05表 not confirmed: %+v", tb.Identities)
			}
			cs := model.ColumnsOf(tb)
			if cs.Ambiguous {
				t.Errorf("columns still ambiguous: %+v", cs)
			}
			if !strings.HasSuffix(cs.Project, "项目支出总数") || cs.Personnel == "" || cs.Basic == "" {
				t.Errorf("columns %+v, want 项目支出 from 项目支出总数 and 人员经费 and 基本支出 read", cs)
			}
			rows := 0
			for _, r := range tb.Coded {
				if _, ok := r.Amounts[cs.Project]; ok {
					rows++
				}
				for col := range r.Amounts {
					if model.RoleOf(col) == model.RoleTotal && col != cs.Total && col != cs.Basic { // 小计 under 基本支出 is its own
						t.Errorf("%s %s: figures under a second total %q", r.Code, r.Name, col)
					}
				}
			}
			if rows == 0 {
				t.Error("no row fills 项目支出")
			}
			if n := tb.Identities.Checked; n <= len(tb.Coded) {
				t.Errorf("%d sums checked over %d rows: the rows' own sums were not", n, len(tb.Coded))
			}
		})
	}
}
