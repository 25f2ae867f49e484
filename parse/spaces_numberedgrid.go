package parse

import (
	"slices"
	"strconv"
	"strings"
)

// A table printed without its merged cells (LibreOffice's PDF of a Word
// table whose header rows hold fewer cells than the table has columns)
// packs each header row's cells to the left, one grid column each: 合计,
// which spans both header rows, stands over the names; 本年收入, which spans
// eight columns, over one; and the row under it starts its words one
// column early, having lost the cell 合计 covered. The figures stand where
// they belong. The numbering line (栏次 1 2 … 12) has one number over every
// column and no merged cell, so it keeps the grid; a header that leaves the
// last numbered columns without a word over them has lost its spans.
//
// Such a header is laid again by the structure every two-row header
// shares: each cell of the upper row either spans both rows (a column of
// its own) or stands over one or more cells of the lower row, in order, so
// that the columns add up to the numbered ones. Several layouts may fit
// the count; the names a layout gives the columns must suit what the rows
// print under them (no amount word over codes and names, an amount word
// over figures), and the arithmetic decides: the layout is taken only where
// every sum it gives the first page holds, at least one does, and every
// layout that does as well names the columns alike. Any other table is
// read as before (layoutColumns).

// numberedGrid lays out a table by its numbering line where the header lost
// its spans, and gives the data lines with the pieces of wrapped cells
// joined (a line left empty dropped); ok is false where it does not apply
// or cannot decide.
func numberedGrid(header, data []sline, wide bool) (lay tableLayout, joined []sline, ok bool) {
	if wide || len(data) == 0 || len(header) < 3 {
		return lay, nil, false
	}
	ni, starts := numberingStarts(header)
	if ni < 0 || ni != len(header)-1 || len(starts) < 4 {
		return lay, nil, false
	}
	colOf := func(x int) int {
		k := -1
		for j, s := range starts {
			if x >= s-1 {
				k = j
			}
		}
		return k
	}
	rows, lineRow, ok := headerCellRows(header[:ni], colOf)
	if !ok || len(rows) != 2 {
		return lay, nil, false
	}
	upper, lower := rows[0], rows[1]
	ncols := len(starts)
	// the last numbered column has no word over it: the header lost spans
	if len(upper) >= ncols || len(lower) >= ncols {
		return lay, nil, false
	}
	for k := range upper {
		if upper[k] == "" {
			return lay, nil, false // the upper row's cells are packed, none blank
		}
	}
	kinds, figs := numberedData(data, colOf, ncols)
	if figs == nil {
		return lay, nil, false
	}
	money := amountColumns(kinds)
	if len(money) == 0 {
		return lay, nil, false
	}
	trial := newSumTrial(figs)
	var chosen []int     // cells of lower each upper cell stands over (0: a column of its own)
	var chosenN []string // the columns' names under it
	found := 0
	for _, span := range headerSpans(upper, lower, ncols) {
		names := spanNames(upper, lower, span)
		if !namesSuitData(names, kinds) {
			continue
		}
		mn := make([]string, len(money))
		for i, k := range money {
			mn[i] = names[k]
		}
		held, failed, ok := trial.sums(mn)
		if !ok || held == 0 || failed > 0 {
			continue
		}
		if found > 0 && !slices.Equal(names, chosenN) {
			return lay, nil, false // two layouts add up alike: the arithmetic cannot tell
		}
		found++
		chosen, chosenN = span, names
	}
	if found == 0 {
		return lay, nil, false
	}
	for _, h := range header {
		lay.lines = append(lay.lines, h.no)
	}
	for k, s := range starts {
		e := s + 1
		if k+1 < len(starts) {
			e = starts[k+1] - 1
		}
		lay.cols = append(lay.cols, lcol{s, e, kinds[k]})
	}
	data = slices.Clone(data)
	joinNumberedTails(data, colOf) // figures and codes wrapped in their narrow cells (spaces_numberedwrap.go)
	data = slices.DeleteFunc(data, func(l sline) bool { return len(l.chunks) == 0 })
	lay.place = make([][]int, len(data))
	for i, l := range data {
		lay.place[i] = make([]int, len(l.chunks))
		for ci, c := range l.chunks {
			lay.place[i][ci] = max(colOf(c.s), 0)
		}
	}
	lay.head = spanFrags(header[:ni], lineRow, lower, colOf, chosen)
	return lay, data, true
}

