package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"yusuan/model"
)

// hostileView is a view whose text cells would run as formulas, with a
// negative amount, a Δ% and a blank page.
func hostileView() View {
	m := model.MustMoney("-30.00")
	return View{Name: "功能分类: [1/2]?", Header: []string{"=编码", "名称", "合计", "增减%", "页", "行", "金额", "", "金额"},
		Rows: [][]any{
			{"2240106", `=HYPERLINK("http://x","安全监管")`, model.MustMoney("287.8025"), Decimal("-12.5"), 3, 12, "1", "2", "3"},
			{"@SUM(1)", "\t=1+2", &m, Decimal("新增"), 0, 0, nil, nil, nil},
			{"-1+2", "+cmd", (*model.Money)(nil), nil, nil, 7, nil, nil, nil},
		}}
}

// ViewCSV: every cell through the guard, amounts exact, 0 pages blank.
func TestViewCSV(t *testing.T) {
	var b bytes.Buffer
	if err := ViewCSV(&b, hostileView()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	assertNoFormula(t, rows)
	want := [][]string{
		{"'=编码", "名称", "合计", "增减%", "页", "行", "金额", "", "金额"},
		{"2240106", `'=HYPERLINK("http://x","安全监管")`, "287.8025", "-12.5", "3", "12", "1", "2", "3"},
		{"'@SUM(1)", "'\t=1+2", "-30.00", "新增", "", "", "", "", ""},
		{"'-1+2", "'+cmd", "", "", "", "7", "", "", ""},
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d: %q, want %q", i, rows[i], want[i])
		}
	}
}

// ViewXLSX: one sheet (its title made legal), no formula, amounts and Δ%
// numeric and exact, codes text, 0 pages blank.
func TestViewXLSX(t *testing.T) {
	var b bytes.Buffer
	if err := ViewXLSX(&b, hostileView()); err != nil {
		t.Fatal(err)
	}
	f := book(t, b.Bytes())
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 1 || got[0] != "功能分类_ _1_2__" {
		t.Fatalf("sheets %q", got)
	}
	cellsWithoutFormulas(t, f)
	s := readSheet(t, f, "功能分类_ _1_2__")
	s.amount(0, "合计", "287.8025")
	s.amount(1, "合计", "-30.00")
	s.amount(2, "合计", "")
	s.text(0, "'=编码", "2240106")
	if h := s.header; len(h) != 9 || h["金额"] != 6 || h["列8"] != 7 || h["金额#2"] != 8 {
		t.Errorf("header %v: blank and repeated names not made legal", h)
	}
	const number = excelize.CellTypeUnset // a numeric cell has no type attribute; text is an inline string
	for _, c := range []struct {
		row       int
		col, want string
		typ       excelize.CellType
	}{
		{0, "增减%", "-12.5", number}, {1, "增减%", "新增", excelize.CellTypeInlineString},
		{0, "页", "3", number}, {1, "页", "", number}, {2, "行", "7", number},
	} {
		typ, _ := f.GetCellType(s.name, s.cellName(c.row, c.col))
		if got := s.get(c.row, c.col); got != c.want || typ != c.typ {
			t.Errorf("row %d %s: %q (%v), want %q (%v)", c.row, c.col, got, typ, c.want, c.typ)
		}
	}
}
