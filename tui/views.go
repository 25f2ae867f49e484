package tui

import (
	"strconv"
	"strings"
	"unicode"

	"yusuan/compare"
	"yusuan/model"
)

// viewDef is one view's tree and the titles of its amount columns.
type viewDef struct {
	id   viewID
	root *node
	// amountCols titles the amount columns of the rows that carry amounts.
	amountCols []string
	// sortable is false where document order is the meaning (tables, narrative).
	sortable bool
	// source is the tree the flat view lists.
	source viewID
	// baseCols is how many amount columns a row wants at any width; those
	// after them are shown on wide screens only (0: all of them).
	baseCols int
}

// buildViews turns the document into one node tree per view. It runs once,
// before the first frame.
func buildViews(doc *model.Document, tx *text, findings []Finding, d *compare.Diff) [numViews]*viewDef {
	var v [numViews]*viewDef
	v[viewFunctional] = &viewDef{id: viewFunctional, root: buildFunctional(doc, tx), sortable: true,
		amountCols: []string{tx.ColTotal, tx.ColBasic, tx.ColProject}}
	v[viewEconomic] = &viewDef{id: viewEconomic, root: buildEconomic(doc, tx), sortable: true,
		amountCols: []string{tx.ColTotal, tx.ColPersonnel, tx.ColPublic}}
	v[viewProjects] = &viewDef{id: viewProjects, root: buildProjects(doc, tx), sortable: true,
		amountCols: []string{tx.ColBudget}}
	v[viewThreePublic] = &viewDef{id: viewThreePublic, root: buildThreePublic(doc, tx), sortable: true,
		amountCols: []string{tx.ColBudget}}
	v[viewTables] = &viewDef{id: viewTables, root: buildTables(doc, tx)}
	v[viewNarrative] = &viewDef{id: viewNarrative, root: buildNarrative(doc, tx)}
	if d != nil {
		buildDiffViews(&v, d, tx)
		markConfirmed(v[viewNarrative].root, d.Narrative)
	}
	if findings != nil {
		v[viewFindings] = &viewDef{id: viewFindings, root: buildFindings(findings, v, tx), sortable: true}
	}
	py := pinyinCache{}
	for _, d := range v {
		if d == nil {
			continue
		}
		for _, n := range allNodes(d.root) {
			if n.kind != kindTableRow && n.kind != kindParagraph {
				n.pyInit, n.pyFull = py.keys(n.name)
			}
		}
	}
	return v
}

