package review

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/audit"
	"yusuan/model"
	"yusuan/parse"
)

func TestKeyIgnoresWhatChangesBetweenRuns(t *testing.T) {
	base := model.Finding{Rule: "tree-sum", Severity: model.SevError, Where: "支出总表 / 22401", Code: "22401",
		Message: "“合计”列不等于下级之和：应为 1，实为 2", Expected: "467.60", Actual: "467.70", Line: 40, Page: 3}
	same := []func(f *model.Finding){
		func(f *model.Finding) { f.Line, f.Page = 90, 4 },                          // lines inserted above
		func(f *model.Finding) { f.Severity = model.SevWarn },                      // graded otherwise by a new version
		func(f *model.Finding) { f.Message = "reworded" },                          // yusuan's wording
		func(f *model.Finding) { f.Expected, f.Actual = "467.6", "+467.700" },      // the same decimals
		func(f *model.Finding) { f.Where = "支出总表　/　２２４０１" },                        // full-width forms and spaces
		func(f *model.Finding) { f.Review = &model.Review{State: model.Accepted} }, // its own mark
	}
	differ := []func(f *model.Finding){
		func(f *model.Finding) { f.Rule = "cross-table" },
		func(f *model.Finding) { f.Where = "一般公共预算支出表 / 22401" },
		func(f *model.Finding) { f.Code = "22402" },
		func(f *model.Finding) { f.Actual = "467.71" },
	}
	k := Keys([]model.Finding{base})[0]
	if len(k) != 12 {
		t.Fatalf("key %q", k)
	}
	for i, ch := range same {
		f := base
		ch(&f)
		if got := Keys([]model.Finding{f})[0]; got != k {
			t.Errorf("same %d: key %s, want %s", i, got, k)
		}
	}
	for i, ch := range differ {
		f := base
		ch(&f)
		if got := Keys([]model.Finding{f})[0]; got == k {
			t.Errorf("differ %d: same key %s", i, got)
		}
	}
	// without figures, the text quoted from the document tells findings apart
	a := model.Finding{Rule: "toc-missing", Where: "目录", Message: "目录列出的“收入总表”在文中未找到"}
	b := model.Finding{Rule: "toc-missing", Where: "目录", Message: "目录列出的“支出总表”在文中未找到"}
	if ks := Keys([]model.Finding{a, b}); ks[0] == ks[1] {
		t.Errorf("quotes not in the key: %v", ks)
	}
	// and two findings alike in every keyed field are numbered
	if ks := Keys([]model.Finding{base, base}); ks[1] != ks[0]+"-2" {
		t.Errorf("duplicates: %v", ks)
	}
}

// The keys of a real document's findings are unique, and the same after
// lines are inserted at its top (the line numbers of every finding move).
func TestKeysSurviveAnEdit(t *testing.T) {
	src, err := os.ReadFile("../samples/cangzhou-lingang-safety-2026.txt")
	if err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(t.TempDir(), "cz.txt")
	if err := os.WriteFile(edited, append([]byte("\n\n\n"), src...), 0o644); err != nil {
		t.Fatal(err)
	}
	keysOf := func(path string) ([]string, []model.Finding) {
		d, err := parse.File(path)
		if err != nil {
			t.Fatal(err)
		}
		fs := audit.Check(d)
		return Keys(fs), fs
	}
	k1, f1 := keysOf("../samples/cangzhou-lingang-safety-2026.txt")
	k2, f2 := keysOf(edited)
	if len(k1) < 5 || len(k1) != len(k2) {
		t.Fatalf("%d and %d findings", len(k1), len(k2))
	}
	seen := map[string]bool{}
	for i := range k1 {
		if seen[k1[i]] {
			t.Errorf("key %s twice", k1[i])
		}
		seen[k1[i]] = true
		if k1[i] != k2[i] {
			t.Errorf("finding %d (%s) changed key: %s → %s", i, f1[i].Rule, k1[i], k2[i])
		}
		if f1[i].Line != 0 && f1[i].Line == f2[i].Line {
			t.Errorf("finding %d did not move (%d): the test proves nothing", i, f1[i].Line)
		}
	}
}

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "budget.txt")
	if err := os.WriteFile(doc, []byte("document"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Load(doc)
	if err != nil || len(f.Marks) != 0 {
		t.Fatalf("no sidecar: %v %+v", err, f)
	}
	fd := model.Finding{Rule: "plan-end", Where: "x", Expected: "116.00", Actual: "130.00"}
	f.Set("abc", fd, model.Review{State: model.Accepted, Note: "已核对原件\x1b[31m", At: "2026-11-30T09:00:00Z"})
	f.Set("def", fd, model.Review{State: model.Reviewed, At: "2026-11-30T09:01:00Z"})
	f.Set("def", fd, model.Review{}) // cleared
	if err := Save(doc, f); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(doc); string(b) != "document" {
		t.Errorf("the document was touched: %q", b)
	}
	g, err := Load(doc)
	if err != nil || len(g.Marks) != 1 || g.Marks[0].Key != "abc" || g.Marks[0].State != model.Accepted ||
		g.Marks[0].Note != "已核对原件" || g.Find("abc") == nil || g.Find("def") != nil {
		t.Fatalf("round trip: %v %+v", err, g)
	}
	// no temporary file is left beside it
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left: %v", entries)
	}
	// a sidecar that is not one is an error, and is not overwritten
	if err := os.WriteFile(Path(doc), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(doc); err == nil {
		t.Error("a broken sidecar loaded")
	}
}

func TestSaveReadOnlyFolder(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root writes anywhere")
	}
	dir := t.TempDir()
	doc := filepath.Join(dir, "budget.txt")
	os.WriteFile(doc, []byte("document"), 0o644)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	err := Save(doc, &File{})
	if err == nil || !strings.Contains(err.Error(), "不能") {
		t.Errorf("read-only folder: %v", err)
	}
}

// A sidecar that cannot be replaced (here a folder in its place, which
// even root cannot rename a file over) is an error, and no temporary file
// is left behind.
func TestSaveCannotReplace(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "budget.txt")
	os.WriteFile(doc, []byte("document"), 0o644)
	if err := os.MkdirAll(filepath.Join(Path(doc), "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Save(doc, &File{}); err == nil || !strings.Contains(err.Error(), "不能写审核记录") {
		t.Errorf("Save over a folder: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left: %v", entries)
	}
}
