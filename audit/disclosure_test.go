package audit

import (
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
	"yusuan/parse"
	"yusuan/prose"
)

// Every name the corpora and samples print a required table under is that
// table (titles quoted as printed).
func TestRequiredTableNames(t *testing.T) {
	cases := []struct {
		kind  model.Kind
		title string
		want  string // "" when the title is none of the nine
	}{
		{model.Budget, "预算01表收支总表", "收支总表"},
		{model.Budget, "2026年预算单位财务收支预算总表", "收支总表"},
		{model.Budget, "2026年部门收支总体情况表", "收支总表"},
		{model.Budget, "一、2017年度江苏省高级人民法院部门收支预算总表", "收支总表"},
		{model.Budget, "2021年部综合预算收入总表", "收入总表"},
		{model.Budget, "2026年单位收入总体情况表", "收入总表"},
		{model.Budget, "2026年市级部门支出预算总表", "支出总表"},
		{model.Budget, "2021年部门综合预算专项业务经费支出表", ""},
		{model.Budget, "2026年财政拨款收支总体情况表", "财政拨款收支总表"},
		{model.Budget, "２０２１年部门综合预算一般公共预算支出明细表", "一般公共预算支出表"},
		{model.Budget, "2026年预算单位一般公共预算支出功能分类预算表", "一般公共预算支出表"},
		{model.Budget, "一般公共预算项目支出情况表（按经济分类科目）", ""},
		{model.Budget, "2023年一般公共预算安排基本支出分经济科目表（不含上年结转）", "一般公共预算基本支出表"},
		{model.Budget, "基本支出预算情况表", "一般公共预算基本支出表"},
		{model.Budget, "2023年国有资本经营预算收支预算表（不含上年结转）", "国有资本经营预算支出表"},
		{model.Budget, "2022年部门综合预算政府性基金收支表（不含上年结转）", "政府性基金预算支出表"},
		{model.Budget, "2026年单位“三公”经费和机关运行经费预算表", "“三公”经费支出表"},
		{model.Budget, "一般公共预算机关运行经费支出预算表", ""},
		{model.Final, "收入支出决算总表", "收入支出决算总表"},
		{model.Final, "财政拨款收支决算总表", "财政拨款收入支出决算总表"},
		{model.Final, "财政拨款收入支出决算总表", "财政拨款收入支出决算总表"},
		{model.Final, "收入决算表", "收入决算表"},
		{model.Final, "支出决算明细表", "支出决算表"},
		{model.Final, "支出决算表", "支出决算表"},
		{model.Final, "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算表"},
		{model.Final, "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算表"},
		{model.Final, "政府性基金预算财政拨款收入支出决算表", "政府性基金预算支出表"},
		{model.Final, "表8国有资本经营预算财政拨款支出决算表是本部门不涉及故公开空表", "国有资本经营预算支出表"},
		{model.Final, "财政拨款“三公”经费及会议费、培训费支出决算表", "“三公”经费支出表"},
	}
	for _, c := range cases {
		req := budgetTables
		if c.kind == model.Final {
			req = finalTables
		}
		got := ""
		if i := whichRequired(req, prose.Key(c.title)); i >= 0 {
			got = req[i].name
		}
		if got != c.want {
			t.Errorf("%s %q: %q, want %q", c.kind, c.title, got, c.want)
		}
	}
}

func TestDisclosureMissing(t *testing.T) {
	const cz = "../samples/cangzhou-lingang-safety-2026.txt"
	cases := []struct {
		name    string
		replace []string
		want    []string // the tables reported missing
	}{
		// all nine printed (部门预算国有资本经营预算财政拨款支出表 as an empty table
		// with “注：无国有资本经营预算财政拨款预算，空表列示。”)
		{"as printed", nil, nil},
		// the title of the 收入总表 printed as another table's
		{"收入总表 not printed", []string{"]部门预算收入总表\n", "]部门预算收入明细表\n"}, []string{"收入总表"}},
		// the SOE table's title gone, its note still says it is empty: explained
		{"empty SOE table explained", []string{"]部门预算国有资本经营预算财政拨款支出表\n", "]部门预算财政拨款支出表（续）\n"}, nil},
	}
	for _, c := range cases {
		doc := parseText(t, cz, c.replace...)
		var got []string
		for _, f := range only(Check(doc), "disclosure-missing") {
			if f.Severity != Warn {
				t.Errorf("%s: severity %s", c.name, f.Severity)
			}
			got = append(got, f.Message[strings.Index(f.Message, "“")+len("“"):strings.Index(f.Message, "”")])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: missing %q, want %q", c.name, got, c.want)
		}
	}
}

// A document that is not a table set is not judged: the narrative half of
// a Jiangsu budget published in two files, and the tables half whose 空表说明
// is in the other file; the whole documents that lack the 国有资本经营 table
// without a word are.
func TestDisclosureTableSets(t *testing.T) {
	cases := []struct {
		file string
		want int
	}{
		{"js-renda-2019-text.layout.txt", 0},    // narrative only
		{"js-cppcc-2018-tables.layout.txt", 0},  // “2018 年本部门国有资本经营预算收入为 0 万元” is in -text
		{"js-procuratorate-2018.layout.txt", 0}, // “2018 年本部门无国有资本经营预算收入。”
		{"js-highcourt-2019.layout.txt", 1},     // twelve tables, none 国有资本经营, never mentioned
	}
	for _, c := range cases {
		path := filepath.Join(corpusDir, c.file)
		doc, err := parse.File(path)
		if err != nil {
			t.Skipf("corpus not present: %v", err)
		}
		if got := len(only(Check(doc), "disclosure-missing")); got != c.want {
			t.Errorf("%s: %d findings, want %d", c.file, got, c.want)
		}
	}
}
