package export

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/exp/golden"

	"yusuan/model"
)

// The tree of each sample as `yusuan tree` prints it (the Jinzhong one is
// the README's example), and its columns aligned by display width.
func TestTree(t *testing.T) {
	cases := []struct {
		name, source string
		data         []byte
		total        string // the 合计 line's figures
	}{
		{sampleDocs[0].name, sampleDocs[0].source, sampleDocs[0].data, "595.20     40.50    554.70"},
		{sampleDocs[1].name, sampleDocs[1].source, sampleDocs[1].data, "3,218.39    622.39  2,596.00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseSample(t, c.source, c.data)
			var b bytes.Buffer
			if err := Tree(&b, d); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.Bytes()) // testdata/TestTree/<name>.golden; -update rewrites it
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			last := lines[len(lines)-1]
			if !strings.HasPrefix(last, "合计") || !strings.HasSuffix(last, c.total) {
				t.Errorf("last line %q, want 合计 … %s", last, c.total)
			}
			// every row ends at the same display column, whatever its Chinese name
			for _, l := range lines[1:] {
				if lipgloss.Width(l) != lipgloss.Width(lines[1]) {
					t.Errorf("%q is %d columns wide, the header %d", l, lipgloss.Width(l), lipgloss.Width(lines[1]))
				}
			}
			// one line per node, plus title, header and total
			n := 0
			model.WalkFunc(d.Functional, func(*model.FuncNode, *model.FuncNode) { n++ })
			if len(lines) != n+3 {
				t.Errorf("%d lines for %d nodes", len(lines), n)
			}
		})
	}
}

// The README's example is this program's output.
func TestTreeREADME(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Tree(&b, parseSample(t, sampleDocs[0].source, sampleDocs[0].data)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "$ yusuan tree samples/jinzhong-safety-2023.txt\n"+b.String()+"```") {
		t.Errorf("the README's tree is not what Tree prints:\n%s", b.String())
	}
}

// A document with no functional table has no tree: an empty one would read
// as a budget of nothing, so Tree writes nothing and says why.
func TestTreeEmpty(t *testing.T) {
	var b bytes.Buffer
	d := &model.Document{Source: "说明.txt", Department: "某局", Year: 2024, Kind: model.Final}
	err := Tree(&b, d)
	if !errors.Is(err, ErrNoFunctional) || !strings.HasPrefix(err.Error(), "说明.txt: ") {
		t.Errorf("error %v, want %v naming the source", err, ErrNoFunctional)
	}
	if b.Len() != 0 {
		t.Errorf("wrote %q", b.String())
	}
}
