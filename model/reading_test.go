package model

import (
	"slices"
	"testing"
)

// Two columns' figures side by side are not one amount; a figure broken over
// two lines or grouped by spaces still is.
func TestGluedFigures(t *testing.T) {
	for _, c := range []struct {
		in     string
		amount string // "" when not one amount
		tokens int    // figures AmountTokens splits it into (0: not glued)
	}{
		{"134,339,860    134,339,860", "", 2},
		{"247.25 247.25", "", 2},
		{"123456 789012", "", 2},
		{"1,717.85 1,192.85 525.00", "", 3},
		{"350,034.4 2", "350034.42", 0}, // wrapped over two lines
		{"96 .66", "96.66", 0},
		{"6000 0", "", 2}, // a lone zero beside a figure is its own column's
		{"697.82 0", "", 2},
		{"0 0", "", 2},
		{"8 0", "", 2},
		{"0 40764", "", 2}, // no figure is printed 040764
		{"0 .66", "0.66", 0},
		{"1 234", "1234.00", 0},
		{"12,345,678.00", "12345678.00", 0},
		{"（1,234.50）", "-1234.50", 0},
		{"２６１８．３９", "2618.39", 0},
	} {
		d, ok := ParseDecimal(c.in)
		if got := map[bool]string{true: d.String(), false: ""}[ok]; ok && NewMoney(d).String() != c.amount || !ok && c.amount != "" {
			t.Errorf("ParseDecimal(%q) = %q %v, want %q", c.in, got, ok, c.amount)
		}
		toks, ok := AmountTokens(c.in)
		if len(toks) != c.tokens || ok != (c.tokens > 0) {
			t.Errorf("AmountTokens(%q) = %v %v, want %d figures", c.in, toks, ok, c.tokens)
		}
	}
}

// Glued header words: the word printed last, nearest the figures, names the column.
func TestRoleOfGluedHeaders(t *testing.T) {
	for _, c := range []struct {
		name string
		want ColumnRole
	}{
		{"基本支出人员经费", RolePersonnel},
		{"基本支出人员支出", RolePersonnel},
		{"项目支出公用经费", RolePublic},
		{"预算数基本支出", RoleBasic},
		{"政府性基金预算支出其中：基本支出", RoleBasic},
		{"2023年预算数/项目支出", RoleProject},
		{"基本支出/小计", RoleBasic},
		{"合计", RoleTotal},
		{"上缴上级支出", RoleOtherExp},
		{"上年结转", RoleCarry},
		{"财政拨款收入/一般公共预算", RoleSource},
		// 西安 部门综合预算 (2019–2026)
		{"专项业务经费支出", RoleProject},
		{"公共预算拨款", RoleSource},
		// the source's subtotal, its 其中 column beside it a part of it
		{"一般公共预算拨款/小计", RoleSource},
		{"公共预算拨款/其中：专项资金列入部门预算的项目", RoleNone},
		{"本年收入/小计", RoleThisYear},
		{"其他专户收入拨款", RoleSource},
		{"项目金额", RoleTotal},
		{"项目简介", RoleNone},
		// a source's own 小计 beside its 其中 (公共预算拨款 over 小计 | 其中：专项资金)
		{"部门预算/公共预算拨款/小计", RoleSource},
		{"本年收入/小计", RoleThisYear},
		{"上年结转结余/小计", RoleCarry},
		{"小计", RoleTotal},
	} {
		if got := RoleOf(c.name); got != c.want {
			t.Errorf("RoleOf(%q) = %d, want %d", c.name, got, c.want)
		}
	}
}

func TestReadingConfirmed(t *testing.T) {
	for _, c := range []struct {
		checked, failed int
		want            bool
	}{
		{0, 0, false}, {1, 0, true}, {1, 1, false}, {2, 1, false}, {3, 1, true},
		{20, 2, true}, {20, 3, false}, {61, 24, false},
	} {
		if got := ReadingConfirmed(c.checked, c.failed); got != c.want {
			t.Errorf("ReadingConfirmed(%d, %d) = %v", c.checked, c.failed, got)
		}
	}
}

// A table by two economic classifications (烟台市统计局 2026, 公开表6) prints
// 301 工资福利支出 once per 政府经济 class, each copy followed by its own
// items: each copy is the parent of the items printed after it, and both
// copies are top-level rows under 合计.
func TestShapeOfRepeatedParents(t *testing.T) {
	row := func(line int, code, amount string) CodedRow {
		return CodedRow{Line: line, Code: code, Order: []string{"小计"}, Amounts: map[string]Money{"小计": MustMoney(amount)}}
	}
	tb := &Table{Coded: []CodedRow{
		{Line: 505, Name: "合计", Order: []string{"小计"}, Amounts: map[string]Money{"小计": MustMoney("1574.36")}},
		row(507, "301", "705.28"), row(509, "30101", "169.28"), row(511, "30102", "536.00"),
		row(527, "301", "746.73"), row(529, "30101", "189.31"), row(531, "30107", "557.42"),
		row(595, "303", "122.35"), row(597, "30302", "122.35"),
	}}
	sh := ShapeOf(tb)
	lines := func(rows []*CodedRow) (out []int) {
		for _, r := range rows {
			out = append(out, r.Line)
		}
		return out
	}
	if got := lines(sh.Roots); !slices.Equal(got, []int{507, 527, 595}) {
		t.Errorf("roots %v", got)
	}
	for parent, want := range map[int][]int{507: {509, 511}, 527: {529, 531}, 595: {597}} {
		for i := range tb.Coded {
			if p := &tb.Coded[i]; p.Line == parent {
				if got := lines(sh.Children[p]); !slices.Equal(got, want) {
					t.Errorf("children of line %d: %v, want %v", parent, got, want)
				}
			}
		}
	}
	for _, ts := range TreeSums(tb) {
		for _, id := range ts.Columns {
			if !id.Holds() {
				t.Errorf("line %d: %s ≠ %s", ts.Parent.Line, id.Got, id.Sum)
			}
		}
	}
}

