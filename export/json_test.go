package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"yusuan/model"
)

// One document is an object of schema yusuan/v1 whose amounts are exact
// decimal strings and read back to the parsed figures; several are an array.
func TestJSON(t *testing.T) {
	cases := []struct {
		name, source string
		data         []byte
		department   string
		year         int
		expenditure  string // totals.expenditure as printed in the JSON
		classes      []string
	}{
		{sampleDocs[0].name, sampleDocs[0].source, sampleDocs[0].data, "山西转型综合改革示范区晋中开发区安全生产监督管理局", 2023, "595.20", []string{"208", "224"}},
		{sampleDocs[1].name, sampleDocs[1].source, sampleDocs[1].data, "沧州临港经济技术开发区安全生产监督管理局", 2026, "3218.39", []string{"212", "221", "224"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseSample(t, c.source, c.data)
			var b bytes.Buffer
			if err := JSON(&b, []*model.Document{d}); err != nil {
				t.Fatal(err)
			}
			var raw map[string]any
			if err := json.Unmarshal(b.Bytes(), &raw); err != nil {
				t.Fatalf("not one object: %v", err)
			}
			totals, _ := raw["totals"].(map[string]any)
			if raw["schema"] != model.Schema || raw["source"] != c.source || raw["department"] != c.department ||
				raw["year"] != float64(c.year) || totals["expenditure"] != c.expenditure {
				t.Errorf("schema %v source %v department %v year %v expenditure %v (%T)", raw["schema"], raw["source"], raw["department"], raw["year"], totals["expenditure"], totals["expenditure"])
			}
			var back model.Document
			if err := json.Unmarshal(b.Bytes(), &back); err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, n := range back.Functional {
				codes = append(codes, n.Code)
			}
			if strings.Join(codes, " ") != strings.Join(c.classes, " ") {
				t.Errorf("classes %v, want %v", codes, c.classes)
			}
			for i, n := range back.Functional {
				if !n.Total.Equal(d.Functional[i].Total) || !n.Basic.Equal(d.Functional[i].Basic) || !n.Project.Equal(d.Functional[i].Project) {
					t.Errorf("%s reads back as %s/%s/%s, parsed %s/%s/%s", n.Code, n.Total, n.Basic, n.Project,
						d.Functional[i].Total, d.Functional[i].Basic, d.Functional[i].Project)
				}
			}
			if len(back.Projects) != len(d.Projects) || len(back.Tables) != len(d.Tables) || len(back.Sections) != len(d.Sections) {
				t.Errorf("projects %d/%d, tables %d/%d, sections %d/%d", len(back.Projects), len(d.Projects), len(back.Tables), len(d.Tables), len(back.Sections), len(d.Sections))
			}
		})
	}
}

func TestJSONSeveral(t *testing.T) {
	var docs []*model.Document
	for _, s := range sampleDocs {
		docs = append(docs, parseSample(t, s.source, s.data))
	}
	var b bytes.Buffer
	if err := JSON(&b, docs); err != nil {
		t.Fatal(err)
	}
	var back []model.Document
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatalf("several documents are not an array: %v", err)
	}
	if len(back) != 2 || back[0].Source != sampleDocs[0].source || back[1].Source != sampleDocs[1].source {
		t.Errorf("got %d documents", len(back))
	}
}

// Lists a script iterates over are [] when empty, never null.
func TestJSONEmptyLists(t *testing.T) {
	d := &model.Document{Schema: model.Schema, Source: "empty.txt", Department: "财政局<本级>&所属",
		Functional: []*model.FuncNode{{Code: "224", Name: "灾害防治及应急管理支出"}},
		Projects:   []*model.Project{{Name: "安全管家"}},
		Tables:     []*model.Table{{Title: "空表"}}}
	var b bytes.Buffer
	if err := JSON(&b, []*model.Document{d}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{`"economic": []`, `"children": []`, `"indicators": []`, `"rows": []`, `"columns": []`, `"sections": []`, `"warnings": []`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in\n%s", want, out)
		}
	}
	// null only where the contract says absent: no 三公 table, no plan
	// given, no budget read for the project
	if strings.Count(out, "null") != 3 || !strings.Contains(out, `"three_public": null`) || !strings.Contains(out, `"plan": null`) ||
		!strings.Contains(out, `"budget": null`) {
		t.Errorf("a null other than the absent 三公 table, plan and budget:\n%s", out)
	}
	if !strings.Contains(out, `"department": "财政局<本级>&所属"`) {
		t.Errorf("names are written as printed, without HTML escaping:\n%s", out)
	}
}
