package tui

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"yusuan/model"
)

// folderRow is one file of the folder list, formatted once when the folder
// opens: drawing, sorting and filtering never touch the document again.
type folderRow struct {
	e      *FolderEntry
	order  int
	failed bool
	reason string // the error's first line, cleaned (failed rows)
	dept   string
	file   string // base name, cleaned
	year   string
	kind   string
	amts   [4]string // income, expenditure, basic, project; "" when zero
	expend model.Money
	counts [4]int // findings: error, warn, info, tables in doubt (读取存疑)
	count  string // "2/5/1"
	low    string // department, file and year, lowercased, for the filter
	pyInit string
	pyFull string
	doc    *Model // the document's explorer, built on first opening
}

func newFolderRow(c *uiContext, e *FolderEntry, i int, py pinyinCache) *folderRow {
	r := &folderRow{e: e, order: i, file: oneLine(filepath.Base(e.Path))}
	if e.Err != nil || e.Doc == nil {
		r.failed = true
		msg := "?"
		if e.Err != nil {
			msg = e.Err.Error()
		}
		// The error names the file first; the row shows the file already.
		msg, _ = strings.CutPrefix(msg, e.Path+": ")
		r.reason = oneLine(strings.SplitN(msg, "\n", 2)[0])
		r.low = strings.ToLower(r.file)
		return r
	}
	d := e.Doc
	r.dept = oneLine(d.Department)
	if d.Year > 0 {
		r.year = strconv.Itoa(d.Year)
	}
	if d.Kind != "" {
		r.kind = kindName(c, d.Kind)
	}
	t := d.Totals
	for i, f := range t.Figures() {
		if f.Value != nil && !f.Value.IsZero() {
			r.amts[i] = f.Value.Grouped()
		}
	}
	r.expend = t.Expenditure
	for _, fd := range e.Findings {
		r.counts[fd.Severity.Rank()]++
	}
	if e.Findings != nil {
		r.count = fmt.Sprintf("%d/%d/%d", r.counts[0], r.counts[1], r.counts[2])
		if r.counts[3] > 0 {
			r.count += fmt.Sprintf(" ?%d", r.counts[3]) // tables whose figures are not confirmed
		}
	}
	r.low = strings.ToLower(r.dept + " " + r.file + " " + r.year + " " + r.kind)
	r.pyInit, r.pyFull = py.keys(r.dept)
	return r
}

// mark is the one-column sign before a row: x unreadable, ! error findings.
func (r *folderRow) mark() string {
	switch {
	case r.failed:
		return "x"
	case r.counts[0] > 0:
		return "!"
	}
	return " "
}

// matches reports whether the row passes the filter q (lowercased): a
// substring of the department, file name, year or kind, or of the
// department's pinyin initials (jsgy → 江苏省高级人民法院's jssgjrmfy) or full
// pinyin.
func (r *folderRow) matches(q string) bool {
	if q == "" {
		return true
	}
	return strings.Contains(r.low, q) || strings.Contains(r.pyInit, q) ||
		len(q) >= 3 && strings.Contains(r.pyFull, q)
}

// passes reports whether the row passes every word of the filter: an
// amount range on the expenditure (>1000, 100..500), a severity (错误/error,
// 警告/warn, 提示/info: the document has such findings), else text (see
// matches).
func (r *folderRow) passes(f rowFilter) bool {
	for _, t := range f.terms {
		switch {
		case t.lo != nil || t.hi != nil:
			n := &node{amts: []model.Money{r.expend}}
			if r.failed || !t.match(n, func(n *node) (model.Money, bool) { return n.first() }) {
				return false
			}
		case t.sev != "":
			if r.counts[t.sev.Rank()] == 0 {
				return false
			}
		case t.status != "":
			return false // a folder has no comparison
		default:
			if !r.matches(t.word) {
				return false
			}
		}
	}
	return true
}

// folderSort is what the folder list is ordered by; s cycles through them.
type folderSort int

const (
	sortFile     folderSort = iota // the order given: by file name
	sortDept                       // department (pinyin), then year
	sortExpend                     // expenditure, largest first
	sortFindings                   // errors, then warnings, then notes: most first
	numFolderSorts
)

// refresh filters and sorts the rows again, keeping the cursor on keep when
// it is still shown.
func (f *Folder) refresh(keep *folderRow) {
	f.shown = f.shown[:0]
	for _, r := range f.rows {
		if r.passes(f.filter) {
			f.shown = append(f.shown, r)
		}
	}
	sortFolder(f.shown, f.by, f.reverse)
	f.cursor = 0
	for i, r := range f.shown {
		if r == keep {
			f.cursor = i
		}
	}
	f.offset = 0
	f.scroll()
}

// sortFolder orders rows in place; ties fall back to the order given, so the
// result is the same on every run. Unreadable files go last by amount or
// department, where they have nothing to sort by.
func sortFolder(rows []*folderRow, by folderSort, reverse bool) {
	cmp := func(a, b *folderRow) int {
		if by != sortFile && a.failed != b.failed {
			if a.failed {
				return 1
			}
			return -1
		}
		switch by {
		case sortDept:
			if c := strings.Compare(a.pyFull, b.pyFull); c != 0 {
				return c
			}
			if c := strings.Compare(a.dept, b.dept); c != 0 {
				return c
			}
			if c := strings.Compare(a.year, b.year); c != 0 {
				return c
			}
		case sortExpend:
			if c := b.expend.Cmp(a.expend); c != 0 {
				return c
			}
		case sortFindings:
			for i := range a.counts {
				if a.counts[i] != b.counts[i] {
					return b.counts[i] - a.counts[i]
				}
			}
		}
		return a.order - b.order
	}
	sort.SliceStable(rows, func(i, j int) bool {
		c := cmp(rows[i], rows[j])
		if reverse {
			return c > 0
		}
		return c < 0
	})
}
