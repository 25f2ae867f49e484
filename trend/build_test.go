package trend

import (
	"strings"
	"testing"

	"yusuan/catalog"
	"yusuan/model"
)

// doc is a small document: lines "code name total" for the functional tree,
// given parents first (a 7-digit code under its 5-digit parent under its class).
func doc(dept string, year int, kind model.Kind, lines ...string) *model.Document {
	d := &model.Document{Source: dept + "-" + string(rune('0'+year%10)) + ".txt", Department: dept, Year: year, Kind: kind}
	byCode := map[string]*model.FuncNode{}
	for _, l := range lines {
		f := strings.Fields(l)
		n := &model.FuncNode{Code: f[0], Name: f[1], Level: model.LevelOf(f[0]), Total: model.MustMoney(f[2]), NoBasic: true, NoProject: true}
		byCode[n.Code] = n
		if p := byCode[model.ParentCode(n.Code)]; p != nil {
			p.Children = append(p.Children, n)
		} else {
			d.Functional = append(d.Functional, n)
		}
	}
	return d
}

func TestBuildRefuses(t *testing.T) {
	y := func(dept string, year int) *model.Document {
		return doc(dept, year, model.Budget, "201 一般公共服务支出 10.00")
	}
	final := doc("江苏省政协办公厅", 2019, model.Final, "201 一般公共服务支出 10.00")
	other := doc("江苏省政协办公厅", 2018, model.Budget, "201 一般公共服务支出 11.00")
	for _, c := range []struct {
		name string
		docs []*model.Document
		want string
	}{
		{"departments", []*model.Document{y("江苏省政协办公厅", 2017), y("江苏省高级人民法院", 2018), y("省政协办公厅", 2019)},
			"文件属于不同部门：江苏省政协办公厅（江苏省政协办公厅-7.txt 等2个文件）；江苏省高级人民法院（江苏省高级人民法院-8.txt）"},
		{"two years", []*model.Document{y("江苏省政协办公厅", 2017), y("江苏省政协办公厅", 2018)}, "趋势需要至少3个年度"},
		{"kinds", []*model.Document{y("江苏省政协办公厅", 2017), y("江苏省政协办公厅", 2018), final}, "预算与决算不能放在一个趋势中"},
		{"one year twice", []*model.Document{y("江苏省政协办公厅", 2017), y("江苏省政协办公厅", 2018), other, y("江苏省政协办公厅", 2019)}, "2018年有两个数字不同的文件"},
		{"no year", []*model.Document{y("江苏省政协办公厅", 0)}, "年度不详"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Build(c.docs)
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line with %q", err, c.want)
			}
		})
	}
}

// TestBuildOneDepartment: names printed with and without the province, the
// party's long form and a scope suffix are one department; the same year in
// two files with the same figures counts once; a text-only half is left out.
func TestBuildOneDepartment(t *testing.T) {
	a := doc("中国共产党江苏省委员会办公厅", 2017, model.Budget, "201 一般公共服务支出 10.00")
	b := doc("中共江苏省委办公厅", 2018, model.Budget, "201 一般公共服务支出 11.00")
	b2 := doc("中共江苏省委办公厅", 2018, model.Budget, "201 一般公共服务支出 11.00")
	b2.Source = "copy.pdf"
	text := &model.Document{Source: "text.txt", Department: "江苏省委办公厅", Year: 2018, Kind: model.Budget}
	c := doc("江苏省委办公厅（本级）", 2019, model.Budget, "201 一般公共服务支出 12.10")
	tr, err := Build([]*model.Document{c, text, b, a, b2})
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Years) != 3 || tr.Years[1].Source != b.Source || len(tr.Warnings) != 2 {
		t.Fatalf("years %+v warnings %q", tr.Years, tr.Warnings)
	}
	r := tr.Functional[0]
	if r.Change == nil || r.Change.CAGR != "10.00" || r.Steps[0].Pct != "10.00" || r.Steps[1].Pct != "10.00" {
		t.Errorf("change %+v steps %+v %+v", r.Change, r.Steps[0], r.Steps[1])
	}
}

