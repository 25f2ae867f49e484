package parse

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestSideBySideNames(t *testing.T) {
	word := func(line, s int, text string) hfrag {
		return hfrag{line: line, c: chunk{s: s, e: s + 4, text: text}, cols: []int{1}}
	}
	cases := []struct {
		name string
		head []hfrag
		want string
	}{
		{"two names squeezed side by side over one column (重庆商务委)",
			[]hfrag{word(0, 40, "政府性基"), word(0, 45, "国有资本"), word(1, 40, "金预算拨"), word(1, 45, "经营预算"),
				word(2, 40, "款收入"), word(2, 45, "拨款收入")},
			"政府性基金预算拨款收入或国有资本经营预算拨款收入"},
		{"one name wrapped over lines",
			[]hfrag{word(0, 40, "政府性基"), word(1, 40, "金预算拨"), word(2, 40, "款收入")},
			"政府性基金预算拨款收入"},
		{"a year printed apart from its 年 is one name",
			[]hfrag{word(0, 40, "2026"), word(0, 45, "年预算数比"), word(1, 40, "2025"), word(1, 45, "年执行数")},
			"2026年预算数比2025年执行数"},
		{"lines with unlike counts of words are left as read",
			[]hfrag{word(0, 40, "基本支出"), word(0, 45, "项目"), word(1, 40, "支出")},
			"基本支出项目支出"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			leaves := []string{"", ""}
			for _, f := range c.head {
				leaves[1] += f.c.text
			}
			sideBySideNames(c.head, leaves)
			if leaves[1] != c.want {
				t.Errorf("name %q, want %q", leaves[1], c.want)
			}
		})
	}
}

// TestSideBySideCorpus: the 收入总体情况表 of 重庆商务委 2026 prints two
// names side by side over its 41,534.73 column; its 部门收支总体情况表
// prints 政府性基金预算资金 41,534.73 and 国有资本经营预算资金 blank, which
// names the column (sources_bysummary.go), its figures unchanged.
func TestSideBySideCorpus(t *testing.T) {
	path := filepath.Join(nationalCorpus, "cq-chongqing-commerce-2026-budget.layout.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("national corpus absent")
	}
	d, err := Bytes(path, data)
	if err != nil {
		t.Fatal(err)
	}
	const want = "政府性基金预算拨款收入"
	for _, tb := range d.Tables {
		if tb.Title != "2026年部门收入总体情况表" || len(tb.Coded) == 0 {
			continue
		}
		if !slices.Contains(tb.Coded[0].Order, want) {
			t.Fatalf("columns %q, want one named %s", tb.Coded[0].Order, want)
		}
		for _, r := range tb.Coded {
			if r.Code == "" && isTotalLabel(nospace(r.Name)) && r.Amounts[want].String() != "41534.73" {
				t.Errorf("合计 row: %s = %v, want 41534.73", want, r.Amounts[want])
			}
		}
		return
	}
	t.Fatal("2026年部门收入总体情况表 not read")
}