// numberingStarts finds the numbering line (a mark, then 1 2 3 … in order)
// and where each of its columns starts: the mark's column, then each number's.
func numberingStarts(header []sline) (int, []int) {
	for i, h := range header {
		words := splitChunks(h.raw, 1)
		if len(words) < 3 {
			continue
		}
		if m := strings.TrimSpace(words[0].text); m != "栏次" && strings.Trim(m, "*") != "" {
			continue
		}
		starts := []int{words[0].s}
		for n, w := range words[1:] {
			if strings.TrimSpace(w.text) != strconv.Itoa(n+1) {
				starts = nil
				break
			}
			starts = append(starts, w.s)
		}
		if starts != nil {
			return i, starts
		}
	}
	return -1, nil
}

// headerCellRows reads the header lines as rows of cells by column: a line
// whose words all stand in columns where the row's first line has a word
// continues that row's cells (a name wrapped in its cell); any other line
// starts a row. lineRow is the row of each line.
func headerCellRows(lines []sline, colOf func(int) int) (rows [][]string, lineRow []int, ok bool) {
	var first map[int]bool
	for _, l := range lines {
		words := splitChunks(l.raw, 2)
		cont := rows != nil
		for _, w := range words {
			if k := colOf(w.s); k < 0 {
				return nil, nil, false
			} else if !first[k] {
				cont = false
			}
		}
		if !cont {
			rows = append(rows, nil)
			first = map[int]bool{}
		}
		lineRow = append(lineRow, len(rows)-1)
		row := &rows[len(rows)-1]
		for _, w := range words {
			k := colOf(w.s)
			for len(*row) <= k {
				*row = append(*row, "")
			}
			if (*row)[k] != "" && !cont {
				return nil, nil, false // two words of one line in one column
			}
			(*row)[k] += nospace(w.text)
			if !cont {
				first[k] = true
			}
		}
	}
	return rows, lineRow, true
}

// numberedData tells, per numbered column, what the data lines print in
// it (kNum for amounts, kWord for names, kHead for nothing else: codes,
// row numbers and bare digits tell nothing), and gives the first page's figures for the arithmetic; nil
// where a column holds amounts and words alike.
func numberedData(data []sline, colOf func(int) int, ncols int) ([]int, []rowFigs) {
	kinds := make([]int, ncols)
	for k := range kinds {
		kinds[k] = kHead
	}
	var figs []rowFigs
	page := data[0].page
	for _, l := range data {
		var f rowFigs
		for _, c := range l.chunks {
			k := max(colOf(c.s), 0)
			t := nospace(c.text)
			kind := kWord
			switch {
			case t == "" || allDigits(t):
				continue // a code, a row's number, or the head of a figure wrapped in its cell
			case isNumChunk(t) && strings.ContainsAny(t, ".,"):
				kind = kNum
			}
			switch {
			case kinds[k] == kHead:
				kinds[k] = kind
			case (kinds[k] == kNum) != (kind == kNum):
				if l.page == page {
					return nil, nil
				}
			}
			if kind == kNum && l.page == page {
				if m, ok := amount(t, "万元"); ok {
					f.at, f.val = append(f.at, k), append(f.val, m)
				}
			}
		}
		if len(f.at) > 0 {
			figs = append(figs, f)
		}
	}
	// rowFigs index the amount columns in order
	money := amountColumns(kinds)
	for i := range figs {
		for j, k := range figs[i].at {
			figs[i].at[j] = slices.Index(money, k)
		}
	}
	return kinds, figs
}

// amountColumns are the columns of amounts: from the first that prints a
// figure, every one that prints no name (a column left empty is named in
// the sums all the same: 合计 = 本年收入 + 上年结转 whether or not 上年结转
// holds a figure).
func amountColumns(kinds []int) []int {
	var out []int
	for k, kd := range kinds {
		if kd == kNum || kd == kHead && len(out) > 0 {
			out = append(out, k)
		}
	}
	return out
}

