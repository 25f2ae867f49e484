package prose

import (
	"os"
	"strings"
	"testing"

	"yusuan/samples"
)

func TestIsPageNumber(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"                            17", true}, // js-highcourt-2019, between two halves of a sentence
		{"— 10 —", true},
		{"- 3 -", true},
		{"－１２－", true},
		{"\f   5", true},
		{"2019", false}, // a year on its own line is text
		{"1 2", false},
		{"", false},
		{"—", false},
		{"17 万元", false},
		{"                           第10页，共45页", true}, // sn-xian-worksafety-2019: the footer in words
		{"第 9 页，共 45 页", true},
		{"第3页", true},
		{"第3页共5页", true},
		{"第二部分", false},
		{"第3页的表", false},
	}
	for _, c := range cases {
		if got := IsPageNumber(c.line); got != c.want {
			t.Errorf("IsPageNumber(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestNarrowAndSqueeze(t *testing.T) {
	cases := []struct{ in, narrow, squeeze string }{
		{"２６１８．３９万元，下降３１．５０％", "2618.39万元，下降31.50%", "2618.39万元，下降31.50%"},
		{"因公出国(境)费 0.00 万元", "因公出国(境)费 0.00 万元", "因公出国（境）费0.00万元"},
		{"增长＋5%，减少－3", "增长+5%，减少-3", "增长+5%，减少-3"},
		// js-highcourt-2019: a statement wrapped over a page break
		{"一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19\n\n                            17\n万元，增长 12.11%。",
			"一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19\n\n                            17\n万元，增长 12.11%。",
			"一般公共预算收入预算37188.34万元，与上年相比增加4016.19万元，增长12.11%。"},
		{"比上年减少\n— 10 —\n273.66万元", "比上年减少\n— 10 —\n273.66万元", "比上年减少273.66万元"},
	}
	for _, c := range cases {
		if got := Narrow(c.in); got != c.narrow {
			t.Errorf("Narrow(%q) = %q, want %q", c.in, got, c.narrow)
		}
		if got := Squeeze(c.in); got != c.squeeze {
			t.Errorf("Squeeze(%q) = %q, want %q", c.in, got, c.squeeze)
		}
	}
}

// The narrative of the Jiangsu high court's 2019 budget as pdftotext lays
// it out: paragraphs wrapped mid-figure, a page number between two halves.
func TestParagraphsCorpus(t *testing.T) {
	b, err := os.ReadFile("../../shared/corpus/jiangsu/js-highcourt-2019.layout.txt")
	if os.IsNotExist(err) {
		t.Skip("../shared/corpus is absent")
	}
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	if len(lines) < 704 {
		t.Fatalf("%d lines: the corpus file changed", len(lines))
	}
	text := strings.Join(lines[656:704], "\n") // 一、收支预算总体情况说明 … 三、支出预算情况说明
	paras := Paragraphs(text)
	cases := []struct {
		sentence string
		line     int // index in text of the line it starts on
	}{
		{"江苏省高级人民法院 2019 年度收入、支出预算总计 37188.34万元，与上年相比收、支预算总计各增加 4016.19 万元，增长 12.11%", 4},
		{"一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19万元，增长 12.11%", 9},
		{"项目支出预算数为 10208.94 万元", 30},
		{"与上年相比减少 1134.33 万元，减少 10%", 30},
		{"与上年相比增加1753.34 万元，增长 53.82%，主要原因为单位预留机动安排其他工资福利支出的增加", 33},
	}
	for _, c := range cases {
		found := false
		for _, p := range paras {
			for _, sp := range Sentences(p.Text) {
				if sp.Text == c.sentence {
					found = true
					if got := p.LineAt(sp.At); got != c.line {
						t.Errorf("%q starts on line %d, want %d", c.sentence, got, c.line)
					}
				}
			}
		}
		if !found {
			t.Errorf("no sentence %q", c.sentence)
		}
	}
	for _, p := range paras {
		if strings.Contains(p.Text, "17万元") || strings.Contains(p.Text, "18") && strings.HasSuffix(p.Text, "18") {
			t.Errorf("a page number was read as text: %q", p.Text)
		}
	}
}

// The Jinzhong sample prints each paragraph on one line.
func TestParagraphsSample(t *testing.T) {
	found := false
	for _, p := range Paragraphs(string(samples.Jinzhong)) {
		found = found || p.Text == "2023 年度一般公共预算当年拨款595.20万元，比上年减少273.66万元，下降31.5%。"
	}
	if !found {
		t.Error("the statement of line 351 is not a paragraph of its own")
	}
	ss := Sentences("收入总计595.20万元。主要原因是一、物联网消防远程监控系统建设项目2022年底已完工！二、安全生产专项经费比上年减少90万元")
	if len(ss) != 3 || ss[2].Text != "二、安全生产专项经费比上年减少90万元" || ss[1].At != len("收入总计595.20万元。") {
		t.Errorf("Sentences: %+v", ss)
	}
}
