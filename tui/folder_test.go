package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"yusuan/model"
)

// folderEntries is a folder of three files: the hand document, a smaller
// document of another department and year, and a file that did not parse.
func folderEntries() []FolderEntry {
	small := handDoc()
	small.Department = "测试局"
	small.Year = 2025
	small.Kind = model.Final
	small.Totals = model.Totals{Income: model.MustMoney("10"), Expenditure: model.MustMoney("10"),
		Basic: model.MustMoney("6"), Project: model.MustMoney("4")}
	return []FolderEntry{
		{Path: "d/a-hand.txt", Doc: handDoc(), Findings: []Finding{
			{Rule: "r1", Severity: "error", Message: "合计不等"}, {Rule: "r2", Severity: "warn", Message: "少一行"}}},
		{Path: "d/b-broken.docx", Err: errors.New("d/b-broken.docx: 不是文本文件 (binary data)")},
		{Path: "d/c-small.txt", Doc: small, Findings: []Finding{}},
	}
}

func folderSized(t testing.TB, w, h int) *Folder {
	t.Helper()
	f := NewFolder("d", folderEntries(), Options{NoColor: true})
	f.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return f
}

func pressF(f *Folder, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		if t, ok := strings.CutPrefix(k, "type:"); ok {
			for _, r := range t {
				_, cmd = f.Update(keyMsg(string(r)))
			}
			continue
		}
		_, cmd = f.Update(keyMsg(k))
	}
	return cmd
}

func screenF(f *Folder) string { return ansi.Strip(f.View().Content) }

// selF names the selected row by its file.
func selF(f *Folder) string {
	if r := f.selected(); r != nil {
		return r.file
	}
	return ""
}

func TestFolderList(t *testing.T) {
	f := folderSized(t, 120, 40)
	s := screenF(f)
	checkFrame(t, s, 120, 40)
	for _, want := range []string{"目录 d", "3 个文件", "1 个无法读取", "沧州临港经济技术开发区安全生产监督管理局",
		"1/1/0", "0/0/0", "（无法读取）", "不是文本文件", "测试局", "决算", "b-broken.docx"} {
		if !strings.Contains(s, want) {
			t.Errorf("folder screen lacks %q:\n%s", want, s)
		}
	}
	// The reason does not repeat the file name the row already shows.
	if strings.Contains(s, "d/b-broken.docx: ") {
		t.Errorf("reason keeps the path prefix:\n%s", s)
	}
	lines := strings.Split(s, "\n")
	if !strings.HasPrefix(lines[2], ">! ") || !strings.HasPrefix(lines[3], " x ") {
		t.Errorf("marks: %q / %q", lines[2], lines[3])
	}
}

func TestFolderEnterBack(t *testing.T) {
	f := folderSized(t, 120, 40)
	if f.rows[0].doc != nil {
		t.Fatal("a document's explorer was built before it was opened")
	}
	pressF(f, "enter")
	if f.open == nil || f.open.file != "a-hand.txt" {
		t.Fatalf("enter opened %v", f.open)
	}
	s := screenF(f)
	if !strings.Contains(s, "d/a-hand.txt › 全部") || !strings.Contains(s, "7 问题") {
		t.Fatalf("document screen:\n%s", s)
	}
	checkFrame(t, s, 120, 40)
	// Inside the document, back-out keys go up its tree first.
	pressF(f, "enter", "h")
	if f.open == nil {
		t.Fatal("h below the top level left the document")
	}
	// The search line takes esc before the folder does.
	pressF(f, "/", "esc")
	if f.open == nil {
		t.Fatal("esc closing the search line left the document")
	}
	pressF(f, "?", "esc")
	if f.open == nil {
		t.Fatal("esc closing the help left the document")
	}
	for _, back := range []string{"esc", "backspace", "h", "left"} {
		if f.open == nil {
			pressF(f, "enter")
		}
		pressF(f, back)
		if f.open != nil {
			t.Fatalf("%s at the top level did not go back", back)
		}
	}
	// The explorer is kept: reopening finds the same model.
	m := f.rows[0].doc
	pressF(f, "enter", "esc")
	if f.rows[0].doc != m {
		t.Fatal("document explorer rebuilt on reopening")
	}
	// A resize while a document is open reaches the folder.
	pressF(f, "enter")
	f.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	pressF(f, "esc")
	checkFrame(t, screenF(f), 80, 24)
	// q quits from inside a document.
	pressF(f, "enter")
	if cmd := pressF(f, "q"); cmd == nil {
		t.Fatal("q in a document does not quit")
	}
}

