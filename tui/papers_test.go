package tui

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yusuan/compare"
	sheetcell "yusuan/export/cell"
	"yusuan/internal/xlsxtest"
	"yusuan/model"
)

// handSource stands for the hand document's source, as main's reader
// would give it: line n reads 第n行, except line 516, the row of 2240106
// that the raw table cites, and line 1563, a sentence with figures.
func handSource(path string) ([]string, bool, error) {
	if path != "hand" {
		return nil, false, fmt.Errorf("%s: no such file", path)
	}
	lines := make([]string, 1700)
	for i := range lines {
		lines[i] = fmt.Sprintf("第%d行", i+1)
	}
	lines[515] = "\t2240106\t安全监管\t150.00\t\t150.00"
	lines[1562] = "本年支出3,218.39万元，其中基本支出622.39万元，项目支出2,596.00万元，较上年增加18.39万元。"
	return lines, false, nil
}

// handModel is the explorer on the hand document with its findings and its
// source, writing its papers into a fresh folder.
func handModel(t *testing.T, w, h int) *Model {
	t.Helper()
	m := sized(t, New(handDoc(), Options{NoColor: true, Findings: testFindings(), Source: handSource}), w, h)
	m.workDir = t.TempDir()
	return m
}

// run runs a command the model returned and hands its message back, as
// the program would; it returns that message.
func run(t *testing.T, m *Model, cmd tea.Cmd) tea.Msg {
	t.Helper()
	if cmd == nil {
		t.Fatalf("no command (status %q)", m.msg)
	}
	msg := cmd()
	m.Update(msg)
	return msg
}

// E x writes the functional view, every line of the tree, as a workbook
// whose amounts are the document's exactly; a second E x does not
// overwrite it; E c writes CSV.
func TestExportKeyWritesTheView(t *testing.T) {
	m := handModel(t, 120, 40)
	doc := m.doc
	press(m, "E")
	if !m.exportAsk || !strings.Contains(screen(m), "x = xlsx") {
		t.Fatalf("E did not ask for the format: %q", m.msg)
	}
	msg := run(t, m, press(m, "x")).(exportedMsg)
	want := "沧州临港经济技术开发区安全生产监督管理局_2026_功能分类.xlsx"
	if msg.err != nil || msg.name != want || !strings.Contains(screen(m), "已导出 "+want) {
		t.Fatalf("exported %q %v; status %q", msg.name, msg.err, m.msg)
	}
	rows := xlsxtest.Rows(t, filepath.Join(m.workDir, want))
	code, total, basic, line, page := xlsxtest.Column(t, rows[0], "编码"), xlsxtest.Column(t, rows[0], "合计"), xlsxtest.Column(t, rows[0], "基本支出"),
		xlsxtest.Column(t, rows[0], "行"), xlsxtest.Column(t, rows[0], "页")
	got := map[string][]string{}
	for _, r := range rows[1:] {
		for len(r) <= line {
			r = append(r, "")
		}
		got[r[code]] = []string{r[total], r[basic], r[line], r[page]}
	}
	n := 0
	model.WalkFunc(doc.Functional, func(f, _ *model.FuncNode) {
		n++
		w := []string{strings.TrimSuffix(strings.TrimRight(f.Total.String(), "0"), "."), strings.TrimSuffix(strings.TrimRight(f.Basic.String(), "0"), "."), "", ""}
		if f.Line > 0 {
			w[2] = fmt.Sprint(f.Line)
		}
		if g := got[f.Code]; !reflect.DeepEqual(g, w) {
			t.Errorf("%s: %q, want %q", f.Code, g, w)
		}
	})
	if len(rows)-1 != n || n < 10 {
		t.Fatalf("%d rows for %d lines", len(rows)-1, n)
	}
	// never over a file: the next one is -1
	msg = run(t, m, press(m, "E", "x")).(exportedMsg)
	if msg.name != strings.TrimSuffix(want, ".xlsx")+"-1.xlsx" {
		t.Fatalf("second export %q", msg.name)
	}
	// Esc or any other key after E cancels
	if cmd := press(m, "E", "esc"); cmd != nil || m.exportAsk {
		t.Fatal("E esc exported")
	}
}

