package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/samples"
)

func TestPaperCSVOptions(t *testing.T) {
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		prefix string // of stdout
		errs   string // in stderr
	}{
		{"bom", []string{"export", "--format", "csv", "--bom", jinzhong}, 0, "\uFEFFdepartment,year,document_kind,", ""},
		{"no bom", []string{"export", "--format", "csv", jinzhong}, 0, "department,year,document_kind,", ""},
		{"wide", []string{"export", "--format", "csv", "--wide", jinzhong}, 0, "department,year,document_kind,source,table,kind,line,page,code,name,", ""},
		{"check csv", []string{"check", "--format", "csv", "--bom", cangzhou}, 1, "\uFEFFdepartment,year,document_kind,source,severity,rule,", ""},
		{"check csv clean", []string{"check", "--format", "csv", jinzhong}, 0, "department,", ""},
		{"diff csv bom", []string{"diff", "--format", "csv", "--bom", jinzhong, cangzhou}, 0, "\uFEFFsection,code,name,", ""},
		{"bom on json", []string{"export", "--bom", jinzhong}, 2, "", "--bom"},
		{"wide on check", []string{"check", "--format", "csv", "--wide", jinzhong}, 2, "", "--wide"},
		{"unknown format", []string{"export", "--format", "xml", jinzhong}, 2, "", "xml"},
		{"unknown check format", []string{"check", "--format", "xml", jinzhong}, 2, "", "xml"},
		{"unknown diff format", []string{"diff", "--format", "xml", jinzhong, cangzhou}, 2, "", "xml"},
		{"parquet is export's", []string{"check", "--format", "parquet", jinzhong}, 2, "", "parquet"},
		{"-o without a format opens nothing", []string{"diff", "-o", "x.xlsx", jinzhong, cangzhou}, 2, "", "--format"},
		// a bad format is said before any document is read
		{"format before reading", []string{"export", "--format", "xml", "no-such-file"}, 2, "", "未知格式 \"xml\"，可用 json、csv、xlsx、parquet"},
	} {
		code, out, errs := runCmd(t, c.args...)
		// diff warns on stderr that the departments differ: only the others must be quiet
		quiet := c.errs == "" && c.args[0] != "diff"
		if code != c.code || !strings.HasPrefix(out, c.prefix) || !strings.Contains(errs, c.errs) || quiet && errs != "" {
			t.Errorf("%s: exit %d (want %d), stdout %.60q, stderr %q", c.name, code, c.code, out, errs)
		}
	}
}

