package export

import (
	"bytes"
	"strings"
	"testing"

	"yusuan/league"
	"yusuan/model"
)

func leagueRows() []*league.Row {
	s := func(path, dept string, year int, exp, tp string) league.Summary {
		return league.Summary{Path: path, Parts: []string{path}, Department: dept, Year: year, Kind: model.Budget,
			Expenditure: model.MustMoney(exp), ThreePublic: model.MustMoney(tp), HasThreePublic: tp != "0", Counts: [4]int{1, 2, 0, 0}}
	}
	rows := league.Rows([]league.Summary{
		s("a19", "江苏省政协办公厅", 2019, "13377.11", "660.10"),
		s("a18", "省政协办公厅", 2018, "10150.48", "675.10"),
		s("b", "北京市统计局", 2026, "50666.45", "0"),
		{Path: "c.pdf", Parts: []string{"c.pdf"}, Err: "c.pdf: 无法读取"},
	})
	league.Sort(rows, league.ColExpenditure, false)
	return rows
}

// The league CSV: blank where there is no figure (no previous year, no “三公”
// table), exact decimals, the unreadable file's reason, the totals last.
func TestLeagueCSV(t *testing.T) {
	var b bytes.Buffer
	if err := LeagueCSV(&b, leagueRows()); err != nil {
		t.Fatal(err)
	}
	want := []string{
		strings.Join(LeagueHeader, ","),
		"北京市统计局,2026,budget,50666.45,,,,,,,,,1,2,0,0,1,b,",
		"江苏省政协办公厅,2019,budget,13377.11,2018,10150.48,3226.63,31.79,660.10,675.10,-15.00,-2.22,1,2,0,0,2,a19,",
		"c.pdf,,,,,,,,,,,,,,,,1,c.pdf,c.pdf: 无法读取",
		"合计,,,64043.56,,10150.48,3226.63,31.79,660.10,675.10,-15.00,-2.22,2,4,0,0,4,,",
	}
	if got := strings.TrimSpace(b.String()); got != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}

// The workbook holds the same figures as numbers.
func TestLeagueXLSX(t *testing.T) {
	var b bytes.Buffer
	if err := LeagueXLSX(&b, leagueRows()); err != nil {
		t.Fatal(err)
	}
	f := book(t, b.Bytes())
	defer f.Close()
	s := readSheet(t, f, "部门汇总")
	if len(s.rows) != 4 || s.get(1, "部门") != "江苏省政协办公厅" || s.get(3, "部门") != "合计" {
		t.Fatalf("rows %q", s.rows)
	}
	s.amount(1, "支出合计", "13377.11")
	s.amount(1, "增减", "3226.63")
	s.amount(3, "支出合计", "64043.56")
	if s.get(0, "上年支出合计") != "" || s.get(0, "三公") != "" {
		t.Errorf("absent figures written: %q", s.rows[0])
	}
}
