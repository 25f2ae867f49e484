package trend

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"

	"yusuan/catalog"
	"yusuan/model"
	"yusuan/prose"
)

// officialTSV is the small list of classification changes the official
// lists made and the corpora confirm: scheme, old code, new code, the first
// year of the new code, a note.
//
//go:embed crosswalk.tsv
var officialTSV string

type officialChange struct {
	scheme, from, to, note string
	year                   int
}

// officialChanges parses officialTSV; a malformed line is a programming
// error caught by the tests.
func officialChanges() []officialChange {
	var out []officialChange
	for _, l := range strings.Split(officialTSV, "\n") {
		f := strings.Split(l, "\t")
		if strings.HasPrefix(l, "#") || len(f) != 5 {
			continue
		}
		y, err := strconv.Atoi(f[3])
		if err != nil {
			continue
		}
		out = append(out, officialChange{scheme: f[0], from: f[1], to: f[2], year: y, note: f[4]})
	}
	return out
}

// official is the list, parsed on first use (nothing is built at package
// initialisation).
var official = sync.OnceValue(officialChanges)

// placed is a row with the rows it sits among.
type placed struct {
	row    *Row
	parent *Row // nil at the top
}

// crosswalk gives the rows of the years before year k the codes year k's
// lines carry where a code was renamed or reclassified: first the official
// changes of the years between, then the documents' evidence, a code that
// disappears while one of the same name appears, at the same level, with an
// amount within half to double the previous year's, and either under the
// same parent or with a name the year's catalog gives one code only (行政运行
// under another section is another line). A row that changes code moves
// under the row of its new parent code, so that diff's matcher pairs it by
// code. It returns the rows (the top level may change) and the changes made.
func crosswalk(rows []*Row, lines []*line, scheme string, years []DocRef, k int) ([]*Row, []CodeChange) {
	have := map[string]placed{}
	Walk(rows, func(r, p *Row, _ int) {
		if r.Code != "" {
			have[r.Code] = placed{r, p}
		}
	})
	now := map[string]*line{}
	var walk func([]*line)
	walk = func(ls []*line) {
		for _, l := range ls {
			if l.code != "" {
				now[l.code] = l
			}
			walk(l.children)
		}
	}
	walk(lines)

	var made []CodeChange
	apply := func(from, to string, basis, note string) {
		p := have[from]
		parent, ok := parentRow(have, to)
		if !ok {
			return
		}
		rows = detach(rows, p)
		if parent == nil {
			rows = append(rows, p.row)
		} else {
			parent.Children = append(parent.Children, p.row)
		}
		c := CodeChange{Scheme: scheme, From: from, To: to, Year: years[k].Year,
			FromName: p.row.Name, ToName: now[to].name, Basis: basis, Note: note}
		p.row.Code = to
		p.row.Crosswalk = append(p.row.Crosswalk, c)
		delete(have, from)
		have[to] = placed{p.row, parent}
		made = append(made, c)
	}
	// gone and new: the old code not printed this year, the new one never before
	movable := func(from, to string) bool {
		_, had := have[from]
		_, stays := now[from]
		_, known := have[to]
		_, appears := now[to]
		return had && !stays && !known && appears
	}
	for _, o := range official() {
		if o.scheme == scheme && o.year > years[k-1].Year && o.year <= years[k].Year && movable(o.from, o.to) {
			apply(o.from, o.to, Official, o.note)
		}
	}

	// The evidence: names printed by exactly one vanished row and one new line.
	vanished := map[string][]string{}
	appeared := map[string][]string{}
	for code, p := range have {
		if _, stays := now[code]; !stays && p.row.Values[k-1] != nil {
			vanished[prose.Key(p.row.Name)] = append(vanished[prose.Key(p.row.Name)], code)
		}
	}
	for code, l := range now {
		if _, known := have[code]; !known {
			appeared[prose.Key(l.name)] = append(appeared[prose.Key(l.name)], code)
		}
	}
	sch := catalog.Functional
	if scheme == Economic {
		sch = catalog.Economic
	}
	names := make([]string, 0, len(vanished))
	for name := range vanished {
		names = append(names, name)
	}
	slices.Sort(names) // the same changes in the same order on every run
	for _, name := range names {
		froms, tos := vanished[name], appeared[name]
		if len(froms) != 1 || len(tos) != 1 {
			continue
		}
		from, to := froms[0], tos[0]
		if len(from) != len(to) || !movable(from, to) || !near(have[from].row.Values[k-1].Total, now[to].val.Total) {
			continue
		}
		if model.ParentCode(from) != model.ParentCode(to) && len(catalog.CodesFor(sch, years[k].Year, now[to].name)) > 1 {
			continue
		}
		apply(from, to, Evidence, "名称相同、原编码不再出现、金额相近")
	}
	return rows, made
}

// parentRow is the row a code belongs under: the row of its parent code
// (nil for a class, which sits at the top); false where there is none.
func parentRow(have map[string]placed, code string) (*Row, bool) {
	pc := model.ParentCode(code)
	if pc == "" {
		return nil, true
	}
	p, ok := have[pc]
	return p.row, ok
}

// detach takes p's row out of its parent's children (or the top rows).
func detach(rows []*Row, p placed) []*Row {
	remove := func(rs []*Row) []*Row {
		out := rs[:0]
		for _, r := range rs {
			if r != p.row {
				out = append(out, r)
			}
		}
		return out
	}
	if p.parent == nil {
		return remove(rows)
	}
	p.parent.Children = remove(p.parent.Children)
	return rows
}

// near reports whether b is within half to double a (both positive), the
// amount evidence that a line carried on under a new code.
func near(a, b model.Money) bool {
	if a.Sign() <= 0 || b.Sign() <= 0 {
		return false
	}
	two := model.Sum(a, a)
	return b.Cmp(two) <= 0 && model.Sum(b, b).Cmp(a) >= 0
}
