package parse

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
)

// TestRegionsReadAside: a document's tables read on several goroutines come
// out as read on one, row for row, in place between the text around them —
// on a Jiangsu budget and on national documents of several layouts.
func TestRegionsReadAside(t *testing.T) {
	paths := []string{corpusFile(t, "js-procuratorate-2018")}
	for _, name := range []string{"cq-chongqing-water-2026-budget", "sn-xian-civilaffairs-2021-budget", "sh-shanghai-audit-2026-unitbudget"} {
		if p := filepath.Join(nationalDir, name+".layout.txt"); fileExists(p) {
			paths = append(paths, p)
		}
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines, lineOf, _, err := decodeLines(data, true)
		if err != nil {
			t.Fatal(err)
		}
		starts := pageStartLines(lineOf)
		prev := runtime.GOMAXPROCS(4)
		aside := readSpacesPaged(append([]string(nil), lines...), starts)
		runtime.GOMAXPROCS(1)
		inLine := readSpacesPaged(append([]string(nil), lines...), starts)
		runtime.GOMAXPROCS(prev)
		if len(inLine) < 100 {
			t.Fatalf("%s: %d rows read", filepath.Base(p), len(inLine))
		}
		if !reflect.DeepEqual(aside, inLine) {
			t.Errorf("%s: %d rows read on several goroutines, %d on one, not the same", filepath.Base(p), len(aside), len(inLine))
		}
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
