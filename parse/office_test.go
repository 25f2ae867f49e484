package parse

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
)

// TestOfficeFormats: where LibreOffice is installed, the samples written as
// .xlsx and saved by LibreOffice as .xls give the same facts as the text;
// written as .docx and saved as .doc, the same facts as the .docx that
// LibreOffice itself saves. (LibreOffice squares off the ragged rows of the
// samples' Word export with trailing blank cells, which a real Word table
// does not have; so the .doc is compared with LibreOffice's own .docx, on
// the facts: trees, totals, projects, 三公, sections — not the raw tables,
// whose column names the two conversions label differently.)
// Skipped without libreoffice (Debian libreoffice-writer, libreoffice-calc).
func TestOfficeFormats(t *testing.T) {
	tool, err := exec.LookPath("libreoffice")
	if err != nil {
		if tool, err = exec.LookPath("soffice"); err != nil {
			t.Skip("libreoffice not installed")
		}
	}
	if testing.Short() {
		t.Skip("slow: starts LibreOffice")
	}
	if !hasOfficeModule(tool, "sw") {
		t.Skip("LibreOffice has no Writer (Debian libreoffice-writer)")
	}
	t.Parallel() // about a minute of conversions: let the other tests run meanwhile
	dir := t.TempDir()
	convert := func(src, to, outDir string) string {
		profile := "file://" + filepath.Join(dir, "profile")
		out, err := exec.Command(tool, "-env:UserInstallation="+profile, "--headless", "--convert-to", to, "--outdir", outDir, src).CombinedOutput()
		if err != nil {
			t.Fatalf("converting to .%s: %v %s", to, err, out)
		}
		return filepath.Join(outDir, "in."+to)
	}
	parseFile := func(p string) string {
		d, err := File(p)
		if err != nil {
			t.Fatal(err)
		}
		return factsJSON(t, d)
	}
	// the facts an auditor reads, without the raw tables and warnings
	factsOnly := func(p string) string {
		d, err := File(p)
		if err != nil {
			t.Fatal(err)
		}
		d.Tables, d.Warnings = nil, nil
		return factsJSON(t, d)
	}
	for _, path := range fmtSamples(t) {
		data, rows := fmtGrid(t, path)
		textDoc, err := Bytes(path, data)
		if err != nil {
			t.Fatal(err)
		}
		xlsx := filepath.Join(dir, "in.xlsx")
		docx := filepath.Join(dir, "in.docx")
		if err := os.WriteFile(xlsx, writeXlsxT(t, rows, false), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(docx, writeDocxT(t, rows), 0o600); err != nil {
			t.Fatal(err)
		}
		if !hasOfficeModule(tool, "sc") {
			t.Log("LibreOffice has no Calc (Debian libreoffice-calc): .xls not tried")
		} else if want, got := factsJSON(t, textDoc), parseFile(convert(xlsx, "xls", dir)); got != want {
			t.Errorf("%s as .xls: facts differ from the text\n%s", filepath.Base(path), diffFirst(want, got))
		}
		want := factsOnly(convert(docx, "docx", filepath.Join(dir, "lo")))
		if got := factsOnly(convert(docx, "doc", dir)); got != want {
			t.Errorf("%s as .doc: facts differ from LibreOffice's .docx\n%s", filepath.Base(path), diffFirst(want, got))
		}
	}
}

// hasOfficeModule reports whether the LibreOffice installation behind tool has
// a component (sw: Writer, sc: Calc): Debian installs them separately, and a
// conversion without its component exits 0 having written nothing.
func hasOfficeModule(tool, module string) bool {
	bin, err := filepath.EvalSymlinks(tool)
	if err != nil {
		return false
	}
	_, err = os.Stat(filepath.Join(filepath.Dir(bin), "lib"+module+"lo.so"))
	return err == nil
}

// TestOfficePrinted prints the samples through LibreOffice as PDF and as
// HTML, whose exports lose the merged header cells and shift a row's blank
// cells: what is read from them may be less than from the text, never wrong
// and shown as right. Every line of the functional and economic trees, every
// project's budget, the totals and the “三公” figures are the text's, absent,
// or marked as from a table in doubt; department, year and kind are the
// text's.
func TestOfficePrinted(t *testing.T) {
	tool, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("libreoffice not installed")
	}
	if testing.Short() {
		t.Skip("slow: starts LibreOffice")
	}
	if !hasOfficeModule(tool, "sw") {
		t.Skip("LibreOffice has no Writer (Debian libreoffice-writer)")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	t.Parallel()
	dir := t.TempDir()
	for _, path := range fmtSamples(t) {
		data, rows := fmtGrid(t, path)
		textDoc, err := Bytes(path, data)
		if err != nil {
			t.Fatal(err)
		}
		want := treeFacts(textDoc)
		out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), ".txt"))
		docx := filepath.Join(out, "in.docx")
		if err := os.MkdirAll(out, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(docx, writeDocxT(t, rows), 0o600); err != nil {
			t.Fatal(err)
		}
		for _, to := range []string{"pdf", "html"} {
			profile := "file://" + filepath.Join(dir, "profile")
			if msg, err := exec.Command(tool, "-env:UserInstallation="+profile, "--headless", "--convert-to", to, "--outdir", out, docx).CombinedOutput(); err != nil {
				t.Fatalf("converting to .%s: %v %s", to, err, msg)
			}
			d, err := File(filepath.Join(out, "in."+to))
			if err != nil {
				t.Errorf("%s as .%s: %v", filepath.Base(path), to, err)
				continue
			}
			// the department as well: wrapped down its narrow cell in the
			// PDF, it is joined (spaces_metawrap.go)
			if d.Year != textDoc.Year || d.Kind != textDoc.Kind || d.Department != textDoc.Department {
				t.Errorf("%s as .%s: %q %d %s, want %q %d %s", filepath.Base(path), to, d.Department, d.Year, d.Kind,
					textDoc.Department, textDoc.Year, textDoc.Kind)
			}
			read := 0
			for line, fig := range treeFacts(d) {
				if fig.marked {
					continue
				}
				w, ok := want[line]
				if ok && w.figures != fig.figures {
					t.Errorf("%s as .%s: %s %s shown as read, the text has %s", filepath.Base(path), to, line, fig.figures, w.figures)
				}
				if ok && w.figures == fig.figures {
					read++
				}
			}
			for _, title := range printedConfirmed[filepath.Base(path)+" "+to] {
				confirmed := false
				for _, tb := range d.Tables {
					confirmed = confirmed || tb.Title == title && tb.Verified != nil && *tb.Verified
				}
				if !confirmed {
					t.Errorf("%s as .%s: table %s not confirmed", filepath.Base(path), to, title)
				}
			}
			t.Logf("%s as .%s: %d of %d figures read and confirmed", filepath.Base(path), to, read, len(want))
			// what this reader reaches on LibreOffice's prints: less is a regression
			if least := printedLeast[filepath.Base(path)+" "+to]; read < least {
				t.Errorf("%s as .%s: %d figures read and confirmed, at least %d were", filepath.Base(path), to, read, least)
			}
		}
	}
}

