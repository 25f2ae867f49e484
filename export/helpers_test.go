package export

import (
	"testing"

	"yusuan/model"
	"yusuan/parse"
	"yusuan/samples"
)

// sampleDocs are the two embedded real documents, parsed afresh for each
// test (the writers fill empty lists in).
var sampleDocs = []struct {
	name, source string
	data         []byte
}{
	{"jinzhong", "samples/jinzhong-safety-2023.txt", samples.Jinzhong},
	{"cangzhou", "samples/cangzhou-lingang-safety-2026.txt", samples.Cangzhou},
}

func parseSample(t *testing.T, source string, data []byte) *model.Document {
	t.Helper()
	d, err := parse.Bytes(source, data)
	if err != nil {
		t.Fatalf("%s: %v", source, err)
	}
	return d
}
