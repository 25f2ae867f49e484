package compare

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"yusuan/model"
)

func findLine(ls []*Line, code, name string) *Line {
	var found *Line
	walkLines(ls, func(l, _ *Line) {
		if found == nil && l.Code == code && (name == "" || l.Name == name) {
			found = l
		}
	})
	return found
}

func findProject(ps []*ProjectDiff, name string) *ProjectDiff {
	for _, p := range ps {
		if p.Name == name {
			return p
		}
	}
	return nil
}

func TestLines(t *testing.T) {
	d := Compare(oldDoc(), newDoc())
	cases := []struct {
		section, code    string
		status           Status
		oldName          string
		delta, deltaPct  string
		changedBelow     int
		hasOld, hasNew   bool
		wantMatchedBy    string
		wantPersonnelNew string
	}{
		{"functional", "208", Same, "", "0.00", "0.00", 1, true, true, ByCode, ""},
		{"functional", "20805", Renamed, "行政事业单位离退休", "0.00", "0.00", 0, true, true, ByCode, ""},
		{"functional", "2080505", Same, "", "0.00", "0.00", 0, true, true, ByCode, ""},
		{"functional", "224", Changed, "", "-767.47", "-19.50", 5, true, true, ByCode, ""},
		{"functional", "22401", Changed, "", "-767.47", "-19.50", 4, true, true, ByCode, ""},
		{"functional", "2240101", Changed, "", "152.53", "36.37", 0, true, true, ByCode, ""},
		{"functional", "2240106", Changed, "", "-30.00", "-16.67", 0, true, true, ByCode, ""},
		{"functional", "2240108", Added, "", "600.00", "", 0, false, true, "", ""},
		{"functional", "2240104", Removed, "", "-1490.00", "-100.00", 0, true, false, "", ""},
		{"functional", "2240199", Same, "", "0.00", "0.00", 0, true, true, ByCode, ""},
		{"economic", "301", Changed, "", "152.87", "33.19", 1, true, true, ByCode, "613.40"},
		{"economic", "30101", Same, "", "0.00", "0.00", 0, true, true, ByCode, "300.00"},
		{"economic", "30201", Changed, "", "-0.34", "-3.64", 0, true, true, ByCode, "0.00"},
	}
	for _, c := range cases {
		t.Run(c.section+"/"+c.code, func(t *testing.T) {
			tree := d.Functional
			if c.section == "economic" {
				tree = d.Economic
			}
			l := findLine(tree, c.code, "")
			if l == nil {
				t.Fatalf("no line %s", c.code)
			}
			if l.Status != c.status || l.OldName != c.oldName || l.Delta.String() != c.delta || l.DeltaPct != c.deltaPct {
				t.Errorf("got status=%s old_name=%q Δ=%s Δ%%=%q; want %s %q %s %q", l.Status, l.OldName, l.Delta, l.DeltaPct, c.status, c.oldName, c.delta, c.deltaPct)
			}
			if l.ChangedChildren != c.changedBelow {
				t.Errorf("changed below = %d, want %d", l.ChangedChildren, c.changedBelow)
			}
			if (l.Old != nil) != c.hasOld || (l.New != nil) != c.hasNew {
				t.Errorf("old=%v new=%v, want presence %v %v", l.Old, l.New, c.hasOld, c.hasNew)
			}
			if l.MatchedBy != c.wantMatchedBy {
				t.Errorf("matched_by=%q, want %q", l.MatchedBy, c.wantMatchedBy)
			}
			if c.wantPersonnelNew != "" && (l.New.Personnel == nil || l.New.Personnel.String() != c.wantPersonnelNew) {
				t.Errorf("personnel=%v, want %s", l.New.Personnel, c.wantPersonnelNew)
			}
		})
	}
}