// The export follows the view's sort and filter: the flat view filtered to
// >10 and sorted by amount gives those leaves, largest first, as CSV.
func TestExportKeyFollowsSortAndFilter(t *testing.T) {
	m := handModel(t, 120, 40)
	press(m, "F", "f", "type:>10", "enter")
	shown := m.view().top().list.rows
	msg := run(t, m, press(m, "E", "c")).(exportedMsg)
	data, err := os.ReadFile(filepath.Join(m.workDir, msg.name))
	if err != nil || !strings.HasSuffix(msg.name, "_功能分类-明细.csv") {
		t.Fatalf("%q: %v", msg.name, err)
	}
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Error("CSV without the BOM Excel needs")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows)-1 != len(shown) || len(shown) < 2 {
		t.Fatalf("%d rows, the view shows %d", len(rows)-1, len(shown))
	}
	total := xlsxtest.Column(t, rows[0], "合计")
	prev := model.MustMoney("1000000")
	for i, r := range rows[1:] {
		a := model.MustMoney(r[total])
		if !a.Equal(shown[i].amts[0]) || a.Cmp(model.MustMoney("10")) <= 0 || a.Cmp(prev) > 0 {
			t.Errorf("row %d: %s (view %s, previous %s)", i+1, a, shown[i].amts[0], prev)
		}
		prev = a
	}
}

// In diff mode the export holds old | new | Δ, Δ% and the status of every
// line, as the comparison computed them.
func TestExportKeyDiff(t *testing.T) {
	m := diffModel(t, 120, 40)
	m.workDir = t.TempDir()
	d := compare.Compare(earlierHand(), handDoc())
	msg := run(t, m, press(m, "E", "x")).(exportedMsg)
	if !strings.Contains(msg.name, "_2025-2026_功能分类") {
		t.Fatalf("name %q", msg.name)
	}
	rows := xlsxtest.Rows(t, filepath.Join(m.workDir, msg.name))
	h := rows[0]
	code, old, cur, delta, status := xlsxtest.Column(t, h, "编码"), xlsxtest.Column(t, h, "上年"), xlsxtest.Column(t, h, "本年"), xlsxtest.Column(t, h, "增减"), xlsxtest.Column(t, h, "状态")
	xlsxtest.Column(t, h, "增减%")
	byCode := map[string][]string{}
	for _, r := range rows[1:] {
		byCode[r[code]] = r
	}
	num := func(m *model.Money) string {
		if m == nil {
			return ""
		}
		return strings.TrimSuffix(strings.TrimRight(m.String(), "0"), ".")
	}
	n := 0
	var walk func([]*compare.Line)
	walk = func(ls []*compare.Line) {
		for _, l := range ls {
			n++
			r := byCode[l.Code]
			if r == nil {
				t.Fatalf("no row %s", l.Code)
			}
			ot, nt := l.OldTotal(), l.NewTotal()
			if r[old] != num(ot) || r[cur] != num(nt) || r[delta] != num(&l.Delta) || r[status] != l.Status.Label("zh") {
				t.Errorf("%s: %q, want %v %v %s %s", l.Code, r, ot, nt, l.Delta, l.Status.Label("zh"))
			}
			walk(l.Children)
		}
	}
	walk(d.Functional)
	if len(rows)-1 != n {
		t.Fatalf("%d rows for %d lines", len(rows)-1, n)
	}
}

// clipboardOf is what a command sets the clipboard to (tea's message for
// OSC 52), "" when it does not.
func clipboardOf(cmd tea.Cmd) string {
	if cmd == nil {
		return ""
	}
	msg := cmd()
	if reflect.TypeOf(msg).String() != "tea.setClipboardMsg" {
		return ""
	}
	return reflect.ValueOf(msg).String()
}

