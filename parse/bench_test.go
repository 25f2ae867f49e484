package parse

import (
	"bytes"
	"testing"
)

// splitBaseline is the least any parse must do: split the bytes into lines
// and the lines into TAB cells. The parse is measured against it.
func splitBaseline(b []byte) int {
	n := 0
	for _, line := range bytes.Split(b, []byte("\n")) {
		n += len(bytes.Split(line, []byte("\t")))
	}
	return n
}

func benchSample(b *testing.B, path string) {
	data := readSample(b, path)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Bytes(path, data); err != nil {
			b.Fatal(err)
		}
	}
}

func benchBaseline(b *testing.B, path string) {
	data := readSample(b, path)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		splitBaseline(data)
	}
}

func BenchmarkParseCangzhou(b *testing.B)    { benchSample(b, cangzhouPath) }
func BenchmarkBaselineCangzhou(b *testing.B) { benchBaseline(b, cangzhouPath) }
func BenchmarkParseJinzhong(b *testing.B)    { benchSample(b, jinzhongPath) }
func BenchmarkBaselineJinzhong(b *testing.B) { benchBaseline(b, jinzhongPath) }
