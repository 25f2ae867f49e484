package compare

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"yusuan/model"
	"yusuan/parse"
)

const (
	cangzhou = "../samples/cangzhou-lingang-safety-2026.txt"
	jinzhong = "../samples/jinzhong-safety-2023.txt"
)

func mustParse(t testing.TB, path string) *model.Document {
	t.Helper()
	d, err := parse.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func projectNamed(d *model.Document, name string) *model.Project {
	for _, p := range d.Projects {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// earlierCangzhou is the 2025 edition of the 沧州 sample, made from the
// parsed 2026 one: items and projects added and removed, amounts changed,
// a project renamed under its code, one known only by name, an indicator
// value and a plan changed, and totals that make the narrative's 2025
// figures true except 项目支出减少1520万元 (the sample's own slip: 767.47
// less overall with 152.53 more basic is 920 less project).
func earlierCangzhou(t *testing.T) *model.Document {
	d := mustParse(t, cangzhou)
	d.Source, d.Year = "cangzhou-2025", 2025
	d.Totals = model.Totals{Income: m("3985.86"), Expenditure: m("3985.86"), Basic: m("469.86"), Project: m("3516.00")}

	// The functional table agrees with the 2025 totals: 152.53 less 行政运行
	// (basic), 2240109 absent, 200 more 其他, and 740 in a 2025-only item.
	sec := model.FindFunc(d.Functional, "22401")
	var kept []*model.FuncNode
	for _, c := range sec.Children {
		switch c.Code {
		case "2240109": // 应急管理: new in 2026
			continue
		case "2240101":
			c.Total, c.Basic = c.Total.Sub(m("152.53")), c.Basic.Sub(m("152.53"))
		case "2240199":
			c.Total, c.Project = m("1650.00"), m("1650.00")
		}
		kept = append(kept, c)
	}
	kept = append(kept, fn("2240104", "灾害风险防治", "740.00", "0", "740.00"))
	sec.Children = kept
	resum(d.Functional)
	model.FindFunc(d.Functional, "22102").Name = "住房改革"

	// 人员经费 152.87 lower and 公用经费 0.34 higher in 2025.
	d.Economic[0].Personnel = d.Economic[0].Personnel.Sub(m("152.87"))
	d.Economic[0].Total = d.Economic[0].Total.Sub(m("152.87"))
	for _, n := range d.Economic {
		if n.Public.Sign() > 0 {
			n.Public = n.Public.Add(m("0.34"))
			n.Total = n.Total.Add(m("0.34"))
			break
		}
	}

	var projects []*model.Project
	for _, p := range d.Projects {
		switch p.Name {
		case "应急演练": // new in 2026
			continue
		case "宣传教育培训":
			p.Name = "安全宣传教育"
		case "安全管家":
			p.Budget = m("120.00")
		case "车辆租赁":
			p.Code = ""
		case "法律顾问经费":
			p.Plan = plan("5.00", "10.00", "15.00", "25.00")
		case "安全生产举报奖励":
			in := *p.Indicators[0]
			in.Value = "old-" + in.Value
			p.Indicators = append([]*model.Indicator{&in}, p.Indicators[1:]...)
		}
		projects = append(projects, p)
	}
	d.Projects = append(projects, &model.Project{Name: "安全培训基地建设", Budget: m("500.00")})

	tp := *d.ThreePublic
	tp.Total, tp.Subtotal, tp.Reception = tp.Total.Add(m("0.5")), tp.Subtotal.Add(m("0.5")), tp.Reception.Add(m("0.5"))
	d.ThreePublic = &tp
	d.Sections = nil
	return d
}

func TestSampleEditionCangzhou(t *testing.T) {
	cur := mustParse(t, cangzhou)
	d := Compare(earlierCangzhou(t), cur)
	if len(d.Warnings) != 0 {
		t.Errorf("warnings %v", d.Warnings)
	}
	lines := []struct {
		code      string
		status    Status
		delta     string
		pct       string
		oldName   string
		hasOldNew [2]bool
	}{
		{"2240109", Added, "20.00", "", "", [2]bool{false, true}},
		{"2240104", Removed, "-740.00", "-100.00", "", [2]bool{true, false}},
		{"2240199", Changed, "-200.00", "-12.12", "", [2]bool{true, true}},
		{"22102", Renamed, "0.00", "0.00", "住房改革", [2]bool{true, true}},
		{"2240106", Same, "0.00", "0.00", "", [2]bool{true, true}},
	}
	for _, c := range lines {
		l := findLine(d.Functional, c.code, "")
		if l == nil {
			t.Errorf("%s missing", c.code)
			continue
		}
		if l.Status != c.status || l.Delta.String() != c.delta || l.DeltaPct != c.pct || l.OldName != c.oldName ||
			(l.Old != nil) != c.hasOldNew[0] || (l.New != nil) != c.hasOldNew[1] {
			t.Errorf("%s: %s Δ %s %q old_name %q", c.code, l.Status, l.Delta, l.DeltaPct, l.OldName)
		}
	}
	if l := findLine(d.Functional, "22401", ""); l.ChangedChildren != 4 {
		t.Errorf("22401 changed children %d, want 4", l.ChangedChildren)
	}

	projects := []struct {
		name, oldName string
		status        Status
		by, delta     string
		pct           string
	}{
		{"应急演练", "", Added, "", "20.00", ""},
		{"安全培训基地建设", "", Removed, "", "-500.00", "-100.00"},
		{"宣传教育培训", "安全宣传教育", Renamed, ByCode, "0.00", "0.00"},
		{"安全管家", "", Changed, ByCode, "30.00", "25.00"},
		{"车辆租赁", "", Same, ByName, "0.00", "0.00"},
		{"法律顾问经费", "", Changed, ByCode, "0.00", "0.00"},
		{"安全生产举报奖励", "", Changed, ByCode, "0.00", "0.00"},
		{"办公设备购置", "", Same, ByCode, "0.00", "0.00"},
	}
	for _, c := range projects {
		p := findProject(d.Projects, c.name)
		if p == nil {
			t.Errorf("%s missing", c.name)
			continue
		}
		if p.Status != c.status || p.OldName != c.oldName || p.MatchedBy != c.by || p.Delta.String() != c.delta || p.DeltaPct != c.pct {
			t.Errorf("%s: %s by %q Δ %s %q old_name %q", c.name, p.Status, p.MatchedBy, p.Delta, p.DeltaPct, p.OldName)
		}
	}
	if p := findProject(d.Projects, "法律顾问经费"); !p.PlanChanged {
		t.Error("plan change not reported")
	}
	changed := 0
	for _, in := range findProject(d.Projects, "安全生产举报奖励").Indicators {
		if in.Status == Changed {
			changed++
			if !strings.HasPrefix(in.Old, "old-") || strings.HasPrefix(in.New, "old-") {
				t.Errorf("indicator %+v", in)
			}
		} else if in.Status != Same {
			t.Errorf("indicator %+v", in)
		}
	}
	if changed != 1 {
		t.Errorf("%d indicators changed, want 1", changed)
	}

	claims := map[string]bool{}
	for _, c := range d.Narrative {
		claims[c.Subject] = c.OK
	}
	want := map[string]bool{"支出总计": true, "基本支出": true, "人员经费": true, "公用经费": true, "项目支出": false, "“三公”经费小计": true}
	for k, v := range want {
		if ok, found := claims[k]; !found || ok != v {
			t.Errorf("claim %s: found=%v ok=%v, want ok=%v (all %+v)", k, found, ok, v, d.Narrative)
		}
	}
}

// The 2022 edition of the 晋中 sample: the narrative says 比上年减少273.66万元，
// 下降31.50% for income and expenditure, and 安全生产专项经费比上年减少90万元.
func TestSampleEditionJinzhong(t *testing.T) {
	cur := mustParse(t, jinzhong)
	for _, c := range []struct {
		name     string
		oldTotal string
		wantOK   bool
	}{{"true", "868.86", true}, {"false", "870.00", false}} {
		t.Run(c.name, func(t *testing.T) {
			old := mustParse(t, jinzhong)
			old.Year = 2022
			old.Totals.Income, old.Totals.Expenditure = m(c.oldTotal), m(c.oldTotal)
			projectNamed(old, "安全生产专项经费").Budget = m("490.00")
			// A 2022-only item makes the functional table agree with the total.
			gone := m(c.oldTotal).Sub(cur.Totals.Expenditure)
			top := old.Functional[len(old.Functional)-1]
			top.Children = append(top.Children, &model.FuncNode{Code: top.Code + "98", Name: "已完工项目", Total: gone, Project: gone})
			resum(old.Functional)
			tp := *old.ThreePublic
			tp.Reception, tp.Subtotal, tp.Total = m("0.30"), tp.Subtotal.Add(m("0.30")), tp.Total.Add(m("0.30"))
			old.ThreePublic = &tp
			d := Compare(old, cur)
			got := map[string][]bool{}
			for _, cl := range d.Narrative {
				got[cl.Subject] = append(got[cl.Subject], cl.OK)
			}
			for _, s := range []string{"收入总计", "支出总计"} {
				if len(got[s]) != 1 || got[s][0] != c.wantOK {
					t.Errorf("%s: %v (claims %+v)", s, got[s], d.Narrative)
				}
			}
			if g := got["项目 安全生产专项经费"]; len(g) != 2 || !g[0] || !g[1] {
				t.Errorf("project claims %v", g)
			}
			if g := got["公务接待费"]; len(g) != 1 || !g[0] {
				t.Errorf("reception claims %v", g)
			}
			p := findProject(d.Projects, "安全生产专项经费")
			if p.Status != Changed || p.MatchedBy != ByName || p.Delta.String() != "-90.00" || p.DeltaPct != "-18.37" {
				t.Errorf("project %+v", p)
			}
		})
	}
}

// resum sets every parent's amounts to the sum of its children, as a
// document's tables would print them.
func resum(ns []*model.FuncNode) {
	for _, n := range ns {
		if len(n.Children) == 0 {
			continue
		}
		resum(n.Children)
		n.Total, n.Basic, n.Project = model.Zero, model.Zero, model.Zero
		for _, c := range n.Children {
			n.Total, n.Basic, n.Project = n.Total.Add(c.Total), n.Basic.Add(c.Basic), n.Project.Add(c.Project)
		}
	}
}

var reAmountCell = regexp.MustCompile(`(?m)^\t([0-9]+\.[0-9]+)$`)

// earlierText rewrites the 沧州 sample as a 2025 edition whose 支出总表 is
// printed in 元 (with thousands separators), 安全监管 30万元 higher and
// 其他应急管理支出 30万元 lower, so that every parent is unchanged.
func earlierText(t *testing.T) []byte {
	b, err := os.ReadFile(cangzhou)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(b), "2025", "2024")
	text = strings.ReplaceAll(text, "2026", "2025")
	start := strings.Index(text, "]部门预算支出总表")
	end := start + strings.Index(text[start:], "[bookmark: _Toc_2_2_0000000004]")
	if start < 0 || end < start {
		t.Fatal("支出总表 not found in the sample")
	}
	table := strings.Replace(text[start:end], "单位：万元", "单位：元", 1)
	table = setRow(t, table, "2240106", "150.00", "180.00")
	table = setRow(t, table, "2240199", "1450.00", "1420.00")
	table = reAmountCell.ReplaceAllStringFunc(table, func(cell string) string {
		v, _ := decimal.NewFromString(strings.TrimSpace(cell))
		return "\t" + model.NewMoney(v.Shift(4)).Grouped()
	})
	return []byte(text[:start] + table + text[end:])
}

// setRow replaces an amount in the cells of the row with the code.
func setRow(t *testing.T, table, code, from, to string) string {
	i := strings.Index(table, "\t"+code+"\n")
	j := i + strings.Index(table[i:], "\n\n")
	if i < 0 || j < i || !strings.Contains(table[i:j], "\t"+from+"\n") {
		t.Fatalf("row %s with %s not found", code, from)
	}
	return table[:i] + strings.ReplaceAll(table[i:j], "\t"+from+"\n", "\t"+to+"\n") + table[j:]
}

// An older edition printed in 元 is compared in 万元: unchanged lines are the
// same, changed ones have exact deltas.
func TestSampleUnitYuan(t *testing.T) {
	old, err := parse.Bytes("cangzhou-2025-yuan.txt", earlierText(t))
	if err != nil {
		t.Fatal(err)
	}
	if old.Year != 2025 {
		t.Fatalf("year %d", old.Year)
	}
	d := Compare(old, mustParse(t, cangzhou))
	n := 0
	walkLines(d.Functional, func(l, _ *Line) {
		n++
		want, delta, pct := Same, "0.00", "0.00"
		switch l.Code {
		case "2240106":
			want, delta, pct = Changed, "-30.00", "-16.67"
		case "2240199":
			want, delta, pct = Changed, "30.00", "2.11"
		}
		if l.Status != want || l.Delta.String() != delta || l.DeltaPct != pct {
			t.Errorf("%s %s: %s Δ %s %q (old %+v new %+v)", l.Code, l.Name, l.Status, l.Delta, l.DeltaPct, l.Old, l.New)
		}
	})
	if n < 10 {
		t.Errorf("only %d functional lines", n)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings %v", d.Warnings)
	}
}
