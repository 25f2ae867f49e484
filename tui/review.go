package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"yusuan/model"
	"yusuan/review"
)

// reviewLine is the m line of the findings view: the auditor marks the
// finding under the cursor reviewed, accepted or rejected (Tab cycles, the
// last choice clears the mark) with a note, and Enter writes the mark to
// the sidecar beside the document (package review). Esc leaves it as it was.
type reviewLine struct {
	in    textinput.Model
	open  bool
	state int      // index in reviewChoices
	f     *Finding // the finding being marked
	node  *node    // its row, renamed to show the mark
}

// reviewChoices are the states Tab cycles, then clearing the mark.
var reviewChoices = append(append([]model.ReviewState{}, model.ReviewStates...), "")

func (l *reviewLine) choice(c *uiContext) string {
	s := reviewChoices[l.state]
	if s == "" {
		return c.tx.R.State["clear"]
	}
	return c.tx.R.State[string(s)]
}

// start opens the line on n's finding, at its mark as it is.
func (l *reviewLine) start(c *uiContext, n *node) {
	l.open, l.f, l.node, l.state = true, n.finding, n, 0
	l.in.SetValue("")
	if r := n.finding.Review; r != nil {
		for i, s := range reviewChoices {
			if s == r.State {
				l.state = i
			}
		}
		l.in.SetValue(r.Note)
	}
	l.in.CursorEnd()
	l.in.Prompt = fmt.Sprintf(c.tx.R.Prompt, l.choice(c))
}

// update handles a key or a paste while the line is open; it returns the
// status message to show when the line closes.
func (l *reviewLine) update(c *uiContext, msg tea.Msg) string {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "tab":
			l.state = (l.state + 1) % len(reviewChoices)
			l.in.Prompt = fmt.Sprintf(c.tx.R.Prompt, l.choice(c))
			return ""
		case "esc":
			l.open = false
			return ""
		case "enter":
			l.open = false
			return l.save(c)
		}
	}
	editLine(&l.in, msg)
	return ""
}

// save writes the mark: the sidecar is read again first, so that marks
// made meanwhile (another window, the command line) are kept.
func (l *reviewLine) save(c *uiContext) string {
	path := c.opt.ReviewPath
	marks, err := review.Load(path)
	if err != nil {
		return fmt.Sprintf(c.tx.R.Failed, oneLine(err.Error()))
	}
	var r *model.Review
	if s := reviewChoices[l.state]; s != "" {
		r = &model.Review{State: s, Note: model.CleanText(l.in.Value()), At: time.Now().UTC().Format(time.RFC3339)}
		marks.Set(l.f.Key, *l.f, *r)
	} else {
		marks.Set(l.f.Key, *l.f, model.Review{})
	}
	if err := review.Save(path, marks); err != nil {
		return fmt.Sprintf(c.tx.R.Failed, oneLine(err.Error()))
	}
	l.f.Review = r
	l.node.name = findingName(l.f)
	if r == nil {
		return c.tx.R.Cleared
	}
	return fmt.Sprintf(c.tx.R.Saved, l.choice(c), review.Path(path))
}

// findingName is a finding's row: its message, after its mark if it has one.
func findingName(f *Finding) string {
	if f.Review != nil {
		return "[" + f.Review.State.Label() + "] " + oneLine(f.Message)
	}
	return oneLine(f.Message)
}
