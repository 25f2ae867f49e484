package tui

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"yusuan/model"
	"yusuan/parse"
	"yusuan/trend"
)

// procuratorateTrend is the Jiangsu procuratorate's 2017–2019 trend, with
// its reclassified 2040405 → 2040410.
func procuratorateTrend(t *testing.T) *trend.Trend {
	t.Helper()
	files, _ := filepath.Glob("../../shared/corpus/jiangsu/js-procuratorate-201*.layout.txt")
	if len(files) == 0 {
		t.Skip("../shared/corpus/jiangsu absent")
	}
	var docs []*model.Document
	for _, f := range files {
		d, err := parse.File(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	tr, err := trend.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// trendPress sends keys as press does: "type:xyz" types the text, "ctrl+u"
// clears the line.
func trendPress(v *TrendView, keys ...string) {
	for _, k := range keys {
		switch t, typed := strings.CutPrefix(k, "type:"); {
		case typed:
			for _, r := range t {
				v.Update(keyMsg(string(r)))
			}
		case k == "ctrl+u":
			v.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
		default:
			v.Update(keyMsg(k))
		}
	}
}

func trendScreen(v *TrendView) string { return ansi.Strip(v.View().Content) }

func trendSelected(v *TrendView) string {
	if l := v.selected(); l != nil {
		return l.row.Code
	}
	return ""
}

// TestTrendGolden pins the rendered trend: the start, the reclassified row
// with its detail, the sort by largest change, the economic tab, the help.
func TestTrendGolden(t *testing.T) {
	tr := procuratorateTrend(t)
	for _, sz := range sizes {
		for _, f := range []struct {
			name string
			keys []string
		}{
			{"start", nil},
			{"crosswalk", []string{"j", "j", "j", "j", "j", "j"}},
			{"largest", []string{"s"}},
			{"economic", []string{"2", "n"}},
			{"help", []string{"?"}},
		} {
			t.Run(sz.name+"/"+f.name, func(t *testing.T) {
				v := NewTrend(tr, Options{Lang: "zh", NoColor: true})
				v.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				trendPress(v, f.keys...)
				s := trendScreen(v)
				checkFrame(t, s, sz.w, sz.h)
				golden.RequireEqual(t, s)
			})
		}
	}
}

// TestTrendKeys: n/N walk the changed lines largest first, whatever the
// sort; s sorts by largest change, then fastest growth; r reverses; Tab and
// digits switch classification; tiny sizes draw a message, never panic.
func TestTrendKeys(t *testing.T) {
	v := NewTrend(procuratorateTrend(t), Options{Lang: "zh", NoColor: true})
	v.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, c := range []struct {
		keys []string
		want string
	}{
		{nil, "204"},
		{[]string{"n"}, "2040401"},       // 行政运行 +4300.48, the largest change of the functional lines
		{[]string{"n"}, "221"},           // 住房保障支出 +3367.19
		{[]string{"N"}, "2040401"},       // back
		{[]string{"s", "g"}, "2040401"},  // sorted by |Δ|: the largest first
		{[]string{"s", "g"}, "2040410"},  // by |CAGR|: 检察监督 181.14%
		{[]string{"r", "g"}, "2040450"},  // reversed: the lines without a rate first, the last in code order first
		{[]string{"s", "r", "g"}, "204"}, // code order again
		{[]string{"2"}, "301"},           // economic
		{[]string{"tab"}, "income"},      // totals
		{[]string{"tab"}, "204"},         // around to functional
		{[]string{"3", "G"}, "project"},  // totals, in the documents' order
	} {
		trendPress(v, c.keys...)
		if got := trendSelected(v); got != c.want {
			t.Errorf("after %v: selected %q, want %q", c.keys, got, c.want)
		}
	}
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {minWidth, minHeight}, {200, 60}} {
		v.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		s := trendScreen(v)
		if sz[0] >= minWidth && sz[1] >= minHeight {
			checkFrame(t, s, sz[0], sz[1])
		}
	}
}

// TestTrendMarks: the reclassified row is marked 对 in the list and its
// detail names the codes of every year.
func TestTrendMarks(t *testing.T) {
	v := NewTrend(procuratorateTrend(t), Options{Lang: "zh", NoColor: true})
	v.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	s := trendScreen(v)
	var row string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "2040410") {
			row = l
		}
	}
	if !strings.Contains(row, trend.MarkCrosswalk) || !strings.Contains(row, "150.00") || !strings.Contains(row, "181.14") {
		t.Errorf("row of 2040410: %q", row)
	}
	for v.selected() != nil && v.selected().row.Code != "2040410" {
		trendPress(v, "j")
	}
	s = trendScreen(v)
	for _, want := range []string{"2017 2040405 公诉和审判监督", "2019 2040410 检察监督（匹配：编码对照）", "2019年由2040405改为2040410"} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q:\n%s", want, s)
		}
	}
}

// TestTrendFilter: f narrows to the lines whose code, name of any year or
// pinyin matches, or that were added, or whose latest amount is in a range;
// Esc clears it.
func TestTrendFilter(t *testing.T) {
	v := NewTrend(procuratorateTrend(t), Options{Lang: "zh", NoColor: true})
	v.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	codes := func() string {
		var out []string
		for _, l := range v.shown {
			out = append(out, l.row.Code)
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct {
		keys []string
		want string
	}{
		{[]string{"f", "type:公诉", "enter"}, "2040410"},   // a name of 2017 and 2018 only
		{[]string{"esc"}, ""},                            // cleared: every line
		{[]string{"/", "type:xzyx", "enter"}, "2040401"}, // 行政运行 by its pinyin initials
		{[]string{"f", "ctrl+u", "type:新增", "enter"}, "2040450 2080505 2080506"},
		{[]string{"f", "ctrl+u", "type:>10000", "enter"}, "204 20404 2040401"},
		{[]string{"f", "ctrl+u", "type:2040405", "esc"}, ""}, // Esc in the line drops it
	} {
		trendPress(v, c.keys...)
		got := codes()
		if c.want == "" {
			if len(v.shown) != len(v.lines[v.tab]) {
				t.Errorf("after %v: %d lines, want all %d", c.keys, len(v.shown), len(v.lines[v.tab]))
			}
			continue
		}
		if got != c.want {
			t.Errorf("after %v: %q, want %q", c.keys, got, c.want)
		}
	}
}