// oneLine cleans document text for a single-line cell: no control
// characters, no line breaks, runs of spaces collapsed.
func oneLine(s string) string {
	s = model.CleanText(s)
	if !needsFields(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// needsFields reports whitespace that oneLine must collapse: any but single
// inner ASCII spaces. Most cells have none, and skip the split.
func needsFields(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return true
	}
	for _, r := range s {
		if r != ' ' && unicode.IsSpace(r) {
			return true
		}
	}
	return false
}

func newRoot(tx *text) *node { return &node{kind: kindRoot, name: tx.All} }

// sumKids sets a root's amounts to the sum of its children, column by column,
// so the top level has a parent for its shares.
func sumKids(root *node, cols int) {
	root.amts = make([]model.Money, cols)
	for _, k := range root.kids {
		for i := 0; i < cols && i < len(k.amts); i++ {
			root.amts[i] = root.amts[i].Add(k.amts[i])
		}
	}
}

func buildFunctional(doc *model.Document, tx *text) *node {
	root := newRoot(tx)
	var add func(p *node, fs []*model.FuncNode)
	add = func(p *node, fs []*model.FuncNode) {
		for _, f := range fs {
			n := p.add(&node{kind: kindFunc, code: oneLine(f.Code), name: oneLine(f.Name),
				amts: []model.Money{f.Total, f.Basic, f.Project}, line: f.Line, derived: f.Derived, fn: f,
				unverified: f.Unverified, absent: []bool{false, f.NoBasic, f.NoProject}})
			add(n, f.Children)
		}
	}
	add(root, doc.Functional)
	sumKids(root, 3)
	return root
}

func buildEconomic(doc *model.Document, tx *text) *node {
	root := newRoot(tx)
	var add func(p *node, es []*model.EconNode)
	add = func(p *node, es []*model.EconNode) {
		for _, e := range es {
			n := p.add(&node{kind: kindEcon, code: oneLine(e.Code), name: oneLine(e.Name),
				amts: []model.Money{e.Total, e.Personnel, e.Public}, line: e.Line, derived: e.Derived, econ: e,
				unverified: e.Unverified, absent: []bool{false, e.NoPersonnel, e.NoPublic}})
			add(n, e.Children)
		}
	}
	add(root, doc.Economic)
	sumKids(root, 3)
	return root
}

// buildProjects lists projects with their function code in the code column
// (the project code is long and shown in the pane); indicators are children,
// so search can land on one.
func buildProjects(doc *model.Document, tx *text) *node {
	root := newRoot(tx)
	for _, p := range doc.Projects {
		n := root.add(&node{kind: kindProject, code: oneLine(p.FunctionCode), name: oneLine(p.Name),
			amts: []model.Money{p.Budget}, absent: []bool{!p.BudgetRead()}, line: p.Line, inferred: p.FunctionCodeInferred, proj: p})
		for _, ind := range p.Indicators {
			n.add(&node{kind: kindIndicator, name: oneLine(ind.Name), line: ind.Line, proj: p, ind: ind,
				cells: []string{oneLine(ind.Value), oneLine(ind.Level1), oneLine(ind.Level2)}})
		}
	}
	sumKids(root, 1)
	return root
}

func buildThreePublic(doc *model.Document, tx *text) *node {
	root := newRoot(tx)
	tp := doc.ThreePublic
	if tp == nil {
		return root
	}
	names := threePublicNames(tx)
	item := func(p *node, field string, m model.Money) *node {
		return p.add(&node{kind: kindThreePublic, text: field, name: names[field], amts: []model.Money{m},
			line: tp.Line, stated: len(tp.Stated) == 0 || tp.IsStated(field)})
	}
	item(root, "abroad", tp.Abroad)
	v := item(root, "vehicle", tp.Vehicle)
	item(v, "vehicle_purchase", tp.VehiclePurchase)
	item(v, "vehicle_operation", tp.VehicleOperation)
	item(root, "reception", tp.Reception)
	item(root, "meeting", tp.Meeting)
	item(root, "training", tp.Training)
	root.amts = []model.Money{tp.Total}
	return root
}

// threePublicNames names the “三公” fields in the interface language.
func threePublicNames(tx *text) map[string]string {
	if tx == &en {
		return map[string]string{"abroad": "Overseas travel", "vehicle": "Official vehicles",
			"vehicle_purchase": "Vehicle purchase", "vehicle_operation": "Vehicle operation",
			"reception": "Official reception", "meeting": "Meetings", "training": "Training",
			"subtotal": "Three public subtotal", "total": "Total"}
	}
	return map[string]string{"abroad": "因公出国（境）费", "vehicle": "公务用车购置及运行费",
		"vehicle_purchase": "公务用车购置费", "vehicle_operation": "公务用车运行费",
		"reception": "公务接待费", "meeting": "会议费", "training": "培训费",
		"subtotal": "“三公”经费小计", "total": "合计"}
}

// buildTables lists the recognised tables; their rows are children with the
// source line in the code column, so a figure can be found in the file.
func buildTables(doc *model.Document, tx *text) *node {
	root := newRoot(tx)
	for _, t := range doc.Tables {
		tn := root.add(&node{kind: kindTable, code: lineCode(t.Line), name: oneLine(t.Title), line: t.Line, tbl: t,
			cells: []string{strconv.Itoa(len(t.Rows)), string(t.Kind)}, unverified: t.Unverified()})
		// one allocation for the table's rows and one for their cells: a
		// large document has tens of thousands of rows
		rows := make([]node, len(t.Rows))
		n := 0
		for _, r := range t.Rows {
			n += len(r)
		}
		all := make([]string, 0, n)
		for i, r := range t.Rows {
			ln := 0
			if i < len(t.RowLines) {
				ln = t.RowLines[i]
			}
			start := len(all)
			for _, c := range r {
				all = append(all, oneLine(c))
			}
			cells := all[start:len(all):len(all)]
			rows[i] = node{kind: kindTableRow, code: lineCode(ln), name: strings.Join(cells, " "), line: ln, tbl: t, cells: cells}
			tn.add(&rows[i])
		}
	}
	return root
}

func buildNarrative(doc *model.Document, tx *text) *node {
	root := newRoot(tx)
	for _, s := range doc.Sections {
		name := oneLine(s.Heading)
		if name == "" {
			// A section without a heading is named by its opening words.
			name = oneLine(s.Text)
		}
		sn := root.add(&node{kind: kindSection, code: lineCode(s.Line), name: name, line: s.Line, sec: s})
		for _, p := range strings.Split(model.CleanText(s.Text), "\n") {
			if p = strings.TrimSpace(p); p != "" {
				sn.add(&node{kind: kindParagraph, name: oneLine(p), text: p, sec: s})
			}
		}
	}
	return root
}

// lineCode shows a source line number in the code column.
func lineCode(line int) string {
	if line <= 0 {
		return ""
	}
	return strconv.Itoa(line)
}

// allNodes lists every node under root, depth-first, parents first.
func allNodes(root *node) []*node {
	var out []*node
	var walk func(*node)
	walk = func(n *node) {
		for _, k := range n.kids {
			out = append(out, k)
			walk(k)
		}
	}
	walk(root)
	return out
}
