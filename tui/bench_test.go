package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"yusuan/model"
)

// bigDoc has one class with n items under one section: a level of n children.
func bigDoc(n int) *model.Document {
	kids := make([]*model.FuncNode, n)
	total := model.Zero
	for i := range kids {
		a := model.MustMoney(fmt.Sprintf("%d.%02d", (i*7919)%100000, i%100))
		total = total.Add(a)
		kids[i] = &model.FuncNode{Code: fmt.Sprintf("22401%05d", i), Name: fmt.Sprintf("应急管理“事务”第%d项", i),
			Total: a, Basic: a, Line: i + 1}
	}
	sec := &model.FuncNode{Code: "22401", Name: "应急管理事务", Total: total, Basic: total, Children: kids}
	return &model.Document{Department: "测试", Year: 2026, Unit: "万元",
		Functional: []*model.FuncNode{{Code: "224", Name: "灾害防治及应急管理支出", Total: total, Children: []*model.FuncNode{sec}}}}
}

func TestBigLevel(t *testing.T) {
	m := sized(t, New(bigDoc(10000), Options{}), 120, 40)
	press(m, "enter", "enter", "G")
	if got := m.view().top().cursor; got != 9999 {
		t.Fatalf("cursor %d", got)
	}
	checkFrame(t, screen(m), 120, 40)
	press(m, "s") // amount sort keeps the cursor on the same node
	if n := m.view().selected(); n.code != "2240109999" {
		t.Fatalf("selected %s after sort", n.code)
	}
}

// BenchmarkView draws a frame on a level of 10,000 children.
func BenchmarkView(b *testing.B) {
	m := sized(b, New(bigDoc(10000), Options{}), 120, 40)
	press(m, "enter", "enter")
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkKeyToFrame is one j (or k) and the frame after it, on the same level.
func BenchmarkKeyToFrame(b *testing.B) {
	m := sized(b, New(bigDoc(10000), Options{}), 120, 40)
	press(m, "enter", "enter")
	j, k := keyMsg("j"), keyMsg("k")
	i := 0
	for b.Loop() {
		key := j
		if i/5000%2 == 1 {
			key = k
		}
		m.Update(key)
		_ = m.View()
		i++
	}
}

// BenchmarkStartup is New plus the first frame on the hand-built sample:
// what the user waits for before seeing anything.
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		m := New(handDoc(), Options{})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// BenchmarkEnterBigLevel is entering (sorting and measuring) a level of
// 10,000 children.
func BenchmarkEnterBigLevel(b *testing.B) {
	m := sized(b, New(bigDoc(10000), Options{}), 120, 40)
	press(m, "enter")
	for b.Loop() {
		press(m, "enter", "h")
	}
}

// BenchmarkFlatOpen builds the explorer on 10,000 leaves and opens the flat
// view (every leaf, sorted by amount) and draws it.
func BenchmarkFlatOpen(b *testing.B) {
	doc := bigDoc(10000)
	for b.Loop() {
		m := sized(b, New(doc, Options{}), 120, 40)
		press(m, "F")
		_ = m.View()
	}
}

// BenchmarkFilterKey is one rune typed in the filter line of the flat view
// of 10,000 leaves, and the frame after it: the list is filtered and sorted
// again on every key.
func BenchmarkFilterKey(b *testing.B) {
	m := sized(b, New(bigDoc(10000), Options{}), 120, 40)
	press(m, "F", "f")
	add, del := keyMsg("9"), keyMsg("backspace")
	i := 0
	for b.Loop() {
		key := add
		if i%2 == 1 {
			key = del
		}
		m.Update(key)
		_ = m.View()
		i++
	}
}

// BenchmarkSortColumn is > on the flat view of 10,000 leaves: a re-sort
// by the next column, and the frame.
func BenchmarkSortColumn(b *testing.B) {
	m := sized(b, New(bigDoc(10000), Options{}), 120, 40)
	press(m, "F")
	for b.Loop() {
		press(m, ">")
		_ = m.View()
	}
}

// BenchmarkExportView is E on a tree of 10,000 lines: "table" is the part
// that runs in Update (the view's rows gathered in its sort), xlsx and csv
// the whole of it, the writing (in a command, off the event loop) included.
func BenchmarkExportView(b *testing.B) {
	b.Run("table", func(b *testing.B) {
		m := sized(b, New(bigDoc(10000), Options{}), 120, 40)
		for b.Loop() {
			if t := m.viewTable(); len(t.Rows) != 10002 {
				b.Fatal(len(t.Rows))
			}
		}
	})
	for _, format := range []string{"xlsx", "csv"} {
		b.Run(format, func(b *testing.B) {
			m := sized(b, New(bigDoc(10000), Options{}), 120, 40)
			m.workDir = b.TempDir()
			for b.Loop() {
				msg := m.exportView(format)().(exportedMsg)
				if msg.err != nil || msg.rows != 10002 {
					b.Fatalf("%+v", msg)
				}
				os.Remove(filepath.Join(m.workDir, msg.name)) // the same name each time
			}
		})
	}
}
