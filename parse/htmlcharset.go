package parse

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"yusuan/internal/lazyregexp"
)

// htmlText decodes the page: a BOM decides; then valid UTF-8 is UTF-8 and
// anything else is GB18030 (a superset of GBK and gb2312, the encodings of
// Chinese government sites), whatever the page declares among the UTF-8, GB
// and Latin-1 labels (sites often declare one and send the other; the HTML
// standard's fallback, windows-1252, is never right for these pages). A page
// declaring any other encoding (Big5, Shift_JIS…) is refused by name rather
// than shown as mojibake. The rule is the plain text's (decodeLines), and it
// needs no table of every web encoding, whose set-up cost every start.
func htmlText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD"), nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("HTML UTF-16 解码失败 (cannot decode page)")
		}
		return string(out), nil
	}
	if name := declaredCharset(data); name != "" && !knownCharset(name) {
		return "", fmt.Errorf("HTML 编码 %s 不受支持 (page encoding not supported)", name)
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", ErrBinary
	}
	return string(out), nil
}

// charsetAttr finds charset=NAME in a meta tag, in both spellings:
// <meta charset="gbk"> and <meta http-equiv=… content="text/html; charset=gbk">.
var charsetAttr = lazyregexp.New(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)`)

// declaredCharset is the page's declared encoding, lower case, looked for
// where browsers look: the first 1024 bytes.
func declaredCharset(data []byte) string {
	m := charsetAttr.Regexp().FindSubmatch(data[:min(len(data), 1024)])
	if m == nil {
		return ""
	}
	return strings.ToLower(string(m[1]))
}

// knownCharset reports the labels htmlText's rule covers: the UTF-8, GB and
// Latin-1 families (WHATWG labels), and UTF-16, which a meta tag cannot
// truthfully declare and the standard reads as UTF-8.
func knownCharset(name string) bool {
	switch name {
	case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
		"gbk", "gb2312", "gb_2312", "gb_2312-80", "gb18030", "chinese", "csgb2312", "csiso58gb231280",
		"iso-ir-58", "x-gbk", "cp936", "ms936", "windows-936",
		"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
		"utf-16", "utf-16le", "utf-16be":
		return true
	}
	return false
}
