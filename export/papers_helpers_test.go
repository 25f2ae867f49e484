package export

import (
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"

	"yusuan/model"
	"yusuan/parse"
)

// sampleFiles are the embedded real documents, as the command reads them.
var sampleFiles = []string{"../samples/cangzhou-lingang-safety-2026.txt", "../samples/jinzhong-safety-2023.txt"}

// loadDocs parses files; a folder's documents stand in its place.
func loadDocs(t testing.TB, paths ...string) []*model.Document {
	t.Helper()
	var docs []*model.Document
	for _, p := range paths {
		d, err := parse.File(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		docs = append(docs, d)
	}
	return docs
}

// corpusFiles lists the Jiangsu corpus's converted texts, skipping the test
// where the folder is absent.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	files, _ := filepath.Glob("../../shared/corpus/jiangsu/*.layout.txt")
	if len(files) == 0 {
		t.Skip("../shared/corpus/jiangsu absent")
	}
	return files
}

func parseDec(s string) (decimal.Decimal, error) { return decimal.NewFromString(s) }
