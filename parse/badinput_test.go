package parse

import (
	"archive/zip"
	"bytes"
	"errors"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadInput: whatever the file, File returns a one-line error and no
// document, and never panics.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o444); err != nil {
			t.Fatal(err)
		}
		return p
	}
	_, rows := fmtGrid(t, fmtSamples(t)[0])
	docx := writeDocxT(t, rows)
	xlsx := writeXlsxT(t, rows, false)
	rnd := make([]byte, 64<<10)
	rand.New(rand.NewSource(1)).Read(rnd)
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), rnd[:4096]...)
	long := bytes.Repeat([]byte("预算"), 10<<20/6)
	sparse := filepath.Join(dir, "huge.txt")
	f, err := os.Create(sparse)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var plainZip bytes.Buffer
	zw := zip.NewWriter(&plainZip)
	w, _ := zw.Create("readme.txt")
	w.Write([]byte("hello"))
	zw.Close()
	docxNoBody := func() []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		w, _ := zw.Create("word/document.xml")
		w.Write([]byte(`<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>你好`)) // cut off
		zw.Close()
		return b.Bytes()
	}()

	cases := []struct {
		name, path string
		want       string // a piece of the message
	}{
		{"missing file", filepath.Join(dir, "nope.txt"), "no such file"},
		{"directory", dir, "directory"},
		{"empty file", write("empty.txt", nil), "empty"},
		{"blank file", write("blank.txt", []byte(" \n\n\t \n")), "empty"},
		{"random bytes", write("random.bin", rnd), "binary"},
		{"png image", write("image.png", png), "binary"},
		{"truncated docx", write("cut.docx", docx[:len(docx)/2]), "truncated"},
		{"truncated xlsx", write("cut.xlsx", xlsx[:len(xlsx)/2]), "xlsx"},
		{"docx with cut-off xml", write("bad.docx", docxNoBody), "word/document.xml"},
		{"zip that is no document", write("x.zip", plainZip.Bytes()), "zip"},
		{"truncated pdf", write("cut.pdf", []byte("%PDF-1.4\n1 0 obj\n<<")), "PDF"},
		{"10 MB line", write("long.txt", long), "line too long"},
		{"over the size limit", sparse, "too large"},
		{"text that is no budget", write("poem.txt", []byte("床前明月光\n疑是地上霜\n")), "not a budget document"},
		{"html that is no budget", write("page.html", []byte("<html><body><p>hello</p><div>world</div></body></html>")), "not a budget document"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.name == "truncated pdf" {
				if _, err := exec.LookPath("pdftotext"); err != nil {
					t.Skip("pdftotext not installed")
				}
			}
			doc, err := File(c.path)
			if err == nil {
				t.Fatalf("no error; document %+v", doc)
			}
			if doc != nil {
				t.Errorf("a document came with the error")
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Errorf("error is not one line: %q", msg)
			}
			if !strings.Contains(strings.ToLower(msg), strings.ToLower(c.want)) {
				t.Errorf("error %q does not say %q", msg, c.want)
			}
		})
	}
}

// TestSizeLimitInMemory: Bytes refuses data over MaxSize whatever its format.
func TestSizeLimitInMemory(t *testing.T) {
	big := make([]byte, MaxSize+1)
	for _, prefix := range []string{"", "PK\x03\x04word/document.xml", "%PDF-1.4", "<html>"} {
		copy(big, prefix)
		if _, err := Bytes("big", big); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%q: err = %v, want ErrTooLarge", prefix, err)
		}
	}
}

// TestInputIsOnlyRead: parsing leaves a read-only file as it was.
func TestInputIsOnlyRead(t *testing.T) {
	dir := t.TempDir()
	_, rows := fmtGrid(t, fmtSamples(t)[0])
	for name, data := range map[string][]byte{"a.docx": writeDocxT(t, rows), "a.xlsx": writeXlsxT(t, rows, false), "a.html": writeHTMLT(rows)} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o400); err != nil {
			t.Fatal(err)
		}
		st1, _ := os.Stat(p)
		if _, err := File(p); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		st2, _ := os.Stat(p)
		after, _ := os.ReadFile(p)
		if !bytes.Equal(after, data) || !st1.ModTime().Equal(st2.ModTime()) || st2.Mode() != st1.Mode() {
			t.Errorf("%s changed", name)
		}
	}
}

// TestMissingToolMessage: without the converter the error is one line naming
// the Debian package.
func TestMissingToolMessage(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, c := range []struct {
		data []byte
		pkg  string
	}{
		{[]byte("%PDF-1.4\n"), "poppler-utils"},
		{append(append([]byte{}, magicOLE2...), []byte("W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00")...), "libreoffice-writer"},
		{append(append([]byte{}, magicOLE2...), []byte("W\x00o\x00r\x00k\x00b\x00o\x00o\x00k\x00")...), "libreoffice-calc"},
	} {
		_, err := Bytes("x", c.data)
		if err == nil || !strings.Contains(err.Error(), c.pkg) || strings.Contains(err.Error(), "\n") {
			t.Errorf("err = %v, want one line naming %s", err, c.pkg)
		}
	}
}
