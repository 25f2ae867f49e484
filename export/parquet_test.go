package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
	"github.com/shopspring/decimal"

	"yusuan/model"
)

// parquetFact is a row as read back by parquet-go's generic row reader,
// without the writer's struct: columns by the names in the file's schema,
// the amount scaled by the DECIMAL scale the file declares.
type parquetFact struct {
	department, kind, documentKind, source, table, name, column, code string
	year, line                                                        int64
	page                                                              int64 // 0 where the file holds null
	amount                                                            decimal.Decimal
}

func readParquet(t *testing.T, b []byte) []parquetFact {
	t.Helper()
	f, err := parquet.OpenFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	want := "department,year,document_kind,source,table,kind,line,page,code,name,column,amount"
	var names []string
	var scale int32 = -1
	for _, el := range f.Metadata().Schema[1:] {
		names = append(names, el.Name)
		if el.Name == "amount" {
			dec, ok := el.LogicalType.Value.(*format.DecimalType)
			if typ, _ := el.Type.Get(); !ok || dec.Precision != 18 || typ != format.Int64 {
				t.Fatalf("amount is not DECIMAL(18, s) on INT64: %+v", el)
			}
			scale = dec.Scale
		}
	}
	if strings.Join(names, ",") != want || scale < 2 {
		t.Fatalf("columns %v, scale %d", names, scale)
	}
	col := map[string]int{}
	for i, n := range names {
		col[n] = i
	}
	r := parquet.NewReader(bytes.NewReader(b))
	defer r.Close()
	var out []parquetFact
	buf := make([]parquet.Row, 512)
	for {
		n, err := r.ReadRows(buf)
		for _, row := range buf[:n] {
			v := map[int]parquet.Value{}
			for _, x := range row {
				v[x.Column()] = x
			}
			if p := v[col["page"]]; !p.IsNull() && p.Int64() <= 0 {
				t.Fatalf("page %d: a page is null or positive", p.Int64())
			}
			s := func(name string) string { return string(v[col[name]].ByteArray()) }
			out = append(out, parquetFact{
				department: s("department"), documentKind: s("document_kind"), source: s("source"), table: s("table"),
				kind: s("kind"), code: s("code"), name: s("name"), column: s("column"),
				year: v[col["year"]].Int64(), line: v[col["line"]].Int64(), page: v[col["page"]].Int64(),
				amount: decimal.New(v[col["amount"]].Int64(), -scale),
			})
		}
		if err != nil {
			break
		}
	}
	if int64(len(out)) != f.NumRows() {
		t.Fatalf("read %d rows of %d", len(out), f.NumRows())
	}
	return out
}

// verifyParquet checks every amount of the file against the JSON export:
// a table's amount is a cell of the JSON table's row at that line (in 万元),
// a project's its budget or plan, a “三公” field the JSON's field.
func verifyParquet(t *testing.T, b []byte, docs []*model.Document) []parquetFact {
	rows := readParquet(t, b)
	bySource := map[string]*jDoc{}
	js := jsonDocs(t, docs)
	for i := range js {
		bySource[js[i].Source] = &js[i]
	}
	wantRows := 0
	for _, d := range docs {
		wantRows += len(Facts(d))
	}
	if len(rows) != wantRows || len(rows) < 100 {
		t.Fatalf("%d rows, want %d", len(rows), wantRows)
	}
	pagesOf := map[string]*model.Document{}
	for _, d := range docs {
		pagesOf[d.Source] = d
	}
	for _, r := range rows {
		if want := pagesOf[r.source].PageOf(int(r.line)); int64(want) != r.page {
			t.Fatalf("%s 第%d行: page %d, want %d", r.source, r.line, r.page, want)
		}
		d := bySource[r.source]
		if d == nil || d.Department != r.department || int64(d.Year) != r.year || d.Kind != r.documentKind {
			t.Fatalf("row of unknown document %+v", r)
		}
		if !amountInJSON(d, r) {
			t.Errorf("%s %s 第%d行 %s %s: %s not in the JSON export", r.source, r.table, r.line, r.name, r.column, r.amount)
		}
	}
	return rows
}

