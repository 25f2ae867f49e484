package parse

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"yusuan/model"
)

// Bounds on spans, as browsers bound them, so a hostile page cannot expand a
// table beyond memory.
const (
	maxColspan = 256
	maxRowspan = 1000
)

// readHTML reads a web page: each table that holds no other table becomes
// table rows (colspan and rowspan expanded to a grid, the value in the
// top-left cell, blanks elsewhere); text outside such tables becomes text
// rows, one per block (p, div, br, h1…, li, a row of a layout table). Old
// government sites wrap the whole page in layout tables, which is why only
// innermost tables count as data. Line is the running number of the row.
func readHTML(data []byte) ([]Row, error) {
	text, err := htmlText(data)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("HTML 无法解析 (unreadable page: %v)", err)
	}
	w := &htmlWalker{layout: layoutTables(root)}
	w.walk(root)
	w.flush()
	return w.rows, nil
}

type htmlWalker struct {
	rows   []Row
	count  int
	line   strings.Builder
	layout map[*html.Node]bool // tables that hold tables
}

// skipped elements carry no document text.
func skippedElement(a atom.Atom) bool {
	switch a {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object, atom.Svg, atom.Select, atom.Button:
		return true
	}
	return false
}

// blockElement starts and ends a line of text.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Tr, atom.Td, atom.Th, atom.Table, atom.Caption, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Center, atom.Blockquote, atom.Pre, atom.Hr, atom.Dt, atom.Dd, atom.Dl, atom.Title, atom.Body, atom.Form, atom.Main, atom.Nav:
		return true
	}
	return false
}

