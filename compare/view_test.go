package compare

import (
	"strings"
	"testing"

	"yusuan/model"
)

func codes(ls []*Line) string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Code)
	}
	return strings.Join(out, " ")
}

func TestChangesAndWithoutSame(t *testing.T) {
	d := Compare(oldDoc(), newDoc())
	if got, want := codes(Changes(d.Functional)), "20805 224 22401 2240101 2240106 2240104 2240108"; got != want {
		t.Errorf("changes %s, want %s", got, want)
	}
	hidden := WithoutSame(d.Functional)
	// 208 is the same but keeps its renamed child; 2080505 and 2240199 go.
	var all []*Line
	walkLines(hidden, func(l, _ *Line) { all = append(all, l) })
	if got, want := codes(all), "208 20805 224 22401 2240101 2240106 2240104 2240108"; got != want {
		t.Errorf("without same %s, want %s", got, want)
	}
	if n := len(findLine(d.Functional, "22401", "").Children); n != 5 {
		t.Errorf("WithoutSame changed the original tree: %d children", n)
	}
}

func TestSortByAbsDelta(t *testing.T) {
	d := Compare(oldDoc(), newDoc())
	kids := append([]*Line(nil), findLine(d.Functional, "22401", "").Children...)
	SortByAbsDelta(kids)
	if got, want := codes(kids), "2240104 2240108 2240101 2240106 2240199"; got != want {
		t.Errorf("sorted %s, want %s", got, want)
	}
}

func TestGlyphAndPct(t *testing.T) {
	cases := []struct {
		s            Status
		delta        string
		glyph, ascii string
	}{
		{Changed, "1", "▲", "^"}, {Changed, "-1", "▼", "v"}, {Changed, "0", "≠", "!"},
		{Added, "5", "+", "+"}, {Removed, "-5", "-", "-"}, {Same, "0", "=", "="},
		{Renamed, "0", "~", "~"}, {Renamed, "2", "▲", "^"},
	}
	for _, c := range cases {
		if g, a := Glyph(c.s, m(c.delta), false), Glyph(c.s, m(c.delta), true); g != c.glyph || a != c.ascii {
			t.Errorf("%s %s: %s %s, want %s %s", c.s, c.delta, g, a, c.glyph, c.ascii)
		}
	}
	ten, zero := m("10"), m("0")
	for _, c := range []struct {
		old, cur  *model.Money
		pct, want string
	}{{&ten, &ten, "0.00", "0.00%"}, {nil, &ten, "", "新增"}, {&zero, &ten, "", "新增"}, {&zero, &zero, "", "—"}, {&ten, nil, "-100.00", "-100.00%"}} {
		if got := PctText(c.old, c.cur, c.pct); got != c.want {
			t.Errorf("PctText(%v, %v, %q) = %q, want %q", c.old, c.cur, c.pct, got, c.want)
		}
	}
	if Added.Label("") != "新增" || Added.Label("en") != "added" {
		t.Error("labels")
	}
}

func TestProjectsOf(t *testing.T) {
	old, cur := oldDoc(), newDoc()
	cur.Projects[0].FunctionCode = "2240106"
	old.Projects[5].FunctionCode = "2240104" // 灾害风险普查, removed in 2026
	d := Compare(old, cur)
	if got := d.ProjectsOf("22401"); len(got) != 2 {
		t.Errorf("22401: %d projects", len(got))
	}
	if got := d.ProjectsOf("2240106"); len(got) != 1 || got[0].Name != "安全生产举报奖励" {
		t.Errorf("2240106: %+v", got)
	}
	if got := findProject(d.Projects, "安全生产宣传培训").ChangedIndicators(); len(got) != 2 {
		t.Errorf("changed indicators %+v", got)
	}
}
