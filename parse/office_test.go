package parse

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestOfficeFormats: where LibreOffice is installed, the samples written as
// .docx/.xlsx and saved by LibreOffice as .doc/.xls give the same facts as
// the text. Skipped without libreoffice (Debian libreoffice-writer,
// libreoffice-calc).
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
	dir := t.TempDir()
	for _, path := range fmtSamples(t) {
		data, rows := fmtGrid(t, path)
		textDoc, err := Bytes(path, data)
		if err != nil {
			t.Fatal(err)
		}
		want := factsJSON(t, textDoc)
		for _, c := range []struct{ from, to string }{{"docx", "doc"}, {"xlsx", "xls"}} {
			src := filepath.Join(dir, "in."+c.from)
			var b []byte
			if c.from == "docx" {
				b = writeDocxT(t, rows)
			} else {
				b = writeXlsxT(t, rows, false)
			}
			if err := os.WriteFile(src, b, 0o600); err != nil {
				t.Fatal(err)
			}
			profile := "file://" + filepath.Join(dir, "profile")
			out, err := exec.Command(tool, "-env:UserInstallation="+profile, "--headless", "--convert-to", c.to, "--outdir", dir, src).CombinedOutput()
			if err != nil {
				t.Fatalf("converting to .%s: %v %s", c.to, err, out)
			}
			d, err := File(filepath.Join(dir, "in."+c.to))
			if err != nil {
				t.Fatal(err)
			}
			if got := factsJSON(t, d); got != want {
				t.Errorf("%s as .%s: facts differ\n%s", filepath.Base(path), c.to, diffFirst(want, got))
			}
		}
	}
}
