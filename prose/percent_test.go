package prose

import (
	"strings"
	"testing"
)

func TestOddPercents(t *testing.T) {
	cases := []struct {
		from, line string
		want       []string // printed|why
	}{
		{"jinzhong-2023:351", "2023 年度一般公共预算当年拨款595.20万元，比上年减少273.66万元，下降31.5%。", nil},
		{"js-procuratorate-2019", "与上年相比减少1311.6 万元，减少35.77 %。", []string{"35.77 %|百分号前有空格"}},
		{"sd-yantai-transport-2026", "比上年减少56.91万元，下降21.23％。", []string{"21.23％|全角百分号"}},
		{"full-width digits", "下降２１．２３％", []string{"２１．２３％|全角百分号、全角数字"}},
		{"a sign apart from its figure", "增长 - 3.5%", []string{"- 3.5%|符号与数字之间有空格"}},
		// cn-central-petition-2024-final: a table's blank cells (-- 0.0% --)
		{"dash placeholders", "0.00 0.00 0.00 -- 0.0% --资金预期目标", nil},
		// bj-beijing-govservice-2026: an indicator table left in the text
		{"indicator target", "项目完成及时率 ≥ 100 %", nil},
		{"indicator table", "产出指标 质量指标 经费支出合规性 定性 100 %", nil},
		// js-suzhou-planning-2026: justified text spread apart by pdftotext
		{"spread line", "苏 州 市 自 然 资 源 和 规 划 局 增 长 5 %", nil},
	}
	for _, c := range cases {
		var got []string
		for _, o := range OddPercents(c.line) {
			if c.line[o.Start:o.End] != o.Printed {
				t.Errorf("%s: offsets %d-%d do not hold %q", c.from, o.Start, o.End, o.Printed)
			}
			got = append(got, o.Printed+"|"+o.Why)
		}
		if strings.Join(got, ";") != strings.Join(c.want, ";") {
			t.Errorf("%s: %q, want %q", c.from, got, c.want)
		}
	}
}

func TestYuanAmounts(t *testing.T) {
	cases := []struct {
		from, text string
		want       []string // printed=value
	}{
		{"jinzhong-2023:351", "当年拨款595.20万元，比上年减少273.66万元", nil},
		{"a 元 figure", "当年拨款595.20元，比上年减少273.66万元", []string{"595.20=595.2"}},
		{"thousands", "资产总额1,234,567.89元", []string{"1,234,567.89=1234567.89"}},
		{"a rate", "人均补助1200元/人，每月300元每人", nil},
		{"亿元 and 万元 passed", "1.2亿元，35万元", nil},
	}
	for _, c := range cases {
		var got []string
		for _, m := range YuanAmounts(c.text) {
			if m.Unit != Yuan {
				t.Errorf("%s: unit %v", c.from, m.Unit)
			}
			got = append(got, m.Printed+"="+m.Value.String())
		}
		if strings.Join(got, ";") != strings.Join(c.want, ";") {
			t.Errorf("%s: %q, want %q", c.from, got, c.want)
		}
	}
}

func TestGivesReason(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"主要原因是人员经费有所增加", true},             // js-suzhou-audit-2026
		{"较2025年度预算减少0.5万元，根据要求压减经费", true}, // cangzhou-2026
		{"此项级科目为今年新增科目", true},              // js-partycommitteeoffice-2018
		{"退休人员退休费由省社保机构统一发放，单位支出减少", false}, // js-cppcc-2018: no word that says so
		{"其中：因公出国（境）费0.00万元与上年预算数相同", false},
	}
	for _, c := range cases {
		if got := GivesReason(c.text); got != c.want {
			t.Errorf("%q: %v", c.text, got)
		}
	}
}
