package parse

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"yusuan/model"
)

// The Jiangsu corpus: 22 `pdftotext -layout` documents (the spaces layout)
// of five provincial departments, 2017–2019. The tests skip when it is absent.
var corpusDir = filepath.Join("..", "..", "shared", "corpus", "jiangsu")

func corpusFile(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join(corpusDir, name+".layout.txt")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	return p
}

// threeFigures: 合计, “三公”小计, 因公出国（境）费, 公务用车购置及运行维护费 小计,
// 购置费, 运行维护费, 公务接待费, 会议费, 培训费, as printed ("" = blank, 0).
type threeFigures [9]string

type corpusCase struct {
	name   string
	dept   string
	year   int
	tables bool // the -tables halves and the single-file years
	text   bool // the -text halves and the single-file years
	// totals as printed: 收入合计, 支出合计 (收支预算总表), 基本支出, 项目支出 (支出预算总表)
	income, expenditure, basic, project string
	funcs                               map[string]string // code → "name amount" in the functional tree
	econ                                map[string]string // code → "name amount" in the economic tree
	three                               threeFigures
	heading                             string // a section heading of the narrative
}

// The figures below were read off the documents (the .layout.txt files and
// their PDFs), not off the parser's output.
var corpusCases = []corpusCase{
	{name: "js-cppcc-2017-tables", dept: "江苏省政协办公厅", year: 2017, tables: true,
		income: "9146.79", expenditure: "9146.79", basic: "5916.27", project: "3123.68",
		funcs: map[string]string{"201": "一般公共服务支出 6463.55", "2010204": "政协会议 1027.90", "2210202": "提租补贴 751.77"},
		econ:  map[string]string{"301": "工资福利支出 2097.51", "30101": "基本工资 737.94"},
		three: threeFigures{"1852.32", "676.10", "76.00", "156.60", "", "156.60", "443.50", "1094.62", "81.60"}},
	{name: "js-cppcc-2017-text", dept: "江苏省政协办公厅", year: 2017, text: true, heading: "一、主要职能"},
	{name: "js-cppcc-2018-tables", dept: "江苏省政协办公厅", year: 2018, tables: true,
		income: "10150.48", expenditure: "10150.48", basic: "5678.17", project: "3314.68",
		funcs: map[string]string{"20102": "政协事务 7747.46", "2080505": "机关事业单位基本养老保险缴费支出 407.81"},
		econ:  map[string]string{"30102": "津贴补贴 1863.72"},
		three: threeFigures{"1656.86", "675.10", "106.00", "156.60", "", "156.60", "412.50", "884.16", "97.60"}},
	{name: "js-cppcc-2018-text", dept: "江苏省政协办公厅", year: 2018, text: true, heading: "一、主要职能"},
	{name: "js-cppcc-2019-tables", dept: "江苏省政协办公厅", year: 2019, tables: true,
		income: "13377.11", expenditure: "13377.11", basic: "6522.75", project: "4968.34",
		funcs: map[string]string{"2010202": "一般行政管理事务 3159.78", "221": "住房保障支出 2247.04"},
		econ:  map[string]string{"301": "工资福利支出 4367.96"},
		three: threeFigures{"2224.43", "660.10", "106.00", "156.60", "", "156.60", "397.50", "1282.56", "281.77"}},
	// this half never prints the full name, only “本部门…即省政协办公厅本级”
	{name: "js-cppcc-2019-text", dept: "省政协办公厅", year: 2019, text: true, heading: "一、主要职能"},
	{name: "js-highcourt-2017", dept: "江苏省高级人民法院", year: 2017, tables: true, text: true, heading: "一、主要职能",
		income: "28849.38", expenditure: "28849.38", basic: "17123.19", project: "11543.27",
		// 2210201/2210202 are printed in other columns than the lines above them
		funcs: map[string]string{"204": "公共安全支出 23513.11", "2210202": "提租补贴 1959.99", "2080504": "未归口管理的行政单位离退休 2347.13"},
		econ:  map[string]string{"30104": "其他社会保障缴费 64.80"},
		three: threeFigures{"2599.37", "670.12", "180.00", "304.40", "", "304.40", "185.72", "228.00", "1701.25"}},
	{name: "js-highcourt-2018", dept: "江苏省高级人民法院", year: 2018, tables: true, text: true, heading: "一、主要职能",
		income: "33172.15", expenditure: "33172.15", basic: "18570.82", project: "11343.27",
		funcs: map[string]string{"2040501": "行政运行 14857.61", "2080506": "机关事业单位职业年金缴费支出 530.72"},
		// from 30108 on the figures of this table move 15 columns left
		econ:  map[string]string{"30107": "绩效工资 77.66", "30108": "机关事业单位基本养老保险缴费 1326.81", "303": "对个人和家庭的补助 1415.57"},
		three: threeFigures{"2558.26", "620.75", "170.00", "266.80", "", "266.80", "183.95", "271.26", "1666.25"}},
	{name: "js-highcourt-2019", dept: "江苏省高级人民法院", year: 2019, tables: true, text: true, heading: "一、主要职能",
		income: "37188.34", expenditure: "37188.34", basic: "21968.00", project: "10208.94",
		// 2080505's name is printed above and below its figures
		funcs: map[string]string{"204": "公共安全支出 27488.23", "2080505": "机关事业单位基本养老保险缴费支出 1384.70", "2210202": "提租补贴 5465.10"},
		econ:  map[string]string{"30108": "机关事业单位基本养老保险缴费 1384.70", "303": "对个人和家庭的补助 2063.88"},
		three: threeFigures{"2382.02", "513.75", "160.00", "266.80", "", "266.80", "86.95", "271.02", "1597.25"}},
	{name: "js-partycommitteeoffice-2017-tables", dept: "中国共产党江苏省委员会办公厅", year: 2017, tables: true,
		income: "20849.45", expenditure: "20849.45", basic: "9964.07", project: "10688.66",
		funcs: map[string]string{"20131": "党委办公厅（室）及相关机构事务 16845.17", "2013102": "一般行政管理事务 10738.18"},
		econ:  map[string]string{"30101": "基本工资 1309.12"},
		three: threeFigures{"1467.70", "509.20", "70.00", "411.20", "", "411.20", "28.00", "933.50", "25.00"}},
	{name: "js-partycommitteeoffice-2017-text", dept: "江苏省委办公厅", year: 2017, text: true, heading: "一、主要职能"},
	{name: "js-partycommitteeoffice-2018-tables", dept: "中共江苏省委办公厅", year: 2018, tables: true,
		income: "24458.43", expenditure: "24458.43", basic: "10403.11", project: "12081.46",
		funcs: map[string]string{"2013101": "行政运行 8072.29", "2210202": "提租补贴 2299.88"},
		econ:  map[string]string{"301": "工资福利支出 7308.27"},
		three: threeFigures{"1471.70", "508.20", "70.00", "411.20", "", "411.20", "27.00", "933.50", "30.00"}},
	{name: "js-partycommitteeoffice-2018-text", dept: "江苏省委办公厅", year: 2018, text: true, heading: "一、主要职能"},
	{name: "js-partycommitteeoffice-2019-tables", dept: "中共江苏省委办公厅", year: 2019, tables: true,
		income: "27664.22", expenditure: "27664.22", basic: "11700.63", project: "13025.38",
		funcs: map[string]string{"201": "一般公共服务支出 22395.50", "2080505": "机关事业单位基本养老保险缴费支出 785.06"},
		econ:  map[string]string{"30102": "津贴补贴 4292.67"},
		three: threeFigures{"1471.70", "508.20", "70.00", "411.20", "", "411.20", "27.00", "933.50", "30.00"}},
	{name: "js-partycommitteeoffice-2019-text", dept: "江苏省委办公厅", year: 2019, text: true, heading: "一、主要职能"},
	{name: "js-procuratorate-2017", dept: "江苏省人民检察院", year: 2017, tables: true, text: true, heading: "一、主要职责",
		income: "17996.68", expenditure: "17996.68", basic: "12323.48", project: "5533.00",
		funcs: map[string]string{"2040404": "查办和预防职务犯罪 480.00", "2210201": "住房公积金 784.22"},
		// 30104 starts a new page, laid out in narrower columns
		econ:  map[string]string{"30104": "其他社会保障缴费 75.64", "302": "商品和服务支出 2598.06"},
		three: threeFigures{"1452.35", "584.35", "110.00", "317.80", "50.00", "267.80", "156.55", "168.00", "700.00"}},
	{name: "js-procuratorate-2018", dept: "江苏省人民检察院", year: 2018, tables: true, text: true, heading: "一、主要职责",
		income: "21955.35", expenditure: "21955.35", basic: "13994.31", project: "5573.00",
		// 2040402 is on the next page; 1895.00 is printed without a separator
		funcs: map[string]string{"2040402": "一般行政管理事务 3666.00", "2040405": "公诉、审判、侦查、执行等检察监督支出 1895.00"},
		econ:  map[string]string{"30207": "邮电费 60.00"},
		three: threeFigures{"1384.74", "484.30", "100.00", "267.80", "", "267.80", "116.50", "200.44", "700.00"}},
	{name: "js-procuratorate-2019", dept: "江苏省人民检察院", year: 2019, tables: true, text: true, heading: "一、主要职责",
		income: "24169.74", expenditure: "24169.74", basic: "15844.04", project: "4335.30",
		// the note under the table lost its 注 and must not join 提租补贴
		funcs: map[string]string{"2040410": "检察监督 1185.60", "2040450": "事业运行 315.00", "2210202": "提租补贴 4243.61"},
		econ:  map[string]string{"30101": "基本工资 2171.78"},
		three: threeFigures{"1276.70", "418.26", "80.00", "237.00", "", "237.00", "101.26", "158.44", "700.00"}},
	{name: "js-renda-2017", dept: "江苏省人大常委会办公厅", year: 2017, tables: true, text: true, heading: "一、主要职能",
		// 收入合计 is printed as 收入合 / 13,649.07 / 计 in a three-line cell
		income: "13649.07", expenditure: "13649.07", basic: "7666.68", project: "5853.96",
		funcs: map[string]string{"2010107": "人大代表履职能力提升 403.75", "2080504": "未归口管理的行政单位离退休 1608.51"},
		econ:  map[string]string{"30103": "奖金 83.60"},
		three: threeFigures{"2542.60", "833.60", "222.50", "183.60", "", "183.60", "427.50", "1305.25", "403.75"}},
	{name: "js-renda-2018", dept: "江苏省人大常委会办公厅", year: 2018, tables: true, text: true, heading: "一、主要职能",
		income: "15897.44", expenditure: "15897.44", basic: "7877.76", project: "6333.96",
		funcs: map[string]string{"2010199": "其他人大事务支出 580.00", "2080506": "机关事业单位职业年金缴费支出 232.01"},
		econ:  map[string]string{"30102": "津贴补贴 2752.80"},
		three: threeFigures{"2542.60", "833.60", "222.50", "183.60", "", "183.60", "427.50", "1305.25", "403.75"}},
	{name: "js-renda-2019-tables", dept: "江苏省人大常委会办公厅", year: 2019, tables: true,
		income: "18330.37", expenditure: "18330.37", basic: "9312.90", project: "6459.58",
		funcs: map[string]string{"2010104": "人大会议 1469.73", "2080505": "机关事业单位基本养老保险缴费支出 607.10"},
		econ:  map[string]string{"30103": "奖金 104.85"},
		three: threeFigures{"2600.71", "767.60", "199.25", "183.60", "", "183.60", "384.75", "1469.73", "363.38"}},
	{name: "js-renda-2019-text", dept: "江苏省人大常委会办公厅", year: 2019, text: true, heading: "一、主要职能"},
}

