package parse

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

const jiangsuCorpus = "../../shared/corpus/jiangsu"

// TestCorpusPDFsMatchLayoutText: every Jiangsu PDF, read through
// pdftotext, gives the same facts (functional tree first) as its
// .layout.txt, which is the same tool's output saved as text.
func TestCorpusPDFsMatchLayoutText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (Debian package poppler-utils)")
	}
	pdfs, _ := filepath.Glob(filepath.Join(jiangsuCorpus, "*.pdf"))
	if len(pdfs) == 0 {
		t.Skip("corpus absent")
	}
	var withTree atomic.Int32
	t.Run("each", func(t *testing.T) {
		for _, pdf := range pdfs {
			comparePDF(t, pdf, &withTree)
		}
	})
	// the comparison must not pass merely because nothing was understood
	if n := withTree.Load(); n < int32(len(pdfs)/3) {
		t.Errorf("only %d of %d PDFs gave a functional tree", n, len(pdfs))
	}
}

func comparePDF(t *testing.T, pdf string, withTree *atomic.Int32) {
	txt := strings.TrimSuffix(pdf, ".pdf") + ".layout.txt"
	if _, err := os.Stat(txt); err != nil {
		return
	}
	{
		t.Run(filepath.Base(pdf), func(t *testing.T) {
			t.Parallel()
			want, werr := File(txt)
			got, gerr := File(pdf)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("text error %v, PDF error %v", werr, gerr)
			}
			if werr != nil {
				return
			}
			if got.Layout != string(LayoutSpaces) {
				t.Errorf("layout %q", got.Layout)
			}
			if len(got.Functional) != len(want.Functional) {
				t.Errorf("functional tree: %d classes from the PDF, %d from the text", len(got.Functional), len(want.Functional))
			}
			w, g := factsJSON(t, want), factsJSON(t, got)
			if w != g {
				t.Errorf("facts differ\n%s", diffFirst(w, g))
			}
			if len(got.Functional) > 0 {
				withTree.Add(1)
			}
		})
	}
}

// TestPDFWithoutText: a PDF with no text layer (a scan) is an error that
// says so, not an empty document.
func TestPDFWithoutText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (Debian package poppler-utils)")
	}
	// a one-page PDF with an empty content stream
	pdf := "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
		"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
		"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n" +
		"4 0 obj<</Length 0>>stream\n\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
	_, err := Bytes("scan.pdf", []byte(pdf))
	if err != ErrNoText {
		t.Fatalf("err = %v, want ErrNoText", err)
	}
}
