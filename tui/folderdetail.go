package tui

import (
	"fmt"
	"sort"
	"strings"

	"yusuan/model"
)

// renderDetail is the block under the folder list: for the selected file,
// where it is, what the parser found in it and its first findings; for an
// unreadable file, the whole reason. Exactly h lines of w columns.
func (f *Folder) renderDetail(w, h int) string {
	c := f.ctx
	out := []string{c.st.border.Render(strings.Repeat(c.st.borderStyle.Top, w))}
	var body []string
	if r := f.selected(); r != nil {
		body = f.detailLines(r, w)
	}
	for i := 0; i < h-1; i++ {
		s := ""
		if i < len(body) {
			s = body[i]
		}
		out = append(out, fit(s, w))
	}
	return strings.Join(out[:h], "\n")
}

func (f *Folder) detailLines(r *folderRow, w int) []string {
	c := f.ctx
	tx := c.tx.F
	out := []string{c.st.label.Render(tx.Path) + " " + cell(oneLine(r.e.Path))}
	if r.failed {
		for _, l := range wrapSafe(r.reason, w) {
			out = append(out, c.st.warn.Render(l))
		}
		return out
	}
	d := r.e.Doc
	nfunc := 0
	model.WalkFunc(d.Functional, func(*model.FuncNode, *model.FuncNode) { nfunc++ })
	sum := fmt.Sprintf(tx.Summary, nfunc, len(d.Projects), len(d.Tables), len(d.Warnings))
	if d.Unit != "" {
		sum = c.tx.Unit + ": " + cell(oneLine(d.Unit)) + "  " + sum
	}
	out = append(out, sum)
	t := d.Totals
	if t.Income.IsZero() && t.Expenditure.IsZero() {
		out = append(out, c.st.warn.Render(tx.NoTotals))
	}
	if r.e.Findings != nil && len(r.e.Findings) == 0 {
		out = append(out, c.st.faint.Render(tx.NoFindings))
	}
	for _, fd := range worstFirst(r.e.Findings) {
		sev := c.tx.Severity[string(fd.Severity)]
		if sev == "" {
			sev = oneLine(string(fd.Severity))
		}
		out = append(out, c.st.warn.Render("! "+cell(sev))+" "+cell(oneLine(fd.Message)))
	}
	return out
}

// worstFirst orders findings errors, warnings, then the rest, keeping the
// order given within each.
func worstFirst(fs []Finding) []*Finding {
	out := make([]*Finding, len(fs))
	for i := range fs {
		out[i] = &fs[i]
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity.Rank() < out[j].Severity.Rank() })
	return out
}