// The removed 2240104 stays where it was: after 2240106, before 2240199.
func TestRemovedKeepsItsPlace(t *testing.T) {
	d := Compare(oldDoc(), newDoc())
	sec := findLine(d.Functional, "22401", "")
	var codes []string
	for _, c := range sec.Children {
		codes = append(codes, c.Code)
	}
	if got, want := strings.Join(codes, " "), "2240101 2240106 2240104 2240108 2240199"; got != want {
		t.Errorf("children %s, want %s", got, want)
	}
}

func TestLinesWithoutCodes(t *testing.T) {
	old := &model.Document{Economic: []*model.EconNode{
		en("", "工资福利支出", "100.00", "100.00", "0.00",
			en("", "基本工资", "60.00", "60.00", "0.00"),
			en("", "伙食补助费", "40.00", "40.00", "0.00")),
		en("", "对个人和家庭的补助", "5.00", "5.00", "0.00"),
	}}
	cur := &model.Document{Economic: []*model.EconNode{
		en("301", "工资福利支出", "110.00", "110.00", "0.00",
			en("", "基本 工资", "60.00", "60.00", "0.00"), // wrapped by layout: same name
			en("", "伙食补助", "50.00", "50.00", "0.00")), // similar name
		en("", "资本性支出", "3.00", "0.00", "3.00"),
	}}
	d := Compare(old, cur)
	cases := []struct {
		name      string
		status    Status
		matchedBy string
		delta     string
	}{
		{"工资福利支出", Changed, ByName, "10.00"},
		{"基本 工资", Same, ByName, "0.00"},
		{"伙食补助", Renamed, BySimilarity, "10.00"},
		{"资本性支出", Added, "", "3.00"},
		{"对个人和家庭的补助", Removed, "", "-5.00"},
	}
	for _, c := range cases {
		var l *Line
		walkLines(d.Economic, func(x, _ *Line) {
			if x.Name == c.name {
				l = x
			}
		})
		if l == nil {
			t.Errorf("%s: missing", c.name)
			continue
		}
		if l.Status != c.status || l.MatchedBy != c.matchedBy || l.Delta.String() != c.delta {
			t.Errorf("%s: %s by %q Δ %s; want %s by %q Δ %s", c.name, l.Status, l.MatchedBy, l.Delta, c.status, c.matchedBy, c.delta)
		}
	}
	// The coded line takes the code from the newer year.
	if l := findLine(d.Economic, "301", ""); l == nil || l.Name != "工资福利支出" {
		t.Errorf("301 not matched to the uncoded 工资福利支出: %+v", l)
	}
}

// Two different codes that share a name are two lines, never matched by name.
func TestDifferentCodesSameNameNotMatched(t *testing.T) {
	old := &model.Document{Functional: []*model.FuncNode{fn("2240199", "其他应急管理支出", "10.00", "0.00", "10.00")}}
	cur := &model.Document{Functional: []*model.FuncNode{fn("2249999", "其他应急管理支出", "10.00", "0.00", "10.00")}}
	d := Compare(old, cur)
	if len(d.Functional) != 2 {
		t.Fatalf("got %d lines", len(d.Functional))
	}
	if a, r := findLine(d.Functional, "2249999", ""), findLine(d.Functional, "2240199", ""); a.Status != Added || r.Status != Removed {
		t.Errorf("2249999 %s, 2240199 %s", a.Status, r.Status)
	}
}

