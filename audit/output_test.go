package audit

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestRulesCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if r.ID == "" || r.Description == "" || seen[r.ID] {
			t.Errorf("bad or duplicate rule %+v", r)
		}
		if r.Severity != Error && r.Severity != Warn && r.Severity != Info && r.Severity != Unread {
			t.Errorf("%s: severity %q", r.ID, r.Severity)
		}
		seen[r.ID] = true
	}
	for _, id := range []string{"tree-sum", "row-identity", "cross-table", "three-public-sum", "project-sum", "plan-monotonic",
		"plan-end", "declared-yuan", "narrative-amount", "narrative-share", "narrative-count", "narrative-change",
		"narrative-sum", "toc-missing", "empty-unexplained", "code-format", "catalog-name", "table-unverified",
		"disclosure-missing", "final-identity", "change-reason", "unit-magnitude", "percent-format", "zero-base",
		"summary-unchecked"} {
		if !seen[id] {
			t.Errorf("rule %s missing from the catalogue", id)
		}
	}
	var b bytes.Buffer
	if err := WriteRules(&b); err != nil || !strings.Contains(b.String(), "tree-sum") {
		t.Errorf("WriteRules: %v %q", err, b.String())
	}
}

func sampleFindings() []Finding {
	return Check(narrative(czSpend + "\x1b[31m" + czChange))
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, "x.txt", sampleFindings()); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Schema   string    `json:"schema"`
		Source   string    `json:"source"`
		Findings []Finding `json:"findings"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Schema != "yusuan/v1" || got.Source != "x.txt" || len(got.Findings) != 2 {
		t.Fatalf("%s", b.String())
	}
	f := got.Findings[0]
	if f.Rule != "narrative-sum" || f.Severity != Error || f.Expected != "2618.39" || f.Actual != "3218.39" || f.Difference != "+600.00" {
		t.Errorf("%+v", f)
	}
	if strings.Contains(b.String(), "\\u001b") || strings.Contains(b.String(), "\x1b") {
		t.Error("escape sequence from the document reached the output")
	}
	// no findings: an empty list, not null
	b.Reset()
	WriteJSON(&b, "y", nil)
	if !strings.Contains(b.String(), `"findings": []`) {
		t.Errorf("%s", b.String())
	}
	b.Reset()
	if err := WriteJSONReports(&b, []Report{{"a", nil}, {"b", sampleFindings()}}); err != nil {
		t.Fatal(err)
	}
	var many struct {
		Schema  string   `json:"schema"`
		Reports []Report `json:"reports"`
	}
	if err := json.Unmarshal(b.Bytes(), &many); err != nil || len(many.Reports) != 2 || len(many.Reports[1].Findings) != 2 {
		t.Fatalf("%v %s", err, b.String())
	}
}

func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	fs := append(sampleFindings(), Finding{Rule: "toc-missing", Severity: Warn, Where: "目录", Message: "目录列出的“x表”在文中未找到"})
	if err := WriteText(&b, "x.txt", fs); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"x.txt：2 个错误，1 个警告，0 个提示", "错误（2）", "警告（1）", "[narrative-sum] 正文 / 说明（第11行）", "应为 2618.39，实为 3218.39，相差 +600.00"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Index(out, "错误（2）") > strings.Index(out, "警告（1）") {
		t.Error("errors must come first")
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Error("escape sequence reached the terminal")
	}
}
