package parse

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
)

// TestReadAside: a document read on several goroutines (its tables, blocks
// and long runs of lines aside) is the document read on one, warnings and
// their order included — on both samples, the generated large document and
// corpus documents of each layout where the corpus is present.
func TestReadAside(t *testing.T) {
	docs := map[string][]byte{
		"cangzhou": readFileT(t, cangzhouPath),
		"jinzhong": readFileT(t, jinzhongPath),
	}
	if !testing.Short() {
		docs["large"] = largeDocument(t)
	}
	for _, name := range []string{"cq-chongqing-water-2026-budget", "sn-xian-civilaffairs-2021-budget", "sh-shanghai-audit-2026-unitbudget", "bj-beijing-stats-2026-budget-tables"} {
		if data, err := os.ReadFile(filepath.Join(nationalDir, name+".layout.txt")); err == nil {
			docs[name] = data
		}
	}
	if data, err := os.ReadFile(filepath.Join(corpusDir, "js-procuratorate-2018.layout.txt")); err == nil {
		docs["js-procuratorate-2018"] = data
	}
	for name, data := range docs {
		prev := runtime.GOMAXPROCS(4)
		aside, err := Bytes(name+".txt", data)
		runtime.GOMAXPROCS(1)
		inOne, err1 := Bytes(name+".txt", data)
		runtime.GOMAXPROCS(prev)
		if err != nil || err1 != nil {
			t.Fatalf("%s: %v, %v", name, err, err1)
		}
		if len(inOne.Tables) < 5 {
			t.Fatalf("%s: %d tables read", name, len(inOne.Tables))
		}
		if !reflect.DeepEqual(aside, inOne) {
			t.Errorf("%s: read aside differs from read on one goroutine (%d tables, %d warnings against %d, %d)",
				name, len(aside.Tables), len(aside.Warnings), len(inOne.Tables), len(inOne.Warnings))
		}
	}
}
