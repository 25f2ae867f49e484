package compare

import (
	"strings"
	"testing"

	"yusuan/model"
)

// narrativeDocs returns a 2022 and a 2023 document with the given 2023 text;
// the figures are those of the 晋中 sample (2023: 595.20) and a 2022 that
// makes its statements true (868.86), plus “三公”. A text about a 项 gets
// functional trees (without, the totals are not held against them).
func narrativeDocs(text string) (*model.Document, *model.Document) {
	old := &model.Document{Year: 2022,
		Totals:      model.Totals{Income: m("868.86"), Expenditure: m("868.86"), Basic: m("120.00"), Project: m("748.86")},
		ThreePublic: &model.ThreePublic{Total: m("7.40"), Subtotal: m("7.40"), VehicleOperation: m("7.10"), Reception: m("0.30"), Meeting: m("228.00"), Training: m("1701.25")},
	}
	cur := &model.Document{Year: 2023,
		Totals:      model.Totals{Income: m("595.20"), Expenditure: m("595.20"), Basic: m("130.00"), Project: m("465.20")},
		ThreePublic: &model.ThreePublic{Total: m("7.10"), Subtotal: m("7.10"), VehicleOperation: m("7.10"), Reception: m("0.00"), Meeting: m("271.26"), Training: m("1666.25")},
		Sections:    []*model.Section{{Heading: "说明", Line: 330, Text: text}},
	}
	if strings.Contains(text, "（项）") {
		old.Functional = []*model.FuncNode{fn("201", "一般公共服务支出", "1509.72", "1509.72", "0",
			fn("20102", "政协事务", "1509.72", "1509.72", "0",
				fn("2010201", "行政运行", "1509.72", "1509.72", "0")))}
		cur.Functional = []*model.FuncNode{fn("201", "一般公共服务支出", "252.82", "252.82", "0",
			fn("20102", "政协事务", "252.82", "252.82", "0",
				fn("2010201", "行政运行", "252.82", "252.82", "0")))}
	}
	return old, cur
}

func TestNarrative(t *testing.T) {
	cases := []struct {
		name, text string
		subject    string // "" when no claim may be made
		ok         bool
		computed   string // part of Computed
	}{
		{"income with 其中, true", "2023年度预算收入总计595.20万元，其中：本年收入595.20万元，上年结转0.00万元，比上年减少273.66万元，下降31.50%，主要原因是项目完工。",
			"收入总计", true, "下降31.50%"},
		{"expenditure, wrong amount", "本年单位预算支出总计595.20万元，其中：本年预算安排595.20万元，比上年减少237.66万元，下降31.50%。",
			"支出总计", false, "减少273.66万元"},
		{"wrong percentage", "2023年度预算收入总计595.20万元，比上年减少273.66万元，下降30.50%。", "收入总计", false, "下降31.50%"},
		{"percentage at the stated precision", "2023年度预算收入总计595.20万元，比上年减少273.66万元，下降31.5%。", "收入总计", true, "下降31.5%"},
		{"wrapped by layout", "预算收入总计 595.20\n万元，比上年减\n少 273.66 万元。", "收入总计", true, ""},
		{"three public, explicit year", "2023年财政拨款安排的“三公”经费预算7.10万元比2022年同口径减少 0.30万元，主要原因是减少公务接待费。",
			"“三公”经费小计", true, "7.40→7.10"},
		{"another year is not checked", "“三公”经费预算7.10万元比2021年同口径减少 0.30万元。", "", false, ""},
		{"part of 其中, equal", "其中：公务用车运行维护费7.10万元与上年预算数相同；", "公务用车运行维护费", true, "持平"},
		{"reception 与上年相比预算数减少", "公务接待费0.00万元与上年相比预算数减少0.30万元；", "公务接待费", true, "0.30→0.00"},
		{"meeting, Jiangsu wording", "江苏省高级人民法院 2018 年度一般公共预算拨款安排的会议\n费预算支出 271.26 万元，比上年预算增加 43.26 万元，主要原因是标准提高。",
			"会议费", true, "增加43.26万元"},
		{"training, false claim", "培训费预算支出 1666.25 万元，比上年预算减少 45 万元，主要原因是压减。", "培训费", false, "减少35.00万元"},
		{"stated figure of another basis is not checked", "培训费预算支出 999 万元，比上年预算减少 35 万元。", "", false, ""},
		{"unsupported subject", "2023 年度一般公共预算当年拨款595.20万元，比上年减少273.66万元，下降31.5%。", "", false, ""},
		{"functional item by its chain of names", "一般公共服务支出（类）政协事务（款）行政运行（项）252.82 万元，与上年相比减少 1,256.90 万元，下降 83.25%。",
			"2010201 行政运行", true, "下降83.25%"},
		{"both sides", "收入预算总计595.20万元，支出预算总计595.20万元，与上年相比收、支预算总计各减少 273.66 万元，下降 31.50%。", "支出总计", true, ""},
		{"同比", "2023年度预算收入总计595.20万元，同比减少273.66万元，下降31.50%。", "收入总计", true, "下降31.50%"},
		{"去年", "2023年度预算收入总计595.20万元，较去年减少273.66万元。", "收入总计", true, ""},
		{"previous sentence states the figure", "“三公”经费预算7.10万元，其中公务接待费0万元。较上年减少0.30万元。", "“三公”经费小计", true, "7.40→7.10"},
		{"previous sentence only explains", "主要用于检察教育培训费等项目支出。与上年相比增加134.37万元，增长0.82%。", "", false, ""},
		{"a part of 其中 after a comma", "2.公务用车购置及运行维护费预算支出7.10万元，其中：（1）公务用车购置费0万元，与上年数一致。", "公务用车购置费", true, "0.00→0.00"},
		{"page footer inside", "预算收入总计595.20万元，比上年\n\n                — 10 —\n减少273.66万元。", "收入总计", true, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			old, cur := narrativeDocs(c.text)
			d := Compare(old, cur)
			if c.subject == "" {
				if len(d.Narrative) != 0 {
					t.Fatalf("claims made: %+v", d.Narrative)
				}
				return
			}
			if len(d.Narrative) != 1 {
				t.Fatalf("%d claims: %+v", len(d.Narrative), d.Narrative)
			}
			cl := d.Narrative[0]
			if cl.Subject != c.subject || cl.OK != c.ok || !strings.Contains(cl.Computed, c.computed) || cl.Line != 330 {
				t.Errorf("got %+v; want subject %s ok=%v computed ∋ %q", cl, c.subject, c.ok, c.computed)
			}
		})
	}
}

