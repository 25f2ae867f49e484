package export

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"yusuan/audit"
	"yusuan/model"
)

// The JSON export, read back independently of the model: what the xlsx must agree with.
type jDoc struct {
	Source, Department, Kind string
	Year                     int
	Totals                   map[string]string
	Functional               []jFunc
	Economic                 []jEcon
	Projects                 []struct {
		Code, Name, Budget string
		Plan               []string
		PlanBlank          []bool `json:"plan_blank"`
		Indicators         []struct{ Level1, Level2, Name, Value, Basis string }
	}
	ThreePublic *map[string]any `json:"three_public"`
	Tables      []struct {
		Title, Unit string
		Rows        [][]string
		RowLines    []int `json:"row_lines"`
	}
}

type jFunc struct {
	Code, Name, Level, Total, Basic, Project string
	Line                                     int
	Children                                 []jFunc
}

type jEcon struct {
	Code, Name, Total, Personnel, Public string
	Children                             []jEcon
}

func jsonDocs(t *testing.T, docs []*model.Document) []jDoc {
	t.Helper()
	var b bytes.Buffer
	if err := JSON(&b, docs); err != nil {
		t.Fatal(err)
	}
	var out []jDoc
	if len(docs) == 1 {
		out = make([]jDoc, 1)
		if err := json.Unmarshal(b.Bytes(), &out[0]); err != nil {
			t.Fatal(err)
		}
		return out
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func checkedOf(docs []*model.Document) []Checked {
	var out []Checked
	for _, d := range docs {
		out = append(out, Checked{Doc: d, Findings: audit.Check(d)})
	}
	return out
}

// book opens written xlsx bytes with excelize as a reader, raw values.
func book(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// sheetRows returns a sheet's rows by header name.
type sheetRows struct {
	t      testing.TB
	f      *excelize.File
	name   string
	header map[string]int
	rows   [][]string
}

func readSheet(t testing.TB, f *excelize.File, name string) *sheetRows {
	t.Helper()
	rows, err := f.GetRows(name)
	if err != nil {
		t.Fatalf("sheet %s: %v", name, err)
	}
	s := &sheetRows{t: t, f: f, name: name, header: map[string]int{}, rows: rows[1:]}
	for i, h := range rows[0] {
		s.header[h] = i
	}
	return s
}

// get is the raw value of a column in data row i (0-based).
func (s *sheetRows) get(i int, col string) string {
	s.t.Helper()
	j, ok := s.header[col]
	if !ok {
		s.t.Fatalf("%s: no column %s", s.name, col)
	}
	if j >= len(s.rows[i]) {
		return ""
	}
	return s.rows[i][j]
}

// cellName is the address of column col in data row i.
func (s *sheetRows) cellName(i int, col string) string {
	name, _ := excelize.CoordinatesToCellName(s.header[col]+1, i+2)
	return name
}

// amount asserts that a cell is a numeric cell exactly equal to want (a
// JSON decimal string), formatted #,##0.00 or with as many places as want
// has; want "" is a blank cell.
func (s *sheetRows) amount(i int, col, want string) {
	s.t.Helper()
	got := s.get(i, col)
	if want == "" {
		if got != "" {
			s.t.Errorf("%s row %d %s = %q, want blank", s.name, i+2, col, got)
		}
		return
	}
	g, err := decimal.NewFromString(got)
	if err != nil || !g.Equal(decimal.RequireFromString(want)) {
		s.t.Errorf("%s row %d %s = %q, want %s", s.name, i+2, col, got, want)
		return
	}
	ref := s.cellName(i, col)
	if typ, _ := s.f.GetCellType(s.name, ref); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		s.t.Errorf("%s %s: amount cell of type %v, not a number", s.name, ref, typ)
	}
	places := 2
	if k := strings.IndexByte(want, '.'); k >= 0 {
		places = max(places, len(want)-k-1)
	}
	id, _ := s.f.GetCellStyle(s.name, ref)
	st, _ := s.f.GetStyle(id)
	if wantFmt := "#,##0." + strings.Repeat("0", places); st == nil || st.CustomNumFmt == nil || *st.CustomNumFmt != wantFmt {
		s.t.Errorf("%s %s: number format %v, want %s", s.name, ref, st, wantFmt)
	}
}

// text asserts a text cell (never a number, so codes keep their digits as printed).
func (s *sheetRows) text(i int, col, want string) {
	s.t.Helper()
	if got := s.get(i, col); got != want {
		s.t.Errorf("%s row %d %s = %q, want %q", s.name, i+2, col, got, want)
		return
	}
	if want == "" {
		return
	}
	if typ, _ := s.f.GetCellType(s.name, s.cellName(i, col)); typ != excelize.CellTypeInlineString {
		s.t.Errorf("%s row %d %s: %v cell, want text", s.name, i+2, col, typ)
	}
}

// verifyDocsBook reads back the export workbook and compares every amount
// with the JSON export, exactly.
func verifyDocsBook(t *testing.T, b []byte, docs []*model.Document) {
	f := book(t, b)
	defer f.Close()
	js := jsonDocs(t, docs)
	want := []string{"概况", "功能分类", "经济分类", "项目", "绩效指标", "三公经费", "核对发现", "全部金额"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("sheets %v", got)
	}
	for _, name := range want {
		p, err := f.GetPanes(name)
		if err != nil || !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s: header not frozen: %+v %v", name, p, err)
		}
		if tables, err := f.GetTables(name); err != nil || len(tables) != 1 || !strings.HasPrefix(tables[0].Range, "A1:") {
			t.Errorf("%s: header not filtered: %+v %v", name, tables, err)
		}
	}
	sum := readSheet(t, f, "概况")
	fun := readSheet(t, f, "功能分类")
	eco := readSheet(t, f, "经济分类")
	pro := readSheet(t, f, "项目")
	ind := readSheet(t, f, "绩效指标")
	if len(sum.rows) != len(js) {
		t.Fatalf("summary has %d rows for %d documents", len(sum.rows), len(js))
	}
	fi, ei, pi, ii, amounts := 0, 0, 0, 0, 0
	for k, d := range js {
		sum.text(k, "部门", d.Department)
		sum.text(k, "来源文件", d.Source)
		for col, key := range map[string]string{"收入总计": "income", "支出总计": "expenditure", "基本支出": "basic", "项目支出": "project"} {
			sum.amount(k, col, d.Totals[key])
			amounts++
		}
		var walkF func([]jFunc)
		walkF = func(ns []jFunc) {
			for _, n := range ns {
				if fun.get(fi, "来源文件") != d.Source {
					t.Fatalf("功能分类 row %d from %q, want %q", fi+2, fun.get(fi, "来源文件"), d.Source)
				}
				fun.text(fi, "科目编码", n.Code)
				fun.text(fi, "科目名称", n.Name)
				fun.amount(fi, "合计", n.Total)
				fun.amount(fi, "基本支出", n.Basic)
				fun.amount(fi, "项目支出", n.Project)
				amounts += 3
				fi++
				walkF(n.Children)
			}
		}
		walkF(d.Functional)
		var walkE func([]jEcon)
		walkE = func(ns []jEcon) {
			for _, n := range ns {
				eco.text(ei, "科目编码", n.Code)
				eco.amount(ei, "合计", n.Total)
				eco.amount(ei, "人员经费", n.Personnel)
				eco.amount(ei, "公用经费", n.Public)
				amounts += 3
				ei++
				walkE(n.Children)
			}
		}
		walkE(d.Economic)
		for _, p := range d.Projects {
			pro.text(pi, "项目编码", p.Code)
			pro.text(pi, "项目名称", p.Name)
			pro.amount(pi, "预算数", p.Budget)
			amounts++
			for m, month := range planMonths {
				want := ""
				if m < len(p.Plan) && (m >= len(p.PlanBlank) || !p.PlanBlank[m]) {
					want = p.Plan[m]
					amounts++
				}
				pro.amount(pi, "支出计划/"+month, want)
			}
			pi++
			for _, in := range p.Indicators {
				ind.text(ii, "三级指标", in.Name)
				ind.text(ii, "指标值", in.Value)
				ii++
			}
		}
	}
	if fi != len(fun.rows) || ei != len(eco.rows) || pi != len(pro.rows) || ii != len(ind.rows) {
		t.Errorf("rows: functional %d/%d economic %d/%d projects %d/%d indicators %d/%d",
			fi, len(fun.rows), ei, len(eco.rows), pi, len(pro.rows), ii, len(ind.rows))
	}
	// the long form: as many rows as the CSV, each amount equal
	all := readSheet(t, f, "全部金额")
	k := 0
	for _, d := range docs {
		for _, fact := range Facts(d) {
			all.text(k, "名称", fact.Name)
			all.amount(k, "金额", fact.Amount.String())
			k++
			amounts++
		}
	}
	if k != len(all.rows) {
		t.Errorf("全部金额 has %d rows, want %d", len(all.rows), k)
	}
	if amounts < 50*len(js) {
		t.Errorf("only %d amounts compared", amounts)
	}
	t.Logf("%d documents, %d amounts compared exactly with the JSON export", len(js), amounts)
}

func TestXLSXSamplesMatchJSON(t *testing.T) {
	docs := loadDocs(t, sampleFiles...)
	var b bytes.Buffer
	if err := XLSX(&b, checkedOf(docs)); err != nil {
		t.Fatal(err)
	}
	verifyDocsBook(t, b.Bytes(), docs)

	// 三公 and findings of Cangzhou, by value
	f := book(t, b.Bytes())
	defer f.Close()
	three := readSheet(t, f, "三公经费")
	tp := docs[0].ThreePublic
	if tp == nil || len(three.rows) == 0 || three.get(0, "来源文件") != docs[0].Source {
		t.Fatalf("三公: %v", three.rows)
	}
	for k, field := range model.ThreePublicFields {
		want := ""
		if tp.IsStated(field) {
			want = tp.Field(field).String()
		}
		three.amount(0, threePublicTitles[k], want)
	}
	fs := readSheet(t, f, "核对发现")
	all := checkedOf(docs)
	if n := len(all[0].Findings) + len(all[1].Findings); len(fs.rows) != n || n == 0 {
		t.Fatalf("%d finding rows for %d findings", len(fs.rows), n)
	}
	for i, fd := range all[0].Findings {
		fs.text(i, "规则", fd.Rule)
		fs.text(i, "级别", fd.Severity.Label())
		for col, v := range map[string]string{"应为": fd.Expected, "实为": fd.Actual, "差额": fd.Difference} {
			if v != "" && !isPlainDecimal(v) {
				fs.text(i, col, v)
				continue
			}
			if got := fs.get(i, col); v != "" && !decimal.RequireFromString(got).Equal(decimal.RequireFromString(v)) || v == "" && got != "" {
				t.Errorf("finding %d %s = %q, want %q", i, col, got, v)
			}
		}
	}
	// columns sized for Chinese: the name column holds its longest name
	fun := readSheet(t, f, "功能分类")
	widest := 0
	for i := range fun.rows {
		widest = max(widest, lipgloss.Width(fun.get(i, "科目名称")))
	}
	col, _ := excelize.ColumnNumberToName(fun.header["科目名称"] + 1)
	if w, _ := f.GetColWidth("功能分类", col); w < float64(widest) || w > float64(widest)+4 {
		t.Errorf("name column %g wide for names up to %d", w, widest)
	}
}

func TestFindingsXLSX(t *testing.T) {
	docs := loadDocs(t, sampleFiles...)
	var b bytes.Buffer
	if err := FindingsXLSX(&b, checkedOf(docs)); err != nil {
		t.Fatal(err)
	}
	f := book(t, b.Bytes())
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "概况,核对发现" {
		t.Fatalf("sheets %s", got)
	}
	sum := readSheet(t, f, "概况")
	all := checkedOf(docs)
	for i, c := range all {
		errs := 0
		for _, fd := range c.Findings {
			if fd.Severity == audit.Error {
				errs++
			}
		}
		if got := sum.get(i, "错误"); got != itoa(errs) {
			t.Errorf("%s: %s errors, want %d", c.Doc.Source, got, errs)
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// Hostile document text reaches the workbook as text, never as a formula;
// a negative amount stays a number.
func TestXLSXNeutralisesFormulas(t *testing.T) {
	d := hostileDoc()
	d.Functional = []*model.FuncNode{{Code: "224", Name: "@SUM(A1)", Level: model.LevelClass, Total: model.MustMoney("-30.00")}}
	d.ThreePublic = &model.ThreePublic{Total: model.MustMoney("1.5"), Stated: []string{"total"}, Table: "=1+1"}
	fs := []audit.Finding{{Rule: "tree-sum", Severity: audit.Error, Where: "+cmd", Message: "-1+2", Expected: "=1", Actual: "-30.00", Difference: "+600.00"}}
	var b bytes.Buffer
	if err := XLSX(&b, []Checked{{Doc: d, Findings: fs}}); err != nil {
		t.Fatal(err)
	}
	f := book(t, b.Bytes())
	defer f.Close()
	seen := cellsWithoutFormulas(t, f)
	for _, want := range []string{`'=HYPERLINK("http://x","安全监管")`, "'@SUM(A1)", "'=1+1", "'+cmd", "'-1+2", "'=1", "-30", "600", "'-1+2", "'@SUM(1+1)*cmd|' /C calc'!A0"} {
		if !seen[want] {
			t.Errorf("no cell %q", want)
		}
	}
}

// cellsWithoutFormulas fails on any formula, or text cell that a spreadsheet
// would take for one, in any sheet; it returns every value seen.
func cellsWithoutFormulas(t *testing.T, f *excelize.File) map[string]bool {
	t.Helper()
	seen := map[string]bool{}
	for _, name := range f.GetSheetList() {
		rows, _ := f.GetRows(name)
		for i, r := range rows {
			for j, v := range r {
				ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
				if formula, _ := f.GetCellFormula(name, ref); formula != "" {
					t.Errorf("%s %s: formula %q", name, ref, formula)
				}
				seen[v] = true
				if v == "" || !strings.ContainsAny(v[:1], "=+-@\t\r") {
					continue
				}
				if typ, _ := f.GetCellType(name, ref); typ == excelize.CellTypeInlineString {
					t.Errorf("%s %s: text %q starts a formula", name, ref, v)
				}
			}
		}
	}
	return seen
}

// An amount Excel cannot hold exactly (more than 15 significant digits) is
// written as text, never rounded; one it can is a number whose file text is
// the decimal itself.
func TestXLSXAmountsNeverRounded(t *testing.T) {
	wb, err := newWorkbook(io.Discard, []string{"金额"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in      string
		numeric bool
	}{
		{"287.8025", true}, {"0.00", true}, {"-30.00", true}, {"37188.34", true}, {"123456789012.345", true},
		{"0.1", true}, {"1234567890123.4567", false}, {"12345678901234.56789", false}, {"1234567890123456.00", false},
	} {
		v, err := wb.cellOf(model.MustMoney(c.in))
		if err != nil {
			t.Fatal(err)
		}
		if isNumber := v.kind == numberCell; isNumber != c.numeric || v.kind == blankCell {
			t.Errorf("%s: numeric %v, want %v (%#v)", c.in, isNumber, c.numeric, v)
			continue
		}
		if v.kind == textCell {
			if v.value != c.in {
				t.Errorf("%s written as text %q", c.in, v.value)
			}
			continue
		}
		// the file holds the decimal itself (trailing zeros aside), and Excel's float64 of it reads back as it
		f, err := strconv.ParseFloat(v.value, 64)
		got := strconv.FormatFloat(f, 'f', -1, 64)
		if err != nil || !decimal.RequireFromString(v.value).Equal(decimal.RequireFromString(c.in)) ||
			!decimal.RequireFromString(got).Equal(decimal.RequireFromString(c.in)) {
			t.Errorf("%s written as %s, read back as %s", c.in, v.value, got)
		}
	}
}

// A long text is cut to Excel's limit instead of making a file Excel refuses.
func TestXLSXClipsLongText(t *testing.T) {
	if s := clip(strings.Repeat("预", maxCellText+10)); len([]rune(s)) != maxCellText {
		t.Errorf("clipped to %d runes", len([]rune(s)))
	}
	if s := clip("短"); s != "短" {
		t.Error(s)
	}
}

func TestXLSXCorpusMatchesJSON(t *testing.T) {
	docs := loadDocs(t, corpusFiles(t)...)
	var b bytes.Buffer
	if err := XLSX(&b, checkedOf(docs)); err != nil {
		t.Fatal(err)
	}
	verifyDocsBook(t, b.Bytes(), docs)
}
