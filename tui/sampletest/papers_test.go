package sampletest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"yusuan/audit"
	"yusuan/export"
	"yusuan/internal/xlsxtest"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/tui"
)

// The working-paper keys on the Cangzhou sample with its findings: E's
// files read back and compared with `export --format json`, a finding's
// source text.

const cangzhouName = "cangzhou-lingang-safety-2026.txt"

// readSource is the reader main gives the explorer.
func readSource(path string) ([]string, bool, error) {
	lines, f, err := parse.SourceText(path)
	return lines, f == parse.FormatPDF, err
}

// explorer is the explorer on a sample with its findings and its source.
func explorer(t *testing.T, doc *model.Document, w, h int) *tui.Model {
	t.Helper()
	m := tui.New(doc, tui.Options{NoColor: true, Findings: audit.Check(doc), Source: readSource})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// press sends keys and runs the command the last one returned, handing its
// message back as the program would; it returns that message.
func press(m *tui.Model, keys ...string) tea.Msg {
	var cmd tea.Cmd
	for _, k := range keys {
		_, cmd = m.Update(key(k))
	}
	if cmd == nil {
		return nil
	}
	msg := cmd()
	m.Update(msg)
	return msg
}

func screen(m *tui.Model) string { return ansi.Strip(m.View().Content) }

// status is the status line of the frame.
func status(m *tui.Model) string {
	lines := strings.Split(screen(m), "\n")
	return lines[len(lines)-2]
}

// jsonFunctional is `export --format json`'s functional tree, by code.
func jsonFunctional(t *testing.T, doc *model.Document) (map[string]map[string]any, []string) {
	t.Helper()
	var b bytes.Buffer
	if err := export.JSON(&b, []*model.Document{doc}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Functional []map[string]any `json:"functional"`
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	byCode := map[string]map[string]any{}
	var order []string
	var walk func([]any)
	walk = func(ns []any) {
		for _, n := range ns {
			n := n.(map[string]any)
			byCode[n["code"].(string)] = n
			order = append(order, n["code"].(string))
			kids, _ := n["children"].([]any)
			walk(kids)
		}
	}
	var top []any
	for _, n := range out.Functional {
		top = append(top, n)
	}
	walk(top)
	return byCode, order
}

// compareWithJSON asserts that every row of an exported functional view
// holds the amounts and line `export --format json` gives its code, and
// that every line of the tree is there.
func compareWithJSON(t *testing.T, rows [][]string, want map[string]map[string]any) {
	t.Helper()
	code, line := xlsxtest.Column(t, rows[0], "编码"), xlsxtest.Column(t, rows[0], "行")
	cols := map[string]int{"total": xlsxtest.Column(t, rows[0], "合计"), "basic": xlsxtest.Column(t, rows[0], "基本支出"), "project": xlsxtest.Column(t, rows[0], "项目支出")}
	if len(rows)-1 != len(want) {
		t.Fatalf("%d rows, the JSON has %d lines", len(rows)-1, len(want))
	}
	compared := 0
	for _, r := range rows[1:] {
		j := want[r[code]]
		if j == nil {
			t.Fatalf("row %q not in the JSON", r)
		}
		for k, c := range cols {
			js, _ := j[k].(string)
			cell := ""
			if c < len(r) {
				cell = r[c]
			}
			if (js == "") != (cell == "") || js != "" && !model.MustMoney(js).Equal(model.MustMoney(cell)) {
				t.Errorf("%s %s: exported %q, JSON %q", r[code], k, cell, js)
			}
			compared++
		}
		if fmt.Sprint(j["line"]) != r[line] {
			t.Errorf("%s: line %q, JSON %v", r[code], r[line], j["line"])
		}
	}
	if compared < 30 {
		t.Fatalf("%d amounts compared", compared)
	}
}

// E x writes the functional view as a workbook whose every amount is the
// JSON's; a second E x does not overwrite it; E c writes the same as CSV.
func TestExportKeyMatchesJSON(t *testing.T) {
	doc := load(t, cangzhouName)
	want, _ := jsonFunctional(t, doc)
	t.Chdir(t.TempDir())
	m := explorer(t, doc, 120, 40)
	press(m, "E")
	if !strings.Contains(status(m), "x = xlsx") {
		t.Fatalf("E did not ask for the format: %q", status(m))
	}
	press(m, "x")
	name := "沧州临港经济技术开发区安全生产监督管理局_2026_功能分类"
	if !strings.Contains(status(m), "已导出 "+name+".xlsx") {
		t.Fatalf("status %q", status(m))
	}
	compareWithJSON(t, xlsxtest.Rows(t, name+".xlsx"), want)
	press(m, "E", "x")
	if !strings.Contains(status(m), "已导出 "+name+"-1.xlsx") {
		t.Fatalf("second export: %q", status(m))
	}
	press(m, "E", "c")
	data, err := os.ReadFile(name + ".csv")
	if err != nil || !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Fatalf("CSV with its BOM: %v", err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	compareWithJSON(t, rows, want)
}

// The export follows the view's sort and filter: every leaf over 100 (the
// flat view, largest first) and no other, in that order.
func TestExportKeyFollowsSortAndFilter(t *testing.T) {
	doc := load(t, cangzhouName)
	want, _ := jsonFunctional(t, doc)
	t.Chdir(t.TempDir())
	m := explorer(t, doc, 200, 40) // room for the file's name in the status line
	press(m, "F", "f", ">", "1", "0", "0", "enter")
	shown := regexp.MustCompile(`1/(\d+)`).FindStringSubmatch(status(m))
	msg := press(m, "E", "c")
	if shown == nil || msg == nil {
		t.Fatalf("status %q", status(m))
	}
	file := regexp.MustCompile(`已导出 (\S+\.csv)`).FindStringSubmatch(status(m))
	if file == nil || !strings.HasSuffix(file[1], "_功能分类-明细.csv") {
		t.Fatalf("status %q", status(m))
	}
	data, _ := os.ReadFile(file[1])
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(shown[1])
	if len(rows)-1 != n || n < 3 {
		t.Fatalf("%d rows, the view lists %d", len(rows)-1, n)
	}
	code, total := xlsxtest.Column(t, rows[0], "编码"), xlsxtest.Column(t, rows[0], "合计")
	over := 0
	for _, j := range want {
		if kids, _ := j["children"].([]any); len(kids) == 0 && model.MustMoney(j["total"].(string)).Cmp(model.MustMoney("100")) > 0 {
			over++
		}
	}
	prev := model.MustMoney("1000000000")
	for i, r := range rows[1:] {
		a := model.MustMoney(r[total])
		if !a.Equal(model.MustMoney(want[r[code]]["total"].(string))) || a.Cmp(model.MustMoney("100")) <= 0 || a.Cmp(prev) > 0 {
			t.Errorf("row %d: %s %s after %s", i+1, r[code], a, prev)
		}
		prev = a
	}
	if n != over {
		t.Errorf("%d rows, the JSON has %d leaves over 100", n, over)
	}
}

// Enter on a finding shows the source text at its line, the line marked,
// the figures it cites in reverse video; y copies the line; Esc returns
// to the finding; Enter there goes on to the narrative section it names.
func TestFindingOpensItsLine(t *testing.T) {
	doc := load(t, cangzhouName)
	src, _, err := readSource(doc.Source)
	if err != nil {
		t.Fatal(err)
	}
	m := explorer(t, doc, 120, 40)
	press(m, "7", "enter")
	s := screen(m)
	for _, w := range []string{"原文  " + doc.Source + "  第1563行", "标出：3218.39 2618.39 622.39", "> 1563 | ", "esc 返回问题"} {
		if !strings.Contains(s, w) {
			t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
	if !strings.Contains(src[1562], "3218.39") {
		t.Fatalf("line 1563 is %q", src[1562])
	}
	raw := m.View().Content
	if !regexp.MustCompile(`\x1b\[[0-9;]*7[0-9;]*m3218\.39`).MatchString(raw) {
		t.Error("3218.39 not in reverse video")
	}
	if regexp.MustCompile(`\x1b\[[0-9;]*7[0-9;]*m18\.39`).MatchString(raw) {
		t.Error("a part of a number marked")
	}
	press(m, "g")
	if !strings.Contains(screen(m), "     1 | ") {
		t.Errorf("g does not show the first line:\n%s", screen(m))
	}
	msg := press(m, "y")
	if reflect.TypeOf(msg).String() != "tea.setClipboardMsg" || reflect.ValueOf(msg).String() != src[1562] || !strings.Contains(status(m), "已复制原文行") {
		t.Errorf("y in the pane: %T %q", msg, status(m))
	}
	press(m, "esc")
	if s := screen(m); strings.Contains(s, "> 1563 | ") || !strings.Contains(s, "[7 问题]") || !strings.Contains(status(m), "1/6") {
		t.Fatalf("esc did not return to the finding:\n%s", s)
	}
	press(m, "enter", "enter")
	if s := screen(m); !strings.Contains(s, "[6 说明]") {
		t.Fatalf("enter in the pane did not go on to the narrative:\n%s", s)
	}
}

// The pane of a finding about a project's plan, at the two usual sizes.
func TestGoldenRawText(t *testing.T) {
	for _, sz := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"120x40", 120, 40}} {
		t.Run(sz.name, func(t *testing.T) {
			m := explorer(t, load(t, cangzhouName), sz.w, sz.h)
			press(m, "7", "j", "j", "enter")
			golden.RequireEqual(t, screen(m))
		})
	}
}
