package audit

import (
	"strings"
	"testing"

	"yusuan/model"
)

func expTable(rows ...model.CodedRow) *model.Table {
	return table(model.TExpenditure, "部门预算支出总表", rows...)
}

func TestTreeSum(t *testing.T) {
	good := expTable(
		row("", "合计", 10, "合计", "600.00", "基本支出", "100.00", "项目支出", "500.00"),
		row("224", "灾害防治及应急管理支出", 11, "合计", "600.00", "基本支出", "100.00", "项目支出", "500.00"),
		row("22401", "应急管理事务", 12, "合计", "600.00", "基本支出", "100.00", "项目支出", "500.00"),
		row("2240101", "行政运行", 13, "合计", "100.00", "基本支出", "100.00", "项目支出", ""),
		row("2240106", "安全监管", 14, "合计", "500.00", "基本支出", "", "项目支出", "500.00"),
	)
	none(t, Check(docWith(good)), "tree-sum")

	// 22401 says 600.00 but its items add to 590.00; the last item is not the
	// table's last row, so the table was read in full.
	bad := expTable(
		row("", "合计", 10, "合计", "700.00"),
		row("224", "灾害防治及应急管理支出", 11, "合计", "700.00"),
		row("22401", "应急管理事务", 12, "合计", "600.00"),
		row("2240101", "行政运行", 13, "合计", "90.00"),
		row("2240106", "安全监管", 14, "合计", "500.00"),
		row("22402", "消防救援事务", 15, "合计", "100.00"),
	)
	f := want(t, Check(docWith(bad)), "tree-sum", Error, "590.00", "600.00", "+10.00")
	if f.Line != 12 || f.Code != "22401" || f.Where != "部门预算支出总表 / 22401" {
		t.Errorf("where: %+v", f)
	}

	// one unit of rounding: a warning
	round := expTable(
		row("224", "灾害防治及应急管理支出", 11, "合计", "100.01"),
		row("2240101", "行政运行", 13, "合计", "50.00"),
		row("2240106", "安全监管", 14, "合计", "50.00"),
		row("225", "x", 15, "合计", "1.00"),
	)
	want(t, Check(docWith(round)), "tree-sum", Warn, "100.00", "100.01", "+0.01")

	// a shortfall at the end of the table: the table may be cut short
	cut := expTable(
		row("", "合计", 10, "合计", "700.00"),
		row("224", "灾害防治及应急管理支出", 11, "合计", "700.00"),
		row("2240101", "行政运行", 13, "合计", "90.00"),
	)
	fs := only(Check(docWith(cut)), "tree-sum")
	if len(fs) != 1 || fs[0].Severity != Info || fs[0].Code != "224" || fs[0].Expected != "90.00" {
		t.Fatalf("cut table: %+v", fs)
	}

	// a child with a figure in a column its parent leaves blank: shifted columns
	shift := expTable(
		row("224", "灾害防治及应急管理支出", 11, "合计", "100.00", "列5", ""),
		row("2240101", "行政运行", 13, "合计", "60.00", "列5", ""),
		row("2240106", "安全监管", 14, "合计", "", "列5", "40.00"),
		row("225", "x", 15, "合计", "1.00"),
	)
	fs = only(Check(docWith(shift)), "tree-sum")
	if len(fs) != 1 || fs[0].Severity != Info || fs[0].Expected != "60.00" {
		t.Fatalf("shifted: %+v", fs)
	}

	// a parent left blank is not a claim of zero
	blank := expTable(
		row("224", "灾害防治及应急管理支出", 11, "合计", "100.00", "项目支出", ""),
		row("2240101", "行政运行", 13, "合计", "100.00", "项目支出", "5.00"),
		row("225", "x", 15, "合计", "1.00"),
	)
	none(t, Check(docWith(blank)), "tree-sum")
}

