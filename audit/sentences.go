package audit

import (
	"strings"

	"github.com/shopspring/decimal"

	"yusuan/model"
	"yusuan/prose"
)

// sentence is one sentence of the narrative with the figures it states.
type sentence struct {
	text    string
	heading string
	line    int // the section's line: the closest the model keeps
	// unit is the unit (下属单位, 本级) the sentence's section speaks of, ""
	// for the department as a whole (see sectionUnits)
	unit string
	// next holds the sentences after it in its section (up to nextSentences,
	// with figures or not), where a reason for a change stated is given
	next     []string
	mentions []mention
	// lists are the sentence's breakdowns, found once (several rules read them)
	lists     []*list
	listsDone bool
}

type mkind = prose.Unit

const (
	mAmount  = prose.Amount  // …万元
	mPercent = prose.Percent // …%
	mCount   = prose.Count   // N个
)

// mention is a figure printed in a sentence (prose.Mention, under the names
// the rules use).
type mention struct {
	kind       mkind
	value      decimal.Decimal // in 万元 for amounts
	printed    string
	start, end int    // byte offsets in the sentence text
	label      string // the words before it, back to the previous figure or punctuation
	labelAt    int    // where the label starts
	change     int    // +1 增加, -1 减少, 0 not a change
	share      bool   // 占 x%
}

// normalise drops the parser's bookmarks and folds full-width digits and
// punctuation that matter to figures (prose.Narrow).
func normalise(s string) string {
	return prose.Narrow(reBookmark.ReplaceAllString(s, ""))
}

// nextSentences is how many sentences after a statement are kept with it:
// a reason follows a run of related statements (收入…减少290万元。支出…减少
// 290万元。财政拨款支出…。财政拨款收入支出减少的主要原因…).
const nextSentences = 3

// splitNarrative cuts the sections into sentences that state figures.
func splitNarrative(doc *model.Document) []*sentence {
	var out []*sentence
	units := sectionUnits(doc)
	for si, sec := range doc.Sections {
		var waiting []*sentence // sentences with figures still taking their next ones
		for _, p := range prose.Paragraphs(normalise(model.CleanText(sec.Text))) {
			for _, sp := range prose.Sentences(p.Text) {
				kept := waiting[:0]
				for _, w := range waiting {
					w.next = append(w.next, sp.Text)
					if len(w.next) < nextSentences {
						kept = append(kept, w)
					}
				}
				waiting = kept
				st := &sentence{text: sp.Text, heading: sec.Heading, unit: units[si], line: sectionLine(sec, p.LineAt(sp.At))}
				st.mentions = findMentions(sp.Text)
				if len(st.mentions) > 0 {
					out = append(out, st)
					waiting = append(waiting, st)
				}
			}
		}
	}
	return out
}

// sectionLine returns the source line of the li-th line of a section's text,
// as the parser recorded it; for a hand-made section without line records,
// the line after the heading plus li.
func sectionLine(sec *model.Section, li int) int {
	if li >= 0 && li < len(sec.Lines) {
		return sec.Lines[li]
	}
	if sec.Line == 0 {
		return 0
	}
	return sec.Line + 1 + li
}

func findMentions(s string) []mention {
	ms := prose.Mentions(s)
	if len(ms) == 0 {
		return nil
	}
	out := make([]mention, len(ms))
	for i, m := range ms {
		out[i] = mention{kind: m.Unit, value: m.Value, printed: m.Printed, start: m.Start, end: m.End,
			label: m.Label, labelAt: m.LabelAt, change: m.Change, share: m.Share}
	}
	return out
}

// clauseSep returns the punctuation separating top-level items of a list
// region: the semicolon when the region has one, else the comma.
func clauseSep(region string) string {
	if strings.ContainsAny(region, "；;") {
		return "；;"
	}
	return "，,、"
}