func TestProjects(t *testing.T) {
	d := Compare(oldDoc(), newDoc())
	cases := []struct {
		name, oldName string
		status        Status
		matchedBy     string
		delta, pct    string
		planChanged   bool
	}{
		{"安全生产举报奖励", "", Same, ByCode, "0.00", "0.00", false},
		{"安全生产宣传培训", "安全生产宣传教育", Renamed, ByCode, "0.00", "0.00", false},
		{"危险化学品企业安全风险评估专项经费", "", Changed, ByName, "-20.00", "-6.25", false},
		{"应急救援物资储备", "应急救援物资储备项目", Renamed, BySimilarity, "0.00", "0.00", false},
		{"智慧应急平台建设", "", Changed, ByName, "0.00", "0.00", true},
		{"灾害风险普查", "", Removed, "", "-1490.00", "-100.00", false},
	}
	for _, c := range cases {
		p := findProject(d.Projects, c.name)
		if p == nil {
			t.Errorf("%s: missing", c.name)
			continue
		}
		if p.OldName != c.oldName || p.Status != c.status || p.MatchedBy != c.matchedBy || p.Delta.String() != c.delta || p.DeltaPct != c.pct || p.PlanChanged != c.planChanged {
			t.Errorf("%s: old_name=%q %s by %q Δ %s %q plan_changed=%v", c.name, p.OldName, p.Status, p.MatchedBy, p.Delta, p.DeltaPct, p.PlanChanged)
		}
	}
	if len(d.Projects) != 6 {
		t.Errorf("%d projects, want 6", len(d.Projects))
	}

	p := findProject(d.Projects, "安全生产宣传培训")
	want := map[string]IndicatorDiff{
		"培训种类":  {Level1: "产出指标", Level2: "数量指标", Name: "培训种类", Old: "≥4种", New: "≥5种", Status: Changed},
		"安全意识":  {Level1: "效益指标", Level2: "社会效益指标", Name: "安全意识", Old: "提高", New: "提高", Status: Same},
		"企业满意度": {Level1: "满意度指标", Level2: "服务对象满意度指标", Name: "企业满意度", Old: "≥90%", New: "", Status: Removed},
	}
	if len(p.Indicators) != len(want) {
		t.Fatalf("indicators %+v", p.Indicators)
	}
	for _, in := range p.Indicators {
		if in != want[in.Name] {
			t.Errorf("indicator %+v, want %+v", in, want[in.Name])
		}
	}
}

// An added project and a project whose code differs are never paired by name.
func TestProjectAddedAndCodeConflict(t *testing.T) {
	old := &model.Document{Projects: []*model.Project{{Code: "A1", Name: "安全检查", Budget: m("5")}}}
	cur := &model.Document{Projects: []*model.Project{
		{Code: "B2", Name: "安全检查", Budget: m("5")},
		{Name: "新建应急指挥中心", Budget: m("80")},
	}}
	d := Compare(old, cur)
	got := map[string]Status{}
	for _, p := range d.Projects {
		got[p.Code+p.Name] = p.Status
	}
	want := map[string]Status{"B2安全检查": Added, "新建应急指挥中心": Added, "A1安全检查": Removed}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s, want %s (all: %v)", k, got[k], v, got)
		}
	}
	if p := findProject(d.Projects, "新建应急指挥中心"); p.DeltaPct != "" || p.OldBudget != nil || p.Delta.String() != "80.00" {
		t.Errorf("added project: %+v", p)
	}
}

// Similar names need close budgets when the similarity is only moderate.
func TestProjectSimilarityNeedsAmount(t *testing.T) {
	old := []*model.Project{{Name: "消防安全检查专项", Budget: m("100")}}
	for _, c := range []struct {
		budget string
		status Status
	}{{"95", Renamed}, {"300", Added}} {
		cur := []*model.Project{{Name: "消防安全检查工作经费", Budget: m(c.budget)}}
		ps := matchProjects(old, cur)
		if ps[0].Status != c.status {
			t.Errorf("budget %s: %s, want %s (similarity %.2f)", c.budget, ps[0].Status, c.status,
				dice(bigrams("消防安全检查专项"), bigrams("消防安全检查工作经费")))
		}
	}
}

