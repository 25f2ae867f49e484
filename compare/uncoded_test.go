package compare

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"yusuan/model"
)

// uncodedFn is a functional line printed by name only, at the level its
// table's nesting gave it.
func uncodedFn(name string, level model.Level, total, basic, project string, children ...*model.FuncNode) *model.FuncNode {
	n := fn("", name, total, basic, project, children...)
	n.Level = level
	return n
}

// TestUncodedSiblings: two uncoded siblings on each side (监狱 and 强制隔离戒毒
// under 204, printed in the other order the next year) are matched by name
// under their parent, never with each other by their empty code; an uncoded
// 行政运行 under each is matched under its own parent; an uncoded line one
// side lacks is added or removed, not merged into another uncoded line.
func TestUncodedSiblings(t *testing.T) {
	old := &model.Document{Year: 2025, Functional: []*model.FuncNode{
		fn("204", "公共安全支出", "64.00", "42.00", "22.00",
			uncodedFn("监狱", model.LevelSection, "40.00", "30.00", "10.00",
				uncodedFn("行政运行", model.LevelItem, "30.00", "30.00", "0.00"),
				uncodedFn("狱政设施建设", model.LevelItem, "10.00", "0.00", "10.00")),
			uncodedFn("强制隔离戒毒", model.LevelSection, "20.00", "12.00", "8.00",
				uncodedFn("行政运行", model.LevelItem, "12.00", "12.00", "0.00"),
				uncodedFn("所政设施建设", model.LevelItem, "8.00", "0.00", "8.00")),
			uncodedFn("社区矫正", model.LevelSection, "4.00", "0.00", "4.00")),
	}}
	cur := &model.Document{Year: 2026, Functional: []*model.FuncNode{
		fn("204", "公共安全支出", "75.00", "47.00", "28.00",
			uncodedFn("强制隔离戒毒", model.LevelSection, "25.00", "15.00", "10.00",
				uncodedFn("行政运行", model.LevelItem, "15.00", "15.00", "0.00"),
				uncodedFn("所政设施建设", model.LevelItem, "10.00", "0.00", "10.00")),
			uncodedFn("监狱", model.LevelSection, "44.00", "32.00", "12.00",
				uncodedFn("行政运行", model.LevelItem, "32.00", "32.00", "0.00"),
				uncodedFn("狱政设施建设", model.LevelItem, "12.00", "0.00", "12.00")),
			uncodedFn("法治建设", model.LevelSection, "6.00", "0.00", "6.00")),
	}}
	d := Compare(old, cur)
	cases := []struct {
		path      string // parent/name
		status    Status
		matchedBy string
		delta     string
		level     string
	}{
		{"204/监狱", Changed, ByName, "4.00", "section"},
		{"204/强制隔离戒毒", Changed, ByName, "5.00", "section"},
		{"监狱/行政运行", Changed, ByName, "2.00", "item"},
		{"强制隔离戒毒/行政运行", Changed, ByName, "3.00", "item"},
		{"监狱/狱政设施建设", Changed, ByName, "2.00", "item"},
		{"204/法治建设", Added, "", "6.00", "section"},
		{"204/社区矫正", Removed, "", "-4.00", "section"},
	}
	got := map[string]*Line{}
	walkLines(d.Functional, func(l, p *Line) {
		key := l.Name
		if p != nil {
			key = p.Name + "/" + l.Name
			if p.Code != "" {
				key = p.Code + "/" + l.Name
			}
		}
		if got[key] != nil {
			t.Errorf("%s: two lines", key)
		}
		got[key] = l
	})
	for _, c := range cases {
		l := got[c.path]
		if l == nil {
			t.Errorf("%s: missing", c.path)
			continue
		}
		if l.Code != "" || l.Status != c.status || l.MatchedBy != c.matchedBy || l.Delta.String() != c.delta || l.Level != c.level {
			t.Errorf("%s: code %q %s by %q Δ %s level %q; want no code, %s by %q Δ %s level %q",
				c.path, l.Code, l.Status, l.MatchedBy, l.Delta, l.Level, c.status, c.matchedBy, c.delta, c.level)
		}
	}
	if n := len(d.Functional[0].Children); n != 4 {
		t.Errorf("204 has %d lines, want 4 (监狱, 强制隔离戒毒, 法治建设 added, 社区矫正 removed)", n)
	}

	// Flattened, an uncoded line is named by its place.
	var text bytes.Buffer
	if err := WriteText(&text, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"204 › 监狱 › 行政运行", "204 › 强制隔离戒毒 › 行政运行", "204 › 法治建设"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, d); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Functional []struct {
			Name       string `json:"name"`
			ParentName string `json:"parent_name"`
		} `json:"functional"`
	}
	if err := json.Unmarshal(js.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	under := map[string]int{}
	for _, l := range out.Functional {
		if l.Name == "行政运行" {
			under[l.ParentName]++
		}
	}
	if under["监狱"] != 1 || under["强制隔离戒毒"] != 1 {
		t.Errorf("JSON: the two 行政运行 lines name their parents %v, want 监狱 and 强制隔离戒毒", under)
	}
}
