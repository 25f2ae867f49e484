package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestMoveEnterBack(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	steps := []struct {
		keys  []string
		want  string
		crumb string
	}{
		{nil, "212 城乡社区支出", "全部"},
		{[]string{"j"}, "221 住房保障支出", "全部"},
		{[]string{"down"}, "224 灾害防治及应急管理支出", "全部"},
		{[]string{"j"}, "224 灾害防治及应急管理支出", "全部"}, // clamped at the bottom
		{[]string{"enter"}, "22401 应急管理事务", "全部 › 224 灾害防治及应急管理支出"},
		{[]string{"l"}, "2240101 行政运行", "全部 › 224 灾害防治及应急管理支出 › 22401 应急管理事务"},
		{[]string{"G"}, "2240199 其他应急管理支出", ""},
		{[]string{"k", "up"}, "2240108 应急救援", ""},
		{[]string{"g"}, "2240101 行政运行", ""},
		{[]string{"right"}, "2240101 行政运行", ""}, // a leaf does not open
		{[]string{"pgdown"}, "2240199 其他应急管理支出", ""},
		{[]string{"pgup"}, "2240101 行政运行", ""},
		{[]string{"h"}, "22401 应急管理事务", "全部 › 224 灾害防治及应急管理支出"},
		{[]string{"backspace"}, "224 灾害防治及应急管理支出", "全部"},
		{[]string{"left"}, "224 灾害防治及应急管理支出", "全部"}, // already at the top
		{[]string{"enter", "esc"}, "224 灾害防治及应急管理支出", "全部"},
	}
	for i, s := range steps {
		press(m, s.keys...)
		if got := sel(m); got != s.want {
			t.Fatalf("step %d %v: selected %q, want %q", i, s.keys, got, s.want)
		}
		if s.crumb != "" {
			lines := strings.Split(screen(m), "\n")
			if got := strings.TrimSpace(lines[2]); got != s.crumb {
				t.Fatalf("step %d: breadcrumb %q, want %q", i, got, s.crumb)
			}
		}
	}
}

func TestViewSwitch(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	cases := []struct {
		key  string
		want viewID
		sel  string
	}{
		{"tab", viewEconomic, "301 工资福利支出"},
		{"tab", viewProjects, "2120899 刘官庄搬迁支持资金恶意"}, // by function code, cleaned
		{"4", viewThreePublic, "因公出国（境）费"},
		{"5", viewTables, "501 部门预算支出总表"},
		{"6", viewNarrative, "1540 一、部门职责及机构设置情况"},
		{"tab", viewFlat, "2240199 其他应急管理支出"}, // every leaf, largest first
		{"tab", viewFunctional, "212 城乡社区支出"},
		{"shift+tab", viewFlat, "2240199 其他应急管理支出"},
		{"shift+tab", viewNarrative, "1540 一、部门职责及机构设置情况"},
		{"1", viewFunctional, "212 城乡社区支出"},
	}
	for _, c := range cases {
		press(m, c.key)
		if m.cur != c.want || sel(m) != c.sel {
			t.Fatalf("after %q: view %d selected %q, want view %d %q", c.key, m.cur, sel(m), c.want, c.sel)
		}
		head := strings.Split(screen(m), "\n")[1]
		if want := "[" + string(rune('1'+c.want)) + " " + cell(zh.Views[c.want]) + "]"; !strings.Contains(head, want) {
			t.Fatalf("after %q: tabs %q do not mark %q", c.key, head, want)
		}
	}
	// Each view keeps its place.
	press(m, "G", "enter", "2", "1")
	if got := sel(m); got != "22401 应急管理事务" {
		t.Fatalf("functional view lost its place: %q", got)
	}
}