func TestTotalsAndYearWarning(t *testing.T) {
	d := Compare(oldDoc(), newDoc())
	if got := d.Totals.Expenditure; got.Delta.String() != "-767.47" || got.DeltaPct != "-19.25" {
		t.Errorf("expenditure %+v", got)
	}
	if got := d.Totals.Project; got.Delta.String() != "-920.00" || got.DeltaPct != "-26.17" {
		t.Errorf("project %+v", got)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings %v", d.Warnings)
	}
	rev := Compare(newDoc(), oldDoc())
	if len(rev.Warnings) == 0 || !strings.Contains(rev.Warnings[0], "晚于") {
		t.Errorf("no year warning: %v", rev.Warnings)
	}
	// Compared as given: the totals are reversed.
	if rev.Totals.Expenditure.Delta.String() != "767.47" {
		t.Errorf("reversed Δ %s", rev.Totals.Expenditure.Delta)
	}
}

func TestThreePublic(t *testing.T) {
	d := Compare(oldDoc(), newDoc())
	l := findLine(d.ThreePublic, "reception", "")
	if l == nil || l.Status != Changed || l.Delta.String() != "-0.50" || l.DeltaPct != "-25.00" {
		t.Errorf("reception %+v", l)
	}
	if l := findLine(d.ThreePublic, "abroad", ""); l.Status != Same {
		t.Errorf("abroad %+v", l)
	}
	if Compare(&model.Document{}, &model.Document{}).ThreePublic != nil {
		t.Error("three_public without tables")
	}
}

func TestPercentRounding(t *testing.T) {
	cases := []struct{ old, new, pct string }{
		{"3", "4", "33.33"},
		{"3", "5", "66.67"},
		{"8", "9.0004", "12.51"},  // 12.505 → half-up
		{"8", "6.9996", "-12.51"}, // −12.505 → half away from zero
		{"200", "200.0099", "0.00"},
		{"0", "10", ""},
		{"10", "0", "-100.00"},
	}
	for _, c := range cases {
		d, p := diffPct(m(c.old), m(c.new))
		if p != c.pct {
			t.Errorf("%s→%s: %q (Δ %s), want %q", c.old, c.new, p, d, c.pct)
		}
	}
}

// Every Δ is exact: amounts converted from 元 keep their four places.
func TestExactDelta(t *testing.T) {
	old := &model.Document{Functional: []*model.FuncNode{fn("2240106", "安全监管", "287.8025", "0", "287.8025")}}
	cur := &model.Document{Functional: []*model.FuncNode{fn("2240106", "安全监管", "287.80", "0", "287.80")}}
	l := Compare(old, cur).Functional[0]
	if l.Status != Changed || l.Delta.String() != "-0.0025" || l.DeltaPct != "0.00" {
		t.Errorf("%s Δ %s %s", l.Status, l.Delta, l.DeltaPct)
	}
}

// A headline figure one document does not print is absent on its side: null
// in JSON with no delta, — in the text, no change of 0.00 to something.
func TestTotalAbsentOnOneSide(t *testing.T) {
	old, cur := oldDoc(), newDoc()
	old.Totals.Absent.Basic = true
	d := Compare(old, cur)
	if d.Totals.Basic.Old != nil || d.Totals.Basic.New == nil || !d.Totals.Basic.Delta.IsZero() || d.Totals.Basic.DeltaPct != "" {
		t.Fatalf("basic = %+v, want old absent and no delta", d.Totals.Basic)
	}
	if d.Totals.Project.Old == nil || d.Totals.Project.Delta.IsZero() {
		t.Errorf("project = %+v, want both sides and a delta", d.Totals.Project)
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, d); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Totals struct {
			Basic map[string]any `json:"basic"`
		} `json:"totals"`
	}
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if b := got.Totals.Basic; b["old"] != nil || b["delta"] != nil || b["new"] == nil {
		t.Errorf("JSON basic = %v, want old and delta null", b)
	}
	var txt bytes.Buffer
	if err := WriteText(&txt, d); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(txt.String(), "\n") {
		if strings.Contains(l, "基本支出") && strings.Count(l, "—") < 3 {
			t.Errorf("text line %q, want — for the absent side, the change and its percentage", l)
		}
	}
}
