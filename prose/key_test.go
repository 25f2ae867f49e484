package prose

import "testing"

// Names as real documents print them, and the forms they must meet in.
func TestKey(t *testing.T) {
	cases := []struct{ a, b string }{
		// the same 款 in two years of the Jiangsu high court's tables
		{"因公出国（境）费用", "因公出国(境)费用"},
		{"因公出国 (境) 费用", "因公出国（境）费用"},
		{"“三公”经费", "三公经费"},
		{"公共安全（类）", "公共安全"},
		{"法院（款）行政运行（项）", "法院行政运行"},
		{"住房改革支出(款)住房公积金(项)", "住房改革支出住房公积金"},
		{"商品和服务支出\u3000", "商品和服务支出"},
		{"对个人和家庭的补助", "对个人和家庭的补助"},
		{"工资、福利支出", "工资福利支出"},
		{"２０２３年预算", "2023年预算"},
	}
	for _, c := range cases {
		if Key(c.a) != Key(c.b) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", c.a, Key(c.a), c.b, Key(c.b))
		}
	}
	// The direction is ASCII, once: a key is its own key.
	for _, c := range cases {
		k := Key(c.a)
		if Key(k) != k {
			t.Errorf("Key(Key(%q)) = %q, want %q", c.a, Key(k), k)
		}
		for _, r := range k {
			if r >= 0xFF01 && r <= 0xFF5E {
				t.Errorf("Key(%q) = %q keeps the full-width %q", c.a, k, r)
			}
		}
	}
	// Names that differ stay apart.
	for _, c := range []struct{ a, b string }{
		{"公务用车购置费", "公务用车运行费"},
		{"行政运行", "一般行政管理事务"},
		{"因公出国（境）费", "因公出国费用"},
	} {
		if Key(c.a) == Key(c.b) {
			t.Errorf("Key(%q) == Key(%q): different names must keep different keys", c.a, c.b)
		}
	}
}

func TestTrimOrdinal(t *testing.T) {
	cases := []struct{ in, want string }{
		{"一、收支预算总体情况说明", "收支预算总体情况说明"},
		{"（一）收入预算总计", "收入预算总计"},
		{"1．财政拨款收入预算总计", "财政拨款收入预算总计"},
		{"2.社会保障和就业（类）支出", "社会保障和就业（类）支出"},
		{"3、比上年增减情况", "比上年增减情况"},
		{"(4)公务接待费", "公务接待费"},
		{"一、（一）基本支出", "基本支出"},
		// not numbering
		{"2023年度一般公共预算", "2023年度一般公共预算"},
		{"一般公共预算", "一般公共预算"},
		{"（境）费", "（境）费"},
		{"十分", "十分"},
	}
	for _, c := range cases {
		if got := TrimOrdinal(c.in); got != c.want {
			t.Errorf("TrimOrdinal(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLabelKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"一、因公出国（境）费", "因公出国(境)费"},
		{"  （二）“三公”经费", "三公经费"},
		{"1．公共安全（类）支出", "公共安全支出"},
		{"基本支出", "基本支出"},
		{"0 2、专项业务经费支出", "专项业务经费支出"}, // sn-xian-hrss-2020: layout split 02、
	}
	for _, c := range cases {
		if got := LabelKey(c.in); got != c.want {
			t.Errorf("LabelKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func BenchmarkKeyPlain(b *testing.B) {
	for b.Loop() {
		Key("灾害防治及应急管理支出")
	}
}