// y copies the value (the sorted amount, exact), else the code, else the
// row; Y the row as tab-separated cells; the status line says which.
func TestCopyKeys(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	cases := []struct {
		keys       []string
		want, what string
	}{
		{[]string{"y"}, "600.00", "金额"}, // 212 城乡社区支出, its 合计
		{[]string{"Y"}, "212\t城乡社区支出\t600.00\t0.00\t600.00", "整行"},
		{[]string{"s", "s", "s", "y"}, "0.00", "金额"},                                           // sorted by 基本支出: that column
		{[]string{"6", "y"}, "1540\t一、部门职责及机构设置情况", "整行"},                                      // a section: its line is no code
		{[]string{"5", "enter", "j", "y"}, "224\t灾害防治及应急管理支出\t2567.97\t571.97\t1996.00", "整行"}, // a table row: its cells
	}
	for _, c := range cases {
		got := clipboardOf(press(m, c.keys...))
		if !strings.HasPrefix(got, c.want) || !strings.Contains(m.msg, "已复制"+c.what) {
			t.Errorf("%v: copied %q (status %q), want %q as %s", c.keys, got, m.msg, c.want, c.what)
		}
	}
	m = sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "3", "j")
	if got := clipboardOf(press(m, "y")); got != m.view().selected().proj.Budget.String() {
		t.Errorf("project: %q", got)
	}
	press(m, "enter", "j") // an indicator: no amount; its row
	if got := clipboardOf(press(m, "y")); got == "" || !strings.Contains(m.msg, "整行") {
		t.Errorf("indicator: %q %q", got, m.msg)
	}
}

// Inside a raw table E writes its rows under the table's own column names
// (as the document prints them, made legal for a workbook), each row's
// cells as printed.
func TestExportKeyRawTable(t *testing.T) {
	m := handModel(t, 120, 40)
	press(m, "5", "enter")
	tbl := m.view().top().list.parent.tbl
	msg := run(t, m, press(m, "E", "x")).(exportedMsg)
	if msg.err != nil || !strings.HasSuffix(msg.name, "_原始表格.xlsx") {
		t.Fatalf("%+v", msg)
	}
	rows := xlsxtest.Rows(t, filepath.Join(m.workDir, msg.name))
	if len(rows)-1 != len(tbl.Rows) {
		t.Fatalf("%d rows, the table %d", len(rows)-1, len(tbl.Rows))
	}
	cells := 0
	for i, r := range tbl.Rows {
		got := append(rows[i+1][1:], make([]string, len(r))...) // after the line column; excelize drops blank ends
		for j := range r {
			want := sheetcell.Safe(oneLine(r[j]))
			if a, ok := model.ParseAmount(want); ok && strings.Contains(want, ".") && !strings.Contains(want, ",") {
				want = strings.TrimSuffix(strings.TrimRight(a.String(), "0"), ".") // an amount: a numeric cell
			}
			if got[j] != want {
				t.Errorf("row %d cell %d: %q, printed %q", i, j, got[j], r[j])
			}
			cells++
		}
	}
	if cells < 10 {
		t.Fatalf("%d cells compared", cells)
	}
}

// An empty view is written as its header alone; a folder E cannot write
// in is said in the status line.
func TestExportKeyEmptyAndFailing(t *testing.T) {
	m := sized(t, New(handDoc(), Options{Findings: []Finding{}}), 120, 40)
	m.workDir = t.TempDir()
	msg := run(t, m, press(m, "7", "E", "x")).(exportedMsg)
	if msg.err != nil || msg.rows != 0 {
		t.Fatalf("%+v", msg)
	}
	if rows := xlsxtest.Rows(t, filepath.Join(m.workDir, msg.name)); len(rows) != 1 || rows[0][0] != "级别" {
		t.Fatalf("rows %q", rows)
	}
	m.workDir = filepath.Join(m.workDir, "no-such-folder")
	run(t, m, press(m, "E", "c"))
	if !strings.Contains(m.msg, "导出失败") || !strings.Contains(screen(m), "导出失败") {
		t.Fatalf("status %q", m.msg)
	}
}