func TestRowIdentity(t *testing.T) {
	good := expTable(row("", "合计", 10, "合计", "3218.39", "基本支出", "622.39", "项目支出", "2596.00", "经营支出", ""))
	none(t, Check(docWith(good)), "row-identity")
	bad := expTable(row("2240101", "行政运行", 13, "合计", "572.97", "基本支出", "571.97", "项目支出", ""))
	want(t, Check(docWith(bad)), "row-identity", Error, "571.97", "572.97", "+1.00")
	// an unrecognised column holding the difference: no claim
	odd := expTable(row("2240101", "行政运行", 13, "合计", "572.97", "基本支出", "571.97", "项目支出", "", "上缴财政支出", "1.00"))
	none(t, Check(docWith(odd)), "row-identity")

	econ := table(model.TBasicEconomic, "基本支出表",
		row("", "合计", 5, "一般公共预算基本支出/合计", "622.39", "一般公共预算基本支出/人员经费", "613.40", "一般公共预算基本支出/公用经费", "8.99"),
		row("301", "工资福利支出", 6, "一般公共预算基本支出/合计", "613.40", "一般公共预算基本支出/人员经费", "613.40", "一般公共预算基本支出/公用经费", ""),
		row("302", "商品和服务支出", 7, "一般公共预算基本支出/合计", "9.00", "一般公共预算基本支出/人员经费", "", "一般公共预算基本支出/公用经费", "8.99"),
	)
	f := only(Check(docWith(econ)), "row-identity")
	if len(f) != 1 || f[0].Code != "302" || f[0].Expected != "8.99" || f[0].Actual != "9.00" || f[0].Severity != Warn {
		t.Fatalf("econ: %+v", f)
	}

	income := table(model.TIncome, "部门预算收入总表",
		row("", "合计", 5, "合计", "3218.39", "本年收入/小计", "3218.39", "本年收入/财政拨款收入", "3218.39", "本年收入/事业收入", "", "上年结转", ""),
		row("212", "城乡社区支出", 6, "合计", "600.00", "本年收入/小计", "600.00", "本年收入/财政拨款收入", "500.00", "本年收入/事业收入", "", "上年结转", ""),
	)
	want(t, Check(docWith(income)), "row-identity", Error, "500.00", "600.00", "+100.00")
}

func summaryTable(rows ...[]string) *model.Table {
	t := &model.Table{Kind: model.TSummary, Title: "部门预算收支总表", Line: 1}
	for i, r := range rows {
		t.Rows = append(t.Rows, r)
		t.RowLines = append(t.RowLines, 100+i)
	}
	return t
}

func TestSummaryIdentity(t *testing.T) {
	good := summaryTable(
		[]string{"1", "一、一般公共预算拨款收入", "2618.39", "一、一般公共服务支出", ""},
		[]string{"2", "二、政府性基金预算拨款收入", "600.00", "十二、城乡社区支出", "600.00"},
		[]string{"3", "", "", "二十三、灾害防治及应急管理支出", "2618.39"},
		[]string{"31", "本年收入合计", "3218.39", "本年支出合计", "3218.39"},
		[]string{"32", "上年结转结余", "", "年终结转结余", ""},
		[]string{"33", "收入总计", "3218.39", "支出总计", "3218.39"},
	)
	none(t, Check(docWith(good)), "summary-identity")
	bad := summaryTable(
		[]string{"1", "一、一般公共预算拨款收入", "2618.39", "二十三、灾害防治及应急管理支出", "3218.39"},
		[]string{"2", "二、政府性基金预算拨款收入", "500.00", "", ""},
		[]string{"31", "本年收入合计", "3218.39", "本年支出合计", "3218.39"},
		[]string{"33", "收入总计", "3218.39", "支出总计", "3218.39"},
	)
	f := want(t, Check(docWith(bad)), "summary-identity", Error, "3118.39", "3218.39", "+100.00")
	if f.Line != 102 {
		t.Errorf("line %d", f.Line)
	}
}

