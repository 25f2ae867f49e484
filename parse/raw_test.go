package parse

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"yusuan/model"
)

// The raw layout is tested against the spaces layout: the same document,
// converted by `pdftotext -raw` (or plain `pdftotext`) instead of
// `pdftotext -layout`, must give the same facts. Where it cannot, the
// difference is named in the case, with the reason.

// rawFacts lists a document's facts as comparable lines: totals, the
// functional tree (code, level, amounts), the economic tree (code, amounts).
// Names are left out: a raw name may be wrapped where the layout one is not.
func rawFacts(d *model.Document) []string {
	out := []string{
		fmt.Sprintf("year %d", d.Year),
		fmt.Sprintf("kind %s", d.Kind),
		fmt.Sprintf("totals income %s", d.Totals.Income),
		fmt.Sprintf("totals expenditure %s", d.Totals.Expenditure),
		fmt.Sprintf("totals basic %s", d.Totals.Basic),
		fmt.Sprintf("totals project %s", d.Totals.Project),
	}
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		out = append(out, fmt.Sprintf("func %s %s %s/%s/%s", n.Code, n.Level, n.Total, n.Basic, n.Project))
	})
	var econ func(ns []*model.EconNode)
	econ = func(ns []*model.EconNode) {
		for _, n := range ns {
			code := n.Code
			if code == "" {
				// the spaces reader leaves a bracketed code in the name ([301]工资福利支出)
				code = n.Name
				if c, _, ok := leadingCode(n.Name); ok {
					code = c
				}
			}
			out = append(out, fmt.Sprintf("econ %s %s/%s/%s", code, n.Total, n.Personnel, n.Public))
			econ(n.Children)
		}
	}
	econ(d.Economic)
	return out
}

// factDiff compares two documents' facts exactly (Money.Equal on every
// amount) and returns the facts only one of them has, marked - (layout) and
// + (raw).
func factDiff(layout, raw *model.Document) []string {
	var diffs []string
	if !layout.Totals.Income.Equal(raw.Totals.Income) || !layout.Totals.Expenditure.Equal(raw.Totals.Expenditure) ||
		!layout.Totals.Basic.Equal(raw.Totals.Basic) || !layout.Totals.Project.Equal(raw.Totals.Project) {
		diffs = append(diffs, "totals differ") // the lines below say which
	}
	funcs := map[string]*model.FuncNode{}
	model.WalkFunc(layout.Functional, func(n, _ *model.FuncNode) { funcs[n.Code] = n })
	model.WalkFunc(raw.Functional, func(n, _ *model.FuncNode) {
		if l, ok := funcs[n.Code]; ok && (!l.Total.Equal(n.Total) || !l.Basic.Equal(n.Basic) || !l.Project.Equal(n.Project)) {
			diffs = append(diffs, "functional "+n.Code+" amounts differ")
		}
	})
	a, b := rawFacts(layout), rawFacts(raw)
	for _, f := range a {
		if !slices.Contains(b, f) {
			diffs = append(diffs, "- "+f)
		}
	}
	for _, f := range b {
		if !slices.Contains(a, f) {
			diffs = append(diffs, "+ "+f)
		}
	}
	return diffs
}

// pdfText converts pages first..last (0: all) of a PDF with pdftotext and
// the given mode ("-raw", or "" for the plain reading order).
func pdfText(t testing.TB, pdf, mode string, first, last int) []byte {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext absent (Debian: poppler-utils)")
	}
	if _, err := os.Stat(pdf); err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	args := []string{"-enc", "UTF-8"}
	if mode != "" {
		args = append(args, mode)
	}
	if first > 0 {
		args = append(args, "-f", fmt.Sprint(first), "-l", fmt.Sprint(last))
	}
	out, err := exec.Command(tool, append(args, pdf, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return out
}

func TestRawExplore(t *testing.T) {
	dir := os.Getenv("RAWDIR")
	if dir == "" {
		t.Skip("RAWDIR unset")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	for _, pdf := range files {
		base := strings.TrimSuffix(pdf, ".pdf")
		lay, err := File(base + ".layout.txt")
		if err != nil {
			continue
		}
		for _, mode := range strings.Fields(os.Getenv("RAWMODES") + " -raw")[:1] {
			raw, err := Bytes(base+mode, pdfText(t, pdf, mode, 0, 0))
			if err != nil {
				t.Logf("%s %s: %v", filepath.Base(base), mode, err)
				continue
			}
			d := factDiff(lay, raw)
			t.Logf("%s %s layout=%s funcs=%d diffs=%d", filepath.Base(base), mode, raw.Layout, len(rawFacts(lay)), len(d))
			if os.Getenv("RAWV") != "" {
				for _, x := range d {
					t.Logf("    %s", x)
				}
			}
		}
	}
}

func TestRawDump(t *testing.T) {
	f := os.Getenv("RAWDUMP")
	if f == "" {
		t.Skip("RAWDUMP unset")
	}
	data, _ := os.ReadFile(f)
	lines, _, _ := Decode(data)
	rows, warns := readRawWarn(lines)
	for _, r := range rows {
		t.Logf("%d %v %q", r.Line, r.Table, r.Cells)
	}
	for _, w := range warns {
		t.Logf("warn %d %s", w.line, w.msg)
	}
}
