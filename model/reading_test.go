package model

import "testing"

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
