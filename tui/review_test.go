package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
	"yusuan/review"
)

// m in the findings view marks the finding under the cursor: Tab picks the
// state, the note is typed, Enter writes the sidecar beside the document;
// the row and the pane show the mark, and Esc leaves everything as it was.
func TestReviewMark(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "budget.txt")
	if err := os.WriteFile(doc, []byte("document"), 0o644); err != nil {
		t.Fatal(err)
	}
	fs := testFindings()
	for i, k := range review.Keys(fs) {
		fs[i].Key = k
	}
	m := sized(t, New(handDoc(), Options{Findings: fs, ReviewPath: doc}), 120, 40)
	press(m, "7")
	if !strings.Contains(screen(m), "m ") {
		t.Errorf("the help line does not offer m:\n%s", screen(m))
	}
	// Esc: nothing written
	press(m, "m", "type:abc", "esc")
	if _, err := os.Stat(review.Path(doc)); err == nil {
		t.Fatal("Esc wrote a mark")
	}
	// reviewed → accepted with Tab, a note, Enter
	press(m, "m")
	if !strings.Contains(screen(m), "标记 已阅") {
		t.Fatalf("no mark line:\n%s", screen(m))
	}
	press(m, "tab", "type:已核对原件", "enter")
	if sel(m) != "错误 [确认] 下级合计与上级不等" {
		t.Errorf("row: %q", sel(m))
	}
	s := screen(m)
	for _, want := range []string{"审核：确认", "已核对原件", "已标记 确认"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	marks, err := review.Load(doc)
	if err != nil || len(marks.Marks) != 1 || marks.Marks[0].Key != fs[0].Key || marks.Marks[0].State != model.Accepted || marks.Marks[0].Note != "已核对原件" {
		t.Fatalf("sidecar: %v %+v", err, marks)
	}
	if b, _ := os.ReadFile(doc); string(b) != "document" {
		t.Error("the document was written")
	}
	// m again opens on the mark as it is; Tab twice more reaches “clear”
	press(m, "m")
	if !strings.Contains(screen(m), "标记 确认") || !strings.Contains(screen(m), "已核对原件") {
		t.Errorf("the line does not start at the mark:\n%s", screen(m))
	}
	press(m, "tab", "tab", "enter")
	if marks, _ := review.Load(doc); len(marks.Marks) != 0 || sel(m) != "错误 下级合计与上级不等" {
		t.Errorf("not cleared: %+v %q", marks, sel(m))
	}
}

// Without a document file (the embedded sample, a diff) there is no m.
func TestReviewMarkOff(t *testing.T) {
	fs := testFindings()
	fs[0].Key = "0123456789ab"
	m := sized(t, New(handDoc(), Options{Findings: fs}), 120, 40)
	press(m, "7", "m")
	if m.mark.open {
		t.Error("m opened a mark line with nowhere to keep it")
	}
}

// A mark that cannot be written is said, and the finding keeps no mark.
func TestReviewMarkFails(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "budget.txt")
	os.WriteFile(doc, []byte("document"), 0o644)
	os.MkdirAll(filepath.Join(review.Path(doc), "x"), 0o755) // a folder where the sidecar goes
	fs := testFindings()
	for i, k := range review.Keys(fs) {
		fs[i].Key = k
	}
	m := sized(t, New(handDoc(), Options{Findings: fs, ReviewPath: doc}), 120, 40)
	press(m, "7", "m", "enter")
	if !strings.Contains(screen(m), "标记未保存") || fs[0].Review != nil {
		t.Errorf("failure not said:\n%s", screen(m))
	}
}
