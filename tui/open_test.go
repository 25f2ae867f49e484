package tui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"yusuan/model"
)

// env is a stand-in environment for openCommand.
func env(vars ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(vars); i += 2 {
		m[vars[i]] = vars[i+1]
	}
	return func(k string) string { return m[k] }
}

// o runs the pager (else the editor, else less) with +LINE on a UTF-8 text
// source; on a PDF, the viewer at the page when one is configured, else the
// converted text in the pager; a GBK text is paged as UTF-8.
func TestOpenCommand(t *testing.T) {
	dir := t.TempDir()
	utf := filepath.Join(dir, "a.txt")
	os.WriteFile(utf, []byte("第一行\n第二行\n"), 0o644)
	gbkText, _ := simplifiedchinese.GB18030.NewEncoder().String("部门预算\n支出总表 2567.98\n")
	gbk := filepath.Join(dir, "gbk.txt")
	os.WriteFile(gbk, []byte(gbkText), 0o644)
	pdf := filepath.Join(dir, "budget.pdf")

	cases := []struct {
		source string
		env    func(string) string
		line   int
		want   []string // the command's words; "TMP" stands for the temporary file
		tmp    string   // what the temporary file holds, if one is made
	}{
		{utf, env("PAGER", "less -R", "EDITOR", "vim"), 2, []string{"less", "-R", "+2", utf}, ""},
		{utf, env("EDITOR", "vim"), 1, []string{"vim", "+1", utf}, ""},
		{utf, env(), 2, []string{"less", "+2", utf}, ""},
		{pdf, env("PAGER", "less", PDFViewerEnv, "zathura --page={page} {file}"), 45, []string{"zathura", "--page=3", pdf}, ""},
		{pdf, env(PDFViewerEnv, "okular -p {page}"), 10, []string{"okular", "-p", "1", pdf}, ""},
		{gbk, env("PAGER", "more"), 2, []string{"more", "+2", "TMP"}, "部门预算\n支出总表 2567.98\n"},
	}
	// a reader that gives a file's text as read: the GBK file decoded
	read := func(path string) ([]string, bool, error) {
		if path == gbk {
			return []string{"部门预算", "支出总表 2567.98", ""}, false, nil
		}
		return []string{"第一行", "第二行", ""}, strings.HasSuffix(path, ".pdf"), nil
	}
	for _, c := range cases {
		doc := &model.Document{Source: c.source, Pages: []int{20, 40}}
		m := New(doc, Options{Source: read})
		cmd, tmp, err := m.openCommand(c.line, c.env)
		if err != nil {
			t.Fatalf("%s: %v", c.source, err)
		}
		got := append([]string{filepath.Base(cmd.Path)}, cmd.Args[1:]...)
		if tmp != "" {
			data, _ := os.ReadFile(tmp)
			if string(data) != c.tmp {
				t.Errorf("%s: temporary text %q, want %q", c.source, data, c.tmp)
			}
			os.Remove(tmp)
			got[len(got)-1] = "TMP"
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: %q, want %q", c.source, got, c.want)
		}
	}
	// a PDF without a viewer: its converted text in the pager
	m := New(&model.Document{Source: pdf}, Options{Source: read})
	cmd, tmp, err := m.openCommand(2, env("PAGER", "less"))
	if err != nil || tmp == "" || strings.Join(cmd.Args, " ") != "less +2 "+tmp {
		t.Errorf("PDF without a viewer: %v %q", err, cmd)
	}
	os.Remove(tmp)
	// a source without lines (a .docx), or no reader: said, nothing run
	noLines := func(string) ([]string, bool, error) { return nil, false, errors.New("原文不是文本") }
	for _, opt := range []Options{{Source: noLines}, {}} {
		m := New(&model.Document{Source: utf}, opt)
		if _, _, err := m.openCommand(1, env("PAGER", "less")); err == nil {
			t.Error("a source without lines opened")
		}
	}
}

// o on a row without a source line says so; on a line it returns the
// command that pauses the explorer.
func TestOpenKey(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40) // no reader: said in the status line
	if cmd := press(m, "o"); cmd != nil || !strings.Contains(m.msg, "无法打开原文：no source reader") {
		t.Fatalf("o without a reader: %q", m.msg)
	}
	m.Update(openedMsg{err: os.ErrNotExist})
	if !strings.Contains(m.msg, "无法打开原文") {
		t.Fatalf("a failed pager is not said: %q", m.msg)
	}
	m = diffModel(t, 120, 40) // a line of the comparison has no one source line
	if cmd := press(m, "o"); cmd != nil || m.msg != "此行没有原文行号" {
		t.Fatalf("o without a line: %q", m.msg)
	}
}
