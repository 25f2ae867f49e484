package audit

import (
	"testing"

	"yusuan/model"
)

func TestSplitNarrative(t *testing.T) {
	// pdftotext wraps a paragraph mid-figure and puts a page number between
	// two halves; a short heading stands alone.
	d := &model.Document{Sections: []*model.Section{{Heading: "一、收支预算总体情况说明", Line: 100, Text: "（一）收入预算\n" +
		"江苏省高级人民法院 2019 年度收入、支出预算总计 37188.34\n" +
		"万元，与上年相比收、支预算总计各增加 4016.19 万元，增长\n" +
		"\n                3\n\f" +
		"12.11%。主要原因是人员经费增加。"}}}
	ss := splitNarrative(d)
	if len(ss) != 1 {
		t.Fatalf("want 1 sentence with figures, got %d: %+v", len(ss), ss)
	}
	s := ss[0]
	if s.line != 102 {
		t.Errorf("line %d, want 102 (the line the sentence starts on)", s.line)
	}
	if len(s.mentions) != 3 || s.mentions[0].printed != "37188.34" || s.mentions[1].change != 1 || s.mentions[2].printed != "12.11" || s.mentions[2].change != 1 {
		t.Fatalf("mentions: %+v", s.mentions)
	}
	none(t, Check(d), "narrative-change")
}

func TestGluedPageNumber(t *testing.T) {
	// a page number the parser glued to a percentage: 317.31% for 17.31%
	fs := only(Check(narrative("江苏省委办公厅2018年度收入、支出预算总计24458.43万元，与上年相比收、支预算总计各增加3608.98万元，增长317.31%。")), "narrative-change")
	if len(fs) != 1 || fs[0].Severity != Info || fs[0].Expected != "17.31%" {
		t.Fatalf("%+v", fs)
	}
}

func TestMentions(t *testing.T) {
	cases := []struct {
		text   string
		label  string
		change int
		share  bool
		value  string
	}{
		{"基本支出40.5万元", "基本支出", 0, false, "40.5"},
		{"比上年减少273.66万元", "比上年减少", -1, false, "273.66"},
		{"日常公用经费减少支出0.34万元", "日常公用经费减少支出", -1, false, "0.34"},
		{"，占 6.80%", "占", 0, true, "6.80"},
		{"，下降31.50%", "下降", -1, false, "31.50"},
		{"统一压减10%", "统一压减", 0, false, "10"}, // a rate applied, not a change stated
		{"因公出国（境）费0.00万元", "因公出国（境）费", 0, false, "0.00"},
		{"资产总额1.2亿元", "资产总额", 0, false, "1.2"},
		{"支出 1,274.42 万元", "支出", 0, false, "1,274.42"},
	}
	if ms := findMentions("资产总额1.2亿元"); len(ms) != 1 || ms[0].value.String() != "12000" {
		t.Errorf("亿元 is ten thousand 万元: %+v", ms)
	}
	for _, c := range cases {
		ms := findMentions(normalise(c.text))
		if len(ms) != 1 {
			t.Errorf("%s: %d mentions", c.text, len(ms))
			continue
		}
		m := ms[0]
		if m.label != c.label || m.change != c.change || m.share != c.share || m.printed != c.value {
			t.Errorf("%s: got label=%q change=%d share=%v printed=%s", c.text, m.label, m.change, m.share, m.printed)
		}
	}
}
