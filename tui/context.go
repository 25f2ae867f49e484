package tui

import "fmt"

// uiContext is what every component shares (gh-dash's ProgramContext): the
// terminal size, the interface text, styles and glyphs, and the options.
// Components read it; only the root model writes it.
type uiContext struct {
	width, height int
	tx            *text
	st            *styles
	g             glyphs
	opt           Options
	// crumbRoot, when set, heads the breadcrumb: the folder and file a
	// document was opened from in the folder explorer.
	crumbRoot string
	// pageOf gives a source line's page (0 where the document has none).
	pageOf func(line int) int
	// doubt counts the document's tables in doubt, once, for the title.
	doubt int
}

// lineText says where a source line is: 来源：第12页 第545行, or the line alone
// where the document has no pages.
func (c *uiContext) lineText(line int) string {
	if c.pageOf != nil {
		if page := c.pageOf(line); page > 0 {
			return fmt.Sprintf(c.tx.LinePage, page, line)
		}
	}
	return fmt.Sprintf(c.tx.Line, line)
}

func newContext(opt Options) *uiContext {
	tx := textFor(opt.Lang)
	if opt.Diff != nil && opt.Diff.Execution {
		tx = executionText(tx)
	}
	return &uiContext{
		tx:  tx,
		st:  newStyles(opt.NoColor, opt.ASCII),
		g:   newGlyphs(opt.ASCII),
		opt: opt,
	}
}