// headerSpans lists the ways the upper row's cells can stand over the
// lower row's: span[i] is how many lower cells cell i stands over, 0 for a
// cell spanning both rows (whose lower cell the print lost), so that the
// columns come to ncols and every lower cell is under one upper cell. A
// cell over several stands over named ones only (a blank lower cell is a
// merged cell's kept rest, under a column of its own).
func headerSpans(upper, lower []string, ncols int) [][]int {
	var out [][]int
	span := make([]int, len(upper))
	var walk func(i, j, cols int)
	walk = func(i, j, cols int) {
		if len(out) > maxHeaderSpans || cols > ncols {
			return
		}
		if i == len(upper) {
			if j == len(lower) && cols == ncols {
				out = append(out, slices.Clone(span))
			}
			return
		}
		span[i] = 0
		walk(i+1, j, cols+1)
		for t := 1; j+t <= len(lower); t++ {
			if t > 1 && (lower[j] == "" || lower[j+t-1] == "") {
				break
			}
			span[i] = t
			walk(i+1, j+t, cols+t)
		}
	}
	walk(0, 0, 0)
	if len(out) > maxHeaderSpans {
		return nil // too many to try: left as read
	}
	return out
}

// maxHeaderSpans bounds the layouts tried for one header.
const maxHeaderSpans = 1000

// spanNames names the columns under a layout: an upper cell alone, or
// above its lower cells (本年收入/小计).
func spanNames(upper, lower []string, span []int) []string {
	var names []string
	j := 0
	for i, u := range upper {
		if span[i] == 0 {
			names = append(names, u)
			continue
		}
		for t := 0; t < span[i]; t++ {
			if l := lower[j+t]; l != "" {
				names = append(names, u+"/"+l)
			} else {
				names = append(names, u)
			}
		}
		j += span[i]
	}
	return names
}

// namesSuitData: no amount word over a column of names, and an amount
// word, under no word of the names' columns, naming every column of figures.
func namesSuitData(names []string, kinds []int) bool {
	for k, n := range names {
		switch kinds[k] {
		case kNum:
			if !amountLabel(n) {
				return false
			}
			for _, part := range strings.Split(n, "/") {
				if isLabelWord(part) {
					return false
				}
			}
		case kWord:
			for _, part := range strings.Split(n, "/") {
				if amountLabel(part) {
					return false
				}
			}
		}
	}
	return true
}

// isLabelWord: a header word of the columns that name the rows.
func isLabelWord(w string) bool {
	return w == "序号" || w == "栏次" || strings.Contains(w, "科目") || strings.Contains(w, "编码") || strings.Contains(w, "名称")
}

// spanFrags gives each header word the columns the chosen layout puts it
// over: an upper cell over named lower cells is a group label over them.
func spanFrags(lines []sline, lineRow []int, lower []string, colOf func(int) int, span []int) []hfrag {
	first, j := make([]int, len(span)), make([]int, len(span)) // each upper cell's first column and lower cell
	col, cell := 0, 0
	for i, t := range span {
		first[i], j[i] = col, cell
		col, cell = col+max(t, 1), cell+t
	}
	var out []hfrag
	for li, l := range lines {
		for _, w := range splitChunks(l.raw, 2) {
			k := colOf(w.s)
			f := hfrag{line: li, c: w}
			switch {
			case lineRow[li] == 1:
				f.cols = []int{lowerColumn(span, k)}
			case span[k] > 0 && slices.ContainsFunc(lower[j[k]:j[k]+span[k]], func(s string) bool { return s != "" }):
				f.group = true
				for c := first[k]; c < first[k]+span[k]; c++ {
					f.cols = append(f.cols, c)
				}
			default:
				f.cols = []int{first[k]}
			}
			out = append(out, f)
		}
	}
	return out
}

// lowerColumn is the column of the lower row's k-th cell under a layout.
func lowerColumn(span []int, k int) int {
	col, j := 0, 0
	for _, t := range span {
		if t == 0 {
			col++
			continue
		}
		if k < j+t {
			return col + k - j
		}
		j += t
		col += t
	}
	return col
}
