package parse

import (
	"strings"
	"testing"

	"yusuan/model"
)

// A final-accounts document (部门决算) prints the 年初预算数 beside the 决算数;
// the tree holds the 决算数 and the document is of kind final.
const finalDoc = `某某局2022年度部门决算公开
一般公共预算财政拨款支出决算表
部门名称：某某局
单位：万元
项目		年初预算数			决算数		
科目编码	科目名称	合计	基本支出	项目支出	合计	基本支出	项目支出
合计		100.00	60.00	40.00	98.50	60.00	38.50
201	一般公共服务支出	100.00	60.00	40.00	98.50	60.00	38.50
20101	人大事务	100.00	60.00	40.00	98.50	60.00	38.50
2010101	行政运行	60.00	60.00		60.00	60.00	
2010102	一般行政管理事务	40.00		40.00	38.50		38.50
`

func TestFinalAccounts(t *testing.T) {
	d := mustParse(t, "final", []byte(finalDoc))
	if d.Kind != model.Final || d.Year != 2022 || d.Department != "某某局" {
		t.Errorf("kind %s year %d dept %q", d.Kind, d.Year, d.Department)
	}
	equalLines(t, "functional", funcLines(d), []string{
		"201 一般公共服务支出 98.50 60.00 38.50",
		"20101 人大事务 98.50 60.00 38.50",
		"2010101 行政运行 60.00 60.00 0.00",
		"2010102 一般行政管理事务 38.50 0.00 38.50",
	})
	if d.Totals.Basic.String() != "60.00" || d.Totals.Project.String() != "38.50" {
		t.Errorf("totals %+v", d.Totals)
	}
	cols := strings.Join(d.Tables[0].Columns, ",")
	if !strings.Contains(cols, "年初预算数/基本支出") || !strings.Contains(cols, "决算数/项目支出") {
		t.Errorf("columns %s", cols)
	}
}

// A functional row without a code is kept out of the tree, with a warning
// naming its line; its parent then no longer adds up, so the table is marked
// as not verified, with a warning that names the table and the failed sum.
func TestUncodedRowWarns(t *testing.T) {
	doc := strings.Replace(finalDoc, "2010102\t一般行政管理事务", "\t一般行政管理事务", 1)
	d := mustParse(t, "uncoded", []byte(doc))
	if len(d.Warnings) != 2 {
		t.Fatalf("warnings %v", d.Warnings)
	}
	if w := d.Warnings[1]; !strings.Contains(w, "第11行") || !strings.Contains(w, "一般行政管理事务") {
		t.Errorf("uncoded warning %q", w)
	}
	if w := d.Warnings[0]; !strings.Contains(w, "一般公共预算财政拨款支出决算表") || !strings.Contains(w, "读取存疑") || !strings.Contains(w, "第9行 20101 人大事务") {
		t.Errorf("unverified warning %q", w)
	}
	// 20101 misses the row in 合计 and in 项目支出, where its only item left
	// prints nothing (checked against 0.00), in both the 预算数 and 决算数 blocks
	if !d.Tables[0].Unverified() || d.Tables[0].Identities.Failed != 4 {
		t.Errorf("table verification %v %+v", d.Tables[0].Verified, d.Tables[0].Identities)
	}
}

func TestEmptyNotes(t *testing.T) {
	for note, want := range map[string]bool{
		"注：本表无数据": true,
		"注：无国有资本经营预算财政拨款预算，空表列示。": true,
		"注：本部门无该项目":               true,
		"注：本部门无相关收支项目":            true,
		"注：我单位无政府性基金预算安排":         true,
		"注：表中金额不含预计下年使用的单位资金结余。":  false,
		"注：“科目编码”和“科目名称”为必填项。":    false,
	} {
		if got := isEmptyNote(note); got != want {
			t.Errorf("%s: %v", note, got)
		}
	}
}

// Every line of a section's text knows its source line.
func TestSectionLines(t *testing.T) {
	d := mustParse(t, "jinzhong", readSample(t, jinzhongPath))
	for _, s := range d.Sections {
		if s.Heading != "三、支出预算情况说明" {
			continue
		}
		if len(s.Lines) != 1 || s.Lines[0] != 340 {
			t.Errorf("lines %v", s.Lines)
		}
		return
	}
	t.Error("section not found")
}

// A page break (form feed) inside a line does not shift the line numbers:
// rows keep the line the source file has them on.
func TestPageBreakKeepsLineNumbers(t *testing.T) {
	doc := strings.Replace(finalDoc, "201\t一般公共服务支出", "\f201\t一般公共服务支出", 1)
	d := mustParse(t, "paged", []byte(doc))
	if n := model.FindFunc(d.Functional, "2010102"); n == nil || n.Line != 11 {
		t.Errorf("2010102 at line %v", n)
	}
	if n := model.FindFunc(d.Functional, "201"); n == nil || n.Line != 8 {
		t.Errorf("201 at line %v", n)
	}
}