func money(t *testing.T, s string) model.Money {
	t.Helper()
	if s == "" {
		return model.Zero
	}
	return model.MustMoney(s)
}

func TestCorpusCoversEveryFile(t *testing.T) {
	corpusFile(t, "js-highcourt-2019")
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.layout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, c := range corpusCases {
		known[c.name] = true
	}
	for _, f := range files {
		if n := strings.TrimSuffix(filepath.Base(f), ".layout.txt"); !known[n] {
			t.Errorf("%s has no case", n)
		}
	}
	if len(files) != len(corpusCases) {
		t.Errorf("%d files, %d cases", len(files), len(corpusCases))
	}
}

func TestCorpus(t *testing.T) {
	for _, c := range corpusCases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := File(corpusFile(t, c.name))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Layout != string(LayoutSpaces) {
				t.Errorf("layout %s", doc.Layout)
			}
			if doc.Department != c.dept || doc.Year != c.year {
				t.Errorf("department/year = %q %d, want %q %d", doc.Department, doc.Year, c.dept, c.year)
			}
			if c.tables {
				checkCorpusTables(t, doc, c)
			} else if len(doc.Tables) != 0 {
				t.Errorf("a narrative half with %d tables", len(doc.Tables))
			}
			if c.text {
				checkCorpusText(t, doc, c)
			}
		})
	}
}

