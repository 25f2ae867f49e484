package parse

import (
	"strings"
	"unicode/utf8"

	"yusuan/internal/lazyregexp"
)

// drow is a data line placed into the table's columns.
type drow struct {
	line   int
	cells  []string
	above  []bool // the cell was filled from lines above the row (a centred cell)
	tailed []bool // the cell already took a line below it
	head   bool   // the first line of cells centred on the row below
}

// reNumbered: a row label that starts a new row (一、 1. （一） (1) 1、).
// numbered: s opens with an item's number (reNumbered), tested by its
// first character before the expression runs.
func numbered(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return (r >= '0' && r <= '9' || r == '（' || r == '(' || strings.ContainsRune("一二三四五六七八九十", r)) && reNumbered.MatchString(s)
}

var reNumbered = lazyregexp.New(`^(?:[一二三四五六七八九十]+、|\d+[.．、]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\))`)

// dataRows writes the data lines as rows and folds wrapped cells back onto
// their row. A line with one piece of text and nothing else is part of a
// neighbouring row's cell: a long name continues on the next line
// (“…缴费支” / “出”), and a name centred in a tall cell starts above its row's
// figures (“…缴费支” / 2080505 … 1,384.70 / “出”).
func dataRows(data []sline, place [][]int, ncols int) []Row {
	rows := make([]*drow, 0, len(data))
	var pending []*drow
	var pendBlank []bool // a blank line above the pending line
	var prev *drow
	// settle folds the pending lines between prev and n (nil at the end).
	// Blank lines part them into groups: the group touching prev may
	// continue it, the group touching n may belong to it, a group with blank
	// lines on both sides is a row of its own (a label without figures).
	settle := func(n *drow, nBlank bool) {
		for len(pending) > 0 {
			g := 1
			for g < len(pending) && !pendBlank[g] {
				g++
			}
			group := pending[:g]
			toPrev := prev != nil && !pendBlank[0] && !overflows(group, prev)
			toNext := n != nil && !nBlank && g == len(pending)
			switch {
			case toPrev || toNext:
				var p, q *drow
				if toPrev {
					p = prev
				}
				if toNext {
					q = n
				}
				// the head of a centred cell of n: what comes before it is prev's
				h := -1
				for k, f := range group {
					if f.head {
						h = k
					}
				}
				// a short line before a fuller one ends prev's cell (spaces_cellend.go)
				if h < 0 && p != nil && q != nil {
					if cut := cellEndCut(group, p); cut > 0 {
						h = cut
					}
				}
				for k, f := range group {
					switch {
					case h < 0:
						foldWrapped(f, p, q)
					case k < h:
						foldWrapped(f, p, nil)
					default:
						foldWrapped(f, nil, q)
					}
				}
			default:
				own := group[0]
				for _, f := range group[1:] {
					for j, c := range f.cells {
						own.cells[j] += c
					}
				}
				rows = append(rows, own)
				prev = own
			}
			pending, pendBlank = pending[g:], pendBlank[g:]
		}
	}
	all := make([]*drow, len(data))
	anchor := make([]bool, len(data))
	for i, l := range data {
		r := &drow{line: l.no, cells: make([]string, ncols), above: make([]bool, ncols), tailed: make([]bool, ncols)}
		for ci, c := range l.chunks {
			j := place[i][ci]
			if r.cells[j] != "" {
				r.cells[j] += " "
			}
			r.cells[j] += c.text
		}
		all[i], anchor[i] = r, isAnchor(l, r.cells)
	}
	// cells centred in tall rows, over several columns at once: words only
	// right above a row that is empty in their columns, and words only right
	// under it in the same columns (1.一般公共预 / 21,940.96 二、外交支出 / 算)
	for i := 0; i+2 < len(data); i++ {
		a, n, b := all[i], all[i+1], all[i+2]
		if !anchor[i] || !anchor[i+1] || data[i+1].blankBefore || data[i+2].blankBefore ||
			!wordsOnly(data[i]) || !wordsOnly(data[i+2]) || wordsOnly(data[i+1]) {
			continue
		}
		fits := true
		for j := range a.cells {
			if a.cells[j] != "" && n.cells[j] != "" || (b.cells[j] != "") != (a.cells[j] != "") {
				fits = false
			}
		}
		if fits {
			anchor[i], anchor[i+2] = false, false
			a.head = true
		}
	}
	for i, l := range data {
		r := all[i]
		if !anchor[i] {
			pending = append(pending, r)
			pendBlank = append(pendBlank, l.blankBefore)
			continue
		}
		settle(r, l.blankBefore)
		rows = append(rows, r)
		prev = r
	}
	settle(nil, true)
	out := make([]Row, 0, len(rows))
	for _, r := range rows {
		out = append(out, Row{Line: r.line, Cells: r.cells, Table: true})
	}
	return out
}

// foldWrapped puts the text of wrapped line f into the row above (p) or
// below (n), cell by cell.
func foldWrapped(f, p, n *drow) {
	for j, t := range f.cells {
		if t == "" {
			continue
		}
		switch {
		case p != nil && p.above[j] && !p.tailed[j]:
			p.cells[j] += t // the last line of a centred cell
			p.tailed[j] = true
		case n != nil && n.cells[j] == "":
			n.cells[j] = t
			n.above[j] = true
		case n != nil && n.above[j]:
			n.cells[j] += t // a centred cell of three lines or more
		case p != nil && p.cells[j] != "":
			p.cells[j] += t
			p.tailed[j] = true
		case n != nil:
			n.cells[j] = t + n.cells[j]
		case p != nil:
			p.cells[j] = t
		}
	}
}

// overflows reports a group of lines that cannot be the wrapped end of
// row p's cells: text wider than the cell it would continue. A cell wraps
// because its first line is full, so what follows is no wider than that
// line (a character or two more where punctuation may not start a line);
// a line much wider is a cell of its own under a short label (预算数 /
// the project's purpose across the form's width).
func overflows(group []*drow, p *drow) bool {
	for _, f := range group {
		for j, t := range f.cells {
			if t != "" && p.cells[j] != "" && !p.above[j] && textWidth(t) > textWidth(p.cells[j])+4 {
				return true
			}
		}
	}
	return false
}

// wordsOnly: a line of words, no figures, codes or totals.
func wordsOnly(l sline) bool {
	for ci, c := range l.chunks {
		t := nospace(c.text)
		if isNumChunk(t) || ci == 0 && isCodeText(t) || isTotalLabel(t) || strings.HasSuffix(t, "合计") || strings.HasSuffix(t, "小计") {
			return false
		}
	}
	return len(l.chunks) > 0
}

// isAnchor: a line that is a row of its own: figures, a code, two or more
// cells, a numbered label or a total.
func isAnchor(l sline, cells []string) bool {
	n := 0
	for _, c := range cells {
		if c != "" {
			n++
		}
	}
	if n != 1 || len(l.chunks) != 1 {
		return true
	}
	t := nospace(l.chunks[0].text)
	return isNumChunk(t) || isCodeText(t) || numbered(t) || isTotalLabel(t) ||
		strings.HasSuffix(t, "小计") || strings.HasSuffix(t, "合计") || strings.HasSuffix(t, "总计")
}