// A page of a 收支总表 printing expenditure lines only is laid out in
// columns of its own, its labels in a column of the income side (深圳人社局,
// pages 55–56): they are still the expenditure items they head, and their
// amounts are added to 本年支出合计; a row with an income amount, or a label
// on each side, is read by its sides as before.
func TestSummaryStrayExpenditureLabel(t *testing.T) {
	tb := summaryTable(
		[]string{"一、财政拨款", "", "700.00", "一、教育支出", "", "200.00"},
		[]string{"二、单位资金", "", "100.00", "二、科学技术支出", "", "100.00"},
		[]string{"", "三、社会保障和就业支出", "", "", "", "400.00"},
		[]string{"四、卫生健康支出", "", "", "", "", "100.00"},
		[]string{"本年收入合计", "", "800.00", "本年支出合计", "", "800.00"},
		[]string{"收入总计", "", "800.00", "支出总计", "", "800.00"},
	)
	none(t, Check(docWith(tb)), "summary-identity")
	none(t, Check(docWith(tb)), "table-unverified")
	cases := []struct {
		row  []string
		want int
	}{
		{[]string{"", "三、社会保障和就业支出", "", "", "", "400.00"}, 1},
		{[]string{"四、卫生健康支出", "", "", "", "", "100.00"}, 0},
		{[]string{"一、财政拨款", "", "700.00", "", "", "200.00"}, -1}, // an income amount
		{[]string{"一、财政拨款", "", "", "一、教育支出", "", "200.00"}, -1}, // a label on each side
		{[]string{"三、单位资金", "", "", "", "", ""}, -1},             // no amount at all
		{[]string{"", "", "", "一、教育支出", "", "200.00"}, -1},       // in its place
	}
	for _, c := range cases {
		if got := strayExpenditureLabel(c.row, 0, 3); got != c.want {
			t.Errorf("%q: %d, want %d", c.row, got, c.want)
		}
	}
}

func TestCrossTable(t *testing.T) {
	all := expTable(
		row("", "合计", 10, "合计", "3218.39", "基本支出", "622.39", "项目支出", "2596.00"),
		row("2120899", "其他国有土地使用权出让收入安排的支出", 11, "合计", "600.00", "基本支出", "", "项目支出", "600.00"),
		row("2240101", "行政运行", 12, "合计", "622.39", "基本支出", "622.39", "项目支出", ""),
		row("2240106", "安全监管", 13, "合计", "1996.00", "基本支出", "", "项目支出", "1996.00"),
	)
	gen := table(model.TGeneralExpenditure, "一般公共预算支出表",
		row("", "合计", 20, "合计", "2618.39", "基本支出", "622.39", "项目支出", "1996.00"),
		row("2240101", "行政运行", 21, "合计", "622.39", "基本支出", "622.39", "项目支出", ""),
		row("2240106", "安全监管", 22, "合计", "1996.00", "基本支出", "", "项目支出", "1996.00"),
	)
	fund := table(model.TFundExpenditure, "政府性基金支出表",
		row("", "合计", 30, "合计", "600.00", "基本支出", "", "项目支出", "600.00"),
		row("2120899", "其他国有土地使用权出让收入安排的支出", 31, "合计", "600.00", "基本支出", "", "项目支出", "600.00"),
	)
	none(t, Check(docWith(all, gen, fund)), "cross-table")

	// the general table moves 10.00 from one item to another: the totals
	// still agree but each item no longer adds up
	gen2 := table(model.TGeneralExpenditure, "一般公共预算支出表",
		row("", "合计", 20, "合计", "2618.39", "基本支出", "622.39", "项目支出", "1996.00"),
		row("2240101", "行政运行", 21, "合计", "632.39", "基本支出", "632.39", "项目支出", ""),
		row("2240106", "安全监管", 22, "合计", "1986.00", "基本支出", "", "项目支出", "1986.00"),
	)
	fs := only(Check(docWith(all, gen2, fund)), "cross-table")
	if len(fs) != 4 {
		t.Fatalf("want 4 findings (two codes × total and one part), got %+v", fs)
	}
	if fs[0].Code != "2240101" || fs[0].Expected != "632.39" || fs[0].Actual != "622.39" || fs[0].Difference != "-10.00" {
		t.Fatalf("first: %+v", fs[0])
	}

	// two tables of the same scope disagree on a code
	other := table(model.TExpenditure, "支出预算表（续）",
		row("", "合计", 39, "合计", "3218.39", "基本支出", "622.39", "项目支出", "2596.00"),
		row("2240106", "安全监管", 40, "合计", "1990.00", "基本支出", "", "项目支出", "1990.00"),
	)
	fs = only(Check(docWith(all, other)), "cross-table")
	if len(fs) != 2 || fs[0].Expected != "1996.00" || fs[0].Actual != "1990.00" {
		t.Fatalf("same scope: %+v", fs)
	}
	// same kind, other totals: another scope, no comparison
	other.Coded[0].Amounts["合计"] = m("1996.00")
	none(t, Check(docWith(all, other)), "cross-table")
}

