package trend

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"yusuan/model"
)

// TestUncodedLines: functional lines printed without a code (监狱 and
// 强制隔离戒毒 under 204, each with an uncoded 行政运行) make one row each over
// the years, joined by name under their parent, never with each other by
// their empty code; they keep the level their nesting gave, and the JSON
// names an uncoded parent.
func TestUncodedLines(t *testing.T) {
	m := model.MustMoney
	fn := func(code, name string, level model.Level, total string, kids ...*model.FuncNode) *model.FuncNode {
		return &model.FuncNode{Code: code, Name: name, Level: level, Total: m(total), Children: kids}
	}
	var docs []*model.Document
	for i, year := range []int{2024, 2025, 2026} {
		prison, rehab := fmt.Sprintf("%d.00", 40+i), fmt.Sprintf("%d.00", 20+i)
		docs = append(docs, &model.Document{Source: fmt.Sprintf("%d.txt", year), Department: "杭州市司法局", Year: year, Kind: model.Budget,
			Functional: []*model.FuncNode{fn("204", "公共安全支出", model.LevelClass, fmt.Sprintf("%d.00", 60+2*i),
				fn("", "监狱", model.LevelSection, prison, fn("", "行政运行", model.LevelItem, prison)),
				fn("", "强制隔离戒毒", model.LevelSection, rehab, fn("", "行政运行", model.LevelItem, rehab)))}})
	}
	tr, err := Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Functional) != 1 || len(tr.Functional[0].Children) != 2 {
		t.Fatalf("rows %+v", tr.Functional)
	}
	for i, want := range []struct{ name, first, last string }{{"监狱", "40.00", "42.00"}, {"强制隔离戒毒", "20.00", "22.00"}} {
		r := tr.Functional[0].Children[i]
		if r.Name != want.name || r.Code != "" || r.Level != "section" || len(r.Children) != 1 || r.Children[0].Level != "item" {
			t.Fatalf("row %d: %q %q level %q, %d children", i, r.Code, r.Name, r.Level, len(r.Children))
		}
		for _, row := range []*Row{r, r.Children[0]} {
			if row.Values[0] == nil || row.Values[2] == nil || row.Values[0].Total.String() != want.first || row.Values[2].Total.String() != want.last {
				t.Errorf("%s %s: values %v … %v, want %s … %s", want.name, row.Name, row.Values[0], row.Values[2], want.first, want.last)
			}
		}
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, tr); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Functional []struct {
			Name       string `json:"name"`
			Level      string `json:"level"`
			ParentName string `json:"parent_name"`
		} `json:"functional"`
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	under := map[string]string{}
	for _, r := range out.Functional {
		if r.Name == "行政运行" {
			under[r.ParentName] = r.Level
		}
	}
	if under["监狱"] != "item" || under["强制隔离戒毒"] != "item" {
		t.Errorf("JSON 行政运行 rows by parent_name: %v", under)
	}
}
