package prose

import (
	"strings"
	"testing"
)

// Sentences from samples/ (Jinzhong 2023, Cangzhou 2026) and the Jiangsu
// corpus, and the figures an auditor reads in them.
func TestMentions(t *testing.T) {
	type want struct {
		unit    Unit
		printed string
		value   string // in 万元 for amounts
		label   string
		change  int
		share   bool
	}
	cases := []struct {
		from, text string
		want       []want
	}{
		{"jinzhong-2023:351", "2023 年度一般公共预算当年拨款595.20万元，比上年减少273.66万元，下降31.5%", []want{
			{Amount, "595.20", "595.2", "2023年度一般公共预算当年拨款", 0, false},
			{Amount, "273.66", "273.66", "比上年减少", -1, false},
			{Percent, "31.5", "31.5", "下降", -1, false},
		}},
		{"jinzhong-2023:340", "2023年度支出预算595.2万元，其中：基本支出40.5万元，占6.80%；项目支出554.7万元，占93.20%", []want{
			{Amount, "595.2", "595.2", "2023年度支出预算", 0, false},
			{Amount, "40.5", "40.5", "基本支出", 0, false},
			{Percent, "6.80", "6.8", "占", 0, true},
			{Amount, "554.7", "554.7", "项目支出", 0, false},
			{Percent, "93.20", "93.2", "占", 0, true},
		}},
		{"cangzhou-2026:1565", "其中：基本支出增加152.53万元，主要为人员经费增加支出152.87万元，日常公用经费减少支出0.34万元；项目支出减少1520万元", []want{
			{Amount, "152.53", "152.53", "基本支出增加", +1, false},
			{Amount, "152.87", "152.87", "主要为人员经费增加支出", +1, false},
			{Amount, "0.34", "0.34", "日常公用经费减少支出", -1, false},
			{Amount, "1520", "1520", "项目支出减少", -1, false},
		}},
		{"cangzhou-2026:1569", "其中因公出国（境）0.00万元；公务用车购置及运维费0.00万元", []want{
			{Amount, "0.00", "0", "其中因公出国（境）", 0, false},
			{Amount, "0.00", "0", "公务用车购置及运维费", 0, false},
		}},
		// pdftotext puts spaces around figures; a rate applied is not a change stated
		{"js-highcourt-2019:691", "项目支出预算数为 10208.94 万元。与上年相比减少 1134.33 万元，减少 10%", []want{
			{Amount, "10208.94", "10208.94", "项目支出预算数为", 0, false},
			{Amount, "1134.33", "1134.33", "与上年相比减少", -1, false},
			{Percent, "10", "10", "减少", -1, false},
		}},
		{"js-highcourt-2019:693", "运转类项目预算较上年压减 10%", []want{
			{Percent, "10", "10", "运转类项目预算较上年压减", 0, false},
		}},
		{"js-highcourt-2019", "江苏省高级人民法院共有机关事业单位 3 个", []want{
			{Count, "3", "3", "江苏省高级人民法院共有机关事业单位", 0, false},
		}},
		{"亿元 is ten thousand 万元", "资产总额1.2亿元", []want{
			{Amount, "1.2", "12000", "资产总额", 0, false},
		}},
		{"thousands separators", "支出 1,274.42 万元", []want{
			{Amount, "1,274.42", "1274.42", "支出", 0, false},
		}},
		// more general than the two readers were: a space before %, ％, full-width digits
		{"space before %", "，减少35.77 %", []want{{Percent, "35.77", "35.77", "减少", -1, false}}},
		{"full-width ％ and digits", Narrow("，下降３５．７７％"), []want{{Percent, "35.77", "35.77", "下降", -1, false}}},
		// a change of rate is stated by the verb alone; after more words it is a rate applied
		{"a percentage after more words", "比上年减少35.77%", []want{{Percent, "35.77", "35.77", "比上年减少", 0, false}}},
		{"节约 is a decrease", "节约经费2.5万元", []want{{Amount, "2.5", "2.5", "节约经费", -1, false}}},
		{"inside a longer token", "版本2019.12.5万元", nil},
	}
	for _, c := range cases {
		got := Mentions(c.text)
		if len(got) != len(c.want) {
			t.Errorf("%s: %d mentions, want %d: %+v", c.from, len(got), len(c.want), got)
			continue
		}
		for i, w := range c.want {
			g := got[i]
			if g.Unit != w.unit || g.Printed != w.printed || g.Value.String() != w.value || g.Label != w.label || g.Change != w.change || g.Share != w.share {
				t.Errorf("%s #%d: got %v %q=%s label %q change %d share %v, want %+v", c.from, i, g.Unit, g.Printed, g.Value, g.Label, g.Change, g.Share, w)
			}
			if !strings.HasPrefix(c.text[g.Start:g.End], g.Printed) || c.text[g.LabelAt:g.Start] == "" && g.Label != "" {
				t.Errorf("%s #%d: offsets %d..%d (label at %d) do not frame %q", c.from, i, g.Start, g.End, g.LabelAt, g.Printed)
			}
		}
	}
}

func TestDirection(t *testing.T) {
	for _, c := range []struct {
		word string
		dir  int
	}{
		{"增加", 1}, {"增长", 1}, {"上升", 1}, {"提高", 1}, {"增幅", 1},
		{"减少", -1}, {"下降", -1}, {"降低", -1}, {"压减", -1}, {"缩减", -1}, {"节约", -1}, {"减", -1}, {"降幅", -1},
		{"持平", 0}, {"", 0}, {"占", 0},
	} {
		if got := Direction(c.word); got != c.dir {
			t.Errorf("Direction(%q) = %d, want %d", c.word, got, c.dir)
		}
	}
}

func TestLabelBefore(t *testing.T) {
	s := "其中：因公出国（境）费0.00万元"
	if got := LabelBefore(s, 0, strings.Index(s, "0.00")); got != "因公出国（境）费" {
		t.Errorf("a bracket inside a name is kept: %q", got)
	}
	s = "单位预留机动经费（含其他）5011.4万元"
	if got := LabelBefore(s, 0, strings.Index(s, "5011")); got != "单位预留机动经费（含其他）" {
		t.Errorf("%q", got)
	}
}