// walk visits the tree without recursion, so no nesting depth can exhaust
// the stack.
func (w *htmlWalker) walk(root *html.Node) {
	n := root
	for n != nil {
		descend := true
		switch n.Type {
		case html.TextNode:
			w.line.WriteString(n.Data)
		case html.ElementNode:
			switch {
			case skippedElement(n.DataAtom):
				descend = false
			case n.DataAtom == atom.Table && !w.layout[n]:
				w.flush()
				w.table(n)
				descend = false
			case blockElement(n.DataAtom):
				w.flush()
			}
		}
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		// leave n, and every ancestor that has no further sibling
		for n != nil && n != root {
			if n.Type == html.ElementNode && blockElement(n.DataAtom) {
				w.flush()
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
		if n == root {
			return
		}
	}
}

// layoutTables marks every table that holds another table, in one pass:
// from each table up to the first ancestor table already marked (whose
// ancestors are then marked too), so deep nesting costs no more than flat.
func layoutTables(root *html.Node) map[*html.Node]bool {
	marked := map[*html.Node]bool{}
	visit(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.Table {
			return true
		}
		for a := n.Parent; a != nil; a = a.Parent {
			if a.Type == html.ElementNode && a.DataAtom == atom.Table {
				if marked[a] {
					break
				}
				marked[a] = true
			}
		}
		return true
	})
	return marked
}

// visit calls f on root and its descendants in document order,
// iteratively; where f returns false, the node's children are skipped.
func visit(root *html.Node, f func(*html.Node) bool) {
	n := root
	for n != nil {
		if f(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != nil && n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == nil || n == root {
			return
		}
		n = n.NextSibling
	}
}

// flush ends the current line of text: a run of whitespace that holds a
// line break is a space (nothing between Chinese characters, as browsers
// render it), one that holds a TAB without a break separates cells (a
// contents line: title TAB page).
func (w *htmlWalker) flush() {
	s := w.line.String()
	w.line.Reset()
	s = strings.TrimSpace(collapseSpace(s, true))
	if s == "" {
		return
	}
	w.count++
	w.rows = append(w.rows, textRow(w.count, model.CleanText(s)))
}

// collapseSpace applies HTML whitespace rules; keepTabs keeps a lone-line
// TAB run as one TAB (a cell separator in text rows).
func collapseSpace(s string, keepTabs bool) string {
	if !strings.ContainsAny(s, " \t\n\r\f\u00a0") {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\u00a0' { // a no-break space is kept, as a space
			b.WriteByte(' ')
			continue
		}
		if !isHTMLSpace(rs[i]) {
			b.WriteRune(rs[i])
			continue
		}
		j, br, tab := i, false, false
		for j < len(rs) && isHTMLSpace(rs[j]) {
			br = br || rs[j] == '\n' || rs[j] == '\r' || rs[j] == '\f'
			tab = tab || rs[j] == '\t'
			j++
		}
		switch {
		case br && i > 0 && j < len(rs) && isCJK(rs[i-1]) && isCJK(rs[j]):
		case tab && !br && keepTabs:
			b.WriteByte('\t')
		default:
			b.WriteByte(' ')
		}
		i = j - 1
	}
	return b.String()
}

// isHTMLSpace: HTML's collapsible whitespace (not the no-break space, which
// Word's HTML export uses for runs of spaces and empty cells).
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// table expands one data table into rows. Cells covered by a rowspan from
// above are blank in the rows below.
func (w *htmlWalker) table(t *html.Node) {
	var covered []int // covered[c] = rows still covered by a rowspan from above at column c
	var trs []*html.Node
	visit(t, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Tr {
			trs = append(trs, n)
			return false
		}
		return true
	})
	width, firstData := gridWidth(trs), firstFigureRow(trs)
	var above []cellSpan // the cells of the row above: where each starts, how wide
	for ri, tr := range trs {
		var cells []string
		col := 0
		take := func() { // blanks for columns still covered from above
			for col < len(covered) && covered[col] > 0 && len(cells) < maxColumns {
				covered[col]--
				cells = append(cells, "")
				col++
			}
		}
		skip := 0
		if ri < firstData {
			skip = headerGap(tr, covered, width, above)
		}
		above = above[:0]
		for td := tr.FirstChild; td != nil; td = td.NextSibling {
			if td.Type != html.ElementNode || td.DataAtom != atom.Td && td.DataAtom != atom.Th {
				continue
			}
			take()
			for ; skip > 0 && len(cells) < maxColumns; skip-- { // see headerGap
				cells = append(cells, "")
				for len(covered) <= col {
					covered = append(covered, 0)
				}
				col++
				take()
			}
			if len(cells) >= maxColumns {
				break
			}
			cs, rs := spanAttr(td, "colspan", maxColspan), spanAttr(td, "rowspan", maxRowspan)
			above = append(above, cellSpan{col, cs})
			for k := 0; k < cs && len(cells) < maxColumns; k++ {
				if k == 0 {
					cells = append(cells, htmlCellText(td))
				} else {
					cells = append(cells, "")
				}
				for len(covered) <= col {
					covered = append(covered, 0)
				}
				covered[col] = rs - 1
				col++
			}
		}
		// columns further right still covered from above: pad to them
		for c := col; c < len(covered) && len(cells) < maxColumns; c++ {
			if covered[c] > 0 {
				covered[c]--
				for len(cells) <= c {
					cells = append(cells, "")
				}
			}
		}
		w.count++
		if len(cells) == 0 {
			continue
		}
		w.rows = append(w.rows, Row{Line: w.count, Cells: cells, Table: true})
	}
}

func spanAttr(n *html.Node, key string, limit int) int {
	for _, a := range n.Attr {
		if a.Key == key {
			v, err := strconv.Atoi(strings.TrimSpace(a.Val))
			if err != nil || v < 1 {
				return 1
			}
			return min(v, limit)
		}
	}
	return 1
}

// htmlCellText is a cell's text with its blocks (p, br) joined as in Word
// cells: nothing between Chinese characters, else a space.
func htmlCellText(td *html.Node) string {
	var b strings.Builder
	visit(td, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if skippedElement(n.DataAtom) {
				return false
			}
			if n != td && blockElement(n.DataAtom) {
				b.WriteByte('\n')
			}
		}
		return true
	})
	return strings.TrimSpace(model.CleanText(collapseSpace(b.String(), false)))
}
