package trend_test

import (
	"io"
	"path/filepath"
	"testing"

	"yusuan/export"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/trend"
)

// BenchmarkTrendJiangsu builds the trends of the five Jiangsu departments
// (2017–2019, the documents parsed beforehand) and writes each as JSON and
// text: the cost of matching, the crosswalk, the CAGRs and the writers.
func BenchmarkTrendJiangsu(b *testing.B) {
	var sets [][]*model.Document
	for _, d := range departments {
		sets = append(sets, corpusDocs(b, d.glob))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, docs := range sets {
			t, err := trend.Build(docs)
			if err != nil {
				b.Fatal(err)
			}
			if err := trend.WriteJSON(io.Discard, t); err != nil {
				b.Fatal(err)
			}
			if err := export.TrendText(io.Discard, t); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(sets)), "µs/department")
}

// BenchmarkTrendJiangsuFromFiles is the same from the files: reading and
// parsing the 22 documents (the -text halves included) is most of it.
func BenchmarkTrendJiangsuFromFiles(b *testing.B) {
	var globs [][]string
	for _, d := range departments {
		files, _ := filepath.Glob(filepath.Join(corpus, d.glob))
		if len(files) == 0 {
			b.Skip(corpus + " absent")
		}
		globs = append(globs, files)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, files := range globs {
			var docs []*model.Document
			for _, f := range files {
				d, err := parse.File(f)
				if err != nil {
					b.Fatal(err)
				}
				docs = append(docs, d)
			}
			t, err := trend.Build(docs)
			if err != nil {
				b.Fatal(err)
			}
			if err := trend.WriteJSON(io.Discard, t); err != nil {
				b.Fatal(err)
			}
		}
	}
}
