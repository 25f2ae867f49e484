package tui

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

// bindings lists every exported key.Binding field of a keymap struct.
func bindings(v reflect.Value) []key.Binding {
	var out []key.Binding
	for i := 0; i < v.NumField(); i++ {
		if f := v.Field(i); f.CanInterface() {
			if b, ok := f.Interface().(key.Binding); ok {
				out = append(out, b)
			}
		}
	}
	return out
}

// TestHelpComplete: the ? screen of every view, in budget and diff mode,
// lists every key that is on in that view's keymap, so help cannot fall
// behind the keys.
func TestHelpComplete(t *testing.T) {
	for _, m := range []*Model{
		sized(t, New(handDoc(), Options{Findings: testFindings()}), 200, 50),
		diffModel(t, 200, 50),
	} {
		for id, v := range m.views {
			if v == nil {
				continue
			}
			listed := map[string]bool{}
			for _, col := range v.keys.FullHelp() {
				for _, b := range col {
					listed[b.Help().Key] = true
				}
			}
			all := append(bindings(reflect.ValueOf(v.keys)), bindings(reflect.ValueOf(v.keys.global))...)
			if len(all) < 20 {
				t.Fatalf("only %d bindings found", len(all))
			}
			for _, b := range all {
				if b.Enabled() && !listed[b.Help().Key] {
					t.Errorf("view %d: %q (%s) is not in the help", id, b.Help().Key, b.Help().Desc)
				}
			}
		}
	}
}

// TestDiffHelp: ? in diff mode says that n/N go from change to change and
// that u hides the unchanged rows.
func TestDiffHelp(t *testing.T) {
	m := diffModel(t, 120, 40)
	press(m, "?")
	s := screen(m)
	for _, want := range []string{"下一处变化", "上一处变化", "隐藏/显示未变", "筛选", "全部末级", "按左一列排序"} {
		if !strings.Contains(s, want) {
			t.Fatalf("diff help lacks %q:\n%s", want, s)
		}
	}
}

// TestDiffStepBySize: n goes through the changes largest first when the
// view is sorted by anything but code, in code order when sorted by code.
func TestDiffStepBySize(t *testing.T) {
	walk := func(m *Model, keys ...string) string {
		var got []string
		for _, k := range keys {
			press(m, k)
			got = append(got, sel(m))
		}
		return strings.Join(got, ",")
	}
	m := diffModel(t, 120, 40)
	press(m, "G", "enter", "enter", "s", "g") // sorted by |Δ|, on the largest change
	// |Δ|: 150.00, 71.97, 20.00, then round again; N goes back.
	if got, want := walk(m, "n", "n", "n", "N"), "2240101 行政运行,2240109 应急管理,2240199 其他应急管理支出,2240109 应急管理"; got != want {
		t.Fatalf("n by size: %s, want %s", got, want)
	}
	press(m, "<", "g") // by code
	if got, want := walk(m, "n", "n", "n"), "2240109 应急管理,2240199 其他应急管理支出,2240101 行政运行"; got != want {
		t.Fatalf("n by code: %s, want %s", got, want)
	}
	// From a row that did not change, n goes to the largest change.
	press(m, "s", "g", "j", "j", "j")
	if got, want := walk(m, "n"), "2240199 其他应急管理支出"; got != want {
		t.Fatalf("n from an unchanged row: %s, want %s", got, want)
	}
	// In the flat view, the changes of its list.
	press(m, "F", "g")
	if got, want := walk(m, "n", "n"), "2240101 行政运行,2240109 应急管理"; got != want || m.cur != viewFlat {
		t.Fatalf("n in the flat view: %s (view %d), want %s", got, m.cur, want)
	}
}
