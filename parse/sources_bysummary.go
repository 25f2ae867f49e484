package parse

import (
	"slices"
	"strings"

	"yusuan/model"
	"yusuan/prose"
)

// A column whose header printed two sources side by side is named by both,
// “A或B” (spaces_sidebyside.go): its own table's sums cannot tell them
// apart. The document's summary table (收支总体情况表) lists the sources
// line by line on its income side, and can: where it prints A's line with
// exactly the column's 合计 and B's line blank or zero, the column is A's.
// Decided by equal figures only; where the summaries say nothing sure (a
// source listed twice, both printed, both blank, a figure that differs, a
// piece that cannot be read), the column keeps both names.

// sideBySideMark joins the names of a column whose print does not tell
// which of them it is.
const sideBySideMark = "或"

// nameSourcesBySummary renames each “A或B” column of a confirmed table to
// the one source the document's summary tables show its total for.
func nameSourcesBySummary(doc *model.Document) {
	var summaries []*model.Table
	for _, t := range doc.Tables {
		if t.Kind == model.TSummary || t.Kind == model.TFiscalSummary {
			summaries = append(summaries, t)
		}
	}
	if len(summaries) == 0 {
		return
	}
	for _, t := range doc.Tables {
		if t.Verified == nil || !*t.Verified {
			continue // a total read in doubt decides nothing
		}
		for _, col := range slices.Clone(t.Columns) {
			group, names, ok := sideBySideAlternatives(col)
			if !ok {
				continue
			}
			r, ok := totalRow(t)
			if !ok {
				continue
			}
			total, printed := r.Amounts[col]
			if !printed || total.IsZero() {
				continue // nothing to match: a blank column names no source
			}
			if k, ok := sourceBySummaries(summaries, names, total); ok {
				renameColumn(t, col, group+names[k])
			}
		}
	}
}

// sideBySideAlternatives splits a column name the side-by-side rule made
// (“财政拨款收入/政府性基金预算收入或国有资本经营预算收入”) into its group
// path (with its trailing “/”) and the names joined by 或.
func sideBySideAlternatives(col string) (group string, names []string, ok bool) {
	leaf := model.Leaf(col)
	if !strings.Contains(leaf, sideBySideMark) {
		return "", nil, false
	}
	names = strings.Split(leaf, sideBySideMark)
	for _, n := range names {
		if n == "" {
			return "", nil, false
		}
	}
	return col[:len(col)-len(leaf)], names, len(names) > 1
}

// sourceBySummaries is the index of the name every summary that decides
// decides for; ok is false where none decides or two disagree.
func sourceBySummaries(summaries []*model.Table, names []string, total model.Money) (int, bool) {
	found := -1
	for _, s := range summaries {
		k, ok := sourceBySummary(s, names, total)
		if !ok {
			continue
		}
		if found >= 0 && found != k {
			return 0, false
		}
		found = k
	}
	return found, found >= 0
}

// sourceBySummary: the summary lists each name's source on one line, and
// exactly one of those lines prints the total, every other blank or zero.
func sourceBySummary(s *model.Table, names []string, total model.Money) (int, bool) {
	found := -1
	for k, n := range names {
		stem := sourceStem(n)
		if stem == "" {
			return 0, false
		}
		v, ok := sourceLine(s, stem)
		if !ok {
			return 0, false
		}
		switch {
		case v.Equal(total):
			if found >= 0 {
				return 0, false
			}
			found = k
		case !v.IsZero():
			return 0, false // a figure that is neither the total nor none
		}
	}
	return found, found >= 0
}

// sourceLine reads the figure of the one summary line whose label names the
// source stem (zero where it prints none); ok is false where no line or
// more than one names it, or its figure cannot be read for sure.
func sourceLine(s *model.Table, stem string) (model.Money, bool) {
	var v model.Money
	lines := 0
	for i, row := range s.Rows {
		for j, c := range row {
			if c == "" || sourceStem(c) != stem {
				continue
			}
			if lines++; lines > 1 {
				return model.Zero, false // 本年收入 and 上年结转 each list it: which one?
			}
			var ok bool
			if v, ok = lineFigure(s.Rows, i, j, s.Unit); !ok {
				return model.Zero, false
			}
		}
	}
	return v, lines == 1
}