// A parent that leaves a column blank while its children's figures there add
// up to more than nothing (LibreOffice's HTML of the Jinzhong sample shifts
// the 合计 of every 302 item under 人员经费): the columns were read shifted.
func TestTreeSumBlank(t *testing.T) {
	order := []string{"合计", "人员经费", "公用经费"}
	row := func(line int, code string, amounts map[string]string) CodedRow {
		r := CodedRow{Line: line, Code: code, Order: order, Amounts: map[string]Money{}}
		for k, v := range amounts {
			r.Amounts[k] = MustMoney(v)
		}
		return r
	}
	tb := &Table{Coded: []CodedRow{
		row(173, "302", map[string]string{"人员经费": "40.50"}),
		row(174, "30201", map[string]string{"人员经费": "5.10", "公用经费": "5.10"}),
		row(175, "30202", map[string]string{"人员经费": "35.40", "公用经费": "35.40"}),
		// printed blank where its children are 0.00: nothing shifted
		row(180, "303", map[string]string{"合计": "1.00"}),
		row(181, "30301", map[string]string{"合计": "1.00", "公用经费": "0.00"}),
	}}
	got := map[string][]string{}
	for _, ts := range TreeSums(tb) {
		got[ts.Parent.Code] = ts.Blank
	}
	if !slices.Equal(got["302"], []string{"公用经费"}) || len(got["303"]) != 0 {
		t.Errorf("blank columns %v", got)
	}
}

// Of two columns claiming one part of spending, one that no row fills is a
// header word given a column of its own and yields the part to the other
// (北京 预算05表: 项目支出总数 over nothing, 项目支出 over the figures); two
// filled ones leave the part ambiguous. A source's 小计 beside the
// sources under the same label is their sum, not another source.
func TestColumnsOfUnfilledClaim(t *testing.T) {
	row := func(cols ...string) CodedRow {
		r := CodedRow{Code: "2010501", Amounts: map[string]Money{}}
		for _, c := range cols {
			r.Amounts[c] = MustMoney("1.00")
		}
		return r
	}
	order := []string{"合计", "项目支出总数", "项目支出"}
	for _, c := range []struct {
		name              string
		filled            []string
		project           string
		ambiguousSpending bool
	}{
		{"second filled", []string{"合计", "项目支出"}, "项目支出", false},
		{"first filled", []string{"合计", "项目支出总数"}, "项目支出总数", false},
		{"both filled", []string{"合计", "项目支出总数", "项目支出"}, "项目支出总数", true},
	} {
		r := row(c.filled...)
		r.Order = order
		cs := ColumnsOf(&Table{Coded: []CodedRow{r}})
		if cs.Project != c.project || cs.AmbiguousSpending != c.ambiguousSpending {
			t.Errorf("%s: Project %q AmbiguousSpending %v, want %q %v", c.name, cs.Project, cs.AmbiguousSpending, c.project, c.ambiguousSpending)
		}
	}
	r := row("合计", "财政拨款/小计", "财政拨款/一般公共预算", "财政拨款/政府性基金")
	r.Order = []string{"合计", "财政拨款/小计", "财政拨款/一般公共预算", "财政拨款/政府性基金"}
	if cs := ColumnsOf(&Table{Coded: []CodedRow{r}}); !slices.Equal(cs.Sources, []string{"财政拨款/一般公共预算", "财政拨款/政府性基金"}) {
		t.Errorf("sources %q: 财政拨款/小计 counted beside its parts", cs.Sources)
	}
}

// 使用非财政拨款结余 beside 上年结转 (烟台 收入总体情况表) are two balances
// of earlier years, both parts of 合计: the columns are not ambiguous, and
// the row's sum counts both; either alone is the carry-over.
func TestColumnsOfSpentBalance(t *testing.T) {
	for _, c := range []struct {
		name  string
		order []string
		carry string
		parts []string
	}{
		{"both", []string{"合计", "一般公共预算收入", "其他收入", "使用非财政拨款结余", "上年结转"}, "上年结转",
			[]string{"一般公共预算收入", "其他收入", "上年结转", "使用非财政拨款结余"}},
		{"balance alone", []string{"合计", "一般公共预算收入", "其他收入", "使用非财政拨款结余"}, "使用非财政拨款结余",
			[]string{"一般公共预算收入", "其他收入", "使用非财政拨款结余"}},
	} {
		r := CodedRow{Amounts: map[string]Money{"合计": MustMoney("1.00")}, Order: c.order}
		cs := ColumnsOf(&Table{Coded: []CodedRow{r}})
		sums := RowSums(cs)
		if cs.Ambiguous || cs.Carry != c.carry || len(sums) != 1 || !slices.Equal(sums[0].Parts, c.parts) {
			t.Errorf("%s: ambiguous %v carry %q sums %v, want carry %q parts %q", c.name, cs.Ambiguous, cs.Carry, sums, c.carry, c.parts)
		}
	}
}
