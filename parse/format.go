package parse

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"yusuan/model"
)

// Format is the container a document came in, detected from its content:
// plain text, or one of the formats auditors download (Word, Excel, a web
// page, PDF, or the old binary Office formats).
type Format string

// Formats, detected by DetectFormat.
const (
	FormatText Format = "text"
	FormatDocx Format = "docx"
	FormatXlsx Format = "xlsx"
	FormatHTML Format = "html"
	FormatPDF  Format = "pdf"
	FormatDoc  Format = "doc" // OLE2 Word 97–2003, via libreoffice
	FormatXls  Format = "xls" // OLE2 Excel 97–2003, via libreoffice
	FormatZip  Format = "zip" // a zip that is neither docx nor xlsx (or a truncated one)
)

// Layouts of the grids the format readers produce (the PDF reader produces
// the spaces layout, since it reads pdftotext -layout text).
const (
	LayoutDocx Layout = "docx"
	LayoutXlsx Layout = "xlsx"
	LayoutHTML Layout = "html"
)

var (
	magicZip  = []byte("PK\x03\x04")
	magicPDF  = []byte("%PDF-")
	magicOLE2 = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// DetectFormat looks at the content, not the name. The name (source) only
// decides between .doc and .xls when the OLE2 directory does not say.
func DetectFormat(source string, data []byte) Format {
	switch {
	case bytes.HasPrefix(data, magicZip):
		return zipFormat(data)
	case bytes.HasPrefix(data, magicOLE2):
		return oleFormat(source, data)
	}
	// %PDF- may follow a little junk (some servers prepend a BOM or blank lines)
	if i := bytes.Index(head(data, 1024), magicPDF); i >= 0 {
		return FormatPDF
	}
	if looksHTML(data) {
		return FormatHTML
	}
	return FormatText
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// looksHTML: the first markup in the first 4 KB opens an HTML document or a
// table. Budget text never starts with '<'.
func looksHTML(data []byte) bool {
	h := bytes.ToLower(head(data, 4096))
	h = bytes.TrimPrefix(h, []byte{0xEF, 0xBB, 0xBF})
	h = bytes.TrimLeft(h, " \t\r\n")
	for _, p := range []string{"<!doctype html", "<html", "<table", "<?xml", "<!--", "<head", "<body", "<meta"} {
		if bytes.HasPrefix(h, []byte(p)) {
			// an XML or comment prolog is HTML only if an html tag follows
			if p == "<?xml" || p == "<!--" {
				return bytes.Contains(h, []byte("<html")) || bytes.Contains(h, []byte("<table"))
			}
			return true
		}
	}
	return false
}

// oleFormat tells a Word from an Excel compound file by the stream names in
// its directory (UTF-16LE), falling back on the file name.
func oleFormat(source string, data []byte) Format {
	utf16 := func(s string) []byte {
		out := make([]byte, 0, 2*len(s))
		for i := 0; i < len(s); i++ {
			out = append(out, s[i], 0)
		}
		return out
	}
	switch {
	case bytes.Contains(data, utf16("WordDocument")):
		return FormatDoc
	case bytes.Contains(data, utf16("Workbook")), bytes.Contains(data, utf16("Book")):
		return FormatXls
	}
	switch strings.ToLower(filepath.Ext(source)) {
	case ".xls", ".et":
		return FormatXls
	}
	return FormatDoc
}

// readFormat parses a document that is not plain text.
func readFormat(source string, f Format, data []byte) (*model.Document, error) {
	if len(data) > MaxSize {
		return nil, ErrTooLarge
	}
	switch f {
	case FormatDocx:
		rows, err := readDocx(data)
		if err != nil {
			return nil, err
		}
		return FromRows(source, LayoutDocx, rows)
	case FormatXlsx:
		rows, notes, err := readXlsx(data)
		if err != nil {
			return nil, err
		}
		doc, err := FromRows(source, LayoutXlsx, rows)
		if doc != nil {
			doc.Warnings = append(doc.Warnings, notes...)
		}
		return doc, err
	case FormatHTML:
		rows, err := readHTML(data)
		if err != nil {
			return nil, err
		}
		return FromRows(source, LayoutHTML, rows)
	case FormatPDF:
		return readPDF(source, data)
	case FormatDoc, FormatXls:
		return readOffice(source, f, data)
	case FormatZip:
		return nil, errZip
	}
	return nil, fmt.Errorf("不支持的格式 %s (unsupported format)", f)
}

// rowsOfText turns converted text (pdftotext output) into rows of the given
// layout, with the source lines where its pages begin.
func rowsOfText(data []byte, layout Layout) ([]Row, []int, error) {
	lines, lineOf, _, err := decodeLines(data, true) // converter output, ours
	if err != nil {
		return nil, nil, err
	}
	rows := readLayout(lines, lineOf, layout)
	sourceLines(rows, lineOf)
	return rows, pageStarts(lineOf), nil
}

// readLayout reads decoded lines with the reader of the layout; lineOf (from
// decodeLines) says where pages begin.
func readLayout(lines []string, lineOf []int, layout Layout) []Row {
	switch layout {
	case LayoutCells:
		return readCells(lines)
	case LayoutRows:
		return readRows(lines)
	case LayoutRaw:
		return readRaw(lines)
	}
	return readSpacesPaged(lines, pageStartLines(lineOf))
}

// withCells drops rows that have no cell at all: a grid from outside (any
// caller of FromRows) may hold them, and every row is assumed to have at
// least one. The common case, a clean grid, is returned as it is.
func withCells(rows []Row) []Row {
	for i, r := range rows {
		if len(r.Cells) == 0 {
			out := append([]Row(nil), rows[:i]...)
			for _, r := range rows[i+1:] {
				if len(r.Cells) > 0 {
					out = append(out, r)
				}
			}
			return out
		}
	}
	return rows
}
