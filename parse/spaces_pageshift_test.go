package parse

import (
	"testing"

	"yusuan/model"
)

// A page printed without the header whose figures stand off the columns of
// the page before is laid out on its own: 北京市司法局's 预算03表 prints its
// fourth page twelve characters further right (合计 ending at 83 where the
// first pages end it at 71, under their 基本支出), and read with the first
// page it glued 合计, 基本支出 and 项目支出 into one column. A page a
// character off (pdftotext's rounding) or filling other columns is no shift.
func TestPageShifted(t *testing.T) {
	before := map[int]bool{71: true, 72: true, 86: true, 87: true, 100: true}
	for _, c := range []struct {
		name string
		page []int
		want bool
	}{
		{"same columns", []int{71, 86, 71, 86, 72, 100}, false},
		{"a character off", []int{70, 85, 70, 85}, false},
		{"合计 and a column the page before left empty", []int{71, 115, 71, 115}, false},
		{"twelve characters right", []int{83, 98, 83, 98, 83, 111}, true},
		{"no figures", nil, false},
	} {
		if got := pageShifted(before, c.page); got != c.want {
			t.Errorf("%s: pageShifted = %v, want %v", c.name, got, c.want)
		}
	}
	if pageShifted(nil, []int{83}) {
		t.Error("a page with nothing before it is shifted")
	}
}

// Two codes joined to their names in one chunk, a single space apart, are
// two cells (北京国资委 预算03表: “2080506-机关事业单位职业年金缴费支出
// 50102-社会保障缴费”); a name with a space or a figure in it is not.
func TestSecondCodeCell(t *testing.T) {
	for _, c := range []struct {
		first, w string
		want     bool
	}{
		{"2080506-机关事业单位职业年金缴费支出", "50102-社会保障缴费", true},
		{"2010501-行政运行", "30101-基本工资", true},
		{"行政运行", "50101-工资奖金津补贴", false},      // no code first: a name's words
		{"2010501-行政运行", "2025-2026年", false}, // a span of years, no name
		{"2010501-行政运行", "12-项目", false},      // two digits: no code of its own
		{"2010501-行政运行", "1234-项目", false},
		{"50101-工资奖金津补贴", "30101－基本工资", true},
	} {
		if got := secondCodeCell(c.first, c.w); got != c.want {
			t.Errorf("secondCodeCell(%q, %q) = %v, want %v", c.first, c.w, got, c.want)
		}
	}
}

// 北京's 预算03表支出总表 (functional × economic, 万元 to six places) read
// where its pages move or its cells run into each other: the rows of one
// functional code add up to the figures the tree shows, and the row whose
// long name wrapped around its figures (2230199) is under its own code.
// 司法局's second page prints 项目支出 alone where its first prints 基本支出;
// the part is placed by the table's sums (reassign_pages.go): 2040602 …
// 2040608 read under 项目支出, 2040608 over two pages.
func TestBeijingExpenditureTotals(t *testing.T) {
	for _, c := range []struct {
		file, code, name, total, basic, project string
		confirmed                               bool
	}{
		// 司法局: pages 4 and 5 laid out apart
		{"bj-beijing-justice-2026-budget-tables.layout.txt", "2040601", "行政运行", "13562.356433", "13412.980433", "149.376", true},
		{"bj-beijing-justice-2026-budget-tables.layout.txt", "2299999", "其他支出", "197.249", "", "197.249", true},
		// 司法局: page 2, 项目支出 alone (lines 83-92), and across pages 2 and 3
		{"bj-beijing-justice-2026-budget-tables.layout.txt", "2040604", "基层司法业务", "659.83008", "0", "659.83008", true},
		{"bj-beijing-justice-2026-budget-tables.layout.txt", "2040608", "国家统一法律职业资格考试", "987.50626", "0", "987.50626", true},
		// 国资委: “2080506-… 50102-…” one chunk glued the two code columns
		{"bj-beijing-sasac-2026-budget-tables.layout.txt", "2230199", "其他解决历史遗留问题及改革成本支出", "6243.54", "", "6243.54", true},
		{"bj-beijing-sasac-2026-budget-tables.layout.txt", "2080506", "机关事业单位职业年金缴费支出", "376.922532", "376.922532", "", true},
	} {
		t.Run(c.file+" "+c.code, func(t *testing.T) {
			d := corpusDocs(t, nationalCorpus, c.file)[0]
			tb := tableTitled(t, d, "预算03表支出总表")
			if confirmed := tb.Verified != nil && *tb.Verified; confirmed != c.confirmed {
				t.Fatalf("预算03表 confirmed %v, want %v: %+v", confirmed, c.confirmed, tb.Identities)
			}
			var total, basic, project model.Money
			found := false
			for _, r := range tb.Coded {
				if r.Code != c.code {
					continue
				}
				found = true
				if r.Name != c.name {
					t.Errorf("%s named %q, want %q", c.code, r.Name, c.name)
				}
				total = total.Add(r.Amounts["合计"])
				basic = basic.Add(r.Amounts["基本支出"])
				project = project.Add(r.Amounts["项目支出"])
			}
			if !found {
				t.Fatalf("no row %s", c.code)
			}
			for _, f := range []struct {
				what string
				got  model.Money
				want string
			}{
				{"合计", total, c.total},
				{"基本支出", basic, c.basic},
				{"项目支出", project, c.project},
			} {
				if f.want != "" && !f.got.Equal(model.MustMoney(f.want)) {
					t.Errorf("%s %s = %s, want %s", c.code, f.what, f.got, f.want)
				}
			}
		})
	}
}