// TestCrosswalkEvidence: a code that disappears while one of the same name
// appears under the same section, with a close amount, keeps one row; a
// generic name (行政运行) under another section does not, nor does a close
// name under a new code whose amount is far off.
func TestCrosswalkEvidence(t *testing.T) {
	d := func(year int, lines ...string) *model.Document {
		return doc("某局", year, model.Budget, append([]string{"201 一般公共服务支出 100.00"}, lines...)...)
	}
	tr, err := Build([]*model.Document{
		d(2020, "20101 人大事务 100.00", "2010101 行政运行 50.00", "2010108 代表工作 30.00", "2010109 人大信访工作 20.00"),
		d(2021, "20101 人大事务 60.00", "2010110 代表工作 40.00", "2010111 人大信访工作 20.00", "20131 党委办公厅 40.00", "2013101 行政运行 40.00"),
		d(2022, "20101 人大事务 60.00", "2010110 代表工作 35.00", "2010111 人大信访工作 25.00", "20131 党委办公厅 40.00", "2013101 行政运行 40.00"),
	})
	if err != nil {
		t.Fatal(err)
	}
	r := findRow(tr.Functional, "2010110")
	if r == nil || r.Values[0] == nil || r.Values[0].Code != "2010108" || len(r.Crosswalk) != 1 || r.Crosswalk[0].Basis != Evidence ||
		r.Values[1].MatchedBy != ByCrosswalk || r.Values[2].MatchedBy != "code" {
		t.Errorf("2010108 → 2010110 not kept in one row: %+v", r)
	}
	if r := findRow(tr.Functional, "2010111"); r == nil || len(r.Crosswalk) != 1 {
		t.Errorf("2010109 → 2010111 not kept in one row: %+v", r)
	}
	if r := findRow(tr.Functional, "2013101"); r == nil || r.Values[0] != nil || len(r.Crosswalk) != 0 {
		t.Errorf("行政运行 of another section taken for the same line: %+v", r)
	}
	if r := findRow(tr.Functional, "2010101"); r == nil || r.Values[1] != nil {
		t.Errorf("2010101 should end in 2020: %+v", r)
	}
	if len(tr.Crosswalk) != 2 {
		t.Errorf("crosswalk %+v, want two entries", tr.Crosswalk)
	}

	far, err := Build([]*model.Document{
		d(2020, "20101 人大事务 100.00", "2010108 代表工作 90.00"),
		d(2021, "20101 人大事务 100.00", "2010110 代表工作 10.00"),
		d(2022, "20101 人大事务 100.00", "2010110 代表工作 10.00"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(far.Crosswalk) != 0 {
		t.Errorf("a ninth of the amount is no evidence: %+v", far.Crosswalk)
	}
}

// TestOfficialChanges holds the embedded list against the catalog's lists
// of the years (collected from the corpora): the old code is printed the
// year before, the new one is printed in its year and not the year before,
// and the old code is gone or means something else in the new year.
func TestOfficialChanges(t *testing.T) {
	if len(official()) != 4 {
		t.Fatalf("%d official changes read, want 4 (a malformed line?)", len(official()))
	}
	for _, o := range official() {
		s := catalog.Functional
		if o.scheme == Economic {
			s = catalog.Economic
		}
		before, ok := catalog.NameInYear(s, o.year-1, o.from)
		if !ok {
			t.Errorf("%s: not printed in %d", o.from, o.year-1)
		}
		if _, ok := catalog.NameInYear(s, o.year, o.to); !ok {
			t.Errorf("%s: not printed in %d", o.to, o.year)
		}
		if _, ok := catalog.NameInYear(s, o.year-1, o.to); ok {
			t.Errorf("%s: printed already in %d", o.to, o.year-1)
		}
		if after, ok := catalog.NameInYear(s, o.year, o.from); ok && after == before {
			t.Errorf("%s: still %s in %d", o.from, after, o.year)
		}
	}
}

func findRow(rows []*Row, code string) *Row {
	var out *Row
	Walk(rows, func(r, _ *Row, _ int) {
		if r.Code == code {
			out = r
		}
	})
	return out
}

// TestSimilarFlagged: lines without codes are matched by name, then by
// name similarity, which the row says (似) and the year's value records.
func TestSimilarFlagged(t *testing.T) {
	d := func(year int, names ...string) *model.Document {
		doc := &model.Document{Source: "x", Department: "某局", Year: year, Kind: model.Budget}
		for i, n := range names {
			doc.Functional = append(doc.Functional, &model.FuncNode{Name: n, Total: model.MustMoney(strings.Repeat("1", i+1) + ".00"), NoBasic: true, NoProject: true})
		}
		return doc
	}
	tr, err := Build([]*model.Document{
		d(2020, "安全生产专项经费", "行政运行"),
		d(2021, "安全生产专项工作经费", "行政运行"),
		d(2022, "安全生产专项工作经费", "行政运行"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Functional) != 2 {
		t.Fatalf("%d rows, want 2", len(tr.Functional))
	}
	for _, r := range tr.Functional {
		want := []string{"", "name", "name"}
		if r.Name == "安全生产专项工作经费" {
			want = []string{"", "similarity", "name"}
		}
		for k, v := range r.Values {
			if v == nil || v.MatchedBy != want[k] {
				t.Errorf("%s year %d: %+v, want matched by %q", r.Name, k, v, want[k])
			}
		}
		if similar := r.Name == "安全生产专项工作经费"; r.Similar != similar || (r.Marks() == MarkSimilar) != similar {
			t.Errorf("%s: similar %v, marks %q", r.Name, r.Similar, r.Marks())
		}
	}
}