func TestSort(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "G", "enter", "enter")
	order := func() []string {
		var out []string
		for _, n := range m.view().top().list.rows {
			out = append(out, n.code)
		}
		return out
	}
	cases := []struct {
		key  string
		want string
	}{
		{"", "2240101 2240102 2240106 2240108 2240109 2240199"},
		{"s", "2240199 2240101 2240102 2240106 2240109 2240108"}, // amount, largest first
		{"r", "2240108 2240109 2240106 2240102 2240101 2240199"},
		{"s", "2240108 2240109 2240102 2240101 2240199 2240106"}, // name by pinyin, still reversed
		{"r", "2240106 2240199 2240101 2240102 2240109 2240108"}, // anquan qita xingzheng yiban yingjiguanli yingjijiuyuan
		{"s", "2240101 2240102 2240106 2240108 2240109 2240199"}, // 基本支出, largest first; the rest in code order
		{"s", "2240199 2240102 2240106 2240109 2240108 2240101"}, // 项目支出
		{"s", "2240199 2240101 2240102 2240106 2240109 2240108"}, // 占比: as 合计
		{"s", "2240101 2240102 2240106 2240108 2240109 2240199"}, // back to code
		{"<", "2240199 2240101 2240102 2240106 2240109 2240108"}, // < goes back: 占比
		{"<", "2240199 2240102 2240106 2240109 2240108 2240101"}, // 项目支出
		{">", "2240199 2240101 2240102 2240106 2240109 2240108"}, // > forward: 占比 again
		{"r", "2240108 2240109 2240106 2240102 2240101 2240199"}, // smallest first
		{">", "2240199 2240109 2240108 2240106 2240102 2240101"}, // code, reversed
		{"r", "2240101 2240102 2240106 2240108 2240109 2240199"},
	}
	for _, c := range cases {
		if c.key != "" {
			press(m, c.key)
		}
		if got := strings.Join(order(), " "); got != c.want {
			t.Fatalf("after %q: order %s, want %s", c.key, got, c.want)
		}
	}
	// The cursor stays on the same line through re-sorts.
	press(m, "j", "j")
	before := sel(m)
	press(m, "s", "r", "s")
	if sel(m) != before {
		t.Fatalf("cursor moved from %q to %q on re-sort", before, sel(m))
	}
	// Raw tables keep document order: s does nothing there.
	press(m, "5", "s")
	if m.view().by != 0 {
		t.Fatal("tables view sorted")
	}
}

func TestBarMode(t *testing.T) {
	m := sized(t, New(handDoc(), Options{ASCII: true}), 120, 40)
	has := func(s string) (pct, bar bool) {
		row := strings.Split(s, "\n")[4] // first row
		return strings.Contains(row, "%"), strings.Contains(row, "#")
	}
	for i, want := range [][2]bool{{true, true}, {true, false}, {false, true}, {true, true}} {
		if i > 0 {
			press(m, "a")
		}
		p, b := has(screen(m))
		if p != want[0] || b != want[1] {
			t.Fatalf("mode %d: percent %v bar %v, want %v", i, p, b, want)
		}
	}
}

func TestSearch(t *testing.T) {
	cases := []struct {
		query string
		view  viewID
		sel   string
		crumb string
	}{
		{"aqjg", viewFunctional, "2240106 安全监管", "全部 › 224 灾害防治及应急管理支出 › 22401 应急管理事务"},
		{"2240199", viewFunctional, "2240199 其他应急管理支出", ""},
		{"22401", viewFunctional, "22401 应急管理事务", "全部 › 224 灾害防治及应急管理支出"},
		{"住房公积金", viewFunctional, "2210201 住房公积金", ""},
		{"企业满意度", viewProjects, "企业满意度", "全部 › 2240199 安全生产举报奖励"},
		{"安全管家", viewProjects, "2240106 安全管家", "全部"},
		{"gwjdf", viewEconomic, "30217 公务接待费", "全部 › 302 商品和服务支出"},
		{"zzzzzz", viewFunctional, "212 城乡社区支出", "全部"}, // no match: nothing moves
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			m := sized(t, New(handDoc(), Options{}), 120, 40)
			press(m, "/", "type:"+c.query)
			if !m.search.active {
				t.Fatal("search line not open")
			}
			if !strings.Contains(screen(m), "/"+c.query) {
				t.Fatal("query not shown")
			}
			press(m, "enter")
			if m.search.active {
				t.Fatal("search still open after enter")
			}
			if m.cur != c.view || sel(m) != c.sel {
				t.Fatalf("landed on view %d %q, want view %d %q", m.cur, sel(m), c.view, c.sel)
			}
			if c.crumb != "" {
				if got := strings.TrimSpace(strings.Split(screen(m), "\n")[2]); got != c.crumb {
					t.Fatalf("breadcrumb %q, want %q", got, c.crumb)
				}
			}
		})
	}
}

func TestSearchNextPrevEsc(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "/", "type:企业满意度", "enter")
	first := m.view().selected()
	press(m, "n")
	second := m.view().selected()
	if second == first || second.name != "企业满意度" || second.proj.Name != "安全管家" {
		t.Fatalf("n went to %q of %v", second.name, second.proj.Name)
	}
	press(m, "n") // wraps
	if m.view().selected() != first {
		t.Fatal("n did not wrap to the first match")
	}
	press(m, "N")
	if m.view().selected() != second {
		t.Fatal("N did not go back")
	}
	// Esc closes the line without moving; typing q in it does not quit.
	press(m, "1", "/", "type:q")
	if cmd := press(m, "esc"); cmd != nil || m.search.active || sel(m) != "212 城乡社区支出" {
		t.Fatalf("esc: active %v selected %q", m.search.active, sel(m))
	}
	// Backspace edits the query.
	press(m, "/", "type:aqx", "backspace", "type:jg")
	if m.search.query() != "aqjg" {
		t.Fatalf("query %q", m.search.query())
	}
}

