package parse

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
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
