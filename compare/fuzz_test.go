package compare

import (
	"strings"
	"testing"

	"yusuan/model"
)

// Any narrative text: no panic, and nothing unsafe in what is reported.
func FuzzNarrative(f *testing.F) {
	for _, s := range []string{
		"2026年预算收支安排3218.39万元，较2025年预算减少767.47万元，其中：基本支出增加152.53万元；项目支出减少1520万元。",
		"其中：因公出国（境）费0.00万元与上年预算数相同；",
		"一般公共服务支出（类）政协事务（款）行政运行（项）252.82 万元，与上年相比减少 1,256.90 万元，下降 83.25%。",
		"。比上年减少万元，下降%",
		"比上年增加（减少）0万元，增长（减少）0%。\x1b[31m",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		old, cur := narrativeDocs(text)
		old.Functional = []*model.FuncNode{fn("201", "一般公共服务支出", "1509.72", "1509.72", "0",
			fn("20102", "政协事务", "1509.72", "1509.72", "0", fn("2010201", "行政运行", "1509.72", "1509.72", "0")))}
		cur.Functional = []*model.FuncNode{fn("201", "一般公共服务支出", "252.82", "252.82", "0",
			fn("20102", "政协事务", "252.82", "252.82", "0", fn("2010201", "行政运行", "252.82", "252.82", "0")))}
		for _, c := range Compare(old, cur).Narrative {
			if strings.ContainsAny(c.Statement+c.Subject, "\x1b\x07") {
				t.Errorf("unsafe text in %+v", c)
			}
		}
	})
}