// sourceStem is a source's name without the numbering and the words that
// differ between a column and a summary line: 二、政府性基金预算资金,
// 政府性基金预算拨款收入 and 政府性基金预算收入 are all 政府性基金预算.
func sourceStem(s string) string {
	s = prose.LabelKey(s)
	for {
		t := s
		for _, w := range []string{"收入", "资金", "拨款", "财政"} {
			t = strings.TrimSuffix(t, w)
		}
		if t == s {
			return s
		}
		s = t
	}
}

// lineFigure reads the figure printed after the label in cell j of row i,
// up to the next words (the other side's label): at most one figure, whole,
// or with its decimals wrapped right under it (“41,534” over “.73”, the
// next line printing no label of its own). None printed is zero, unless a
// line beside it without a label holds a figure that may be this line's.
func lineFigure(rows [][]string, i, j int, unit string) (model.Money, bool) {
	row := rows[i]
	end := len(row) // the next words on the line
	at := -1        // the figure's cell
	for k := j + 1; k < len(row); k++ {
		c := strings.TrimSpace(row[k])
		switch {
		case model.IsBlankAmount(c):
		case !isAmountText(c):
			end = k
		case at >= 0 || decimalPart(c):
			return model.Zero, false // two figures, or a figure's end without its start
		default:
			at = k
		}
		if end < len(row) {
			break
		}
	}
	if at < 0 {
		for _, n := range []int{i - 1, i + 1} {
			if strayFigure(rows, n, j, end) {
				return model.Zero, false
			}
		}
		return model.Zero, true
	}
	c := strings.TrimSpace(row[at])
	if groupedWhole(c) && wrappedTail(rows, i+1, at) {
		c += strings.TrimSpace(rows[i+1][at])
	}
	return amount(c, unit)
}

// wrappedTail: line n prints no label up to cell at, and a figure's decimal
// part in it.
func wrappedTail(rows [][]string, n, at int) bool {
	if n >= len(rows) || at >= len(rows[n]) {
		return false
	}
	for _, c := range rows[n][:at] {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return decimalPart(strings.TrimSpace(rows[n][at]))
}

// strayFigure: line n prints no label in cell j and a figure (or a piece of
// one) after j, before end and before words of its own, that is not the
// wrapped end of the figure above it.
func strayFigure(rows [][]string, n, j, end int) bool {
	if n < 0 || n >= len(rows) {
		return false
	}
	row := rows[n]
	if j < len(row) && strings.TrimSpace(row[j]) != "" {
		return false // a line of its own
	}
	for k := j + 1; k < end && k < len(row); k++ {
		c := strings.TrimSpace(row[k])
		if !isAmountText(c) && !model.IsBlankAmount(c) {
			return false // the next words: what follows is theirs
		}
		if model.IsBlankAmount(c) {
			continue
		}
		if decimalPart(c) && n > 0 && k < len(rows[n-1]) && groupedWhole(strings.TrimSpace(rows[n-1][k])) {
			continue // the decimals of the figure above
		}
		return true
	}
	return false
}

// renameColumn gives a table's column a new name wherever the table uses
// it: its columns and its coded rows' amounts and order.
func renameColumn(t *model.Table, from, to string) {
	if slices.Contains(t.Columns, to) {
		return // a column of that name already: two would be one
	}
	t.Columns = slices.Clone(t.Columns)
	for j, c := range t.Columns {
		if c == from {
			t.Columns[j] = to
		}
	}
	for i := range t.Coded {
		r := &t.Coded[i]
		if v, ok := r.Amounts[from]; ok {
			delete(r.Amounts, from)
			r.Amounts[to] = v
		}
		if k := slices.Index(r.Order, from); k >= 0 {
			r.Order = slices.Clone(r.Order) // shared by the table's rows
			r.Order[k] = to
		}
	}
}
