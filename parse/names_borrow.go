package parse

import (
	"yusuan/model"
)

// A table of names only whose own sums give no nesting (a figure of the
// document's own that fails: 杭州市交通运输局's 表5 prints 公路水路运输 50.60
// short of its items) is nested as another table of the same document that
// its sums did nest, and that its arithmetic confirmed, prints the same
// lines: each of its lines found, in order, among the other's, under the
// line the other prints it under. Its own sums are then checked under that
// nesting like any table's: the document's slips stay named, and a table
// with more than a few fails stays in doubt.
func borrowShapes(doc *model.Document) {
	var sources []*model.Table // nested by their own sums and confirmed, before any borrowing
	for _, t := range doc.Tables {
		if shaped(t) && t.Verified != nil && *t.Verified {
			sources = append(sources, t)
		}
	}
	if len(sources) == 0 {
		return
	}
	for _, t := range doc.Tables {
		if !functionalKind(t.Kind) || shaped(t) || len(t.Coded) < 3 || printsCodes(t) {
			continue
		}
		for _, src := range sources {
			if depths, codes, ok := sameLines(t, src); ok {
				for i := range depths {
					t.Coded[i+1].Depth, t.Coded[i+1].Code = depths[i], codes[i]
				}
				verifyTable(t)
				refuteFiguresInHeader(t)
				break
			}
		}
	}
}

func functionalKind(k model.TableKind) bool {
	switch k {
	case model.TExpenditure, model.TIncome, model.TGeneralExpenditure, model.TFiscalExpenditure,
		model.TFundExpenditure, model.TSOEExpenditure:
		return true
	}
	return false
}

// shaped: a table nested by its sums (shapeByArithmetic).
func shaped(t *model.Table) bool {
	for i := range t.Coded {
		if t.Coded[i].Depth > 0 {
			return true
		}
	}
	return false
}

// sameLines finds each line of t after its 合计, in order, among src's, and
// returns their depths and codes; ok only if every line is found and each
// stands under the line src prints it under (its parent found too).
func sameLines(t, src *model.Table) (depths []int, codes []string, ok bool) {
	if t.Coded[0].Code != "" || !isTotalLabel(t.Coded[0].Name) {
		return nil, nil, false
	}
	srcParent := parents(src.Coded)
	match := make([]int, len(t.Coded)) // t's row → src's row
	j := 0
	for i := 1; i < len(t.Coded); i++ {
		r := &t.Coded[i]
		for j < len(src.Coded) && (src.Coded[j].Depth == 0 || src.Coded[j].Name != r.Name) {
			j++
		}
		if j == len(src.Coded) {
			return nil, nil, false
		}
		match[i] = j
		depths = append(depths, src.Coded[j].Depth)
		codes = append(codes, src.Coded[j].Code)
		j++
	}
	// the nesting so found must be the source's: each line's parent in t
	// is the line found for its parent in src
	rows := make([]model.CodedRow, len(t.Coded))
	rows[0] = model.CodedRow{}
	for i := 1; i < len(t.Coded); i++ {
		rows[i] = model.CodedRow{Depth: depths[i-1]}
		if i == 1 && depths[0] != 1 || i > 1 && depths[i-1] > depths[i-2]+1 {
			return nil, nil, false
		}
	}
	tParent := parents(rows)
	for i := 1; i < len(t.Coded); i++ {
		p, sp := tParent[i], srcParent[match[i]]
		if p < 0 && sp >= 0 || p >= 0 && (sp < 0 || match[p] != sp) {
			return nil, nil, false
		}
	}
	return depths, codes, true
}

// parents gives each row's parent by depth (-1 for a class or a row
// without a depth).
func parents(rows []model.CodedRow) []int {
	out := make([]int, len(rows))
	last := map[int]int{} // the last row seen at each depth
	for i, r := range rows {
		out[i] = -1
		if r.Depth == 0 {
			continue
		}
		if p, ok := last[r.Depth-1]; ok && r.Depth > 1 {
			out[i] = p
		}
		last[r.Depth] = i
		for d := r.Depth + 1; d <= 3; d++ {
			delete(last, d)
		}
	}
	return out
}