func amountInJSON(d *jDoc, r parquetFact) bool {
	eq := func(s string) bool { return s != "" && decimal.RequireFromString(s).Equal(r.amount) }
	switch {
	case r.kind == string(ThreePublicFieldsKind):
		v, _ := (*d.ThreePublic)[r.column].(string)
		return eq(v)
	case r.table == "项目":
		for _, p := range d.Projects {
			if p.Name != r.name {
				continue
			}
			if r.column == "预算数" && eq(p.Budget) {
				return true
			}
			for i, m := range planMonths {
				if r.column == "资金支出计划/"+m && i < len(p.Plan) && eq(p.Plan[i]) {
					return true
				}
			}
		}
		return false
	}
	for _, tb := range d.Tables {
		if tb.Title != r.table {
			continue
		}
		for i, line := range tb.RowLines {
			if int64(line) != r.line {
				continue
			}
			for _, c := range tb.Rows[i] {
				v, ok := model.ParseDecimal(c)
				if !ok {
					continue
				}
				if tb.Unit == "元" {
					v = v.Shift(-4)
				}
				if v.Equal(r.amount) {
					return true
				}
			}
		}
	}
	return false
}

func TestParquetSamplesMatchJSON(t *testing.T) {
	docs := loadDocs(t, sampleFiles...)
	var b bytes.Buffer
	if err := Parquet(&b, docs); err != nil {
		t.Fatal(err)
	}
	rows := verifyParquet(t, b.Bytes(), docs)
	// Jinzhong's declaration form printed 111,000 元: 11.10 万元, exact
	found := false
	for _, r := range rows {
		if r.name == "安全生产专项整治业务费" && r.column == "预算数" {
			found = r.amount.Equal(decimal.RequireFromString("11.1"))
		}
	}
	if !found {
		t.Error("安全生产专项整治业务费 预算数 is not 11.10")
	}
	duckDBSum(t, b.Bytes(), rows)
}

func TestParquetCorpusMatchesJSON(t *testing.T) {
	docs := loadDocs(t, corpusFiles(t)...)
	var b bytes.Buffer
	if err := Parquet(&b, docs); err != nil {
		t.Fatal(err)
	}
	rows := verifyParquet(t, b.Bytes(), docs)
	t.Logf("%d documents, %d amounts compared exactly with the JSON export, %d bytes", len(docs), len(rows), b.Len())
	duckDBSum(t, b.Bytes(), rows)
}

// A collection larger than a row group is written as several, each read
// back whole (and more than 15 of them, the long form of Thrift's lists).
func TestParquetRowGroups(t *testing.T) {
	defer func(n int) { rowGroupRows = n }(rowGroupRows)
	rowGroupRows = 100
	docs := loadDocs(t, corpusFiles(t)...)
	var b bytes.Buffer
	if err := Parquet(&b, docs); err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(f.RowGroups()); n < 16 {
		t.Fatalf("%d row groups of 100 rows", n)
	}
	rows := verifyParquet(t, b.Bytes(), docs)
	duckDBSum(t, b.Bytes(), rows)
}

// The scale follows the finest amount: 4 places where 元 became 万元.
func TestParquetScaleAndLimits(t *testing.T) {
	d := hostileDoc()
	d.Projects[0].Budget = model.MustMoney("287.8025")
	var b bytes.Buffer
	if err := Parquet(&b, []*model.Document{d}); err != nil {
		t.Fatal(err)
	}
	rows := readParquet(t, b.Bytes())
	got := map[string]bool{}
	for _, r := range rows {
		got[r.amount.String()] = true
	}
	if !got["287.8025"] || !got["-30"] {
		t.Errorf("amounts %v", got)
	}
	// too many digits for DECIMAL(18): an error, not a rounding
	d.Projects[0].Budget = model.MustMoney("12345678901234.56789")
	if err := Parquet(&bytes.Buffer{}, []*model.Document{d}); err == nil || !strings.Contains(err.Error(), "18") {
		t.Errorf("19-digit amount: %v", err)
	}
}

// duckDBSum reads the file with DuckDB where it is installed and compares
// the count and the exact sum of the amounts.
func duckDBSum(t *testing.T, b []byte, rows []parquetFact) {
	t.Helper()
	bin, err := exec.LookPath("duckdb")
	if err != nil {
		t.Log("duckdb not installed: DuckDB read-back skipped")
		return
	}
	p := filepath.Join(t.TempDir(), "facts.parquet")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-noheader", "-csv", "-c",
		"SELECT count(*), sum(amount)::VARCHAR, count(page) FROM read_parquet('"+p+"')").Output()
	if err != nil {
		t.Fatalf("duckdb: %v", err)
	}
	sum, paged := decimal.Zero, 0
	for _, r := range rows {
		sum = sum.Add(r.amount)
		if r.page > 0 {
			paged++
		}
	}
	got := strings.Split(strings.TrimSpace(string(out)), ",")
	if len(got) != 3 || got[0] != itoa(len(rows)) || got[2] != itoa(paged) || !decimal.RequireFromString(got[1]).Equal(sum) {
		t.Errorf("duckdb: %q, want %d rows summing to %s, %d with a page", out, len(rows), sum, paged)
	}
}
