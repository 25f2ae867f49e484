package tui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"yusuan/export"
)

// E: the current view as a working paper, written by the export package's
// workbook or CSV writer into the working directory.

// startExport asks which format (x: xlsx, c: csv); the next key answers.
func (m *Model) startExport() {
	m.exportAsk = true
	m.msg = m.ctx.tx.P.ExportAsk
}

// answerExport takes the key after E: x or Enter writes xlsx, c writes
// CSV, anything else cancels.
func (m *Model) answerExport(msg tea.KeyPressMsg) tea.Cmd {
	m.exportAsk = false
	switch msg.String() {
	case "x", "enter":
		return m.exportView("xlsx")
	case "c":
		return m.exportView("csv")
	}
	return nil
}

// exportView builds the table of the current view now (the model is not
// to be read from another goroutine) and writes it in a command.
func (m *Model) exportView(format string) tea.Cmd {
	t := m.viewTable()
	dir := m.workDir
	base := m.paperName()
	return func() tea.Msg {
		var b bytes.Buffer
		var err error
		if format == "csv" {
			b.WriteString(export.BOM) // Excel on a Chinese Windows reads it as UTF-8
			err = export.ViewCSV(&b, t)
		} else {
			err = export.ViewXLSX(&b, t)
		}
		if err != nil {
			return exportedMsg{err: err}
		}
		name, err := writeNew(dir, base, "."+format, b.Bytes())
		return exportedMsg{name: name, rows: len(t.Rows), err: err}
	}
}

// writeNew writes data to dir/base.ext, or base-1.ext, base-2.ext … when
// that name is taken: an existing file is never overwritten. It returns the
// name written.
func writeNew(dir, base, ext string, data []byte) (string, error) {
	for i := 0; i < 1000; i++ {
		name := base + ext
		if i > 0 {
			name = base + "-" + strconv.Itoa(i) + ext
		}
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.Name())
			return "", err
		}
		return name, nil
	}
	return "", fmt.Errorf("%s%s: 1000 files of that name", base, ext)
}

// paperName is the file name (without extension) of an exported view:
// department, year (old-new in diff mode) and the view, with nothing a file
// system or a shell would trip on.
func (m *Model) paperName() string {
	dept := oneLine(m.doc.Department)
	if dept == "" {
		dept = strings.TrimSuffix(filepath.Base(m.doc.Source), filepath.Ext(m.doc.Source))
	}
	if r := []rune(dept); len(r) > 40 {
		dept = string(r[:40])
	}
	parts := []string{dept}
	switch d := m.ctx.opt.Diff; {
	case d != nil:
		parts = append(parts, fmt.Sprintf("%d-%d", d.Old.Year, d.New.Year))
	case m.doc.Year > 0:
		parts = append(parts, strconv.Itoa(m.doc.Year))
	}
	view := m.ctx.tx.Views[m.cur]
	if m.cur == viewFlat {
		view = m.ctx.tx.Views[m.defs[viewFlat].source] + "-" + view
	}
	parts = append(parts, view)
	return fileSafe(strings.Join(parts, "_"))
}

// fileSafe replaces what a file name cannot hold, or a shell would split
// on, with "_".
func fileSafe(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r < ' ', strings.ContainsRune(`/\:*?"<>|'`+"`$ ", r), r == '\u3000':
			return '_'
		}
		return r
	}, s)
	if s == "" || s[0] == '.' || s[0] == '-' {
		s = "yusuan" + s
	}
	return s
}

// viewTable is the current view as a table: the level on screen and, in a
// tree, every row below it (depth first), each level in the view's sort
// and through its filter, as the explorer would list it. Amounts are exact
// (in diff mode old | new | Δ and the change of the parts, then Δ% and the
// status); page and source line close every row.
func (m *Model) viewTable() export.View {
	tx := m.ctx.tx
	v := m.view()
	l := v.top().list
	hd := headsFor(l, v.def, tx)
	diff := len(l.rows) > 0 && l.rows[0].diff != nil
	var header []string
	if hd.code != "" {
		header = append(header, hd.code)
	}
	if !hd.noName {
		header = append(header, hd.name)
	}
	header = append(header, hd.amts...)
	if diff {
		header = append(header, tx.ColDeltaPct, tx.P.ColStatus)
	}
	cells := len(hd.cells)
	for _, n := range l.rows {
		cells = max(cells, len(n.cells))
	}
	for j := range cells {
		if j < len(hd.cells) && strings.TrimSpace(hd.cells[j]) != "" {
			header = append(header, oneLine(hd.cells[j]))
		} else {
			header = append(header, "列"+strconv.Itoa(j+1))
		}
	}
	header = append(header, tx.P.ColPage, tx.ColLine)

	var rows [][]any
	var walk func(l *listing)
	walk = func(l *listing) {
		for _, n := range l.rows {
			var r []any
			if hd.code != "" {
				r = append(r, n.code)
			}
			if !hd.noName {
				r = append(r, shownName(n, l.parent))
			}
			for i := range hd.amts {
				r = append(r, amountCell(n, i))
			}
			if diff {
				r = append(r, pctCell(n), statusCell(n, tx))
			}
			for j := range cells {
				switch {
				case j < len(n.cells) && j < len(l.cellR) && l.cellR[j]:
					r = append(r, export.Decimal(n.cells[j])) // an amount column: a number where it is a plain one
				case j < len(n.cells):
					r = append(r, n.cells[j])
				default:
					r = append(r, nil)
				}
			}
			line := sourceLine(n)
			page := 0
			if m.ctx.pageOf != nil {
				page = m.ctx.pageOf(line)
			}
			rows = append(rows, append(r, orBlank(page), orBlank(line)))
			// the rows below a row of the same kind (a tree's lines) follow
			// it; indicators, table rows and paragraphs have other columns
			if len(n.kids) > 0 && n.kids[0].kind == n.kind && !l.parent.flat {
				walk(v.listFor(n))
			}
		}
	}
	walk(l)
	return export.View{Name: tx.Views[m.cur], Header: header, Rows: rows}
}

// amountCell is amount column i of a row: blank where the table does not
// print the column or the year lacks the line.
func amountCell(n *node, i int) any {
	switch {
	case i >= len(n.amts), n.isAbsent(i):
		return nil
	case n.diff != nil && i < len(n.diff.absent) && n.diff.absent[i]:
		return nil
	}
	return n.amts[i]
}

// pctCell is a diff row's Δ%: a number, or the text shown ("新增") where
// the older amount is zero or absent.
func pctCell(n *node) any {
	switch {
	case n.diff == nil:
		return nil
	case n.diff.hasPct:
		return n.diff.pctVal
	case n.diff.pct == "":
		return nil
	}
	return n.diff.pct
}

func statusCell(n *node, tx *text) any {
	if n.diff == nil {
		return nil
	}
	lang := "zh"
	if tx == &en {
		lang = "en"
	}
	return n.diff.status.Label(lang)
}

// sourceLine is the source line of a row: its own, or for a paragraph its
// section's.
func sourceLine(n *node) int {
	if n.line > 0 {
		return n.line
	}
	if n.kind == kindParagraph && n.parent != nil {
		return n.parent.line
	}
	return 0
}

// orBlank is a page or line as a cell: blank where there is none.
func orBlank(n int) any {
	if n > 0 {
		return n
	}
	return nil
}
