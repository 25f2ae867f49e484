package parse

import (
	"strings"
	"testing"
)

// A “三公” table by year whose year block is read opening with another column
// than its 合计 is left unread, said so; one read in line keeps its total.
func TestThreePublicOwnBlockOpensWithTotal(t *testing.T) {
	for _, c := range []struct {
		file  string
		total string // "": left unread
	}{
		{"sn-xian-worksafety-2019-budget-tables", ""},
		{"cq-chongqing-govoffice-2026-budget", "394.49"},
	} {
		t.Run(c.file, func(t *testing.T) {
			d := nationalDoc{file: c.file + ".pdf"}
			doc, err := File(d.source())
			if err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			if c.total == "" {
				if doc.ThreePublic != nil {
					t.Fatalf("“三公” read as %s, from columns out of line with the figures", doc.ThreePublic.Total)
				}
				said := false
				for _, w := range doc.Warnings {
					said = said || strings.Contains(w, "三公")
				}
				if !said {
					t.Error("the unread “三公” table is not said")
				}
				return
			}
			if doc.ThreePublic == nil || doc.ThreePublic.Total.String() != c.total {
				t.Fatalf("“三公” total = %v, want %s", doc.ThreePublic, c.total)
			}
		})
	}
}
