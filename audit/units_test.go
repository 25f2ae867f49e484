package audit

import (
	"strings"
	"testing"
)

func TestUnitMagnitude(t *testing.T) {
	const jz = "../samples/jinzhong-safety-2023.txt"
	cases := []struct {
		name    string
		replace []string
		want    string // the figure reported, "" for none
	}{
		// “2023 年度一般公共预算当年拨款595.20万元，比上年减少273.66万元”: the tables print 595.20
		{"as printed", nil, ""},
		// the same line with the 元 figure under 万元
		{"元 written as 万元", []string{"当年拨款595.20万元，比上年减少273.66", "当年拨款5952000万元，比上年减少273.66"}, "正文“5952000万元”是表中 595.20 万元的一万倍"},
		// the same line with 万元 written as 元
		{"万元 written as 元", []string{"当年拨款595.20万元，比上年减少273.66", "当年拨款595.20元，比上年减少273.66"}, "正文“595.20元”与表中 595.20 万元数字相同"},
	}
	for _, c := range cases {
		doc := parseText(t, jz, c.replace...)
		got := only(Check(doc), "unit-magnitude")
		switch {
		case c.want == "" && len(got) != 0:
			t.Errorf("%s: %+v", c.name, got)
		case c.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0].Message, c.want) || got[0].Severity != Warn):
			t.Errorf("%s: %+v, want %q", c.name, got, c.want)
		}
	}
}

func TestPercentFormat(t *testing.T) {
	cases := []struct {
		name, text string
		format     string // the percent-format finding's figures, "" for none
		change     string // the narrative-change finding's printed figure, "" for none
	}{
		// jinzhong-2023:351
		{"plain", "2023 年度一般公共预算当年拨款595.20万元，比上年减少273.66万元，下降31.5%。", "", ""},
		// js-procuratorate-2019: 1311.6 / 3666 = 35.777…%, printed truncated
		{"space before %", "2．检察（款）一般行政管理事务(项)支出 2354.4万元，与上年相比减少1311.6 万元，减少35.77 %。", "“35.77 %”（百分号前有空格）", ""},
		// the same with one digit changed: still read, and found wrong
		{"space before %, figure changed", "2．检察（款）一般行政管理事务(项)支出 2354.4万元，与上年相比减少1311.6 万元，减少35.97 %。", "“35.97 %”（百分号前有空格）", "35.97%"},
		// sd-yantai-transport-2026: 56.91 / 268.09 = 21.23%
		{"full-width ％", "2026年通过一般公共预算财政拨款安排的“三公”经费预算共211.18万元，比上年减少56.91万元，下降21.23％。", "“21.23％”（全角百分号）", ""},
		// the same in full-width digits, one changed
		{"full-width digits", "2026年通过一般公共预算财政拨款安排的“三公”经费预算共211.18万元，比上年减少56.91万元，下降２１．３３％。", "“２１．３３％”（全角百分号、全角数字）", "21.33%"},
		// bj-beijing-govservice-2026: a performance table left in the text
		{"indicator table", "产出指标 质量指标 经费支出合规性 定性 100 %", "", ""},
	}
	for _, c := range cases {
		fs := Check(narrative(c.text))
		pf := only(fs, "percent-format")
		switch {
		case c.format == "" && len(pf) != 0:
			t.Errorf("%s: %+v", c.name, pf)
		case c.format != "" && (len(pf) != 1 || !strings.Contains(pf[0].Message, c.format) || pf[0].Severity != Info):
			t.Errorf("%s: %+v, want %q", c.name, pf, c.format)
		}
		nc := only(fs, "narrative-change")
		switch {
		case c.change == "" && len(nc) != 0:
			t.Errorf("%s: %+v", c.name, nc)
		case c.change != "" && (len(nc) != 1 || nc[0].Actual != c.change):
			t.Errorf("%s: narrative-change %+v, want actual %s", c.name, nc, c.change)
		}
	}
}