func checkCorpusTables(t *testing.T, doc *model.Document, c corpusCase) {
	t.Helper()
	if len(doc.Tables) < 12 {
		t.Errorf("%d tables, the set has 12", len(doc.Tables))
	}
	for _, tb := range doc.Tables {
		for i, r := range tb.Rows {
			if len(r) != len(tb.Columns) {
				t.Errorf("%s row %d (line %d): %d cells, %d columns", tb.Title, i, tb.RowLines[i], len(r), len(tb.Columns))
			}
		}
	}
	// classification tables: the code in the first column, a name and a
	// figure on every coded row, wherever pdftotext moved the row (the last
	// rows of js-renda-2017's 一般公共预算支出预算表 are printed 7 columns right)
	for _, k := range []model.TableKind{model.TFiscalExpenditure, model.TGeneralExpenditure, model.TBasicEconomic} {
		for _, tb := range doc.TablesOf(k) {
			for i, r := range tb.Rows {
				for j, cell := range r {
					if j > 0 && isCodeText(cell) {
						t.Errorf("%s line %d: code %s in column %d", tb.Title, tb.RowLines[i], cell, j)
					}
				}
			}
			for _, r := range tb.Coded {
				if r.Code != "" && (r.Name == "" || len(r.Amounts) == 0) {
					t.Errorf("%s line %d: %s %q %v", tb.Title, r.Line, r.Code, r.Name, r.Amounts)
				}
			}
		}
	}
	// the functional tree adds up: every parent is the sum of its
	// children, and the 类 sum to the source table's total
	if len(doc.Functional) == 0 {
		t.Fatal("no functional tree")
	}
	model.WalkFunc(doc.Functional, func(n, _ *model.FuncNode) {
		if len(n.Children) == 0 {
			return
		}
		sum := model.Zero
		for _, ch := range n.Children {
			sum = sum.Add(ch.Total)
		}
		if !sum.Equal(n.Total) {
			t.Errorf("%s %s = %s, its children sum to %s", n.Code, n.Name, n.Total, sum)
		}
	})
	roots := model.Zero
	for _, n := range doc.Functional {
		roots = roots.Add(n.Total)
	}
	var src *model.Table
	for _, tb := range doc.Tables {
		if tb.Title == doc.FunctionalSource {
			src = tb
		}
	}
	if src == nil {
		t.Fatalf("functional source %q is not a table", doc.FunctionalSource)
	}
	if r, ok := totalRow(src); !ok {
		t.Errorf("%s has no 合计 row", src.Title)
	} else if tot, _ := pick(r, "合计", "金额", "*"); !tot.Equal(roots) {
		t.Errorf("%s: 合计 %s, the 类 sum to %s", src.Title, tot, roots)
	}
	for code, want := range c.funcs {
		n := model.FindFunc(doc.Functional, code)
		if n == nil {
			t.Errorf("no %s in the functional tree", code)
			continue
		}
		if got := n.Name + " " + n.Total.String(); got != want {
			t.Errorf("%s = %q, want %q", code, got, want)
		}
	}
	// the economic tree of basic expenditure, adding up the same way
	if len(doc.TablesOf(model.TBasicEconomic)) == 0 || len(doc.Economic) == 0 {
		t.Errorf("no economic tree (%d 经济科目 tables)", len(doc.TablesOf(model.TBasicEconomic)))
	}
	econ := map[string]*model.EconNode{}
	model.WalkEcon(doc.Economic, func(n, _ *model.EconNode) {
		econ[n.Code] = n
		if len(n.Children) == 0 {
			return
		}
		sum := model.Zero
		for _, ch := range n.Children {
			sum = sum.Add(ch.Total)
		}
		if !sum.Equal(n.Total) {
			t.Errorf("economic %s %s = %s, its children sum to %s", n.Code, n.Name, n.Total, sum)
		}
	})
	for code, want := range c.econ {
		n := econ[code]
		if n == nil {
			t.Errorf("no %s in the economic tree", code)
			continue
		}
		if got := n.Name + " " + n.Total.String(); got != want {
			t.Errorf("economic %s = %q, want %q", code, got, want)
		}
	}
	tot := doc.Totals
	for _, f := range []struct {
		name      string
		got, want model.Money
	}{
		{"income", tot.Income, money(t, c.income)},
		{"expenditure", tot.Expenditure, money(t, c.expenditure)},
		{"basic", tot.Basic, money(t, c.basic)},
		{"project", tot.Project, money(t, c.project)},
	} {
		if !f.got.Equal(f.want) {
			t.Errorf("totals %s = %s, want %s", f.name, f.got, f.want)
		}
	}
	// the “三公” table: one row of figures under a three-level header
	tp := doc.ThreePublic
	if tp == nil {
		t.Fatal("no “三公” table")
	}
	got := [9]model.Money{tp.Total, tp.Subtotal, tp.Abroad, tp.Vehicle, tp.VehiclePurchase, tp.VehicleOperation, tp.Reception, tp.Meeting, tp.Training}
	for i, w := range c.three {
		if !got[i].Equal(money(t, w)) {
			t.Errorf("三公 field %d = %s, want %q", i, got[i], w)
		}
	}
	for _, f := range []string{"total", "subtotal", "abroad", "vehicle", "vehicle_operation", "reception", "meeting", "training"} {
		if !tp.IsStated(f) {
			t.Errorf("三公 %s not read from a column", f)
		}
	}
	if !tp.Subtotal.Equal(model.Sum(tp.Abroad, tp.Vehicle, tp.Reception)) ||
		!tp.Vehicle.Equal(tp.VehiclePurchase.Add(tp.VehicleOperation)) ||
		!tp.Total.Equal(model.Sum(tp.Subtotal, tp.Meeting, tp.Training)) {
		t.Errorf("三公 figures do not add up: %+v", tp)
	}
}