func TestHelpAndQuit(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "?")
	s := screen(m)
	for _, want := range []string{"按键说明", "排序方式", "占比/条形", "j/down", "切换视图", "1-6"} {
		if !strings.Contains(s, want) {
			t.Fatalf("help lacks %q:\n%s", want, s)
		}
	}
	press(m, "j") // ignored while help shows
	press(m, "?")
	if m.showHelp || sel(m) != "212 城乡社区支出" {
		t.Fatal("help did not close, or a key leaked through")
	}
	// In the tables view the sort keys are not offered.
	press(m, "5", "?")
	if strings.Contains(screen(m), "排序方式") {
		t.Fatal("tables view help offers sorting")
	}
	cmd := press(m, "q")
	if cmd == nil {
		t.Fatal("q returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q did not quit")
	}
}

func TestMouseOffByDefault(t *testing.T) {
	wheel := tea.MouseWheelMsg(tea.Mouse{Button: tea.MouseWheelDown})
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	m.Update(wheel)
	if sel(m) != "212 城乡社区支出" || m.View().MouseMode != tea.MouseModeNone {
		t.Fatal("mouse acted while off")
	}
	m = sized(t, New(handDoc(), Options{Mouse: true}), 120, 40)
	m.Update(wheel)
	if sel(m) != "224 灾害防治及应急管理支出" || m.View().MouseMode != tea.MouseModeCellMotion {
		t.Fatalf("mouse wheel with the option: %q", sel(m))
	}
}

func TestPinyinKeys(t *testing.T) {
	py := pinyinCache{}
	for _, c := range []struct{ in, init, full string }{
		{"安全监管", "aqjg", "anquanjianguan"},
		{"2026年应急管理", "2026nyjgl", "2026nianyingjiguanli"},
		{"“三公”经费", "sgjf", "sangongjingfei"},
		{"绿化", "lh", "lvhua"},
		{"Emergency 管理", "emergencygl", "emergencyguanli"},
	} {
		i, f := py.keys(c.in)
		if i != c.init || f != c.full {
			t.Errorf("%s: %q %q, want %q %q", c.in, i, f, c.init, c.full)
		}
	}
}

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"安全监管": "安全监管", " a  b ": "a b", "a\tb\nc": "a b c", "a\u3000b": "a b",
		"x\x1b[31my": "xy", "": "", "a b": "a b",
	} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPaneScroll(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 80, 24)
	press(m, "3", "j") // 安全管家: more than the pane holds at 80×24
	if strings.Contains(screen(m), "上面还有") || !strings.Contains(screen(m), "还有") {
		t.Fatalf("pane should start at the top and say there is more:\n%s", screen(m))
	}
	press(m, "J", "J", "J", "J", "J")
	s := screen(m)
	if !strings.Contains(s, "上面还有") || !strings.Contains(s, "企业满意度") || strings.Contains(s, "...（还有") {
		t.Fatalf("scrolled pane should end at the last indicator:\n%s", s)
	}
	press(m, "K", "K", "K", "K", "K")
	if strings.Contains(screen(m), "上面还有") {
		t.Fatal("ctrl+u did not go back to the top")
	}
	press(m, "J", "k")
	if strings.Contains(screen(m), "上面还有") {
		t.Fatal("a new selection kept the old scroll")
	}
}

func TestPaneCrossTables(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "/", "type:2240106", "enter")
	s := screen(m)
	for _, want := range []string{"资金来源（收入总表）", "一般公共预算", "100.00", "政府性基金", "51.00",
		"各表中的本行", "=  部门预算支出总表", "150.00  L516", "!= 部门预算收入总表", "151.00  L443"} {
		if !strings.Contains(s, want) {
			t.Fatalf("pane lacks %q:\n%s", want, s)
		}
	}
}

func TestSearchPaste(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "/")
	m.Update(tea.PasteMsg{Content: "应急\x1b[2J救援\n"})
	if got := m.search.query(); got != "应急救援" {
		t.Fatalf("pasted query %q", got)
	}
	press(m, "enter")
	if sel(m) != "2240108 应急救援" {
		t.Fatalf("selected %q", sel(m))
	}
}

func TestProjectSources(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "/", "type:安全管家", "enter")
	s := screen(m)
	for _, want := range []string{"=  项目支出预算表", "150.00  L300", "!= 绩效目标", "149.00 (原为元)  L2871", "各表中的本项目"} {
		if !strings.Contains(s, want) {
			t.Fatalf("pane lacks %q:\n%s", want, s)
		}
	}
}
