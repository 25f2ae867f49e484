package tui

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
}

func newContext(opt Options) *uiContext {
	return &uiContext{
		tx:  textFor(opt.Lang),
		st:  newStyles(opt.NoColor, opt.ASCII),
		g:   newGlyphs(opt.ASCII),
		opt: opt,
	}
}