func checkCorpusText(t *testing.T, doc *model.Document, c corpusCase) {
	t.Helper()
	if len(doc.Sections) == 0 {
		t.Fatal("no sections")
	}
	found := false
	for _, s := range doc.Sections {
		if s.Heading == c.heading && strings.TrimSpace(s.Text) != "" {
			found = true
			if strings.Contains(s.Text, "  ") {
				t.Errorf("%s: layout spaces left in the text", s.Heading)
			}
		}
	}
	if !found {
		t.Errorf("no section %q with text", c.heading)
	}
	parts := 0
	for _, s := range doc.Sections {
		if strings.HasPrefix(s.Heading, "第") && strings.Contains(s.Heading, "部分") {
			parts++
		}
	}
	if parts < 3 {
		t.Errorf("%d part headings (第…部分)", parts)
	}
}

// TestCorpusWrappedName: a name printed above and below its row's figures
// (js-highcourt-2019, table 05) comes back whole on the row.
func TestCorpusWrappedName(t *testing.T) {
	doc, err := File(corpusFile(t, "js-highcourt-2019"))
	if err != nil {
		t.Fatal(err)
	}
	tb := doc.TablesOf(model.TFiscalExpenditure)
	if len(tb) == 0 {
		t.Fatal("no 财政拨款支出预算表（功能科目）")
	}
	for _, r := range tb[0].Coded {
		if r.Code == "2080505" {
			if r.Name != "机关事业单位基本养老保险缴费支出" {
				t.Errorf("name %q", r.Name)
			}
			if a, _ := pick(r, "金额", "*"); !a.Equal(model.MustMoney("1384.70")) {
				t.Errorf("amount %s", a)
			}
			return
		}
	}
	t.Error("no row 2080505")
}

