package tui

import (
	"strings"
	"testing"

	"yusuan/compare"
	"yusuan/model"
)

func TestStatedReason(t *testing.T) {
	// From js-highcourt-2017: wrapped lines, （类） in the names.
	doc := &model.Document{Sections: []*model.Section{{Heading: "二、收支预算情况", Text: `  1．公共安全（类）支出 23513.11 万元，主要用于人员支出、
日常公用支出。与上年相比增加 410.44 万元，增长 1.78%。主要原
因是增加项目经费中江苏法院云平台租赁费的支出。
  2．社会保障和就业（类）支出 2347.13 万元，主要用于离退休
人员的经费支出。
  3．住房保障（类）支出 2989.14 万元。与上年相比增加 1051.89 万
元，增长 54.3%。主要原因是调整了住房补贴标准。`}}}
	text := narrativeText(doc)
	for _, c := range []struct{ name, want string }{
		{"公共安全支出", "主要原因是增加项目经费中江苏法院云平台租赁费的支出。"},
		{"社会保障和就业支出", ""}, // no reason of its own: not the next line's
		{"住房保障支出", "主要原因是调整了住房补贴标准。"},
		{"教育支出", ""},
		{"支", ""},
	} {
		if got := statedReason(text, c.name); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDiffPaneReason: the pane of a changed line in diff mode shows the
// reason the newer document's narrative gives.
func TestDiffPaneReason(t *testing.T) {
	newer := handDoc()
	newer.Sections = append(newer.Sections, &model.Section{Heading: "三、支出预算", Line: 1700,
		Text: "行政运行 571.97 万元，比上年增加 71.97 万元，主要原因是人员增加。"})
	m := sized(t, New(newer, Options{Diff: compare.Compare(earlierHand(), newer), NoColor: true}), 120, 40)
	press(m, "G", "enter", "enter") // 2240101 行政运行
	s := screen(m)
	if !strings.Contains(s, "说明中的原因") || !strings.Contains(s, "主要原因是人员增加") {
		t.Fatalf("pane lacks the stated reason:\n%s", s)
	}
	press(m, "j") // 2240102: unchanged, no reason block
	if strings.Contains(screen(m), "说明中的原因") {
		t.Fatal("an unchanged line shows a reason")
	}
}