// check --format csv: one row per finding of every document, each with its document.
func TestCheckCSVRows(t *testing.T) {
	_, text, _ := runCmd(t, "check", "--format", "json", cangzhou)
	code, out, _ := runCmd(t, "check", "--format", "csv", cangzhou, jinzhong)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 1 || err != nil {
		t.Fatalf("exit %d, %v", code, err)
	}
	byDoc := map[string]int{}
	for _, r := range rows[1:] {
		byDoc[r[1]+" "+r[0]]++
	}
	if n := strings.Count(text, `"rule":`); byDoc["2026 沧州临港经济技术开发区安全生产监督管理局"] != n || n == 0 {
		t.Errorf("cangzhou: %d csv rows, %d findings in json; %v", byDoc["2026 沧州临港经济技术开发区安全生产监督管理局"], n, byDoc)
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.csv")
	code, stdout, errs := runCmd(t, "export", "--format", "csv", "-o", out, jinzhong)
	b, _ := os.ReadFile(out)
	if code != 0 || stdout != "" || errs != "" || !bytes.HasPrefix(b, []byte("department,")) {
		t.Errorf("-o: exit %d stdout %q stderr %q file %.40q", code, stdout, errs, b)
	}
	_, want, _ := runCmd(t, "export", "--format", "csv", jinzhong)
	if string(b) != want {
		t.Error("-o wrote something else than stdout would")
	}
	// --output, and json too
	if code, _, _ := runCmd(t, "export", "--output", out, jinzhong); code != 0 {
		t.Errorf("--output json: exit %d", code)
	}
	if b, _ := os.ReadFile(out); !bytes.HasPrefix(b, []byte("{")) {
		t.Errorf("--output json wrote %.20q", b)
	}
	// never over an input, named or in an input folder
	in := filepath.Join(dir, "doc.txt")
	src, _ := os.ReadFile(jinzhong)
	os.WriteFile(in, src, 0o644)
	for _, args := range [][]string{
		{"export", "--format", "csv", "-o", in, in},
		{"export", "--format", "csv", "-o", in, dir},
		{"check", "--format", "csv", "-o", in, in},
		{"diff", "--format", "csv", "-o", in, jinzhong, in},
	} {
		code, _, errs := runCmd(t, args...)
		if after, _ := os.ReadFile(in); code != 2 || !bytes.Equal(after, src) || !strings.Contains(errs, "doc.txt") {
			t.Errorf("%v: exit %d stderr %q, input changed %v", args, code, errs, !bytes.Equal(after, src))
		}
	}
	// nothing left beside the file
	if left, _ := filepath.Glob(filepath.Join(dir, ".yusuan-*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
	// a folder or an unwritable place: one line, status 2
	for _, o := range []string{dir, filepath.Join(dir, "no", "such", "dir", "x.csv")} {
		code, _, errs := runCmd(t, "export", "--format", "csv", "-o", o, jinzhong)
		if code != 2 || strings.Count(errs, "\n") != 1 {
			t.Errorf("-o %s: exit %d stderr %q", o, code, errs)
		}
	}
}

func TestXLSXCommands(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args   []string
		code   int
		sheets string
	}{
		{[]string{"export", "--format", "xlsx"}, 0, "概况,功能分类,经济分类,项目,绩效指标,三公经费,核对发现,全部金额"},
		{[]string{"check", "--format", "xlsx"}, 1, "概况,核对发现"},
		{[]string{"diff", "--format", "xlsx"}, 0, "对比概况,功能分类,经济分类,三公经费,项目,绩效指标"},
	} {
		out := filepath.Join(dir, c.args[0]+".xlsx")
		args := append(append(c.args, "-o", out), jinzhong, cangzhou)
		code, stdout, _ := runCmd(t, args...)
		if code != c.code || stdout != "" {
			t.Errorf("%v: exit %d, stdout %.20q", args, code, stdout)
			continue
		}
		names, err := sheetNames(out)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if got := strings.Join(names, ","); got != c.sheets {
			t.Errorf("%v: sheets %s", args, got)
		}
		// to stdout when it is not a terminal: the same workbook
		code, stdout, _ = runCmd(t, append(c.args, jinzhong, cangzhou)...)
		if code != c.code || !strings.HasPrefix(stdout, "PK") {
			t.Errorf("%v to a pipe: exit %d, %.10q", c.args, code, stdout)
		}
	}
}

// A binary format is not written on a terminal: one line, status 2.
func TestBinaryNotToTerminal(t *testing.T) {
	saved := isTerminal
	isTerminal = func(io.Writer) bool { return true }
	defer func() { isTerminal = saved }()
	for _, args := range [][]string{
		{"export", "--format", "xlsx", jinzhong},
		{"check", "--format", "xlsx", jinzhong},
		{"diff", "--format", "xlsx", jinzhong, cangzhou},
	} {
		code, out, errs := runCmd(t, args...)
		// the last line of stderr says why (diff first warns that the departments differ)
		lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
		if code != 2 || out != "" || !strings.Contains(lines[len(lines)-1], "xlsx 是二进制格式，请用 -o") {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q", args, code, len(out), errs)
		}
	}
	// text formats still go to the terminal
	if code, out, _ := runCmd(t, "export", "--format", "csv", jinzhong); code != 0 || out == "" {
		t.Errorf("csv on a terminal: exit %d", code)
	}
}

func TestParquetCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "facts.parquet")
	code, stdout, errs := runCmd(t, "export", "--format", "parquet", "-o", out, jinzhong, cangzhou)
	b, _ := os.ReadFile(out)
	if code != 0 || stdout != "" || errs != "" || !bytes.HasPrefix(b, []byte("PAR1")) || !bytes.HasSuffix(b, []byte("PAR1")) {
		t.Errorf("exit %d stdout %q stderr %q, %d bytes", code, stdout, errs, len(b))
	}
	saved := isTerminal
	isTerminal = func(io.Writer) bool { return true }
	defer func() { isTerminal = saved }()
	if code, out, errs := runCmd(t, "export", "--format", "parquet", jinzhong); code != 2 || out != "" || !strings.Contains(errs, "parquet 是二进制格式") {
		t.Errorf("parquet on a terminal: exit %d stderr %q", code, errs)
	}
}

// sheetNames lists a workbook's sheets from its xl/workbook.xml. Not
// excelize: this test binary runs itself as the program for
// TestNothingHeavyAtInit, which would find excelize initialised.
func sheetNames(path string) ([]string, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer z.Close()
	f, err := z.Open("xl/workbook.xml")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.NewDecoder(f).Decode(&book); err != nil {
		return nil, err
	}
	var names []string
	for _, s := range book.Sheets {
		names = append(names, s.Name)
	}
	return names, nil
}

// The explorer's source reader: the file's lines, the embedded sample
// from the binary where its file is not at hand, an error for a file gone.
func TestExplorerSourceText(t *testing.T) {
	lines, pdf, err := sourceText(jinzhong)
	if err != nil || pdf || len(lines) != strings.Count(string(samples.Jinzhong), "\n")+1 {
		t.Fatalf("%d lines, pdf %v: %v", len(lines), pdf, err)
	}
	t.Chdir(t.TempDir())
	if lines, _, err := sourceText(samples.Default); err != nil || len(lines) < 1000 {
		t.Fatalf("embedded sample: %d lines, %v", len(lines), err)
	}
	if _, _, err := sourceText("no-such-file.txt"); err == nil {
		t.Fatal("no error for a missing file")
	}
}
