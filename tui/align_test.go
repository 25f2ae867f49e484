package tui

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"yusuan/compare"
	"yusuan/model"
)

// awkwardDoc has one level whose names mix every width problem: Chinese,
// curly quotes, ellipses, middle dots, ≥, full-width digits, Latin, a tab,
// an escape sequence, and a very long name.
func awkwardDoc() *model.Document {
	names := []string{
		"“三公”经费", "安全监管", "其他应急管理支出……", "A·B·C 项目—二期", "≥90% 满意度",
		"Emergency management", "tab\there", "\x1b]0;pwned\x07标题\x1b[2J", "２０２６年度",
		"沧州临港经济技术开发区安全生产监督管理局其他应急管理支出（含“三公”经费）",
	}
	amounts := []string{"1450.00", "5.5", "123456.78", "0", "10", "-3.20", "2567.97", "1", "99999999.99", "0.01"}
	var kids []*model.FuncNode
	for i, n := range names {
		code := "22401" + string(rune('0'+i/10)) + string(rune('0'+i%10))
		a := model.MustMoney(amounts[i])
		kids = append(kids, &model.FuncNode{Code: code, Name: n, Total: a, Basic: a, Project: model.Zero, Line: 10 + i})
	}
	return &model.Document{Department: "“测试”部门", Year: 2026, Unit: "万元",
		Functional: []*model.FuncNode{{Code: "224", Name: "灾害防治及应急管理支出", Total: model.MustMoney("100"), Children: kids}}}
}

// amountEnds finds, in each visible row of the list, the column at which
// each shown amount (and the share) ends.
func amountEnds(t *testing.T, m *Model, w, h int) [][]int {
	t.Helper()
	v := m.view()
	f := v.top()
	lay := layoutFor(f.list, headsFor(f.list, v.def, m.ctx.tx), m.mode, w)
	lines := strings.Split(ansi.Strip(renderList(m.ctx, v, m.mode, w, h)), "\n")
	var ends [][]int
	for i, line := range lines[1:] {
		r := f.offset + i
		if r >= len(f.list.rows) {
			break
		}
		n := f.list.rows[r]
		var want []string
		for j := range lay.amtW {
			if n.isAbsent(j) {
				want = append(want, "-") // not printed by the document: "-", never 0.00 nor the ambiguous "—"
			} else if j == 0 || !n.amts[j].IsZero() {
				want = append(want, n.amts[j].Grouped())
			} else {
				want = append(want, "")
			}
		}
		if lay.pct {
			want = append(want, share(n, f.list))
		}
		// Search after the name so a number in a name cannot match.
		pos := len(line)
		for k := range line {
			if lipgloss.Width(line[:k]) >= prefixW+lay.codeW+1+lay.nameW {
				pos = k
				break
			}
		}
		var row []int
		for _, s := range want {
			if s == "" {
				row = append(row, -1, -1)
				continue
			}
			k := strings.Index(line[pos:], s)
			if k < 0 {
				t.Fatalf("row %d: %q not found in %q", r, s, line)
			}
			pos += k + len(s)
			// Measured twice: as this process counts, and with every
			// ambiguous character two columns wide, as a CJK terminal may draw
			// it. The columns must line up under both.
			row = append(row, lipgloss.Width(line[:pos]), wideWidth(line[:pos]))
		}
		ends = append(ends, row)
	}
	return ends
}

// wideWidth is the width of s where every East Asian Ambiguous rune takes two
// columns.
func wideWidth(s string) int {
	w := 0
	for _, r := range s {
		rw := lipgloss.Width(string(r))
		if rw == 1 && isAmbiguous(r) {
			rw = 2
		}
		w += rw
	}
	return w
}

func TestAlignment(t *testing.T) {
	if os.Getenv("TUI_EASTASIAN_CHILD") != "" && lipgloss.Width("“") != 2 {
		t.Fatal("child runs without East Asian widths: the subprocess test proves nothing")
	}
	levels := []struct {
		name string
		doc  func() *model.Document
		keys []string
	}{
		{"functional top", handDoc, nil},
		{"22401", handDoc, []string{"G", "enter", "enter"}},
		{"economic", handDoc, []string{"2", "G", "enter"}},
		{"projects with quotes", handDoc, []string{"3"}},
		{"three public", handDoc, []string{"4"}},
		{"awkward names", awkwardDoc, []string{"enter"}},
		{"economic, parts not printed", partsAbsentDoc, []string{"2"}},
		{"uncoded sections", uncodedDoc, []string{"enter"}},
		{"uncoded items", uncodedDoc, []string{"enter", "j", "enter"}},
	}
	for _, lv := range levels {
		for _, w := range []int{60, 80, 120, 200} {
			for _, mode := range []barMode{modeBoth, modePct, modeBar} {
				m := sized(t, New(lv.doc(), Options{}), w, 40)
				press(m, lv.keys...)
				m.mode = mode
				ends := amountEnds(t, m, w, 30)
				if len(ends) < 2 {
					t.Fatalf("%s: %d rows", lv.name, len(ends))
				}
				for col := range ends[0] {
					at := -1
					for r, row := range ends {
						if row[col] < 0 {
							continue
						}
						if at < 0 {
							at = row[col]
						} else if row[col] != at {
							t.Fatalf("%s at %d columns, mode %d: column %d ends at %d in row %d, at %d above",
								lv.name, w, mode, col, row[col], r, at)
						}
					}
				}
			}
		}
	}
}

