package audit

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"yusuan/model"
	"yusuan/parse"
)

func parseSample(t testing.TB, name string) *model.Document {
	t.Helper()
	doc, err := parse.File("../samples/" + name)
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return doc
}

func summary(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s %s|%s|%s|%s|%s", f.Severity, f.Rule, f.Where, f.Expected, f.Actual, f.Difference, f.Project))
	}
	return out
}

// The samples' genuine inconsistencies, each verified by hand; and nothing
// else: every other figure in them holds.
func TestSamples(t *testing.T) {
	cases := []struct {
		file string
		want []string
	}{
		{"cangzhou-lingang-safety-2026.txt", []string{
			// 预算支出3218.39万元，其中：基本支出…622.39万元…；项目支出1996万元 (the tables: 项目支出 2596.00)
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|2618.39|3218.39|+600.00|",
			// 较2025年预算减少767.47万元，其中：基本支出增加152.53万元…项目支出减少1520万元
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|-1367.47|-767.47|+600.00|",
			// budget 116.00, plan 30/60/90/130
			"error plan-end 7、劳务派遣人员经费绩效目标表 / 劳务派遣人员经费|116.00|130.00|+14.00|劳务派遣人员经费",
			// 上年末固定资产金额为6756.10万元 against 6705.31 + 864.6 + 50.70
			"error narrative-amount 正文 / 九、国有资产信息|7620.61|6756.10|-864.51|",
			// the same table carries 注：无固定资产占用情况，空表列示。
			"warn empty-with-data 部门固定资产占用情况表||||",
			// 30217 公务接待费 0.50 in basic expenditure, 1.50 in the 三公 table
			"info three-public-economic 部门预算一般公共预算财政拨款基本支出表 / 30217|1.50|0.50|-1.00|",
		}},
		{"jinzhong-safety-2023.txt", []string{
			// 遗属补助: budget 1.60 万元 (申报表 年度资金总额 16,000 元), its 项目概况
			// “…共需为王树勇父母及子女发放生活补助共16312元” (whose own parts,
			// 334×2×12 + 548×12 + 720, make 15,312)
			"warn project-stated-amount 2023年项目支出预算表（本年预算） / 遗属补助|1.60|1.6312|+0.0312|遗属补助",
			// 实行绩效目标管理的项目8个, but 党建工作及机关文化建设经费 has no declaration form
			"warn narrative-count 正文 / 十、绩效管理情况|7|8|+1|",
		}},
	}
	for _, c := range cases {
		doc := parseSample(t, c.file)
		fs := Check(doc)
		got := summary(fs)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s findings:\n%s\nwant:\n%s", c.file, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if os.Getenv("AUDIT_DUMP") != "" {
			WriteText(os.Stdout, c.file, fs)
		}
	}
}

// The rules recompute enough of the samples to matter: the narrative lists
// and changes are found, not skipped.
func TestSamplesCoverage(t *testing.T) {
	doc := parseSample(t, "jinzhong-safety-2023.txt")
	c := newChecker(doc)
	lists, changes, shares := 0, 0, 0
	for _, s := range c.narr {
		lists += len(findLists(s))
		for _, m := range s.mentions {
			if m.kind == mPercent && m.change != 0 {
				changes++
			}
			if m.share {
				shares++
			}
		}
	}
	if lists < 5 || changes < 3 || shares < 8 {
		t.Errorf("narrative read too little: %d lists, %d changes, %d shares", lists, changes, shares)
	}
}

// The table rules reach the samples' summary tables and coded tables.
func TestSamplesTableCoverage(t *testing.T) {
	for _, name := range []string{"cangzhou-lingang-safety-2026.txt", "jinzhong-safety-2023.txt"} {
		doc := parseSample(t, name)
		summaries := 0
		for _, tb := range doc.Tables {
			if tb.Kind == model.TSummary || tb.Kind == model.TFiscalSummary {
				inc, exp, ok := summarySides(tb)
				if !ok || len(inc) < 3 || len(exp) < 10 {
					t.Errorf("%s: summary table %q not read: %v %d %d", name, tb.Title, ok, len(inc), len(exp))
				}
				summaries++
			}
			if scope(tb.Kind) != "" && len(tb.Coded) > 0 {
				if cs := columnsOf(tb); cs.Ambiguous || cs.Total == "" {
					t.Errorf("%s: columns of %q not recognised: %+v", name, tb.Title, cs)
				}
			}
		}
		if summaries != 2 {
			t.Errorf("%s: %d summary tables", name, summaries)
		}
		// deterministic
		a, b := summary(Check(doc)), summary(Check(doc))
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Errorf("%s: Check is not deterministic", name)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	for _, name := range []string{"cangzhou-lingang-safety-2026.txt", "jinzhong-safety-2023.txt"} {
		doc := parseSample(b, name)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Check(doc)
			}
		})
	}
}
