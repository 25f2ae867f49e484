package parse

import (
	"runtime"
	"slices"
	"strings"
)

// Row is one line of the grid every layout reader produces: either a line of
// running text (a single cell, Table false) or a table row (cells in column
// order, blanks kept so columns line up).
type Row struct {
	Line  int // 1-based source line of the row's first cell
	Cells []string
	Table bool
}

// Text returns the row's non-empty cells joined by a space, trimmed.
func (r Row) Text() string {
	if len(r.Cells) == 1 {
		return trimCell(r.Cells[0]) // a line of text: no copy
	}
	var parts []string
	for _, c := range r.Cells {
		if c = trimCell(c); c != "" {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, " ")
}

// NonEmpty returns the row's non-blank cells, trimmed.
func (r Row) NonEmpty() []string {
	var out []string
	for _, c := range r.Cells {
		if c = trimCell(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// Layout names the text shape a document was recognised as.
type Layout string

// Text layouts.
const (
	LayoutCells  Layout = "cells"  // Word export: one TAB-prefixed cell per line, blank line after each row
	LayoutRows   Layout = "rows"   // PDF export: one row per line, TAB-separated
	LayoutSpaces Layout = "spaces" // pdftotext -layout: columns aligned by runs of spaces
	LayoutRaw    Layout = "raw"    // pdftotext -raw, copy-paste: cells separated by single spaces
)

// DetectLayout decides from the content which reader fits.
func DetectLayout(lines []string) Layout {
	lead, inner := 0, 0
	for _, l := range lines {
		if strings.HasPrefix(l, "\t") {
			lead++
		} else if strings.Contains(strings.TrimRight(l, "\t "), "\t") {
			inner++
		}
	}
	switch {
	case lead > 20 && lead > inner:
		return LayoutCells
	case inner > 5:
		return LayoutRows
	case isRawText(lines):
		return LayoutRaw
	default:
		return LayoutSpaces
	}
}

// readCells reads the Word-export layout: a table row is a run of
// TAB-prefixed lines (one cell each) ended by a blank line; merged cells come
// out as empty cells. Other lines are text.
func readCells(lines []string) []Row {
	rows := make([]Row, 0, len(lines)/3)
	var cur *Row
	flush := func() {
		if cur != nil {
			rows = append(rows, *cur)
			cur = nil
		}
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "\t") {
			if cur == nil {
				cur = &Row{Line: i + 1, Table: true}
			}
			cur.Cells = append(cur.Cells, strings.TrimSpace(l[1:]))
			continue
		}
		flush()
		if t := strings.TrimSpace(l); t != "" {
			rows = append(rows, textRow(i+1, l))
		}
	}
	flush()
	return rows
}

// readRows reads the PDF-export layout: a line with TABs is a table row split
// on them; a line without is text. A long document is read in runs of lines
// on as many goroutines as there are processors (a line is read alone).
func readRows(lines []string) []Row {
	n := min(runtime.GOMAXPROCS(0), len(lines)/rowsPerRun)
	if n <= 1 {
		return readRowsFrom(lines, 0)
	}
	runs := make([][]Row, n)
	eachAside(n, func(k int) {
		from, to := k*len(lines)/n, (k+1)*len(lines)/n
		runs[k] = readRowsFrom(lines[from:to], from)
	})
	return slices.Concat(runs...)
}

// rowsPerRun: a document shorter than two runs is read on one goroutine (a
// budget of a few thousand lines takes a millisecond).
const rowsPerRun = 16384

// readRowsFrom reads lines that start at line index first (0-based).
func readRowsFrom(lines []string, first int) []Row {
	rows := make([]Row, 0, len(lines))
	// All TAB-separated cells share one backing array, cut with a full slice
	// expression so a reader that appends to a row's cells copies them.
	tabs := 0
	for _, l := range lines {
		tabs += strings.Count(l, "\t")
	}
	pool := make([]string, 0, tabs+len(lines))
	for i, l := range lines {
		if trimCell(l) == "" {
			continue
		}
		if tab := strings.IndexByte(l, '\t'); tab >= 0 {
			start := len(pool)
			for ; tab >= 0; tab = strings.IndexByte(l, '\t') {
				pool = append(pool, trimCell(l[:tab]))
				l = l[tab+1:]
			}
			pool = append(pool, trimCell(l))
			rows = append(rows, Row{Line: first + i + 1, Cells: pool[start:len(pool):len(pool)], Table: true})
			continue
		}
		rows = append(rows, textRow(first+i+1, l))
	}
	return rows
}

// textRow makes a row of running text. A TAB inside it (a contents line:
// title TAB page) separates cells.
func textRow(line int, l string) Row {
	cells := strings.Split(strings.TrimSpace(stripBookmark(l)), "\t")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return Row{Line: line, Cells: cells}
}

// stripBookmark drops the "[bookmark: _Toc…]" markers Word exports put before headings.
func stripBookmark(s string) string {
	for strings.HasPrefix(s, "[bookmark:") {
		i := strings.IndexByte(s, ']')
		if i < 0 {
			return s
		}
		s = s[i+1:]
	}
	return s
}

// trimCell is strings.TrimSpace, quicker on the usual cell of a Chinese
// table: one that starts and ends with a Han character. No space's UTF-8
// form starts with the bytes 0xE4–0xE9 (U+4000–U+9FFF), and a last rune in
// that block is no space either; strings.TrimSpace decodes both ends of any
// text that is not ASCII.
func trimCell(s string) string {
	if n := len(s); n >= 3 && s[0] >= 0xE4 && s[0] <= 0xE9 &&
		s[n-3] >= 0xE4 && s[n-3] <= 0xE9 && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
		return s // the last three bytes are one character of the block
	}
	return strings.TrimSpace(s)
}
