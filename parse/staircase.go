package parse

import (
	"yusuan/catalog"
	"yusuan/model"
)

// staircase reads functional codes printed one level per line: "201" on the
// class's line, "40" alone on the section's, "01" alone on the item's. A
// two-digit part after a section is either one of its items or the next
// section; the catalogue's names tell where they can, and otherwise the
// arithmetic does: items follow their section until they add up to it.
type staircase struct {
	class, section    string
	secTotal, itemSum model.Money
}

// see records a row whose code was printed whole.
func (s *staircase) see(code string, total model.Money) {
	switch len(code) {
	case 3:
		s.class, s.section = code, ""
	case 5:
		s.class, s.section, s.secTotal, s.itemSum = code[:3], code, total, model.Zero
	case 7:
		if s.section == code[:5] {
			s.itemSum = s.itemSum.Add(total)
		}
	}
}

// resolve returns the whole code of a row that printed only its last two
// digits, or "" when no class is known.
func (s *staircase) resolve(part, name string, total model.Money, year int) string {
	if s.class == "" {
		return ""
	}
	sec := s.class + part
	item := ""
	if s.section != "" {
		item = s.section + part
	}
	asSection := item == "" || catalogSays(sec, name, year) && !catalogSays(item, name, year) ||
		!catalogSays(item, name, year) && s.itemSum.Cmp(s.secTotal) >= 0
	if asSection {
		s.section, s.secTotal, s.itemSum = sec, total, model.Zero
		return sec
	}
	s.itemSum = s.itemSum.Add(total)
	return item
}

// catalogSays: the year's catalogue names the code as the row does.
func catalogSays(code, name string, year int) bool {
	if code == "" {
		return false
	}
	n, _, ok := catalog.Name(catalog.Functional, year, code)
	return ok && catalog.NormName(n) == catalog.NormName(name)
}
