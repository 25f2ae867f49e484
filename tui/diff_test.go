package tui

import (
	"strings"
	"testing"

	"yusuan/compare"
	"yusuan/model"
)

// earlierHand is a 2025 edition of handDoc: 2240109 absent, 行政运行 and
// 其他应急管理支出 smaller, 安全管家 with a different plan and indicator value.
func earlierHand() *model.Document {
	d := handDoc()
	d.Year = 2025
	sec := model.FindFunc(d.Functional, "22401")
	var kept []*model.FuncNode
	for _, c := range sec.Children {
		switch c.Code {
		case "2240109":
			continue
		case "2240101":
			c.Total, c.Basic = model.MustMoney("500.00"), model.MustMoney("500.00")
		case "2240199":
			c.Total, c.Project = model.MustMoney("1600.00"), model.MustMoney("1600.00")
		}
		kept = append(kept, c)
	}
	sec.Children = kept
	p := d.Projects[1]
	p.Budget = model.MustMoney("120.00")
	p.Plan = []model.Money{model.MustMoney("30"), model.MustMoney("60"), model.MustMoney("90"), model.MustMoney("120")}
	p.Indicators[0].Value = "≥80家"
	return d
}

func diffModel(t testing.TB, w, h int) *Model {
	d := compare.Compare(earlierHand(), handDoc())
	return sized(t, New(handDoc(), Options{Diff: d, NoColor: true}), w, h)
}

func TestDiffMode(t *testing.T) {
	m := diffModel(t, 120, 40)
	s := screen(m)
	if !strings.Contains(strings.Split(s, "\n")[0], "2025 -> 2026") {
		t.Fatalf("title lacks the years: %q", strings.Split(s, "\n")[0])
	}
	press(m, "G", "enter", "enter")
	rows := map[string]string{}
	for _, n := range m.view().top().list.rows {
		rows[n.code] = mark(n) + " " + n.amount(0) + "|" + n.amount(1) + "|" + n.amount(2) + "|" + share(n, m.view().top().list)
	}
	want := map[string]string{
		"2240101": "^ 500.00|571.97|+71.97|14.39%", // 上年 | 本年 | 增减 | 增减%
		"2240109": "+ |20.00|+20.00|新增",
		"2240199": "v 1,600.00|1,450.00|-150.00|-9.38%",
		"2240106": "= 150.00|150.00|0.00|0.00%",
	}
	for code, w := range want {
		if rows[code] != w {
			t.Errorf("%s: %q, want %q", code, rows[code], w)
		}
	}
	// n steps through the changes in tree order; u hides unchanged rows.
	press(m, "g", "n")
	if sel(m) != "2240109 应急管理" {
		t.Fatalf("n from the first change went to %q", sel(m))
	}
	press(m, "N")
	if sel(m) != "2240101 行政运行" {
		t.Fatalf("N went to %q", sel(m))
	}
	press(m, "u")
	for _, n := range m.view().top().list.rows {
		if n.code == "2240106" {
			t.Fatal("u left an unchanged row")
		}
	}
	if !strings.Contains(screen(m), "仅显示变化") {
		t.Fatal("status does not say rows are hidden")
	}
	// The project pane shows both years and the changed indicator.
	press(m, "3", "/", "type:安全管家", "enter")
	s = screen(m)
	for _, want := range []string{"本年", "上年", "+30.00", "变化的指标", ">=80家 -> >=100家"} {
		if !strings.Contains(s, want) {
			t.Fatalf("project pane lacks %q:\n%s", want, s)
		}
	}
}

func TestDiffGolden(t *testing.T) {
	for _, sz := range sizes {
		for _, f := range []struct {
			name string
			keys []string
		}{{"top", nil}, {"section", []string{"G", "enter", "enter", "n"}}, {"project", []string{"3", "/", "type:aqgj", "enter"}}} {
			t.Run(sz.name+"/"+f.name, func(t *testing.T) {
				m := diffModel(t, sz.w, sz.h)
				press(m, f.keys...)
				s := screen(m)
				checkFrame(t, s, sz.w, sz.h)
				goldenEqual(t, s)
			})
		}
	}
}

func TestDiffSortByChange(t *testing.T) {
	m := diffModel(t, 120, 40)
	press(m, "G", "enter", "enter", "s")
	var got []string
	for _, n := range m.view().top().list.rows {
		got = append(got, n.code)
	}
	// |Δ|: 150.00, 71.97, 20.00, then the unchanged in document order.
	if want := "2240199 2240101 2240109 2240102 2240106 2240108"; strings.Join(got, " ") != want {
		t.Fatalf("order %s, want %s", strings.Join(got, " "), want)
	}
}
