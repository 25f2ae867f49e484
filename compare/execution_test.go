package compare

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"yusuan/model"
)

// jinzhongFinal is the final accounts of the 晋中 sample's department and
// year, built from the sample's own lines: 决算数 below the budget, and a
// 年初预算数 that restates 22402/2240299 as 120.00 where the budget says 126.00.
const jinzhongFinal = "testdata/jinzhong-safety-2023-final.txt"

// A budget and the final accounts of its year are recognised as a pair
// (kinds from the parser), line by line as 预算数 | 决算数 | 执行率, and the
// final accounts' 年初预算数 that differs from the budget is a finding on
// each line that prints it.
func TestExecution(t *testing.T) {
	budget, final := mustParse(t, jinzhong), mustParse(t, jinzhongFinal)
	if budget.Kind != model.Budget || final.Kind != model.Final || !IsExecution(budget, final) {
		t.Fatalf("kinds %s %s, execution %v", budget.Kind, final.Kind, IsExecution(budget, final))
	}
	if IsExecution(final, budget) {
		t.Error("final then budget taken for an execution pair")
	}
	d := Compare(budget, final)
	if !d.Execution || len(d.Warnings) != 0 || len(d.Narrative) != 0 {
		t.Fatalf("execution %v, warnings %v (same year and another kind are the point, not a warning), %d narrative claims (比上年 in final accounts is not about the budget)", d.Execution, d.Warnings, len(d.Narrative))
	}
	rates := map[string]string{}
	walkLines(d.Functional, func(l, _ *Line) { rates[l.Code] = l.Rate })
	for code, want := range map[string]string{
		"208": "100.00", "2080801": "100.00",
		"224":     "90.75", // 538.71 / 593.60
		"2240106": "92.00", // 430.21 / 467.60 = 92.0038…
		"2240299": "86.11", // 108.50 / 126.00 = 86.1111…
	} {
		if rates[code] != want {
			t.Errorf("%s: execution rate %q, want %q", code, rates[code], want)
		}
	}
	if r := d.Totals.Expenditure.Rate; r != "90.78" { // 540.31 / 595.20
		t.Errorf("expenditure rate %q", r)
	}
	if r := d.Totals.Income.Rate; r != "" {
		t.Errorf("income: the final accounts print none, rate %q", r)
	}

	var got []string
	for _, f := range d.Findings {
		got = append(got, strings.Join([]string{f.Rule, string(f.Severity), f.Code, f.Expected, f.Actual, f.Difference}, " "))
		if f.Line == 0 || !strings.Contains(f.Message, "年初预算数") {
			t.Errorf("finding %+v", f)
		}
	}
	want := []string{
		"final-budget-column warn 224 593.60 587.60 -6.00",
		"final-budget-column warn 22402 126.00 120.00 -6.00",
		"final-budget-column warn 2240299 126.00 120.00 -6.00",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// the same budget against itself as "final": not a pair; two budgets of two years: no rates
	if d := Compare(budget, budget); d.Execution || d.Findings != nil {
		t.Error("a budget against itself taken for execution")
	}
}

// The writers say it: text with 执行率 and the rate, CSV with execution_rate.
func TestExecutionWriters(t *testing.T) {
	d := Compare(mustParse(t, jinzhong), mustParse(t, jinzhongFinal))
	var b bytes.Buffer
	if err := WriteText(&b, d); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	for _, s := range []string{"预算执行：", "执行率", "92.00%  2240106", "年初预算数与预算文件不符（3处）"} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q:\n%s", s, text)
		}
	}
	b.Reset()
	if err := WriteCSV(&b, d); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := len(rows[0]) - 1
	if rows[0][col] != "execution_rate" {
		t.Fatalf("header %v", rows[0])
	}
	found := false
	for _, r := range rows {
		if r[0] == "functional" && r[1] == "2240106" {
			found = r[col] == "92.00"
		}
	}
	if !found {
		t.Error("CSV row 2240106 lacks its execution rate 92.00")
	}
}
