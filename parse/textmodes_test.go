package parse

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"yusuan/model"
)

// TestTextModesAgree reads every national PDF as two texts a user may
// bring (pdftotext -layout, and -raw: cells by single spaces, no column
// alignment) and holds the readers to the one promise that matters: a table
// confirmed by its own sums in both readings gives the same figures, code by
// code. A reading may get less (rows left out, tables in doubt), never a
// different figure shown as right. (pdftotext's plain reading order lists
// cells column by column: no table is confirmed from it, and none should be.)
func TestTextModesAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("converts every PDF twice")
	}
	pdfs, _ := filepath.Glob(filepath.Join(nationalDir, "*.pdf"))
	if len(pdfs) == 0 {
		t.Skip("corpus absent")
	}
	confirmed := map[string]int{}
	for _, pdf := range pdfs {
		base := strings.TrimSuffix(pdf, ".pdf")
		lay, err := File(base + ".layout.txt")
		if err != nil {
			continue // a scanned document: no text
		}
		confirmed["layout"] += len(confirmedTables(lay))
		for _, mode := range []string{"-raw"} {
			doc, err := Bytes(filepath.Base(base)+mode+".txt", pdfText(t, pdf, mode, 0, 0))
			if err != nil {
				continue
			}
			confirmed[mode] += len(confirmedTables(doc))
			for _, d := range disagreements(lay, doc) {
				t.Errorf("%s (pdftotext %q): %s", filepath.Base(base), mode, d)
			}
		}
	}
	t.Logf("tables confirmed by their sums: layout %d, -raw %d", confirmed["layout"], confirmed["-raw"])
	// what the raw reader confirms today: more is welcome, less is a regression
	if confirmed["-raw"] < 103 {
		t.Errorf("-raw: %d tables confirmed, fewer than the 103 of before", confirmed["-raw"])
	}
}

// confirmedTables are a document's coded tables whose sums confirmed the
// reading, by title; a title printed twice is left out (which copy is which
// cannot be told).
func confirmedTables(d *model.Document) map[string]*model.Table {
	out := map[string]*model.Table{}
	twice := map[string]bool{}
	for _, t := range d.Tables {
		if len(t.Coded) == 0 || t.Verified == nil || !*t.Verified {
			continue
		}
		if _, ok := out[t.Title]; ok {
			twice[t.Title] = true
		}
		out[t.Title] = t
	}
	for title := range twice {
		delete(out, title)
	}
	return out
}

// disagreements lists the codes whose figures differ between two readings'
// confirmed tables of the same title.
func disagreements(a, b *model.Document) []string {
	var out []string
	ta := confirmedTables(a)
	for title, tb := range confirmedTables(b) {
		t, ok := ta[title]
		if !ok {
			continue
		}
		fa := codeFigures(t)
		for code, f := range codeFigures(tb) {
			if g, ok := fa[code]; ok && g != f {
				out = append(out, fmt.Sprintf("%s %s: %s against %s", title, code, f, g))
			}
		}
	}
	slices.Sort(out)
	return out
}

// codeFigures is each code's non-zero figures, sorted and joined: the
// readings may name the columns differently, the figures are the same. A
// code printed more than once in the table is left out.
func codeFigures(t *model.Table) map[string]string {
	out := map[string]string{}
	count := map[string]int{}
	for _, r := range t.Coded {
		if r.Code == "" {
			continue
		}
		count[r.Code]++
		var fs []string
		for _, v := range r.Amounts {
			if !v.IsZero() {
				fs = append(fs, v.Decimal().String())
			}
		}
		slices.Sort(fs)
		out[r.Code] = strings.Join(fs, " ")
	}
	for code, n := range count {
		if n > 1 {
			delete(out, code)
		}
	}
	return out
}
