package parse

import (
	"errors"
	"fmt"
	"os"
)

// ErrNoLines is the error of SourceText for a source whose line numbers
// are not lines of a text (.docx, .xlsx, HTML, .doc, .xls: there a "line"
// counts the document's paragraphs and rows).
var ErrNoLines = errors.New("原文不是文本，没有可按行显示的原文 (the source is not text: no lines to show)")

// SourceText returns the lines of a document's source as its figures cite
// them: line n is lines[n-1]. For text, the file's lines decoded as parse
// decodes them (control characters stripped, a page's form feed dropped);
// for a PDF, the text pdftotext gives, which is what the document was read
// from. format says which the source was.
func SourceText(path string) (lines []string, format Format, err error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	if st.Size() > MaxSize {
		return nil, "", fmt.Errorf("%s: %w", path, ErrTooLarge)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	return SourceTextOf(path, data)
}

// SourceTextOf is SourceText of a document held in memory; source names it.
func SourceTextOf(source string, data []byte) ([]string, Format, error) {
	f := DetectFormat(source, data)
	switch f {
	case FormatText:
	case FormatPDF:
		out, err := pdfToText(data)
		if err != nil {
			return nil, f, err
		}
		data = out
	default:
		return nil, f, ErrNoLines
	}
	lines, lineOf, _, err := decodeLines(data, false)
	if err != nil || lineOf == nil {
		return lines, f, err
	}
	// A form feed split a source line in two: join the parts again.
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		if n := lineOf[i]; n <= len(out) {
			out[n-1] += l
			continue
		}
		out = append(out, l)
	}
	return out, f, nil
}
