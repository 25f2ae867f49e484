package model

import (
	"fmt"
	"path/filepath"
	"sort"
)

// FilePart is one file of a document published in halves (the narrative in one
// PDF, the tables in another) and read as one. The joined document numbers
// its lines on from one part to the next, so every line is unique within it;
// Offset is the number of lines before the part, so line L of the joined
// document is line L−Offset of the part's file.
type FilePart struct {
	Source string `json:"source"`
	Offset int    `json:"offset"`
	// Pages are where the part's 2nd, 3rd … page begins, in the part's own
	// lines (nil when it has no pages).
	Pages []int `json:"-"`
}

// partOf returns the part that holds line of a joined document, or nil for
// a document of one file.
func (d *Document) partOf(line int) *FilePart {
	if d == nil || len(d.Parts) == 0 {
		return nil
	}
	i := sort.Search(len(d.Parts), func(i int) bool { return d.Parts[i].Offset >= line }) - 1
	return &d.Parts[max(i, 0)]
}

// Locate says where a line of the document is printed: the file (for a
// joined document, the part's; else the document's source), the page there
// (0 without pages) and the line in that file.
func (d *Document) Locate(line int) (source string, page, fileLine int) {
	p := d.partOf(line)
	if p == nil {
		return d.Source, d.PageOf(line), line
	}
	local := line - p.Offset
	if p.Pages != nil && local > 0 {
		page = 1 + sort.SearchInts(p.Pages, local+1)
	}
	return p.Source, page, local
}

// whereInPart is Where for a joined document: the part's file name first.
func (d *Document) whereInPart(line int) string {
	src, page, local := d.Locate(line)
	if page > 0 {
		return fmt.Sprintf("%s 第%d页 第%d行", filepath.Base(src), page, local)
	}
	return fmt.Sprintf("%s 第%d行", filepath.Base(src), local)
}
