package tui

import (
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"yusuan/league"
	"yusuan/model"
	"yusuan/trend"
)

// Run opens the explorer on doc and returns when the user quits. It draws on
// stderr when that is a terminal, else on /dev/tty, so stdout stays free for
// pipes. NO_COLOR (any value) is honoured like Options.NoColor.
func Run(doc *model.Document, opt Options) error {
	opt = withEnv(opt)
	return runProgram(New(doc, opt), opt)
}

// RunFolder opens the folder explorer (see Folder) on the files of dir and
// returns when the user quits. It draws where Run does.
func RunFolder(dir string, entries []FolderEntry, opt Options) error {
	opt = withEnv(opt)
	return runProgram(NewFolder(dir, entries, opt), opt)
}

// RunLeague opens the folder as a league table (see League) while reading
// is read, and returns when the user quits. It draws where Run does.
func RunLeague(dir string, reading *league.Reading, load DocLoader, openTrend func(paths []string) (*trend.Trend, error), opt Options) error {
	opt = withEnv(opt)
	l := NewLeague(dir, reading, nil, load, opt)
	if openTrend != nil {
		l.SetTrend(func(paths []string) (tea.Model, error) {
			t, err := openTrend(paths)
			if err != nil {
				return nil, err
			}
			return NewTrend(t, withEnv(opt)), nil
		})
	}
	return runProgram(l, opt)
}

func withEnv(opt Options) Options {
	if os.Getenv("NO_COLOR") != "" {
		opt.NoColor = true
	}
	return opt
}

func runProgram(m tea.Model, opt Options) error {
	var out io.Writer = os.Stderr
	if !term.IsTerminal(os.Stderr.Fd()) {
		_, tty, err := tea.OpenTTY()
		if err != nil {
			return fmt.Errorf("explorer: no terminal to draw on: %w", err)
		}
		defer tty.Close()
		out = tty
	}
	opts := []tea.ProgramOption{tea.WithOutput(out)}
	if opt.NoColor {
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	}
	if _, err := tea.NewProgram(m, opts...).Run(); err != nil {
		return fmt.Errorf("explorer: %w", err)
	}
	return nil
}
