package league

import (
	"strings"
	"testing"

	"yusuan/model"
)

func sum(path, dept string, year int, kind model.Kind, exp string) Summary {
	return Summary{Path: path, Parts: []string{path}, Department: dept, Year: year, Kind: kind, Expenditure: model.MustMoney(exp), Tables: 12}
}

// Names are grouped by prose's rule; a short name joins the one long name it
// fits and stays alone when it fits two. Budgets rank before final accounts,
// and the previous year is of the latest's kind.
func TestRows(t *testing.T) {
	sums := []Summary{
		sum("a", "江苏省政协办公厅", 2019, model.Budget, "100"),
		sum("b", "省政协办公厅", 2018, model.Budget, "80"),
		sum("c", "北京市统计局", 2026, model.Budget, "10"),
		sum("d", "西安市统计局（汇总）", 2026, model.Budget, "20"),
		sum("e", "统计局", 2025, model.Budget, "5"),
		sum("f", "西安市统计局", 2024, model.Final, "30"),
		sum("g", "西安市统计局", 2025, model.Budget, "25"),
		{Path: "h.pdf", Parts: []string{"h.pdf"}, Err: "无法读取"},
	}
	rows := Rows(sums)
	var got []string
	for _, r := range rows {
		prev := "-"
		if r.Previous != nil {
			prev = r.Previous.Path
		}
		got = append(got, r.Department+" "+r.Latest0()+" "+prev+" "+r.ChangePct())
	}
	want := []string{
		"江苏省政协办公厅 a b 25.00",
		"北京市统计局 c - ",
		"西安市统计局（汇总） d g -20.00",
		"统计局 e - ",
		"h.pdf - - ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	Sort(rows, ColChangePct, false)
	if rows[0].Department != "江苏省政协办公厅" || rows[1].Department != "西安市统计局（汇总）" || !rows[4].Failed {
		t.Errorf("sorted by change %%: %s, %s, …, %s", rows[0].Department, rows[1].Department, rows[4].Department)
	}
	tot := Sum(rows)
	// change over the two departments with a previous year: (100+20) − (80+25) = +15 on 105
	if tot.Departments != 4 || tot.Failed != 1 || tot.Expenditure.String() != "135.00" || tot.Change.String() != "15.00" || tot.ChangePct() != "14.29" {
		t.Errorf("totals %+v %s", tot, tot.ChangePct())
	}
}

// Latest0 names the latest document's path, "-" for an unreadable row.
func (r *Row) Latest0() string {
	if r.Latest == nil {
		return "-"
	}
	return r.Latest.Path
}
