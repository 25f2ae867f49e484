package parse

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
)

var errZip = errors.New("zip 文件既不是 .docx 也不是 .xlsx，或已损坏 (zip archive that is not a readable .docx/.xlsx)")

// maxUnzipped bounds what one part of an archive may inflate to, so a zip
// bomb is refused instead of filling memory.
var maxUnzipped int64 = 512 << 20

// zipFormat reads the part names, which zip stores uncompressed in every
// local header, so even a truncated archive is recognised (and then refused
// with a message that names what it was).
func zipFormat(data []byte) Format {
	switch {
	case bytes.Contains(data, []byte("word/document.xml")):
		return FormatDocx
	case bytes.Contains(data, []byte("xl/workbook.xml")), bytes.Contains(data, []byte("xl/worksheets/")):
		return FormatXlsx
	}
	return FormatZip
}

// openZip opens an archive held in memory with a one-line error for a
// truncated or corrupt one.
func openZip(data []byte, what string) (*zip.Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%s 文件不完整或已损坏 (truncated or corrupt %s: %v)", what, what, err)
	}
	return zr, nil
}

// zipPart returns a reader of one part, or nil when the archive lacks it.
func zipPart(zr *zip.Reader, name string) (io.ReadCloser, error) {
	for _, f := range zr.File {
		if f.Name == name {
			if int64(f.UncompressedSize64) > maxUnzipped || f.UncompressedSize64 > 1<<62 {
				return nil, fmt.Errorf("%s 解压后过大 (part too large when inflated)", name)
			}
			rc, err := f.Open()
			if err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
			return rc, nil
		}
	}
	return nil, nil
}
