// Package xlsxtest reads back, for tests, the workbooks yusuan writes: with
// excelize, a reader independent of the writer. Only tests import it, so the
// yusuan binary does not link excelize.
package xlsxtest

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// Rows reads the first sheet of the workbook at path, cells as stored.
func Rows(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// Column is the index of the header cell named name; the test fails without one.
func Column(t testing.TB, header []string, name string) int {
	t.Helper()
	for i, h := range header {
		if h == name {
			return i
		}
	}
	t.Fatalf("no column %s in %q", name, header)
	return -1
}
