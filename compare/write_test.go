package compare

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"yusuan/model"
)

func TestWriteTextGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, Compare(oldDoc(), newDoc())); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, b.Bytes()) // testdata/TestWriteTextGolden.golden; -update rewrites it
}

func TestWriteJSONGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, Compare(oldDoc(), newDoc())); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, b.Bytes()) // testdata/TestWriteJSONGolden.golden
}

// The JSON has the contract's shape: field names, exact decimal strings,
// null for a missing side and for delta_pct where the base is zero.
func TestWriteJSONContract(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, Compare(oldDoc(), newDoc())); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Schema     string                       `json:"schema"`
		Old        map[string]any               `json:"old"`
		New        map[string]any               `json:"new"`
		Functional []map[string]json.RawMessage `json:"functional"`
		Economic   []map[string]json.RawMessage `json:"economic"`
		Projects   []map[string]json.RawMessage `json:"projects"`
		Totals     map[string]map[string]any    `json:"totals"`
		Narrative  []map[string]any             `json:"narrative"`
		Warnings   []string                     `json:"warnings"`
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"schema", "old", "new", "functional", "economic", "projects", "totals"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("missing %q", k)
		}
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Schema != "yusuan/v1" || out.Old["year"] != float64(2025) || out.Old["source"] != "old.txt" {
		t.Errorf("header %q %v", out.Schema, out.Old)
	}
	byCode := map[string]map[string]json.RawMessage{}
	for _, l := range out.Functional {
		var code string
		_ = json.Unmarshal(l["code"], &code)
		byCode[code] = l
	}
	cases := []struct{ code, field, want string }{
		{"2240106", "status", `"changed"`},
		{"2240106", "delta", `"-30.00"`},
		{"2240106", "delta_pct", `"-16.67"`},
		{"2240106", "old", `{"total":"180.00","basic":"0.00","project":"180.00"}`},
		{"2240108", "status", `"added"`},
		{"2240108", "old", `null`},
		{"2240108", "delta_pct", `null`},
		{"2240104", "new", `null`},
		{"2240104", "delta_pct", `"-100.00"`},
		{"20805", "status", `"renamed"`},
		{"20805", "old_name", `"行政事业单位离退休"`},
		{"2240101", "parent", `"22401"`},
	}
	for _, c := range cases {
		var got bytes.Buffer
		_ = json.Compact(&got, byCode[c.code][c.field])
		if got.String() != c.want {
			t.Errorf("%s.%s = %s, want %s", c.code, c.field, got.String(), c.want)
		}
	}
	if len(out.Functional) != 10 || out.New["year"] != float64(2026) {
		t.Errorf("%d functional lines, want 10 (flattened); new %v", len(out.Functional), out.New)
	}
	var renamed map[string]json.RawMessage
	for _, p := range out.Projects {
		if string(p["name"]) == `"安全生产宣传培训"` {
			renamed = p
		}
	}
	for field, want := range map[string]string{
		"old_name": `"安全生产宣传教育"`, "status": `"renamed"`, "matched_by": `"code"`,
		"old_budget": `"40.00"`, "new_budget": `"40.00"`, "delta": `"0.00"`, "code": `"13091626P000072100500"`,
	} {
		if got := string(renamed[field]); got != want {
			t.Errorf("project %s = %s, want %s", field, got, want)
		}
	}
	var inds []map[string]string
	if err := json.Unmarshal(renamed["indicators"], &inds); err != nil {
		t.Fatal(err)
	}
	if inds[0]["name"] != "培训种类" || inds[0]["old"] != "≥4种" || inds[0]["new"] != "≥5种" || inds[0]["status"] != "changed" {
		t.Errorf("indicator %v", inds[0])
	}
	if tot := out.Totals["expenditure"]; tot["old"] != "3985.86" || tot["new"] != "3218.39" || tot["delta"] != "-767.47" || tot["delta_pct"] != "-19.25" {
		t.Errorf("totals %v", tot)
	}
	if len(out.Narrative) != 6 || out.Warnings == nil {
		t.Errorf("narrative %d warnings %v", len(out.Narrative), out.Warnings)
	}
}

func TestWriteCSV(t *testing.T) {
	old, cur := oldDoc(), newDoc()
	cur.Projects = append(cur.Projects, &model.Project{Name: "=HYPERLINK(\"http://x\")", Budget: m("1")})
	var b bytes.Buffer
	if err := WriteCSV(&b, Compare(old, cur)); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Fatalf("header %v", rows[0])
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	find := func(section, code, name string) []string {
		for _, r := range rows[1:] {
			if r[col["section"]] == section && r[col["code"]] == code && (name == "" || r[col["name"]] == name) {
				return r
			}
		}
		t.Fatalf("no %s row %s %s", section, code, name)
		return nil
	}
	r := find("functional", "2240106", "")
	if r[col["status"]] != "changed" || r[col["old_total"]] != "180.00" || r[col["new_total"]] != "150.00" || r[col["delta"]] != "-30.00" || r[col["delta_pct"]] != "-16.67" {
		t.Errorf("2240106 row %v", r)
	}
	if r := find("functional", "2240108", ""); r[col["old_total"]] != "" || r[col["delta_pct"]] != "" || r[col["status"]] != "added" {
		t.Errorf("added row %v", r)
	}
	if r := find("indicator", "13091626P000072100500", "安全生产宣传培训 / 产出指标 / 数量指标 / 培训种类"); r[col["old_value"]] != "≥4种" || r[col["new_value"]] != "≥5种" {
		t.Errorf("indicator row %v", r)
	}
	if r := find("totals", "expenditure", ""); r[col["delta"]] != "-767.47" {
		t.Errorf("totals row %v", r)
	}
	if r := find("project", "", "'=HYPERLINK(\"http://x\")"); r[col["new_total"]] != "1.00" {
		t.Errorf("formula row %v", r)
	}
	// 10 functional + 5 economic + 9 三公 + 4 totals + 7 projects + their 5 indicators
	if got := len(rows) - 1; got != 10+5+9+4+7+5 {
		t.Errorf("%d rows", got)
	}
}

// Document text never brings escape sequences to the terminal.
func TestWriteTextCleansDocumentText(t *testing.T) {
	old, cur := oldDoc(), newDoc()
	cur.Functional[1].Name = "灾害防治\x1b[31m及应急管理支出\x1b]0;title\x07"
	cur.Projects[0].Name = "举报奖励\u202e"
	var b bytes.Buffer
	if err := WriteText(&b, Compare(old, cur)); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); strings.ContainsAny(s, "\x1b\x07\u202e") || !strings.Contains(s, "灾害防治及应急管理支出") {
		t.Errorf("escape sequences leaked:\n%q", s)
	}
}
