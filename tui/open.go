package tui

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// o: the source at the selected row's line, in the user's pager or editor,
// or a PDF at the line's page in the user's PDF viewer.

// PDFViewerEnv names the variable holding the command that opens a PDF at a
// page: {file} and {page} are replaced (the file is added at the end when
// {file} is absent), e.g. `zathura --page={page} {file}`,
// `evince --page-label={page} {file}` or `okular -p {page} {file}`.
const PDFViewerEnv = "YUSUAN_PDF_VIEWER"

// sourceText is the document's source as the numbered lines its figures
// cite, read when first needed (a PDF is converted again).
type sourceText struct {
	lines []string
	pdf   bool
	err   error
}

// errNoSource is the reason given where the options carry no reader.
var errNoSource = errors.New("no source reader")

// source reads the document's source text once, with Options.Source.
func (m *Model) source() *sourceText {
	if m.src == nil {
		m.src = &sourceText{err: errNoSource}
		if read := m.ctx.opt.Source; read != nil {
			m.src.lines, m.src.pdf, m.src.err = read(m.doc.Source)
		}
	}
	return m.src
}

// openSource runs the pager, editor or PDF viewer on the source at line,
// the explorer paused until it ends.
func (m *Model) openSource(line int) tea.Cmd {
	if line <= 0 {
		m.msg = m.ctx.tx.P.NoLine
		return nil
	}
	cmd, tmp, err := m.openCommand(line, os.Getenv)
	if err != nil {
		m.msg = fmt.Sprintf(m.ctx.tx.P.OpenFailed, cell(oneLine(err.Error())))
		return nil
	}
	return tea.ExecProcess(cmd, func(err error) tea.Msg {
		if tmp != "" {
			os.Remove(tmp)
		}
		return openedMsg{err: err}
	})
}

// openCommand is the command o runs for line, and the temporary file it
// reads (to remove afterwards), if any:
//   - a PDF, with $YUSUAN_PDF_VIEWER set: the viewer at the line's page;
//   - a UTF-8 text file: $PAGER (else $EDITOR, else less) +LINE FILE;
//   - a PDF without a viewer, a text in GBK or UTF-16, the embedded sample
//     (no file at hand): the text as read (pdftotext's for a PDF), in a
//     temporary UTF-8 file, in the pager at the line.
func (m *Model) openCommand(line int, getenv func(string) string) (*exec.Cmd, string, error) {
	src := m.doc.Source
	pdf := strings.EqualFold(filepath.Ext(src), ".pdf")
	if viewer := strings.Fields(getenv(PDFViewerEnv)); pdf && len(viewer) > 0 {
		page := 1
		if m.ctx.pageOf != nil {
			page = max(1, m.ctx.pageOf(line))
		}
		return viewerCommand(viewer, src, page), "", nil
	}
	pager := strings.Fields(getenv("PAGER"))
	if len(pager) == 0 {
		pager = strings.Fields(getenv("EDITOR"))
	}
	if len(pager) == 0 {
		pager = []string{"less"}
	}
	st := m.source() // a source without lines (.docx, .xlsx, HTML) cannot be opened at one
	if st.err != nil {
		return nil, "", st.err
	}
	file, tmp := src, ""
	if st.pdf || !utf8File(src) {
		f, err := os.CreateTemp("", "yusuan-*-"+fileSafe(filepath.Base(src))+".txt")
		if err != nil {
			return nil, "", err
		}
		_, err = f.WriteString(strings.Join(st.lines, "\n")) // the last line's end is its own
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.Name())
			return nil, "", err
		}
		file, tmp = f.Name(), f.Name()
	}
	args := append(pager[1:len(pager):len(pager)], "+"+strconv.Itoa(line), file)
	return exec.Command(pager[0], args...), tmp, nil
}

// viewerCommand fills {file} and {page} into the viewer's words.
func viewerCommand(viewer []string, file string, page int) *exec.Cmd {
	args := make([]string, 0, len(viewer))
	hasFile := false
	for _, w := range viewer[1:] {
		hasFile = hasFile || strings.Contains(w, "{file}")
		w = strings.ReplaceAll(w, "{file}", file)
		args = append(args, strings.ReplaceAll(w, "{page}", strconv.Itoa(page)))
	}
	if !hasFile {
		args = append(args, file)
	}
	return exec.Command(viewer[0], args...)
}

// utf8File reports a readable file in UTF-8, which a pager shows as it
// is, line for line (the source text has said it is text).
func utf8File(path string) bool {
	data, err := os.ReadFile(path)
	return err == nil && utf8.Valid(data)
}
