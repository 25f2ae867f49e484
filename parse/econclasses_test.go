package parse

import "testing"

// An official economic class printed by name alone, in a table of names
// only, is that class: the 基本支出总表 of 深圳市公安局 2026 (lines cut from
// it) prints “资本性支出（基本建设） 40.00” without its code after 310's
// items, and its 办公设备购置 is 309's item, not 310's.
func TestEconClassByName(t *testing.T) {
	text := `表4

                                                                 基本支出总表
部门名称：深圳市公安局（本级）                                                                                                                  单位：万元

                                                 财政拨款                                                 单位资金
                                                                           财政专户                                                  上年结余、
      支出项目类别        总计                     一般公共        政府性基金     国有资本经                       事业单位     上级补助     附属单位
                                小计                                         管理资金     事业收入                                其他收入      结转
                                           预算拨款        预算拨款      营预算拨款                       经营收入      收入      上缴收入
     资本性支出           1,039.84   1,039.84   1,039.84      0.00      0.00     0.00     0.00     0.00     0.00     0.00     0.00      0.00
       办公设备购置          147.23     147.23     147.23      0.00      0.00     0.00     0.00     0.00     0.00     0.00     0.00      0.00
       专用设备购置          225.51     225.51     225.51      0.00      0.00     0.00     0.00     0.00     0.00     0.00     0.00      0.00
       公务用车购置          667.10     667.10     667.10      0.00      0.00     0.00     0.00     0.00     0.00     0.00     0.00      0.00
     资本性支出（基本建设）       40.00      40.00      40.00       0.00      0.00     0.00     0.00     0.00     0.00     0.00     0.00      0.00
       办公设备购置          40.00      40.00      40.00       0.00      0.00     0.00     0.00     0.00     0.00     0.00     0.00      0.00
     注：本套报表金额单位转换时可能存在尾数误差。
`
	doc, err := Bytes("深圳市公安局2026年部门预算.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{} // class → its items' names and totals
	for _, n := range doc.Economic {
		s := n.Total.String()
		for _, c := range n.Children {
			s += " | " + c.Code + " " + c.Name + " " + c.Total.String()
		}
		got[n.Code+" "+n.Name] = s
	}
	for class, want := range map[string]string{
		"310 资本性支出":       "1039.84 | 31002 办公设备购置 147.23 | 31003 专用设备购置 225.51 | 31013 公务用车购置 667.10",
		"309 资本性支出（基本建设）": "40.00 |  办公设备购置 40.00",
	} {
		if got[class] != want {
			t.Errorf("%s: %q, want %q (tree %v)", class, got[class], want, got)
		}
	}
	for _, c := range []struct {
		name string
		year int
		want string
	}{
		{"资本性支出(基本建设)", 2026, "309"},
		{"对企业补助（基本建设）", 2019, "311"},
		{"债务利息及费用支出", 2022, "307"},
		{"其他支出", 2024, "399"},
		{"基本建设支出", 2024, ""}, // the 2017 class's name: no class of the reformed set
		{"资本性支出（基本建设）", 2017, ""},
		{"办公设备购置", 2026, ""},
	} {
		if got := econClassCode(c.name, c.year); got != c.want {
			t.Errorf("econClassCode(%s, %d) = %q, want %q", c.name, c.year, got, c.want)
		}
	}
}