// printedLeast is, per sample and print, how many of the text's figures
// were read and confirmed from LibreOffice 7.4’s print: the PDF loses
// column widths, so narrow cells wrap codes and figures over lines; the
// HTML loses merged-cell spans, so header words and figures shift columns.
// Every figure is read (spaces_tailrow.go, spaces_slidlabel.go,
// columns_slid.go, coded_nameshift.go): any figure fewer is a regression.
var printedLeast = map[string]int{
	"cangzhou-lingang-safety-2026.txt pdf":  58,
	"cangzhou-lingang-safety-2026.txt html": 58,
	"jinzhong-safety-2023.txt pdf":          30,
	"jinzhong-safety-2023.txt html":         30,
}

// printedConfirmed are, per sample and print, the tables that must be read
// and confirmed by their arithmetic: the PDF's 部门预算收入总表, whose header
// lost its merged cells, is laid by its numbering line (spaces_numberedgrid.go).
var printedConfirmed = map[string][]string{
	"cangzhou-lingang-safety-2026.txt pdf": {"部门预算收入总表"},
}

type treeFact struct {
	figures string
	marked  bool
}

// treeFacts are the figures an auditor reads, by what they are: every line
// of the two trees, each project's budget (where read), the headline totals
// and the “三公” figures.
func treeFacts(d *model.Document) map[string]treeFact {
	out := map[string]treeFact{}
	t := d.Totals
	out["合计"] = treeFact{fmt.Sprint(t.Income, " ", t.Expenditure, " ", t.Basic, " ", t.Project), t.Unverified}
	for _, p := range d.Projects {
		if p.BudgetRead() {
			out["项目 "+p.Name] = treeFact{p.Budget.String(), false}
		}
	}
	if tp := d.ThreePublic; tp != nil {
		out["三公"] = treeFact{fmt.Sprint(tp.Total, tp.Subtotal, tp.Abroad, tp.Vehicle, tp.VehiclePurchase, tp.VehicleOperation,
			tp.Reception, tp.Meeting, tp.Training), false}
	}
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		f := fmt.Sprint(n.Total, " ", n.Basic, " ", n.Project, " ", n.NoBasic, n.NoProject)
		out["功能 "+n.Code] = treeFact{f, n.Unverified}
	})
	model.WalkEcon(d.Economic, func(n, _ *model.EconNode) {
		out["经济 "+n.Code] = treeFact{fmt.Sprint(n.Total, " ", n.Personnel, " ", n.Public), n.Unverified}
	})
	return out
}
