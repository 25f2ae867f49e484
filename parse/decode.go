package parse

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"yusuan/model"
)

// MaxSize is the largest input accepted; budget disclosures are well under it.
const MaxSize = 64 << 20

// MaxLine is the longest line accepted, in bytes; a longer one is not a
// budget document but a blob.
const MaxLine = 1 << 20

// Errors for input that is not a budget text at all.
var (
	ErrEmpty    = errors.New("文件为空 (empty file)")
	ErrBinary   = errors.New("不是文本文件 (binary data, not a text document)")
	ErrTooLarge = fmt.Errorf("文件超过 %d MB 上限 (file too large)", MaxSize>>20)
)

// Encoding names the text encoding that Decode detected.
type Encoding string

// Decode turns raw bytes into clean text lines. The encoding is detected on
// the whole file, never per line: UTF-8 BOM, UTF-16 BOM, valid UTF-8, else
// GB18030 (a superset of GBK and GB2312). Line ends are normalised (CRLF, CR,
// form feed → LF) and every line is stripped of control characters and escape
// sequences, so nothing downstream can smuggle them to a terminal.
func Decode(b []byte) ([]string, Encoding, error) {
	lines, _, enc, err := decodeLines(b, false)
	return lines, enc, err
}

// view returns the bytes as a string without copying them. Only for bytes
// nobody will write again: those Decode made itself, and a file's contents
// that File read and hands over (owned). The strings of the document then
// share the file's memory instead of a second copy of it.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// decodeLines is Decode that also returns, where a page break split a source
// line, the source line of each returned line (nil when they are the same).
// owned says the caller hands b over and will not write to it again.
func decodeLines(b []byte, owned bool) (lines []string, lineOf []int, enc Encoding, err error) {
	if len(b) == 0 {
		return nil, nil, "", ErrEmpty
	}
	if len(b) > MaxSize {
		return nil, nil, "", ErrTooLarge
	}
	var text string
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		// a BOM promises UTF-8; bytes that break the promise become U+FFFD
		text, enc = strings.ToValidUTF8(string(b[3:]), "\uFFFD"), "utf-8-bom"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return nil, nil, "", fmt.Errorf("UTF-16 解码失败: %w", err)
		}
		text, enc = view(out), "utf-16"
	case utf8.Valid(b):
		if owned {
			text, enc = view(b), "utf-8"
		} else {
			text, enc = string(b), "utf-8"
		}
	default:
		if looksBinary(b) {
			return nil, nil, "", ErrBinary
		}
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
		if err != nil {
			return nil, nil, "", ErrBinary
		}
		text, enc = view(out), "gb18030"
	}
	if looksBinary([]byte(text[:min(len(text), 8192)])) {
		return nil, nil, "", ErrBinary
	}
	if strings.TrimSpace(text) == "" {
		return nil, nil, "", ErrEmpty
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	n := strings.Count(text, "\n") + 1
	lines = make([]string, 0, n)
	i := -1
	for l := range strings.SplitSeq(text, "\n") {
		i++
		if len(l) > MaxLine {
			return nil, nil, "", fmt.Errorf("第%d行超过 %d KB，不是预算文本 (line too long)", i+1, MaxLine>>10)
		}
		if strings.IndexByte(l, '\f') >= 0 {
			// A page break (pdftotext puts it before a page's first line)
			// ends a line; the source line count is kept in lineOf.
			if lineOf == nil {
				lineOf = make([]int, len(lines), n+16)
				for j := range lineOf {
					lineOf[j] = j + 1
				}
			}
			for _, part := range strings.Split(l, "\f") {
				lines = append(lines, model.CleanText(part))
				lineOf = append(lineOf, i+1)
			}
			continue
		}
		lines = append(lines, model.CleanText(l))
		if lineOf != nil {
			lineOf = append(lineOf, i+1)
		}
	}
	return lines, lineOf, enc, nil
}

// sourceLines renumbers rows read from Decode's lines with the lines of the
// source file (they differ after a page break); lineOf nil means the same.
func sourceLines(rows []Row, lineOf []int) {
	if lineOf == nil {
		return
	}
	for i := range rows {
		if n := rows[i].Line; n >= 1 && n <= len(lineOf) {
			rows[i].Line = lineOf[n-1]
		}
	}
}

// looksBinary reports NUL bytes or a high share of control bytes in the first
// 8 KB: images, archives and executables.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(b)
}

// pageStarts returns the source lines where the 2nd, 3rd … page begins: a
// form feed splits a source line in two, so a line number repeated in
// lineOf is where a page starts. nil for text without form feeds.
func pageStarts(lineOf []int) []int {
	var out []int
	for k := 1; k < len(lineOf); k++ {
		if lineOf[k] == lineOf[k-1] {
			out = append(out, lineOf[k])
		}
	}
	return out
}
