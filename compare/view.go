package compare

import (
	"sort"
	"strings"

	"yusuan/model"
)

// What the explorer's diff mode needs, kept here so that the text report
// and the explorer show the same signs and the same order.

// Glyph is the sign shown beside a row, so that colour is never the only
// signal: ▲ more, ▼ less, + added, - removed, = same, ~ renamed with equal
// totals, ≠ changed in basic/project only. ascii uses ^ v + - = ~ !.
func Glyph(s Status, delta model.Money, ascii bool) string {
	g := glyphFor(s, delta)
	if !ascii {
		return g
	}
	switch g {
	case "▲":
		return "^"
	case "▼":
		return "v"
	case "≠":
		return "!"
	}
	return g
}

// PctText is Δ% as shown: "-16.67%", 新增 where the older amount is zero and
// the newer is not, "—" where both are zero or absent.
func PctText(old, cur *model.Money, pct string) string {
	if pct != "" {
		return pct + "%"
	}
	if (old == nil || old.IsZero()) && cur != nil && !cur.IsZero() {
		return "新增"
	}
	return "—"
}

// Label names a status for display, in Chinese (lang "" or "zh") or English.
func (s Status) Label(lang string) string {
	if strings.HasPrefix(lang, "en") {
		return string(s)
	}
	return statusTitle[s]
}

// OldTotal and NewTotal return the line's totals, nil for the missing side.
func (l *Line) OldTotal() *model.Money { return totalOf(l.Old) }

// NewTotal returns the newer year's total, nil for a removed line.
func (l *Line) NewTotal() *model.Money { return totalOf(l.New) }

// Changes returns every line of the tree whose status is not same, parents
// before children: the stops of n/N.
func Changes(ls []*Line) []*Line {
	var out []*Line
	walkLines(ls, func(l, _ *Line) {
		if l.Status != Same {
			out = append(out, l)
		}
	})
	return out
}

// WithoutSame returns the tree without the unchanged lines that have no
// change below them (the "hide unchanged" key). Lines are shared with the
// input; only the child slices are new.
func WithoutSame(ls []*Line) []*Line {
	var out []*Line
	for _, l := range ls {
		if l.Status == Same && l.ChangedChildren == 0 {
			continue
		}
		c := *l
		c.Children = WithoutSame(l.Children)
		out = append(out, &c)
	}
	return out
}

// SortByAbsDelta orders sibling lines by |Δ|, largest first (stable, ties by
// code); the children are left as they are.
func SortByAbsDelta(ls []*Line) { byAbsDelta(ls) }

// ProjectsOf returns the project diffs charged to a functional code or to an
// item below it (stated or inferred in either year), for the side pane.
func (d *Diff) ProjectsOf(code string) []*ProjectDiff {
	if code == "" {
		return nil
	}
	var out []*ProjectDiff
	for _, p := range d.Projects {
		for _, q := range []*model.Project{p.NewProject, p.OldProject} {
			if q != nil && q.FunctionCode != "" && strings.HasPrefix(q.FunctionCode, code) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// ChangedIndicators returns the indicators of a project that are not the same.
func (p *ProjectDiff) ChangedIndicators() []IndicatorDiff {
	var out []IndicatorDiff
	for _, in := range p.Indicators {
		if in.Status != Same {
			out = append(out, in)
		}
	}
	return out
}

// SortProjectsByAbsDelta orders projects by |Δ|, largest first (stable).
func SortProjectsByAbsDelta(ps []*ProjectDiff) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Delta.Abs().Cmp(ps[j].Delta.Abs()) > 0 })
}
