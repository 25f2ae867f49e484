package parse

import (
	"fmt"
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// reYearTag finds what names the year of a block of columns: a year, 上年,
// 当年/本年, 增减; and 预算数/决算数, which tell the plan from the outcome
// in final accounts.
var reYearTag = lazyregexp.New(`(19|20)\d\d年|上一?年|当年|本年|增减|预算数|决算数|年初预算`)

// ownYearColumns: a “三公” table may print several years side by side
// (烟台 and 重庆: 2025年预算数 | 2026年预算数; 西安: 上年 | 当年 | 增减;
// central final accounts: 预算数 | 决算数). It returns the columns of the
// document's own figures (this year's budget; in final accounts the 决算数),
// and multi when the table prints other blocks too. The header names only
// some columns with their block (“2026年预算数/小计” beside a bare
// “公务用车运行维护费”): a column without a tag belongs to the block of the
// nearest tagged column on its left (on its right at the table's start).
// With several blocks and no own one, or columns that cannot be matched to
// the cells under them, own is nil: the table cannot say which figures are
// the year's.
func ownYearColumns(names []string, width int, year int, kind model.Kind) (own map[int]bool, multi bool) {
	const (
		untagged = iota
		mine
		other
	)
	tags := make([]int, len(names))
	for j, name := range names {
		for _, m := range reYearTag.FindAllString(name, -1) {
			t := other
			switch {
			case m == fmt.Sprintf("%d年", year), m == "当年", m == "本年":
				t = mine
			case kind == model.Final && m == "决算数":
				t = mine
			case kind != model.Final && (m == "预算数" || m == "决算数" || m == "年初预算"):
				continue // a budget's own columns are all 预算数
			}
			if tags[j] == untagged || t == other {
				tags[j] = t // a column naming another year is never the year's
			}
		}
		multi = multi || tags[j] == other
	}
	if !multi {
		return nil, false
	}
	if len(names) != width {
		return nil, true
	}
	last := untagged
	for j := range tags {
		if tags[j] == untagged {
			tags[j] = last
		} else {
			last = tags[j]
		}
	}
	for j := len(tags) - 1; j >= 0; j-- { // the leading untagged columns
		if tags[j] == untagged {
			tags[j] = last
		} else {
			last = tags[j]
		}
	}
	for j, t := range tags {
		if t == mine {
			if own == nil {
				own = map[int]bool{}
			}
			own[j] = true
		}
	}
	return own, true
}

// withoutYearTags drops the block's tag from a column's name parts: a part that is
// only the tag (“2026年预算数/合计”) goes, a tag glued to the label
// (“2026年预算数小计”) is cut off, so the item's label is what is left.
func withoutYearTags(parts []string) []string {
	var out []string
	for _, p := range parts {
		if p = reYearTag.Regexp().ReplaceAllString(p, ""); strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// rowWidth is the most cells a data row has.
func rowWidth(g grid) int {
	w := 0
	for _, r := range g.data {
		w = max(w, len(r.Cells))
	}
	return w
}