// TestCorpusCharacterColumns: pdftotext -layout aligns in characters, not
// display cells: the right-aligned amounts of a table end within a couple of
// characters of each other, while in display cells (CJK = 2) they would
// scatter by the width of the names before them.
func TestCorpusCharacterColumns(t *testing.T) {
	data, err := os.ReadFile(corpusFile(t, "js-highcourt-2019"))
	if err != nil {
		t.Fatal(err)
	}
	lines, _, _ := Decode(data)
	var ends []int
	for _, l := range lines {
		cs := dataChunks(l)
		if len(cs) == 3 && isCodeText(cs[0].text) && len(cs[0].text) == 7 && isMoneyCell(cs[2].text) {
			ends = append(ends, cs[2].e)
		}
	}
	if len(ends) < 20 {
		t.Fatalf("%d coded lines", len(ends))
	}
	lo, hi := ends[0], ends[0]
	for _, e := range ends[:9] { // table 05: 2040501 … 2210202
		lo, hi = min(lo, e), max(hi, e)
	}
	if hi-lo > 3 {
		t.Errorf("amount ends spread over %d characters", hi-lo)
	}
}

// TestSpacesGrid: the grid a layout reader owes the rest of the parser.
func TestSpacesGrid(t *testing.T) {
	text := strings.Join([]string{
		"公开 05 表",
		"                 财政拨款支出预算表（功能科目）",
		"部门名称：江苏省高级人民法                                      单位：万元",
		"院",
		"          功能科目编码               功能科目名称                      金   额",
		"",
		"                        合计                                         37,188.34",
		"2080504                 未归口管理的行政单位离退休                                   417.06",
		"                        机关事业单位基本养老保险缴费支",
		"2080505                                                             1,384.70",
		"                        出",
		"2080506                 机关事业单位职业年金缴费支出                                  553.89",
		"",
		"                                    10",
		"",
		"2210201     住房公积金            1,879.36",
		"注：“科目编码”和“科目名称”为必填项。",
	}, "\n")
	lines, _, err := Decode([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range readSpaces(lines) {
		kind := "T"
		if r.Table {
			kind = "|"
		}
		got = append(got, kind+" "+strings.Join(r.Cells, "¦"))
	}
	want := []string{
		"T 财政拨款支出预算表（功能科目）",
		"| 部门名称：江苏省高级人民法院¦单位：万元",
		"| 功能科目编码¦功能科目名称¦金额",
		"| ¦合计¦37,188.34",
		"| 2080504¦未归口管理的行政单位离退休¦417.06",
		"| 2080505¦机关事业单位基本养老保险缴费支出¦1,384.70",
		"| 2080506¦机关事业单位职业年金缴费支出¦553.89",
		"| 2210201¦住房公积金¦1,879.36",
		"T 注：“科目编码”和“科目名称”为必填项。",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("grid:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// baselineSplit only splits the bytes into lines and the lines into cells
// at runs of two spaces: the floor any reader of this layout pays.
func baselineSplit(data []byte) int {
	n := 0
	for _, l := range bytes.Split(data, []byte("\n")) {
		for _, c := range bytes.Split(l, []byte("  ")) {
			if len(bytes.TrimSpace(c)) > 0 {
				n++
			}
		}
	}
	return n
}

func benchCorpusFile(b *testing.B) []byte {
	data, err := os.ReadFile(corpusFile(b, "js-procuratorate-2018"))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkParseCorpus parses the largest corpus document end to end.
func BenchmarkParseCorpus(b *testing.B) {
	data := benchCorpusFile(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Bytes("js-procuratorate-2018", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseCorpusBaseline splits the same bytes into lines and cells.
func BenchmarkParseCorpusBaseline(b *testing.B) {
	data := benchCorpusFile(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if baselineSplit(data) == 0 {
			b.Fatal("no cells")
		}
	}
}

// TestSpacesSplitCodesInYuan: codes printed over 类/款/项 columns and
// amounts in 元 with thousands separators, as other provinces print them.
func TestSpacesSplitCodesInYuan(t *testing.T) {
	text := strings.Join([]string{
		"                    某某局 2020 年度部门预算",
		"",
		"                       一般公共预算支出预算表",
		"部门名称：某某局                                                 单位：元",
		"  类    款    项       科目名称                    合计            基本支出         项目支出",
		"                       合计                        3,296,600       2,000,000       1,296,600",
		"  201                  一般公共服务支出            3,296,600       2,000,000       1,296,600",
		"  201   05             统计信息事务                3,296,600       2,000,000       1,296,600",
		"  201   05   01        行政运行                    2,000,000       2,000,000",
		"  201   05   07        专项普查活动                1,296,600                       1,296,600",
		"",
		"                                   3",
		"",
		"                     一般公共预算支出预算表（续）",
		"  类    款    项       科目名称                    合计            基本支出         项目支出",
		"  201   05   99        其他统计信息事务                    0",
	}, "\n")
	doc, err := Bytes("synthetic", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Department != "某某局" || doc.Year != 2020 {
		t.Errorf("department/year %q %d", doc.Department, doc.Year)
	}
	for _, c := range []struct{ code, name, total, basic, project string }{
		{"201", "一般公共服务支出", "329.66", "200.00", "129.66"},
		{"20105", "统计信息事务", "329.66", "200.00", "129.66"},
		{"2010501", "行政运行", "200.00", "200.00", "0.00"},
		{"2010507", "专项普查活动", "129.66", "0.00", "129.66"},
		{"2010599", "其他统计信息事务", "0.00", "0.00", "0.00"},
	} {
		n := model.FindFunc(doc.Functional, c.code)
		if n == nil {
			t.Errorf("no %s", c.code)
			continue
		}
		got := strings.Join([]string{n.Name, n.Total.String(), n.Basic.String(), n.Project.String()}, " ")
		if want := strings.Join([]string{c.name, c.total, c.basic, c.project}, " "); got != want {
			t.Errorf("%s = %q, want %q", c.code, got, want)
		}
	}
	if tb := doc.TablesOf(model.TGeneralExpenditure); len(tb) != 1 || len(tb[0].Rows) != 6 {
		t.Errorf("tables %v: the title and header repeated on the next page do not continue the table", tb)
	}
}

// FuzzReadSpaces: any text, however broken its layout, reads into a grid
// whose table rows have as many cells as their table's header says, without
// a panic.
func FuzzReadSpaces(f *testing.F) {
	f.Add("收支预算总表\n部门：某局   单位：万元\n  合计   1.00\n")
	f.Add("公开 09 表：一般公共预算“三公”经费、会议费、培训费\n支出预算表\n单位：万\n部门名称：某   元\n  合计  小计\n  1.00  2.00\n")
	f.Add("财政拨款支出预算表\n  科目编码   科目名称   金额\n2010101   行政运行   1.00\n   机关事业单位基本养老保险缴费支\n2080505            2.00\n   出\n\n 12\n\n2010102  事务  3.00\n注：无")
	f.Add("支出预算总表\n\n\n")
	f.Add("表一\n\f收入预算总表\n 小计\n        1.00\n  资金\n")
	f.Fuzz(func(t *testing.T, s string) {
		lines, _, err := Decode([]byte(s))
		if err != nil {
			return
		}
		rows := readSpaces(lines)
		for _, r := range rows {
			if len(r.Cells) == 0 {
				t.Fatalf("row of no cells at line %d", r.Line)
			}
			if !r.Table && len(r.Cells) != 1 {
				t.Fatalf("text row of %d cells at line %d", len(r.Cells), r.Line)
			}
		}
		if _, err := FromRows("fuzz", LayoutSpaces, rows); err != nil && err != ErrUnknownLayout {
			t.Fatal(err)
		}
	})
}

// TestSpacesDisplayAligned: the same table laid out by character columns
// (pdftotext) and by display columns (a tool padding with lipgloss.Width,
// CJK = 2) reads the same.
func TestSpacesDisplayAligned(t *testing.T) {
	rows := [][5]string{
		{"", "合计", "37,188.34", "21,968.00", "15,220.34"},
		{"204", "公共安全支出", "27,488.23", "12,267.89", "15,220.34"},
		{"20405", "法院", "27,488.23", "12,267.89", "15,220.34"},
		{"2040501", "行政运行", "17,279.29", "12,267.89", "5,011.40"},
		{"2040502", "一般行政管理事务", "5,804.83", "", "5,804.83"},
		{"2040599", "其他法院支出", "4,404.11", "", "4,404.11"},
		{"208", "社会保障和就业支出", "2,355.65", "2,355.65", ""},
		{"20805", "行政事业单位离退休", "2,355.65", "2,355.65", ""},
		{"2080504", "未归口管理的行政单位离退休", "417.06", "417.06", ""},
		{"2080505", "机关事业单位基本养老保险缴费支出", "1,384.70", "1,384.70", ""},
		{"2080506", "机关事业单位职业年金缴费支出", "553.89", "553.89", ""},
		{"221", "住房保障支出", "7,344.46", "7,344.46", ""},
		{"22102", "住房改革支出", "7,344.46", "7,344.46", ""},
		{"2210201", "住房公积金", "1,879.36", "1,879.36", ""},
		{"2210202", "提租补贴", "5,465.10", "5,465.10", ""},
	}
	layout := func(w func(string) int) string {
		// right-align s so that it ends at column to
		at := func(line, s string, to int) string {
			return line + strings.Repeat(" ", max(to-w(line)-w(s), 2)) + s
		}
		head := at(at(at("  功能科目编码          功能科目名称", "合计", 64), "基本支出", 78), "项目支出", 92)
		lines := []string{
			"                 一般公共预算支出预算表（功能科目）",
			"部门名称：江苏省高级人民法院                                     单位：万元",
			head,
		}
		for _, r := range rows {
			l := r[0] + strings.Repeat(" ", 12-len(r[0])) + r[1]
			for k, to := range []int{66, 80, 94} {
				if r[2+k] != "" {
					l = at(l, r[2+k], to)
				} else {
					l += strings.Repeat(" ", max(to-w(l), 0))
				}
			}
			lines = append(lines, strings.TrimRight(l, " "))
		}
		return strings.Join(lines, "\n")
	}
	chars := layout(utf8.RuneCountInString)
	cells := layout(lipgloss.Width)
	if chars == cells {
		t.Fatal("the two layouts are the same text")
	}
	var facts []string
	for _, text := range []string{chars, cells} {
		doc, err := Bytes("synthetic", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		model.WalkFunc(doc.Functional, func(n, _ *model.FuncNode) {
			b.WriteString(strings.Join([]string{n.Code, n.Name, n.Total.String(), n.Basic.String(), n.Project.String()}, " ") + "\n")
		})
		facts = append(facts, b.String())
	}
	if facts[0] != facts[1] {
		t.Errorf("characters:\n%s\ndisplay cells:\n%s", facts[0], facts[1])
	}
	for _, want := range []string{
		"2040502 一般行政管理事务 5804.83 0.00 5804.83\n",
		"2080505 机关事业单位基本养老保险缴费支出 1384.70 1384.70 0.00\n",
		"2040501 行政运行 17279.29 12267.89 5011.40\n",
	} {
		if !strings.Contains(facts[1], want) {
			t.Errorf("display-aligned tree lacks %q:\n%s", want, facts[1])
		}
	}
}
