package tui

import (
	"strings"

	"yusuan/model"
)

// The narrative of a budget explains the larger changes against last year
// line by line: "1．公共安全（类）支出 23513.11 万元，主要用于…。与上年相比
// 增加 410.44 万元，增长 1.78%。主要原因是增加…。" In diff mode the pane
// shows that stated reason beside the figures, so the auditor reads the
// change and its explanation together.

// reasonSpan is how many sentences after the line's name its reason may be.
const reasonSpan = 3

// narrativeText is the newer document's narrative as one string: lines
// joined (pdftotext wraps sentences), the level marks of line names dropped
// (公共安全（类）支出 → 公共安全支出).
func narrativeText(doc *model.Document) string {
	var b strings.Builder
	for _, s := range doc.Sections {
		b.WriteString(model.CleanText(s.Heading))
		b.WriteString("。")
		for _, l := range strings.Split(model.CleanText(s.Text), "\n") {
			b.WriteString(strings.TrimSpace(l))
		}
		b.WriteString("。")
	}
	return strings.NewReplacer("（类）", "", "（款）", "", "（项）", "", "(类)", "", "(款)", "", "(项)", "").Replace(b.String())
}

// statedReason is the sentence giving the reason for name's change (主要原因
// 是…, 原因是…), from the first place the narrative names the line and says
// 上年 with a reason within reasonSpan sentences; "" when it gives none.
func statedReason(text, name string) string {
	if len([]rune(name)) < 2 {
		return ""
	}
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return ""
		}
		at := from + i + len(name)
		sentences := strings.SplitN(text[at:], "。", reasonSpan+1)
		for k, s := range sentences[:min(len(sentences), reasonSpan)] {
			if k > 0 && strings.Contains(s, name) {
				break // another mention: its reason is its own
			}
			j := strings.Index(s, "原因")
			if j < 0 || k == 0 && !strings.Contains(s[:j], "上年") {
				continue
			}
			if strings.HasSuffix(s[:j], "主要") {
				j -= len("主要")
			}
			return strings.TrimSpace(s[j:]) + "。" // from the reason on
		}
		from = at
	}
}

// reasonCache holds the narrative, joined once, and each row's reason once
// found; the pane is copied for drawing, so it holds a pointer to it.
type reasonCache struct {
	text   string
	byNode map[*node]string
}

// reasonLines is the pane's block for a changed line: the stated reason, if
// the narrative gives one.
func (p *pane) reasonLines(n *node, w int) []string {
	if n.diff == nil || !isChange(n) {
		return nil
	}
	rc := p.reasons
	if rc.byNode == nil {
		rc.byNode = map[*node]string{}
		rc.text = narrativeText(p.doc)
	}
	r, ok := rc.byNode[n]
	if !ok {
		r = statedReason(rc.text, n.name)
		rc.byNode[n] = r
	}
	if r == "" {
		return nil
	}
	out := append(p.gap(), p.c.st.paneTitle.Render(p.c.tx.StatedReason))
	return append(out, wrapSafe(r, w)...)
}