// The 沧州 sentence: the total and basic parts agree with 2025, the project
// part (减少1520万元) cannot: 767.47 less overall with 152.53 more basic is
// 920 less project.
func TestNarrativeFollowingParts(t *testing.T) {
	d := Compare(oldDoc(), newDoc())
	got := map[string]bool{}
	for _, c := range d.Narrative {
		got[c.Subject] = c.OK
	}
	want := map[string]bool{"支出总计": true, "基本支出": true, "人员经费": true, "公用经费": true, "项目支出": false, "“三公”经费小计": true}
	if len(got) != len(want) {
		t.Errorf("claims %+v", d.Narrative)
	}
	for k, v := range want {
		if ok, found := got[k]; !found || ok != v {
			t.Errorf("%s: found=%v ok=%v, want ok=%v", k, found, ok, v)
		}
	}
}

func TestNarrativeYearsNotConsecutive(t *testing.T) {
	old, cur := narrativeDocs("2023年度预算收入总计595.20万元，比上年减少273.66万元。")
	old.Year = 2021
	d := Compare(old, cur)
	if len(d.Narrative) != 0 {
		t.Errorf("claims %+v", d.Narrative)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "上一年度") {
		t.Errorf("warnings %v", d.Warnings)
	}
}

// A headline figure the document's own functional table does not confirm is
// not used to call a statement wrong (it may be misread).
func TestNarrativeTotalsMustAgreeWithTables(t *testing.T) {
	for _, c := range []struct {
		oldFunctional string
		claims        int
	}{{"868.86", 1}, {"128.43", 0}} {
		old, cur := narrativeDocs("2023年度预算支出总计595.20万元，比上年减少273.66万元，下降31.50%。")
		old.Functional = []*model.FuncNode{fn("224", "灾害防治及应急管理支出", c.oldFunctional, "0", c.oldFunctional)}
		cur.Functional = []*model.FuncNode{fn("224", "灾害防治及应急管理支出", "595.20", "0", "595.20")}
		old.Totals.Basic, old.Totals.Project = m("0"), m(c.oldFunctional)
		if d := Compare(old, cur); len(d.Narrative) != c.claims || (c.claims == 1 && !d.Narrative[0].OK) {
			t.Errorf("functional %s: claims %+v", c.oldFunctional, d.Narrative)
		}
	}
}

// Percentages cut off instead of rounded (36.58% for 36.5859%) agree; a
// wrong digit (0.06% for 0.598%) does not.
func TestNarrativeTruncatedPercent(t *testing.T) {
	for _, c := range []struct {
		pct string
		ok  bool
	}{{"31.49", true}, {"31.50", true}, {"31.5", true}, {"31.51", false}, {"3.15", false}} {
		cut := c.pct == "31.49"
		old, cur := narrativeDocs("2023年度预算收入总计595.20万元，比上年减少273.66万元，下降" + c.pct + "%。")
		d := Compare(old, cur)
		if len(d.Narrative) != 1 || d.Narrative[0].OK != c.ok || strings.Contains(d.Narrative[0].Computed, "截尾") != cut {
			t.Errorf("%s%%: %+v", c.pct, d.Narrative)
		}
	}
}