func TestEconomicBasic(t *testing.T) {
	gen := table(model.TGeneralExpenditure, "一般公共预算支出表",
		row("", "合计", 20, "合计", "2618.39", "基本支出", "622.39", "项目支出", "1996.00"))
	econ := func(total string) *model.Table {
		return table(model.TBasicEconomic, "一般公共预算基本支出表", row("", "合计", 5, "合计", total, "人员经费", "613.40", "公用经费", "8.99"))
	}
	none(t, Check(docWith(gen, econ("622.39"))), "economic-basic")
	want(t, Check(docWith(gen, econ("632.39"))), "economic-basic", Error, "622.39", "632.39", "+10.00")

	// an all-funds table is another scope: 80.00 of other money is no error
	all := expTable(row("", "合计", 1, "合计", "2698.39", "基本支出", "702.39", "项目支出", "1996.00"))
	none(t, Check(docWith(all, gen, econ("622.39"))), "economic-basic")
	// a 财政拨款 economic table against general + fund together
	fund := table(model.TFundExpenditure, "政府性基金支出表", row("", "合计", 30, "合计", "10.00", "基本支出", "10.00", "项目支出", ""))
	fiscal := table(model.TBasicEconomic, "财政拨款基本支出表", row("", "合计", 5, "合计", "632.39"))
	none(t, Check(docWith(gen, fund, fiscal)), "economic-basic")
	fiscal.Coded[0].Amounts["合计"] = m("622.39")
	want(t, Check(docWith(gen, fund, fiscal)), "economic-basic", Error, "632.39", "622.39", "-10.00")
}

func tp(fields map[string]string) *model.ThreePublic {
	t := &model.ThreePublic{Table: "“三公”经费支出表", Line: 50}
	set := map[string]*model.Money{"total": &t.Total, "subtotal": &t.Subtotal, "abroad": &t.Abroad, "vehicle": &t.Vehicle,
		"vehicle_purchase": &t.VehiclePurchase, "vehicle_operation": &t.VehicleOperation, "reception": &t.Reception,
		"meeting": &t.Meeting, "training": &t.Training}
	for _, k := range []string{"total", "subtotal", "abroad", "vehicle", "vehicle_purchase", "vehicle_operation", "reception", "meeting", "training"} {
		if v, ok := fields[k]; ok {
			*set[k] = m(v)
			t.Stated = append(t.Stated, k)
		}
	}
	return t
}

func TestThreePublicSum(t *testing.T) {
	ok := &model.Document{ThreePublic: tp(map[string]string{"total": "3.54", "subtotal": "1.50", "abroad": "0", "vehicle": "0",
		"vehicle_purchase": "0", "vehicle_operation": "0", "reception": "1.50", "meeting": "1.64", "training": "0.40"})}
	none(t, Check(ok), "three-public-sum")
	bad := &model.Document{ThreePublic: tp(map[string]string{"total": "3.54", "subtotal": "1.50", "abroad": "0", "vehicle": "7.10",
		"vehicle_purchase": "0", "vehicle_operation": "7.10", "reception": "1.50", "meeting": "1.64", "training": "0.40"})}
	// 小计 should be 0 + 7.10 + 1.50 = 8.60; 合计 = 1.50 + 1.64 + 0.40 holds
	want(t, Check(bad), "three-public-sum", Error, "8.60", "1.50", "-7.10")
}

