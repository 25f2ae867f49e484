package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"yusuan/model"
)

// Every record of each sample: eight fields, an exact decimal amount in 万元,
// the source line it was printed on; known rows present.
func TestCSV(t *testing.T) {
	cases := []struct {
		name, source string
		data         []byte
		want         []string // records that must be there, joined by commas
	}{
		{sampleDocs[0].name, sampleDocs[0].source, sampleDocs[0].data, []string{
			"samples/jinzhong-safety-2023.txt,2023年预算支出总表,expenditure,135,,2240106,安全监管,2023年预算数/基本支出,40.50",
			"samples/jinzhong-safety-2023.txt,2023年预算收支总表,summary,68,,,一、一般公共预算,收入/2023年,595.20",
		}},
		{sampleDocs[1].name, sampleDocs[1].source, sampleDocs[1].data, []string{
			"samples/cangzhou-lingang-safety-2026.txt,部门预算支出总表,expenditure,625,,2240101,行政运行,合计,571.97",
			"samples/cangzhou-lingang-safety-2026.txt,部门预算财政拨款“三公”经费支出表,three_public,1435,,,“三公”经费小计,资金性质/合计,1.50",
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseSample(t, c.source, c.data)
			recs := csvRecords(t, []*model.Document{d})
			if strings.Join(recs[0], ",") != strings.Join(CSVHeader, ",") {
				t.Fatalf("header %v", recs[0])
			}
			lines := strings.Count(string(c.data), "\n") + 1
			have := map[string]bool{}
			var projects model.Money
			for _, r := range recs[1:] {
				have[strings.Join(r[3:], ",")] = true // from the source on
				if len(r) != len(CSVHeader) || r[3] != c.source {
					t.Fatalf("record %v", r)
				}
				if n, err := strconv.Atoi(r[6]); err != nil || n <= 0 || n > lines {
					t.Errorf("line %q outside the file: %v", r[6], r)
				}
				if r[7] != "" {
					t.Errorf("page %q in a text without page breaks: %v", r[7], r)
				}
				v, err := decimal.NewFromString(r[11])
				m := model.NewMoney(v)
				if err != nil || strings.ContainsAny(r[11], ", ") {
					t.Errorf("amount %q is not an exact plain decimal: %v", r[11], r)
				}
				if r[4] == "项目" && r[10] == "预算数" {
					projects = projects.Add(m)
				}
			}
			for _, w := range c.want {
				if !have[w] {
					t.Errorf("no record %s", w)
				}
			}
			var want model.Money
			for _, p := range d.Projects {
				want = want.Add(p.Budget)
			}
			if len(d.Projects) == 0 || !projects.Equal(want) {
				t.Errorf("projects' 预算数 records sum to %s, the %d projects to %s", projects, len(d.Projects), want)
			}
		})
	}
	// several documents are one table, one header
	var docs []*model.Document
	for _, s := range sampleDocs {
		docs = append(docs, parseSample(t, s.source, s.data))
	}
	recs := csvRecords(t, docs)
	sources := map[string]int{}
	for _, r := range recs {
		sources[r[3]]++
	}
	if sources["source"] != 1 || sources[sampleDocs[0].source] == 0 || sources[sampleDocs[1].source] == 0 {
		t.Errorf("sources %v", sources)
	}
}

// A table printed in 元 is written in 万元; row numbers and codes are not
// amounts; the plan's blank entries are left out.
func TestCSVUnits(t *testing.T) {
	d := &model.Document{Source: "hand.txt",
		Tables: []*model.Table{{Title: "“三公”经费", Kind: model.TThreePublic, Unit: "元",
			Columns: []string{"序号", "项目", "金额"}, Rows: [][]string{{"1", "公务接待费", "15,000.00"}}, RowLines: []int{7}}},
		Projects: []*model.Project{{Name: "安全管家", Budget: model.MustMoney("10.00"), Line: 20,
			Plan: []model.Money{model.MustMoney("2.50"), model.Zero}, PlanBlank: []bool{false, true}}}}
	recs := csvRecords(t, []*model.Document{d})
	got := []string{}
	for _, r := range recs[1:] {
		got = append(got, strings.Join(r, ","))
	}
	want := []string{
		",,,hand.txt,“三公”经费,three_public,7,,,公务接待费,金额,1.50",
		",,,hand.txt,项目,project_performance,20,,,安全管家,预算数,10.00",
		",,,hand.txt,项目,project_performance,20,,,安全管家,资金支出计划/3月底,2.50",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func csvRecords(t *testing.T, docs []*model.Document) [][]string {
	t.Helper()
	var b bytes.Buffer
	if err := CSV(&b, docs); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}
