package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A header line whose merged cell lost its span slides left: LibreOffice's
// PDF of a table with no column widths prints 功能分类科目, which spans the
// code and name columns, over the code column only, and every word after it
// on its line one column left of its figures. The line's first amount
// label (合计) then heads a column of its own between the code and the name
// columns, over no figure in any row, and each label after it stands over
// the figures of the column left of its own (基本支出 over the 合计s).
//
// An amount is never printed left of the names it belongs to; so where the
// label of a column that no row fills names an amount and the next column
// holds the rows' names, slideAmountLabels moves that label right of the
// names, over the first column of figures, and every label after it one
// column on (the last over a new column no row fills). The empty column is
// dropped. Where the label landed on the names' label instead (合计科目名称),
// it is moved the same way. The arithmetic of the table confirms or
// refutes the new reading.
func slideAmountLabels(header []Row, data []Row) ([]Row, []Row) {
	if len(header) != 1 || len(data) == 0 {
		return header, data
	}
	h := header[0].Cells
	n := len(h)
	for _, r := range data {
		if len(r.Cells) != n {
			return header, data
		}
	}
	k := -1
	for j := 0; j+2 < n; j++ {
		if amountLabel(h[j]) && columnEmpty(data, j) && namesIn(data, j+1) {
			k = j
			break
		}
	}
	if k < 0 {
		return slideStackedLabel(header, data)
	}
	if figuresLeftOf(data, k+1) || !figuresRightOf(data, k+1) {
		return header, data
	}
	labels := make([]string, 0, n)
	labels = append(labels, h[:k]...)
	labels = append(labels, h[k+1], h[k])
	labels = append(labels, h[k+2:]...)
	out := []Row{{Line: header[0].Line, Cells: labels, Table: header[0].Table}}
	rows := make([]Row, len(data))
	for i, r := range data {
		cells := make([]string, 0, n)
		cells = append(cells, r.Cells[:k]...)
		cells = append(cells, r.Cells[k+1:]...)
		rows[i] = Row{Line: r.Line, Cells: append(cells, ""), Table: r.Table}
	}
	return out, rows
}

// slideStackedLabel is the same slide where the amount label landed over
// the names, stacked on their label (合计科目名称): the label moves over the
// first figures and every label after it one column on, the last over the
// column of figures left unlabelled, or over a new column no row fills.
func slideStackedLabel(header []Row, data []Row) ([]Row, []Row) {
	h := header[0].Cells
	n := len(h)
	for j := 0; j+1 < n; j++ {
		amount, name, ok := stackedOverName(h[j])
		if !ok || !namesIn(data, j) || figuresLeftOf(data, j) || !figuresRightOf(data, j) {
			continue
		}
		labels := make([]string, 0, n+1)
		labels = append(labels, h[:j]...)
		labels = append(labels, name, amount)
		labels = append(labels, h[j+1:]...)
		out := []Row{{Line: header[0].Line, Cells: labels, Table: header[0].Table}}
		if h[n-1] == "" && !columnEmpty(data, n-1) {
			out[0].Cells = labels[:n] // the unlabelled figures take the last label
			return out, data
		}
		rows := make([]Row, len(data))
		for i, r := range data {
			rows[i] = Row{Line: r.Line, Cells: append(slices.Clone(r.Cells), ""), Table: r.Table}
		}
		return out, rows
	}
	return header, data
}

// stackedOverName splits a label of a total stacked on the names' label
// (合计科目名称, 合计/科目名称).
func stackedOverName(label string) (amount, name string, ok bool) {
	l := strings.ReplaceAll(label, "/", "")
	for _, a := range []string{"合计", "总计", "小计"} {
		if rest, found := strings.CutPrefix(l, a); found && strings.HasSuffix(rest, "名称") {
			return a, rest, true
		}
	}
	return "", "", false
}

// amountLabel: a header label (its last word under its groups) that names
// a column of amounts.
func amountLabel(label string) bool {
	w := label[strings.LastIndexByte(label, '/')+1:]
	if isTotalLabel(w) || w == "小计" || w == "金额" {
		return true
	}
	return utf8.RuneCountInString(w) <= 12 && (strings.HasSuffix(w, "支出") || strings.HasSuffix(w, "收入"))
}

func columnEmpty(rows []Row, j int) bool {
	for _, r := range rows {
		if strings.TrimSpace(r.Cells[j]) != "" {
			return false
		}
	}
	return true
}

// figuresLeftOf: some row prints a figure with decimals left of column j
// (row numbers and codes are no such figures).
func figuresLeftOf(rows []Row, j int) bool {
	for _, r := range rows {
		for _, c := range r.Cells[:j] {
			if strings.Contains(c, ".") && isAmountText(strings.Fields(c)[0]) {
				return true
			}
		}
	}
	return false
}

func figuresRightOf(rows []Row, j int) bool {
	for _, r := range rows {
		for _, c := range r.Cells[j+1:] {
			if fs := strings.Fields(c); len(fs) > 0 && isAmountText(fs[0]) {
				return true
			}
		}
	}
	return false
}
