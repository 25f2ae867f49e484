package export

import (
	"bytes"
	"io"
	"testing"
)

// Writing the Jiangsu corpus folder (22 documents) in each format, parsed
// and checked beforehand: the cost of the writer alone.
//
//	go test ./export -run '^$' -bench Corpus -benchmem
func BenchmarkCorpus(b *testing.B) {
	docs := loadDocs(b, corpusFiles(b)...)
	checked := checkedOf(docs)
	for _, c := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"xlsx", func(w io.Writer) error { return XLSX(w, checked) }},
		{"parquet", func(w io.Writer) error { return Parquet(w, docs) }},
		{"csv", func(w io.Writer) error { return CSV(w, docs) }},
		{"json", func(w io.Writer) error { return JSON(w, docs) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := c.write(&buf); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes/file")
		})
	}
}
