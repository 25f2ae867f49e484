package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/league"
	"yusuan/model"
	"yusuan/parse"
)

const (
	jiangsuCorpus  = "../../../shared/corpus/jiangsu"
	nationalCorpus = "../../../shared/corpus/national"
)

func corpus(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skip("corpus absent: ", dir)
	}
}

// The Jiangsu corpus is five departments (whatever name each year and half
// prints), each with 2019 beside 2018; every figure of a row is the one its
// document gives alone, the narrative halves are joined, and the totals row
// adds the rows up.
func TestJiangsuLeague(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 44 files, half of them PDFs")
	}
	corpus(t, jiangsuCorpus)
	sums, err := Read(jiangsuCorpus, 2)
	if err != nil {
		t.Fatal(err)
	}
	rows := league.Rows(sums)
	league.Sort(rows, league.ColExpenditure, false)
	var names []string
	for _, r := range rows {
		names = append(names, r.Department)
	}
	want := "江苏省高级人民法院,中共江苏省委办公厅,江苏省人民检察院,江苏省人大常委会办公厅,江苏省政协办公厅"
	if strings.Join(names, ",") != want {
		t.Fatalf("rows %s\nwant %s", strings.Join(names, ","), want)
	}
	var sum, three model.Money
	for _, r := range rows {
		if r.Latest.Year != 2019 || r.Previous == nil || r.Previous.Year != 2018 || len(r.Docs) != 6 {
			t.Errorf("%s: latest %d, previous %v, %d documents (3 years, each as PDF and text)", r.Department, r.Latest.Year, r.Previous, len(r.Docs))
			continue
		}
		for _, s := range []*league.Summary{r.Latest, r.Previous} {
			d, err := parse.File(s.Path)
			if err != nil {
				t.Fatal(err)
			}
			if !s.Expenditure.Equal(d.Totals.Expenditure) || s.HasThreePublic != (d.ThreePublic != nil) ||
				s.HasThreePublic && !s.ThreePublic.Equal(d.ThreePublic.Subtotal) {
				t.Errorf("%s: row %s/%s, document %s/%v", s.Path, s.Expenditure, s.ThreePublic, d.Totals.Expenditure, d.ThreePublic)
			}
		}
		if c, _ := r.Change(); !c.Equal(r.Latest.Expenditure.Sub(r.Previous.Expenditure)) {
			t.Errorf("%s: change %s", r.Department, c)
		}
		if strings.Contains(r.Latest.Path, "-tables") != (len(r.Latest.Parts) == 2) {
			t.Errorf("%s: parts %v (a -tables file is joined to its -text)", r.Department, r.Latest.Parts)
		}
		sum, three = sum.Add(r.Latest.Expenditure), three.Add(r.Latest.ThreePublic)
	}
	tot := league.Sum(rows)
	if tot.Departments != 5 || tot.Docs != 30 || !tot.Expenditure.Equal(sum) || !tot.ThreePublic.Equal(three) || tot.ChangePct() == "" {
		t.Errorf("totals %+v", tot)
	}
	// 江苏省政协办公厅: 13377.11 in 2019 against 10150.48 in 2018
	for _, r := range rows {
		if r.Department == "江苏省政协办公厅" && (r.Latest.Expenditure.String() != "13377.11" || r.ChangePct() != "31.79") {
			t.Errorf("政协: %s, %s%%", r.Latest.Expenditure, r.ChangePct())
		}
	}
}

// The whole national corpus: every file is in a row or is an unreadable
// row of its own (the scanned narrative), the Beijing halves are joined, and
// every sort keeps the unreadable rows last.
func TestNationalLeague(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 159 files, PDFs among them")
	}
	corpus(t, nationalCorpus)
	sums, err := Read(nationalCorpus, 2)
	if err != nil {
		t.Fatal(err)
	}
	files := 0
	for _, s := range sums {
		files += len(s.Parts)
	}
	paths, _ := parse.DocumentFiles(nationalCorpus)
	if files != len(paths) {
		t.Errorf("summaries cover %d files of %d", files, len(paths))
	}
	rows := league.Rows(sums)
	failed, joined := 0, 0
	for _, r := range rows {
		if r.Failed {
			failed++
			if !strings.Contains(r.Department, "SCANNED") {
				t.Errorf("unreadable: %s %s", r.Department, r.Docs[0].Err)
			}
			continue
		}
		if strings.HasPrefix(filepath.Base(r.Latest.Path), "bj-") && strings.Contains(r.Latest.Path, "-tables") && len(r.Latest.Parts) == 2 {
			joined++
		}
	}
	if failed != 2 || joined != 5 { // govservice's narrative is scanned (PDF and its empty text)
		t.Errorf("%d unreadable rows, %d Beijing documents joined", failed, joined)
	}
	for by := range league.NumColumns {
		for _, rev := range []bool{false, true} {
			league.Sort(rows, by, rev)
			if !rows[len(rows)-1].Failed || rows[0].Failed {
				t.Errorf("sort %d %v: unreadable rows not last", by, rev)
			}
		}
	}
}
