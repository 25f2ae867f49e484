package parse

import (
	"archive/zip"
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
	"yusuan/samples"
)

// The lines SourceText gives are the lines the document's figures cite:
// the file's lines as decoded, whether or not page breaks split them, and
// each functional row starts on its line.
func TestSourceTextCitesLines(t *testing.T) {
	for _, data := range [][]byte{samples.Cangzhou, samples.Jinzhong} {
		plain := string(data)
		want, _, err := Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(plain, "\n")
		for i := 30; i < len(lines); i += 30 {
			lines[i] = "\f" + lines[i]
		}
		paged := strings.Join(lines, "\n")
		for _, text := range []string{plain, paged} {
			src, f, err := SourceTextOf("c.txt", []byte(text))
			if err != nil || f != FormatText {
				t.Fatalf("%v %s", err, f)
			}
			if strings.Join(src, "\n") != strings.Join(want, "\n") {
				t.Fatalf("%d lines, not the %d of the file as decoded", len(src), len(want))
			}
			doc, err := Bytes("c.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			model.WalkFunc(doc.Functional, func(n, _ *model.FuncNode) {
				if n.Line > 0 && !n.Derived {
					// a row of the cells layout starts on its line and
					// runs on over a few, one cell a line
					if n.Line > len(src) || !strings.Contains(strings.Join(src[n.Line-1:min(n.Line+4, len(src))], ""), n.Name) {
						t.Errorf("%s %s: line %d is %q", n.Code, n.Name, n.Line, src[min(n.Line, len(src))-1])
					}
					checked++
				}
			})
			if checked < 5 {
				t.Fatalf("%d functional rows checked", checked)
			}
		}
	}
}

// A .docx has no text lines: its "lines" count paragraphs and rows.
func TestSourceTextOfNonText(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`))
	zw.Close()
	if _, f, err := SourceTextOf("x.docx", b.Bytes()); !errors.Is(err, ErrNoLines) || f != FormatDocx {
		t.Fatalf("%s: %v", f, err)
	}
	if _, _, err := SourceText("no-such-file.txt"); err == nil {
		t.Fatal("no error for a missing file")
	}
}

// A PDF's lines are pdftotext's, as read: the PDF's figures are on them.
func TestSourceTextPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext absent")
	}
	files, _ := filepath.Glob("../../shared/corpus/*/*.pdf")
	if len(files) == 0 {
		t.Skip("no PDF in ../shared/corpus")
	}
	doc, err := File(files[0])
	if err != nil {
		t.Skip(err)
	}
	src, f, err := SourceText(files[0])
	if err != nil || f != FormatPDF {
		t.Fatalf("%v %s", err, f)
	}
	for _, tb := range doc.Tables {
		if tb.Line < 1 || tb.Line > len(src) {
			t.Fatalf("%s: line %d of %d", tb.Title, tb.Line, len(src))
		}
	}
}
