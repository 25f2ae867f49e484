package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// yusuan diff BUDGET FINAL of one department and year: JSON with the
// execution rate on every line and the 年初预算数 findings; the text report
// under its own title; no warning that the years are the same.
func TestDiffBudgetFinal(t *testing.T) {
	final := "compare/testdata/jinzhong-safety-2023-final.txt"
	code, out, errs := runCmd(t, "diff", jinzhong, final, "--format", "json")
	var got struct {
		Execution  bool
		Functional []struct {
			Code string
			Rate string `json:"execution_rate"`
		}
		Findings []struct{ Rule, Code, Difference string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q, %v", code, errs, err)
	}
	rates := map[string]string{}
	for _, l := range got.Functional {
		rates[l.Code] = l.Rate
	}
	if !got.Execution || rates["2240106"] != "92.00" || len(got.Findings) != 3 || got.Findings[2].Code != "2240299" || got.Findings[2].Difference != "-6.00" {
		t.Errorf("execution %v, rates %v, findings %+v", got.Execution, rates, got.Findings)
	}
	code, out, errs = runCmd(t, "diff", jinzhong, final, "--format", "text")
	if code != 0 || errs != "" || !strings.HasPrefix(out, "预算执行：") || !strings.Contains(out, "[final-budget-column]") {
		t.Errorf("text: exit %d, stderr %q\n%s", code, errs, out)
	}
}
