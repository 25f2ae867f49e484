package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
)

// The 部门预算收入总表 of the Cangzhou sample as LibreOffice prints it to
// PDF (pdftotext -layout): its header rows lost their merged cells, so 合计
// stands over the names and every lower word one column left; the
// numbering line keeps the grid, and narrow cells wrap figures and codes
// onto lines without a row number (“256” over “7.97”, “224” / “019” / “9”).
func TestNumberedGridPrint(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "cangzhou-libreoffice-income.pdf.txt"))
	if err != nil {
		t.Fatal(err)
	}
	withoutNumbers := regexpLine(string(text), "栏次")
	cases := []struct {
		name      string
		text      string
		confirmed bool
	}{
		{"as printed: the numbering line lays the header again", string(text), true},
		{"without the numbering line nothing tells the columns: left in doubt", withoutNumbers, false},
	}
	want := map[string]string{ // code → 合计, 本年收入 小计, 财政拨款收入
		"":        "3218.39 3218.39 3218.39",
		"2120899": "600.00 600.00 600.00",
		"224":     "2567.97 2567.97 2567.97",
		"22401":   "2567.97 2567.97 2567.97",
		"2240101": "571.97 571.97 571.97",
		"2240199": "1450.00 1450.00 1450.00",
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, _, err := rowsOfText([]byte(c.text), LayoutSpaces)
			if err != nil {
				t.Fatal(err)
			}
			d, err := FromRows("income.pdf", LayoutSpaces, rows)
			if err != nil {
				t.Fatal(err)
			}
			var tb *model.Table
			for i := range d.Tables {
				if d.Tables[i].Title == "部门预算收入总表" {
					tb = d.Tables[i]
				}
			}
			if tb == nil {
				t.Fatal("部门预算收入总表 not read")
			}
			confirmed := tb.Verified != nil && *tb.Verified
			if confirmed != c.confirmed {
				t.Fatalf("confirmed %v, want %v (%+v)", confirmed, c.confirmed, tb.Identities)
			}
			if !confirmed {
				return
			}
			if tb.Identities == nil || tb.Identities.Checked < 40 || tb.Identities.Failed != 0 {
				t.Errorf("identities %+v, want at least 40 checked and none failed", tb.Identities)
			}
			seen := 0
			for _, r := range tb.Coded {
				w, ok := want[r.Code]
				if !ok {
					continue
				}
				seen++
				got := strings.Join([]string{r.Amounts["合计"].String(), r.Amounts["本年收入/小计"].String(),
					r.Amounts["财政拨款收入"].String()}, " ")
				if got != w {
					t.Errorf("line %d %q: %s, want %s (%v)", r.Line, r.Code, got, w, r.Amounts)
				}
			}
			if seen != len(want) {
				t.Errorf("%d of %d rows found", seen, len(want))
			}
		})
	}
}

// regexpLine drops the lines of text that contain word.
func regexpLine(text, word string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if !strings.Contains(l, word) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestWrappedCodePiece(t *testing.T) {
	cases := []struct {
		name, prev, line string
		want             bool
	}{
		{"the rest of a code under its piece", "     019     管理支出   0.00     0.00   0.00", "     9", true},
		{"a page number under a blank line", "", "     9", false},
		{"a lone number under a lone number: a row of its own", "31", "32", false},
		{"a number elsewhere than the codes above", "     019     管理支出   0.00     0.00   0.00", "                      9", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := wrappedCodePiece(c.prev, c.line); got != c.want {
				t.Errorf("wrappedCodePiece = %v, want %v", got, c.want)
			}
		})
	}
}
