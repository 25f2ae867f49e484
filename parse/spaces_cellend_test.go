package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCellEndCut(t *testing.T) {
	row := func(cells ...string) *drow { return &drow{cells: cells, above: make([]bool, len(cells))} }
	line := func(text string) *drow { return row("", text, "") }
	codeLine := row("30108", "", "")
	figures := row("", "", "57,973.81")
	named := row("309", "资本性支出（基", "1,004,500.00")
	cases := []struct {
		name  string
		prev  *drow
		group []*drow
		want  int
	}{
		{"a name's last line, then the next row's first (西安 表6 30108/30109)",
			codeLine, []*drow{line("缴费"), line("职业年金缴")}, 1},
		{"the rest of the row's name, then the next row's first (309/30905)",
			named, []*drow{line("本建设）"), line("基础设施建")}, 1},
		{"two full lines: one cell centred on the next row",
			named, []*drow{line("机关事业单位"), line("基本养老保险")}, 0},
		{"a line one character short before closing punctuation proves nothing",
			named, []*drow{line("资本性支出（基"), line("）建设")}, 0},
		{"a row of figures with an empty name cell: its cell's start is lost",
			figures, []*drow{line("级）"), line("非发改立项的建")}, 0},
		{"a lone line", named, []*drow{line("缴费")}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := cellEndCut(c.group, c.prev); got != c.want {
				t.Errorf("cellEndCut = %d, want %d", got, c.want)
			}
		})
	}
}

// TestCellEndNames: on 西安民政局 2021 表6 a name wrapped over the lines
// around its row keeps its end, and the row below starts with its own name.
func TestCellEndNames(t *testing.T) {
	path := filepath.Join(nationalCorpus, "sn-xian-civilaffairs-2021-budget.layout.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("national corpus absent")
	}
	d, err := Bytes(path, data)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"30108": "机关事业单位基本养老保险缴费",
		"30109": "职业年金缴费",
		"30110": "职工基本医疗保险缴费",
		"309":   "资本性支出（基本建设）",
		"30905": "基础设施建设",
	}
	seen := 0
	for _, tb := range d.Tables {
		if !strings.Contains(tb.Title, "按支出经济分类科目-不含上年结转") || !strings.Contains(tb.Title, "支出明细表") ||
			strings.Contains(tb.Title, "基本支出") {
			continue
		}
		for _, r := range tb.Coded {
			if w, ok := want[r.Code]; ok {
				seen++
				if r.Name != w {
					t.Errorf("line %d %s: name %q, want %q", r.Line, r.Code, r.Name, w)
				}
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the %d rows found", seen, len(want))
	}
}
