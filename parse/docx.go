package parse

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"yusuan/model"
)

// Limits that keep a hostile document from expanding into an enormous grid:
// Word allows at most 63 columns, so a wider span is nonsense.
const (
	maxSpan    = 64
	maxColumns = 512
)

var errTooBig = errors.New("解压后内容过大 (inflated content too large)")

// limitReader fails, rather than silently stopping, past its limit.
type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errTooBig
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// readDocx reads word/document.xml: paragraphs become text rows, table rows
// become table rows with cells in grid order. A cell spanning n columns
// (w:gridSpan) is followed by n-1 blanks, a vertically merged continuation
// (w:vMerge without "restart") is blank, w:gridBefore/gridAfter pad with
// blanks, so columns line up as in the cells layout. Line is the running
// number of the paragraph or table row in the body.
func readDocx(data []byte) ([]Row, error) {
	zr, err := openZip(data, ".docx")
	if err != nil {
		return nil, err
	}
	rc, err := zipPart(zr, "word/document.xml")
	if err != nil {
		return nil, err
	}
	if rc == nil {
		return nil, errors.New(".docx 中没有 word/document.xml (not a Word document)")
	}
	defer rc.Close()
	rows, err := docxRows(&limitReader{r: rc, n: maxUnzipped})
	if err != nil {
		return nil, fmt.Errorf(".docx 无法读取 (unreadable word/document.xml: %v)", firstLine(err.Error()))
	}
	return rows, nil
}

// docxState follows the body as a stream, so memory stays proportional to
// the text, not to the XML.
type docxState struct {
	rows    []Row
	count   int // paragraphs and table rows seen, for Line
	tblD    int // table nesting depth
	pD      int // paragraph nesting depth (text boxes put paragraphs inside paragraphs)
	skipD   int // depth inside an ignored subtree (mc:Fallback)
	inText  bool
	para    strings.Builder // outside tables: the paragraph's text
	row     []string        // the outermost table's current row
	rowLine int
	cell    strings.Builder
	cellSep bool // a paragraph ended inside the cell
	span    int
	vCont   bool
	after   int // w:gridAfter of the current row
}

func docxRows(r io.Reader) ([]Row, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	s := &docxState{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			s.start(t)
		case xml.EndElement:
			s.end(t)
		case xml.CharData:
			if s.inText && s.skipD == 0 {
				s.write(string(t))
			}
		}
	}
	return s.rows, nil
}

func attr(t xml.StartElement, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// spanVal reads a w:val count, bounded to something a table can hold.
func spanVal(t xml.StartElement, limit int) int {
	v, _ := attr(t, "val")
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, limit)
}

func (s *docxState) write(text string) {
	if s.tblD > 0 {
		if s.cellSep {
			s.sepCell(text)
		}
		s.cell.WriteString(text)
		return
	}
	s.para.WriteString(text)
}

// sepCell joins the paragraphs of one cell: Chinese wraps without a space.
func (s *docxState) sepCell(next string) {
	s.cellSep = false
	prev := s.cell.String()
	if prev == "" || next == "" {
		return
	}
	a, b := lastRune(prev), firstRune(next)
	if !isCJK(a) && !isCJK(b) && !unicode.IsSpace(a) && !unicode.IsSpace(b) {
		s.cell.WriteByte(' ')
	}
}

func (s *docxState) start(t xml.StartElement) {
	if s.skipD > 0 {
		s.skipD++
		return
	}
	switch t.Name.Local {
	case "Fallback": // mc:Fallback repeats what mc:Choice already holds
		s.skipD = 1
	case "tbl":
		s.tblD++
		if s.tblD == 1 {
			s.flushPara()
		}
	case "tr":
		if s.tblD == 1 {
			s.count++
			s.row, s.rowLine, s.after = nil, s.count, 0
		}
	case "gridBefore":
		if s.tblD == 1 {
			for range spanVal(t, maxSpan) {
				s.row = append(s.row, "")
			}
		}
	case "gridAfter":
		if s.tblD == 1 {
			s.after = spanVal(t, maxSpan)
		}
	case "tc":
		if s.tblD == 1 {
			s.cell.Reset()
			s.span, s.vCont, s.cellSep = 1, false, false
		}
	case "gridSpan":
		if s.tblD == 1 {
			s.span = spanVal(t, maxSpan)
		}
	case "vMerge":
		if s.tblD == 1 {
			v, _ := attr(t, "val")
			s.vCont = v != "restart"
		}
	case "p":
		s.pD++
		if s.tblD == 0 && s.pD == 1 {
			s.count++
		}
	case "t":
		s.inText = true
	case "tab":
		if s.pD > 0 {
			s.write("\t")
		}
	case "br", "cr":
		if s.pD > 0 {
			s.write("\n")
		}
	}
}

func (s *docxState) end(t xml.EndElement) {
	if s.skipD > 0 {
		s.skipD--
		return
	}
	switch t.Name.Local {
	case "t":
		s.inText = false
	case "p":
		s.pD = max(s.pD-1, 0)
		if s.tblD > 0 {
			s.cellSep = true
		} else if s.pD == 0 {
			s.flushPara()
		}
	case "tc":
		if s.tblD == 1 {
			text := cellText(s.cell.String())
			if s.vCont {
				text = ""
			}
			s.push(text)
			for i := 1; i < s.span; i++ {
				s.push("")
			}
		}
	case "tr":
		if s.tblD == 1 {
			for range s.after {
				s.push("")
			}
			if s.row != nil {
				s.rows = append(s.rows, Row{Line: s.rowLine, Cells: s.row, Table: true})
			}
			s.row = nil
		}
	case "tbl":
		s.tblD = max(s.tblD-1, 0)
	}
}

func (s *docxState) push(c string) {
	if len(s.row) < maxColumns {
		s.row = append(s.row, c)
	}
}

// flushPara emits the paragraph as text rows: a line break starts a new
// row, a TAB separates cells (a contents line: title TAB page).
func (s *docxState) flushPara() {
	text := s.para.String()
	s.para.Reset()
	for _, l := range strings.Split(text, "\n") {
		l = model.CleanText(l)
		if strings.TrimSpace(l) == "" {
			continue
		}
		s.rows = append(s.rows, textRow(s.count, l))
	}
}

// cellText cleans a cell: line breaks and TABs inside a cell are not cell
// boundaries, so they become spaces (or nothing between Chinese characters).
func cellText(s string) string {
	if strings.ContainsAny(s, "\t\n") {
		s = joinBreaks(s)
	}
	return strings.TrimSpace(model.CleanText(s))
}

// joinBreaks replaces each run of TABs/newlines by a space, or by nothing
// when both sides are Chinese (a wrapped name).
func joinBreaks(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '\t' && rs[i] != '\n' {
			b.WriteRune(rs[i])
			continue
		}
		j := i
		for j < len(rs) && (rs[j] == '\t' || rs[j] == '\n') {
			j++
		}
		if !(i > 0 && j < len(rs) && isCJK(rs[i-1]) && isCJK(rs[j])) {
			b.WriteByte(' ')
		}
		i = j - 1
	}
	return b.String()
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lastRune(s string) rune {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