func TestFolderFailedRow(t *testing.T) {
	f := folderSized(t, 120, 40)
	pressF(f, "j", "enter")
	if f.open != nil {
		t.Fatal("an unreadable file opened")
	}
	if s := screenF(f); !strings.Contains(s, "无法打开：不是文本文件") {
		t.Fatalf("no message for the unreadable file:\n%s", s)
	}
	pressF(f, "j")
	if s := screenF(f); strings.Contains(s, "无法打开") {
		t.Fatal("the message outlives the next key")
	}
}

func TestFolderSort(t *testing.T) {
	f := folderSized(t, 120, 40)
	order := func() string {
		var out []string
		for _, r := range f.shown {
			out = append(out, r.file)
		}
		return strings.Join(out, " ")
	}
	steps := []struct {
		keys []string
		want string
		sort string
	}{
		{nil, "a-hand.txt b-broken.docx c-small.txt", "文件名 ▲"},
		{[]string{"s"}, "a-hand.txt c-small.txt b-broken.docx", "部门 ▲"},   // 沧州 cangzhou < 测试 ceshi
		{[]string{"s"}, "a-hand.txt c-small.txt b-broken.docx", "支出合计 ▼"}, // largest first, unreadable last
		{[]string{"s"}, "a-hand.txt c-small.txt b-broken.docx", "问题数 ▼"},
		{[]string{"r"}, "b-broken.docx c-small.txt a-hand.txt", "问题数 ▲"},
		{[]string{"s"}, "c-small.txt b-broken.docx a-hand.txt", "文件名 ▼"},
	}
	for i, s := range steps {
		pressF(f, s.keys...)
		if got := order(); got != s.want {
			t.Fatalf("step %d %v: order %q, want %q", i, s.keys, got, s.want)
		}
		if st := strings.Split(screenF(f), "\n")[38]; !strings.Contains(st, "排序: "+s.sort) {
			t.Fatalf("step %d: status %q, want sort %q", i, st, s.sort)
		}
	}
	// The cursor stays on its row through a re-sort.
	pressF(f, "g", "j")
	was := selF(f)
	pressF(f, "s")
	if selF(f) != was {
		t.Fatalf("cursor moved from %s to %s on sort", was, selF(f))
	}
}

func TestFolderFilter(t *testing.T) {
	f := folderSized(t, 120, 40)
	cases := []struct {
		keys []string
		want []string
	}{
		{[]string{"/", "type:测试"}, []string{"c-small.txt"}},
		{[]string{"ctrl+u"}, nil},                       // cleared: everything
		{[]string{"type:czlg"}, []string{"a-hand.txt"}}, // pinyin initials of 沧州临港
		{[]string{"ctrl+u", "type:broken"}, []string{"b-broken.docx"}},
		{[]string{"ctrl+u", "type:2025"}, []string{"c-small.txt"}},
		{[]string{"ctrl+u", "type:zzz"}, []string{}},
	}
	for i, c := range cases {
		for _, k := range c.keys {
			if k == "ctrl+u" {
				f.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
				continue
			}
			pressF(f, k)
		}
		if c.want == nil {
			if len(f.shown) != 3 {
				t.Fatalf("case %d: %d rows after clearing", i, len(f.shown))
			}
			continue
		}
		var got []string
		for _, r := range f.shown {
			got = append(got, r.file)
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Fatalf("case %d %v: rows %v, want %v", i, c.keys, got, c.want)
		}
	}
	if s := screenF(f); !strings.Contains(s, "/zzz   0/3") || !strings.Contains(s, "（无数据）") {
		t.Fatalf("filter line or empty list missing:\n%s", s)
	}
	// Enter keeps the filter and closes the line; Enter again opens the row.
	f.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	pressF(f, "type:测试", "enter")
	if f.line.open || len(f.shown) != 1 {
		t.Fatalf("enter: typing %v, %d rows", f.line.open, len(f.shown))
	}
	if s := screenF(f); !strings.Contains(s, "筛选: 测试") {
		t.Fatalf("status does not show the filter:\n%s", s)
	}
	pressF(f, "enter")
	if f.open == nil || f.open.file != "c-small.txt" {
		t.Fatal("enter on the filtered row did not open it")
	}
	pressF(f, "esc", "esc") // back to the folder, then clear the filter
	if len(f.shown) != 3 || selF(f) != "c-small.txt" {
		t.Fatalf("esc: %d rows, on %s", len(f.shown), selF(f))
	}
	// Esc on the line drops the filter.
	pressF(f, "/", "type:测试", "esc")
	if f.line.open || len(f.shown) != 3 {
		t.Fatalf("esc on the line: typing %v, %d rows", f.line.open, len(f.shown))
	}
}

