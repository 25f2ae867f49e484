package tui

import (
	"strings"
	"testing"
)

// TestFlatView lists every leaf of the tree the auditor is in, largest
// first, with its path; F again goes on to the next tree; Enter opens the
// leaf in its tree.
func TestFlatView(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	rows := func() string {
		var out []string
		for _, n := range m.view().top().list.rows {
			out = append(out, n.code)
		}
		return strings.Join(out, " ")
	}
	press(m, "F")
	if m.cur != viewFlat {
		t.Fatalf("F went to view %d", m.cur)
	}
	if want := "2240199 2120899 2240101 2240102 2240106 2210201 2240109 2240108"; rows() != want {
		t.Fatalf("flat functional %s, want %s", rows(), want)
	}
	s := screen(m)
	for _, want := range []string{"功能分类 全部末级", "22401 › 其他应急管理支出", "45.1%", "排序: 合计 ▼"} {
		if !strings.Contains(s, want) {
			t.Fatalf("flat view lacks %q:\n%s", want, s)
		}
	}
	press(m, "j", "j", "enter")
	if m.cur != viewFunctional || sel(m) != "2240101 行政运行" {
		t.Fatalf("enter went to view %d %q", m.cur, sel(m))
	}
	if crumb := strings.TrimSpace(strings.Split(screen(m), "\n")[2]); crumb != "全部 › 224 灾害防治及应急管理支出 › 22401 应急管理事务" {
		t.Fatalf("breadcrumb %q", crumb)
	}
	// From the economic tree F lists its items; F again, the projects.
	press(m, "2", "F")
	if want := "30199 30101 30113 30231 30201 30217"; rows() != want {
		t.Fatalf("flat economic %s, want %s", rows(), want)
	}
	press(m, "F")
	if got := m.view().top().list.rows; len(got) != len(handDoc().Projects) || got[0].kind != kindProject {
		t.Fatalf("flat projects: %d rows", len(got))
	}
	// The sort is the view's own: code order lists the leaves in tree order.
	press(m, "2", "F", "<")
	if want := "30101 30113 30199 30201 30217 30231"; rows() != want {
		t.Fatalf("flat economic by code %s, want %s", rows(), want)
	}
}

// TestFlatNameKeepsName: short of room, the path gives way before the name.
func TestFlatNameKeepsName(t *testing.T) {
	root := &node{kind: kindRoot, flat: true}
	n := &node{name: "其他应急管理支出", path: "224 › 22401 › "}
	for _, c := range []struct {
		w    int
		want string
	}{{40, "224 › 22401 › 其他应急管理支出"}, {24, "..401 › 其他应急管理支出"}, {16, "其他应急管理支出"}, {10, "其他应急.."}} {
		if got := strings.TrimRight(fitName(n, root, c.w), " "); got != c.want {
			t.Errorf("w=%d: %q, want %q", c.w, got, c.want)
		}
	}
}

// TestFlatKeepsSortAcrossTrees: F on to a tree with fewer columns keeps a
// sort it has and falls back to the amount for one it has not.
func TestFlatKeepsSortAcrossTrees(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "F", "<") // code
	press(m, "F")      // economic: code still
	if k := m.view().sortKey(); k.kind != byCode {
		t.Fatalf("sort after F: %+v", k)
	}
	press(m, "1", "F", ">", ">", ">", ">") // from code to 项目支出, the fifth of six keys
	if k := m.view().sortKey(); k.kind != byAmount || k.i != colProject {
		t.Fatalf("sort on the functional leaves: %+v", k)
	}
	press(m, "F", "F") // projects: four keys, one amount column
	if k := m.view().sortKey(); k.kind != byAmount || k.i != colTotal {
		t.Fatalf("projects sorted by %+v, want their budget", k)
	}
	if st := row(t, m, "排序"); !strings.Contains(st, "排序: 预算数 ▼") {
		t.Fatalf("status: %q", st)
	}
}