func TestThreePublicEconomic(t *testing.T) {
	econ := table(model.TBasicEconomic, "基本支出表",
		row("30217", "公务接待费", 19, "合计", "0.50"),
		row("30216", "培训费", 18, "合计", "0.40"))
	d := docWith(econ)
	d.ThreePublic = tp(map[string]string{"subtotal": "1.50", "reception": "1.50", "training": "0.40"})
	f := want(t, Check(d), "three-public-economic", Info, "1.50", "0.50", "-1.00")
	if f.Code != "30217" || f.Line != 19 {
		t.Errorf("%+v", f)
	}
	d.ThreePublic = tp(map[string]string{"subtotal": "0.50", "reception": "0.50", "training": "0.40"})
	none(t, Check(d), "three-public-economic")
	d.ThreePublic = tp(map[string]string{"subtotal": "0.30", "reception": "0.30", "training": "0.40"})
	want(t, Check(d), "three-public-economic", Warn, "0.30", "0.50", "+0.20")
}

func TestRowIdentityThreePublic(t *testing.T) {
	tb := &model.Table{Kind: model.TThreePublic, Title: "“三公”经费支出表", Line: 1,
		Columns:  []string{"序号", "项目", "资金性质/合计", "资金性质/一般公共预算财政拨款", "资金性质/政府性基金预算拨款"},
		Rows:     [][]string{{"1", "合计", "3.54", "3.54", ""}, {"9", "三、公务接待费", "1.50", "1.50", ""}},
		RowLines: []int{10, 18}}
	none(t, Check(docWith(tb)), "row-identity")
	tb.Rows[1][3] = "1.00"
	f := want(t, Check(docWith(tb)), "row-identity", Error, "1.00", "1.50", "+0.50")
	if f.Line != 18 {
		t.Errorf("%+v", f)
	}
}

// A class row summed from each unit's printed row (parse.mergeRepeatedCodes)
// carries each unit's rounding: 深圳人社局's 收支总表 prints 住房保障支出
// 26,495.20, its 支出总表 by unit adds to 26,495.18 over its units. Within
// half a fen per unit the difference is rounding (a warning); a printed
// row gets no such room.
func TestSummaryAgainstSummedRows(t *testing.T) {
	summary := summaryTable(
		[]string{"一、财政拨款", "26495.20", "一、住房保障支出", "26495.20"},
		[]string{"本年收入合计", "26495.20", "本年支出合计", "26495.20"},
	)
	for _, c := range []struct {
		summed int
		sev    Severity
	}{{15, Warn}, {0, Error}} {
		r := row("221", "住房保障支出", 11, "合计", "26495.18")
		r.Summed = c.summed
		all := expTable(row("", "合计", 10, "合计", "26495.20"), r)
		f := want(t, Check(docWith(summary, all)), "cross-table", c.sev, "26495.18", "26495.20", "+0.02")
		if !strings.Contains(f.Message, "住房保障支出") {
			t.Errorf("summed %d: %s", c.summed, f.Message)
		}
	}
}

// A summary table read in no shape its sums can be checked in says so (an
// info, not an error nor a reading in doubt); one read and checked, or one
// without figures, does not.
func TestSummaryUnchecked(t *testing.T) {
	odd := summaryTable( // amounts merged into one cell, as 重庆's 财政拨款收支总体情况表 comes out
		[]string{"", "一、本年收入", "118,773.55", "一、本年支出", "", "172,283.15 128,148.56 44,134.59", ""},
		[]string{"", "（一）一般公共预算资金", "118,773.55", "（一）一般公共服务支出", "", "59.56 59.56", ""},
		[]string{"", "（二）政府性基金预算资金", "", "（二）教育支出", "", "23,350.99 23,168.99", "182.00"},
	)
	f := want(t, Check(docWith(odd)), "summary-unchecked", Info, "", "", "")
	if !strings.Contains(f.Message, "未核对") {
		t.Errorf("message %q", f.Message)
	}
	none(t, Check(docWith(odd)), "table-unverified")
	good := summaryTable(
		[]string{"一、一般公共预算拨款收入", "2618.39", "一、一般公共服务支出", "2618.39"},
		[]string{"本年收入合计", "2618.39", "本年支出合计", "2618.39"},
	)
	none(t, Check(docWith(good)), "summary-unchecked")
	blank := summaryTable([]string{"收入", "", "支出", ""}, []string{"本年收入", "", "本年支出", ""})
	none(t, Check(docWith(blank)), "summary-unchecked")
}