// TestFolderSizes draws the list at every size from too small to wide: each
// frame fills the terminal exactly, and amount columns give way before the
// expenditure does.
func TestFolderSizes(t *testing.T) {
	for _, sz := range [][2]int{{20, 5}, {40, 12}, {60, 20}, {80, 24}, {100, 30}, {120, 40}, {200, 50}} {
		f := folderSized(t, sz[0], sz[1])
		s := screenF(f)
		if sz[0] < minWidth {
			if !strings.Contains(s, "窗口太小") {
				t.Fatalf("%v: %q", sz, s)
			}
			continue
		}
		checkFrame(t, s, sz[0], sz[1])
		if !strings.Contains(s, "支出合计") {
			t.Errorf("%v: expenditure column dropped:\n%s", sz, s)
		}
		pressF(f, "?")
		checkFrame(t, screenF(f), sz[0], sz[1])
	}
}

func TestFitMiddle(t *testing.T) {
	cases := []struct {
		s    string
		w    int
		want string
	}{
		{"short.txt", 12, "short.txt   "},
		{"js-partycommitteeoffice-2017-tables.pdf", 20, "js-p..017-tables.pdf"},
		{"部门预算公开文件二〇二三年.pdf", 16, "部..〇二三年.pdf"},
	}
	for _, c := range cases {
		got := fitMiddle(c.s, c.w)
		if got != c.want {
			t.Errorf("fitMiddle(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
		if widthOf(got) != c.w {
			t.Errorf("fitMiddle(%q, %d) is %d wide", c.s, c.w, widthOf(got))
		}
	}
}

// TestFolderDoubleEsc: Esc pressed twice quickly arrives as alt+esc; it backs
// out twice, here from a level inside the document to the folder list.
func TestFolderDoubleEsc(t *testing.T) {
	f := folderSized(t, 120, 40)
	pressF(f, "enter", "enter")
	if f.open == nil || len(f.open.doc.view().stack) != 2 {
		t.Fatal("not one level into the document")
	}
	f.Update(tea.KeyPressMsg{Code: tea.KeyEscape, Mod: tea.ModAlt})
	if f.open != nil {
		t.Fatalf("alt+esc left the document open at depth %d", len(f.open.doc.view().stack))
	}
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "enter", "enter")
	m.Update(tea.KeyPressMsg{Code: tea.KeyEscape, Mod: tea.ModAlt})
	if got := len(m.view().stack); got != 1 {
		t.Fatalf("alt+esc in a document: depth %d, want 1", got)
	}
}

// TestFolderProgram runs the folder explorer as a real program: open a
// document, resize while it is open, come back, quit.
func TestFolderProgram(t *testing.T) {
	tm := teatest.NewTestModel(t, NewFolder("d", folderEntries(), Options{}),
		teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitFor(t, tm, "测试局")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "城乡社区支出")
	tm.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	tm.Send(keyMsg("esc"))
	tm.Send(keyMsg("G"))
	tm.Send(keyMsg("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Folder)
	if fm.open != nil || selF(fm) != "c-small.txt" {
		t.Fatalf("ended open=%v on %q", fm.open != nil, selF(fm))
	}
	s := screenF(fm)
	checkFrame(t, s, 80, 24)
}

// BenchmarkNewFolder100 opens a folder of 100 documents of 2,000 lines each
// and draws the first frame: no document's explorer is built for it.
func BenchmarkNewFolder100(b *testing.B) {
	es := make([]FolderEntry, 100)
	for i := range es {
		es[i] = FolderEntry{Path: "d/" + strings.Repeat("x", i%7) + ".txt", Doc: bigDoc(2000), Findings: []Finding{}}
	}
	for b.Loop() {
		f := NewFolder("d", es, Options{})
		f.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = f.View()
		for _, r := range f.rows {
			if r.doc != nil {
				b.Fatal("a document's explorer was built before it was opened")
			}
		}
	}
}

// TestFolderShrinkWhileOpen: the terminal shrinks while a document is open;
// back in the list, the cursor row is on screen.
func TestFolderShrinkWhileOpen(t *testing.T) {
	es := make([]FolderEntry, 60)
	for i := range es {
		es[i] = FolderEntry{Path: fmt.Sprintf("d/%02d.txt", i), Doc: handDoc(), Findings: []Finding{}}
	}
	f := NewFolder("d", es, Options{})
	f.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	pressF(f, "G") // the last row, at the bottom of 30 visible rows
	pressF(f, "enter")
	f.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	pressF(f, "esc")
	if s := screenF(f); !strings.Contains(s, ">  沧州") || !strings.Contains(s, "59.txt") {
		t.Fatalf("cursor row off screen after shrinking:\n%s", s)
	}
}

// Esc in an open document first closes what the working-paper keys opened
// (E's question, a finding's source text), then leaves for the folder.
func TestFolderEscClosesPapersFirst(t *testing.T) {
	f := folderSized(t, 120, 40)
	pressF(f, "enter", "E", "esc")
	if f.open == nil || f.open.doc.exportAsk {
		t.Fatal("esc after E left the document or kept the question")
	}
	f.open.doc.raw = &rawPane{line: 1}
	pressF(f, "esc")
	if f.open == nil || f.open.doc.raw != nil {
		t.Fatal("esc in the source text left the document or kept the pane")
	}
	f.open.doc.mark.open = true // the m line (review marks)
	pressF(f, "esc")
	if f.open == nil {
		t.Fatal("esc in the m line left the document")
	}
	f.open.doc.mark.open = false
	pressF(f, "esc")
	if f.open != nil {
		t.Fatal("esc at the top did not leave the document")
	}
}

// Space marks two documents and d sets them side by side, the earlier year
// as the old one, whichever was marked first; Esc comes back to the list.
func TestFolderMarkDiff(t *testing.T) {
	f := folderSized(t, 120, 40)
	pressF(f, "d")
	if f.open != nil || !strings.Contains(screenF(f), "先用空格标记两个文档") {
		t.Fatal("d without two marks")
	}
	pressF(f, "G", " ", "g", " ") // c-small (2025) first, then a-hand (2026)
	if len(f.marked) != 2 || !strings.Contains(screenF(f), "* ") {
		t.Fatalf("marked %d:\n%s", len(f.marked), screenF(f))
	}
	pressF(f, "d")
	if f.open == nil || f.open.doc.ctx.opt.Diff == nil {
		t.Fatal("d did not open a comparison")
	}
	if d := f.open.doc.ctx.opt.Diff; d.Old.Year != 2025 || d.New.Year != 2026 {
		t.Errorf("compared %d -> %d, want 2025 -> 2026", d.Old.Year, d.New.Year)
	}
	pressF(f, "esc")
	if f.open != nil {
		t.Fatal("esc did not come back from the comparison")
	}
}
