package parse

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"yusuan/model"
)

// The “三公” tables that print several years side by side, with their
// header names as read from the corpus: the columns of the document's own
// figures, or none where they cannot be told.
func TestOwnYearColumns(t *testing.T) {
	for _, c := range []struct {
		name  string
		names []string
		width int
		year  int
		kind  model.Kind
		own   []int // nil: no own block
		multi bool
	}{
		{"烟台: 2025年预算数 | 2026年预算数, tags on some columns only",
			[]string{"2025年预算数/合计", "2025年预算数/因公出国（境）经费", "公务用车购置及运行维护费/小计", "公务用车购置及运行维护费/公务用车购置经费",
				"公务用车购置及运行维护费/公务用车运行维护费", "2025年预算数/公务接待费", "2026年预算数/合计", "2026年预算数/因公出国（境）经费",
				"2026年预算数小计", "公务用车购置经费", "公务用车运行维护费", "2026年预算数/公务接待费"},
			12, 2026, model.Budget, []int{6, 7, 8, 9, 10, 11}, true},
		{"central final accounts: 预算数 | 决算数",
			[]string{"预算数/合计", "预算数/因公出国（境）费", "小计", "预算数公务用车购置费", "公务用车运行维护费", "预算数/公务接待费",
				"决算数/合计", "决算数/因公出国（境）费", "小计", "决算数公务用车购置费", "公务用车运行维护费", "决算数/公务接待费"},
			12, 2024, model.Final, []int{6, 7, 8, 9, 10, 11}, true},
		{"a budget's own columns may all say 预算数",
			[]string{"预算数/合计", "预算数/因公出国（境）费", "预算数/公务接待费"}, 3, 2026, model.Budget, nil, false},
		{"one year named, the budget's own: not several blocks",
			[]string{"项目", "2023年预算数/合计", "2023年预算数/一般公共预算"}, 3, 2023, model.Budget, nil, false},
		{"西安: 上年 | 当年 | 增减",
			[]string{"单位名称", "上年/合计", "上年/小计", "当年/合计", "当年/小计", "增减变化情况/合计", "增减变化情况/小计"},
			7, 2026, model.Budget, []int{3, 4}, true},
		{"several years, none the document's",
			[]string{"2024年/合计", "2025年/合计"}, 2, 2026, model.Budget, nil, true},
		{"several years, but the cells do not line up with the names",
			[]string{"上年/合计", "当年/合计"}, 5, 2026, model.Budget, nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			own, multi := ownYearColumns(c.names, c.width, c.year, c.kind)
			got := slices.Sorted(maps.Keys(own))
			if multi != c.multi || !slices.Equal(got, c.own) {
				t.Errorf("own %v multi %v, want %v %v", got, multi, c.own, c.multi)
			}
		})
	}
}

// Of a table of several years, the document's own figures are read; of one
// whose own year cannot be told, none (with a warning), never the first.
func TestThreePublicOwnYear(t *testing.T) {
	path := filepath.Join(nationalDir, "sd-yantai-civilaffairs-2026-budget.layout.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skip("corpus absent")
	}
	doc, err := File(path)
	if err != nil {
		t.Fatal(err)
	}
	tp := doc.ThreePublic
	if tp == nil {
		t.Fatal("no “三公” figures read")
	}
	// the narrative: “2026年…“三公”经费预算共24.62万元”; 2025's 合计 is 27.32
	for field, want := range map[string]string{"total": "24.62", "abroad": "5.00", "vehicle": "10.08", "reception": "9.54"} {
		if got := tp.Field(field); got == nil || !got.Equal(model.MustMoney(want)) || !tp.IsStated(field) {
			t.Errorf("%s = %v (stated %v), want %s", field, got, tp.IsStated(field), want)
		}
	}
	// 西安市财政局: 上年 | 当年 | 增减, the 当年 合计 glued to 上年's 培训费 in
	// one cell: nothing read, and said
	doc, err = File(filepath.Join(nationalDir, "sn-xian-finance-2026-budget.layout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.ThreePublic != nil {
		t.Errorf("西安财政: read %+v from a cell of two figures", doc.ThreePublic)
	}
	if !slices.ContainsFunc(doc.Warnings, func(w string) bool { return strings.Contains(w, "“三公”经费未读入") }) {
		t.Error("西安财政: no warning that the “三公” figures were not read")
	}
}