// TestAlignmentEastAsian reruns TestAlignment where ambiguous characters are
// two columns wide. x/ansi reads RUNEWIDTH_EASTASIAN once at start, hence the
// subprocess.
func TestAlignmentEastAsian(t *testing.T) {
	if os.Getenv("TUI_EASTASIAN_CHILD") != "" {
		t.Skip("in the child")
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestAlignment$", "-test.v")
	cmd.Env = append(os.Environ(), "RUNEWIDTH_EASTASIAN=1", "LANG=zh_CN.UTF-8", "TUI_EASTASIAN_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestAlignment") {
		t.Fatalf("alignment with RUNEWIDTH_EASTASIAN=1 failed: %v\n%s", err, out)
	}
}

// TestNoControlCharacters: document text with escape sequences reaches the
// screen cleaned; the only escapes in a frame are our own styles.
func TestNoControlCharacters(t *testing.T) {
	m := sized(t, New(awkwardDoc(), Options{}), 120, 40)
	press(m, "enter", "G", "k", "k", "k")
	raw := m.View().Content
	for _, bad := range []string{"\x1b]0;", "\x07", "\x1b[2J", "\t", "pwned\x07"} {
		if strings.Contains(raw, bad) {
			t.Fatalf("frame contains %q", bad)
		}
	}
	if !strings.Contains(ansi.Strip(raw), "标题") {
		t.Fatal("cleaned name missing")
	}
	// Styles are the only escape sequences: stripping them leaves no ESC.
	if strings.ContainsRune(ansi.Strip(raw), 0x1b) {
		t.Fatal("escape left after stripping styles")
	}
}

// TestEverySize never panics and always fills the terminal exactly, down to
// 1×1; too small a terminal gets one line.
func TestEverySize(t *testing.T) {
	diffOpt := Options{Diff: compare.Compare(earlierHand(), handDoc()), Findings: testFindings()}
	for i, doc := range []func() *model.Document{handDoc, awkwardDoc, func() *model.Document { return &model.Document{} }, handDoc} {
		opt := Options{}
		if i == 3 {
			opt = diffOpt
		}
		// The edges of every layout decision, and a few ordinary sizes.
		for _, w := range []int{1, 2, 10, 39, 40, 41, 59, 60, 79, 80, 81, 99, 100, 101, 120, 157} {
			for _, h := range []int{1, 5, 11, 12, 13, 16, 24, 40} {
				for _, keys := range [][]string{nil, {"G", "enter", "enter"}, {"3", "G", "enter", "J"}, {"5", "enter"}, {"?"}, {"7"}} {
					m := sized(t, New(doc(), opt), w, h)
					press(m, keys...)
					s := screen(m)
					lines := strings.Split(s, "\n")
					if w < minWidth || h < minHeight {
						if len(lines) != 1 || !strings.Contains(s, "窗口") && w > 10 {
							t.Fatalf("%dx%d: want the one-line message, got %q", w, h, s)
						}
						continue
					}
					if len(lines) != h {
						t.Fatalf("%dx%d %v: %d lines", w, h, keys, len(lines))
					}
					for i, l := range lines {
						if lipgloss.Width(l) > w {
							t.Fatalf("%dx%d %v: line %d is %d wide: %q", w, h, keys, i, lipgloss.Width(l), l)
						}
					}
				}
			}
		}
	}
}

// TestCellRunesMatchReplacer keeps the fast path's rune set and the
// replacer in step: every rune the replacer rewrites is in the set.
func TestCellRunesMatchReplacer(t *testing.T) {
	for r := rune(0x80); r < 0x3000; r++ {
		s := string(r)
		if ambiguous().Replace(s) != s && !replaced(r) {
			t.Errorf("%q is replaced but not in the fast path's set", s)
		}
		if replaced(r) && ambiguous().Replace(s) == s {
			t.Errorf("%q is in the set but not replaced", s)
		}
	}
}

func TestWrapSafe(t *testing.T) {
	cases := []struct {
		in   string
		w    int
		want []string
	}{
		{"人员支出613.40万元", 12, []string{"人员支出", "613.40万元"}},
		{"“三公”经费", 8, []string{"“三公”", "经费"}},                         // quotes count two columns
		{"abcdefghijklmnop", 6, []string{"abcdef", "ghijkl", "mnop"}}, // a long word is cut
		{"一二三四五", 4, []string{"一二", "三四", "五"}},
		{"a\nb", 10, []string{"a", "b"}},
	}
	for _, c := range cases {
		got := wrapSafe(c.in, c.w)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrapSafe(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
		for _, l := range got {
			if wideWidth(l) > c.w {
				t.Errorf("line %q wider than %d when ambiguous runes are wide", l, c.w)
			}
		}
	}
}

// partsAbsentDoc is handDoc as a table without 人员经费 and 公用经费 columns
// prints it (model.EconNode.NoPersonnel, NoPublic).
func partsAbsentDoc() *model.Document {
	d := handDoc()
	model.WalkEcon(d.Economic, func(n, _ *model.EconNode) {
		n.NoPersonnel, n.NoPublic = true, true
	})
	return d
}
