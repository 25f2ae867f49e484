package parse

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"yusuan/model"
)

// toolTimeout bounds one conversion: pdftotext takes ~135 ms for 36 pages,
// libreoffice about a second; a minute means the file is hostile or broken.
var toolTimeout = 60 * time.Second

// ErrNoText is returned for a PDF without a text layer (a scan).
var ErrNoText = errors.New("PDF 中没有文字，可能是扫描件 (no text layer: a scanned PDF needs OCR first)")

// missingTool is the one-line error for a converter that is not installed.
func missingTool(tool, pkg, what string) error {
	return fmt.Errorf("读取 %s 需要 %s：请安装 Debian 软件包 %s (apt-get install %s)", what, tool, pkg, pkg)
}

// readPDF converts with `pdftotext -layout` and reads the result as the
// spaces layout. -layout was chosen over -tsv on the Jiangsu corpus: it
// keeps each table row on one line with its columns aligned, which the
// spaces reader splits; -tsv gives word boxes whose rows and columns must be
// rebuilt from coordinates, and splits names at every space.
func readPDF(source string, data []byte) (*model.Document, error) {
	out, err := pdfToText(data)
	if err != nil {
		return nil, err
	}
	rows, pages, err := rowsOfText(out, LayoutSpaces)
	if err != nil {
		return nil, err
	}
	doc, err := FromRows(source, LayoutSpaces, rows)
	setPages(doc, pages)
	return doc, err
}

// pdfToText is the text of a PDF as `pdftotext -layout` gives it, page
// breaks (form feeds) included: what readPDF reads, and what the explorer
// shows as the PDF's lines.
func pdfToText(data []byte) ([]byte, error) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, missingTool("pdftotext", "poppler-utils", "PDF")
	}
	dir, err := os.MkdirTemp("", "yusuan-pdf-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, err
	}
	out, err := runTool(tool, "-layout", "-enc", "UTF-8", in, "-")
	if err != nil {
		return nil, fmt.Errorf("pdftotext 失败 (cannot convert PDF: %v)", err)
	}
	if len(bytes.TrimSpace(bytes.ReplaceAll(out, []byte("\f"), nil))) == 0 {
		return nil, ErrNoText
	}
	return out, nil
}

// runTool runs a converter with a timeout and bounded output; its error is
// one line (the tool's first line of stderr).
func runTool(tool string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), toolTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, tool, args...)
	var stdout, stderr capped
	stdout.max, stderr.max = 4*MaxSize, 4096
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("超时 %s (timed out)", toolTimeout)
	}
	if stdout.over {
		return nil, ErrTooLarge
	}
	if err != nil {
		msg := strings.TrimSpace(firstLine(strings.TrimSpace(stderr.b.String())))
		if msg == "" {
			msg = err.Error()
		}
		return nil, errors.New(model.CleanText(msg))
	}
	return stdout.b.Bytes(), nil
}

// capped keeps at most max bytes and notes when there was more.
type capped struct {
	b    bytes.Buffer
	max  int
	over bool
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.b.Len(); len(p) > room {
		c.over = true
		if room > 0 {
			c.b.Write(p[:room])
		}
		return len(p), nil
	}
	return c.b.Write(p)
}
