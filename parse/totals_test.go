package parse

import (
	"encoding/json"
	"strings"
	"testing"
)

// A headline figure no table prints is absent (null in JSON), never 0.00;
// one printed on a row that stands for 合计 without saying so (深圳: the
// unit's own row) is taken from the functional classes where they add up
// to the expenditure; an income table is read from a confirmed one first.
func TestTotalsAbsentNotZero(t *testing.T) {
	for _, c := range []struct {
		file string
		want string // the totals as JSON
	}{
		// 西安's 部门综合预算 prints 人员经费 and 公用经费, no 基本支出
		{"sn-xian-worksafety-2019-budget-tables.layout.txt", `{"income":"3643.37","expenditure":"3643.37","basic":null,"project":"1620.98"}`},
		// 支出总表: “深圳市信访局 4,684.30 3,072.01 1,612.29”, no 合计 label
		{"gd-shenzhen-petition-2026-budget.layout.txt", `{"income":"4676.96","expenditure":"4684.30","basic":"3072.01","project":"1612.29"}`},
		// 收入决算表 “合计 20,451.35”; the 收入支出决算总表 first in the
		// document once gave 0.00
		{"cn-central-petition-2024-final.layout.txt", `{"income":"20451.35","expenditure":"14572.53","basic":"11073.11","project":"3499.42"}`},
		// the narrative half of a document: nothing printed at all
		{"bj-beijing-stats-2026-budget-text.layout.txt", `{"income":null,"expenditure":null,"basic":null,"project":null}`},
	} {
		t.Run(c.file, func(t *testing.T) {
			d := corpusDocs(t, nationalCorpus, c.file)[0]
			got, err := json.Marshal(d.Totals)
			if err != nil {
				t.Fatal(err)
			}
			if s := strings.Replace(string(got), `,"verified":false`, "", 1); s != c.want {
				t.Errorf("totals %s, want %s", s, c.want)
			}
		})
	}
}

// An economic table that prints no 人员经费 or 公用经费 column (广州: one 预算
// column) gives nodes with those parts absent, null in JSON, never 0.00; one
// that prints them keeps them (晋中: 302 公用经费 40.50, 人员经费 0.00).
func TestEconomicPartsAbsentNotZero(t *testing.T) {
	d := corpusDocs(t, nationalCorpus, "gd-guangzhou-stats-2026-budget.layout.txt")[0]
	if len(d.Economic) == 0 || d.Economic[0].Code != "301" {
		t.Fatalf("economic tree %v, want 301 first", d.Economic)
	}
	got, err := json.Marshal(d.Economic[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), `"total":"7131.66","personnel":null,"public":null`) {
		t.Errorf("广州 301 = %.120s, want 7131.66 with personnel and public null", got)
	}
	j := mustParse(t, "jinzhong", readSample(t, jinzhongPath))
	seen := false
	for _, n := range j.Economic {
		if n.Code == "302" {
			seen = true
			if n.NoPersonnel || n.NoPublic || n.Public.String() != "40.50" {
				t.Errorf("晋中 302 = %+v, want 人员经费 0.00 and 公用经费 40.50 printed", n)
			}
		}
	}
	if !seen {
		t.Error("晋中: no 302 in the economic tree")
	}
}
