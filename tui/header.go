package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"yusuan/model"
)

// titleLine names the document: department, year and kind, unit.
func titleLine(c *uiContext, doc *model.Document, w int) string {
	parts := []string{cell(oneLine(doc.Department))}
	switch d := c.opt.Diff; {
	case d != nil && d.Execution:
		parts = append(parts, fmt.Sprintf("%d %s -> %s", d.New.Year, kindName(c, model.Budget), kindName(c, model.Final)))
	case d != nil:
		parts = append(parts, fmt.Sprintf("%d -> %d", d.Old.Year, d.New.Year))
	case doc.Year > 0:
		parts = append(parts, fmt.Sprintf("%d", doc.Year))
	}
	if doc.Kind != "" {
		parts = append(parts, kindName(c, doc.Kind))
	}
	if doc.Unit != "" {
		parts = append(parts, c.tx.Unit+": "+cell(oneLine(doc.Unit)))
	}
	if n := c.doubt; n > 0 {
		parts = append(parts, "? "+fmt.Sprintf(c.tx.DoubtTitle, n))
	}
	return c.st.header.Render(fit(strings.Join(parts, "  "), w))
}

// unverifiedTables counts the tables whose arithmetic did not confirm
// what was read: the title says so on every screen.
func unverifiedTables(doc *model.Document) int {
	n := 0
	for _, t := range doc.Tables {
		if t.Unverified() {
			n++
		}
	}
	return n
}

func kindName(c *uiContext, k model.Kind) string {
	if c.opt.Lang != "en" {
		return k.Chinese()
	}
	return string(k)
}

// tabsLine lists the views with their digit keys; the current one is in
// brackets as well as reversed, so it shows without colour. When the names
// do not all fit, the other views show their digit only.
func tabsLine(c *uiContext, cur viewID, hasFindings bool, w int) string {
	draw := func(short bool) string {
		var b strings.Builder
		for i, name := range c.tx.Views {
			if viewID(i) == viewFindings && !hasFindings {
				continue
			}
			t := fmt.Sprintf("%d %s", i+1, cell(name))
			switch {
			case viewID(i) == cur:
				b.WriteString(c.st.tabOn.Render("[" + t + "]"))
			case short:
				b.WriteString(c.st.tabOff.Render(fmt.Sprintf(" %d ", i+1)))
			default:
				b.WriteString(c.st.tabOff.Render(" " + t + " "))
			}
		}
		return b.String()
	}
	s := draw(false)
	if widthOf(s) > w {
		s = draw(true)
	}
	return fit(s, w)
}

// crumbLine is the path to the level on screen (全部 › 224 … › 22401 …); when
// too long it keeps the end, which is where the auditor is.
func crumbLine(c *uiContext, v *viewState, w int) string {
	parts := make([]string, 0, len(v.stack)+1)
	if c.crumbRoot != "" {
		parts = append(parts, cell(c.crumbRoot))
	}
	for i, f := range v.stack {
		n := f.list.parent
		if i == 0 && !n.flat {
			parts = append(parts, cell(c.tx.All))
			continue
		}
		parts = append(parts, cell(strings.TrimSpace(n.code+" "+n.name)))
	}
	s := strings.Join(parts, c.g.crumbSep)
	if widthOf(s) > w {
		s = ansi.TruncateLeft(s, widthOf(s)-w+2, "..")
	}
	return c.st.crumb.Render(fit(s, w))
}

// statusLine shows the sort, what the list draws after the amounts (as
// drawn at this width: the share and the bar go when room is short) and the
// position in the level.
func statusLine(c *uiContext, v *viewState, mode barMode, lay layout, msg string, w int) string {
	tx := c.tx
	var parts []string
	if v.def.sortable {
		k := v.sortKey()
		dir := c.g.up
		if k.descending() != v.reverse {
			dir = c.g.down
		}
		d := v.def
		if p := v.top().list.parent; p.rowsOf != nil && !p.flat {
			d = p.rowsOf // a line's projects: name the projects' columns
		}
		parts = append(parts, tx.Sort+": "+k.name(d, tx)+" "+dir)
		pct, both := tx.ModePct, tx.ModeBoth
		if c.opt.Diff != nil && v.def.amountCols != nil {
			pct, both = tx.ColDeltaPct, tx.ColDeltaPct+"+"+tx.ModeBar // the column is Δ%, not a share
		}
		switch {
		case lay.pct && lay.barW > 0:
			parts = append(parts, both)
		case lay.pct:
			parts = append(parts, pct)
		case lay.barW > 0:
			parts = append(parts, tx.ModeBar)
		}
	}
	if v.hide {
		parts = append(parts, tx.HideSame)
	}
	if !v.filter.empty() {
		parts = append(parts, tx.F.Filter+": "+cell(oneLine(v.filter.text)))
	}
	f := v.top()
	if n := len(f.list.rows); n > 0 {
		parts = append(parts, fmt.Sprintf("%d/%d", f.cursor+1, n))
	}
	if msg != "" {
		parts = append(parts, msg)
	}
	return c.st.status.Render(fit(strings.Join(parts, "  |  "), w))
}
