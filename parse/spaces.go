package parse

import (
	"regexp"
	"strings"
)

var reGap = regexp.MustCompile(`\s{2,}`)

// readSpaces reads `pdftotext -layout` text: columns aligned by runs of
// spaces. A line that splits into two or more cells is a table row.
func readSpaces(lines []string) []Row {
	rows := make([]Row, 0, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		cells := reGap.Split(t, -1)
		rows = append(rows, Row{Line: i + 1, Cells: cells, Table: len(cells) > 1})
	}
	return rows
}
