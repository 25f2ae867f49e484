package audit

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"yusuan/model"
)

// Report is the findings of one source file.
type Report struct {
	Source   string    `json:"source"`
	Findings []Finding `json:"findings"`
}

type jsonOne struct {
	Schema   string    `json:"schema"`
	Source   string    `json:"source"`
	Findings []Finding `json:"findings"`
}

// WriteJSON writes the findings of one file in the `check --format json` shape.
func WriteJSON(w io.Writer, source string, fs []Finding) error {
	if fs == nil {
		fs = []Finding{}
	}
	enc := newEncoder(w)
	return enc.Encode(jsonOne{Schema: model.Schema, Source: source, Findings: fs})
}

// WriteJSONReports writes several files' findings: one object per file when
// there is one, else {"schema":…, "reports":[{source, findings}…]}.
func WriteJSONReports(w io.Writer, rs []Report) error {
	if len(rs) == 1 {
		return WriteJSON(w, rs[0].Source, rs[0].Findings)
	}
	for i := range rs {
		if rs[i].Findings == nil {
			rs[i].Findings = []Finding{}
		}
	}
	enc := newEncoder(w)
	return enc.Encode(struct {
		Schema  string   `json:"schema"`
		Reports []Report `json:"reports"`
	}{model.Schema, rs})
}

// WriteText writes the findings for a terminal, grouped by severity.
func WriteText(w io.Writer, source string, fs []Finding) error {
	var b strings.Builder
	counts := map[Severity]int{}
	for _, f := range fs {
		counts[f.Severity]++
	}
	fmt.Fprintf(&b, "%s：%d 个错误，%d 个警告，%d 个提示", model.CleanText(source), counts[Error], counts[Warn], counts[Info])
	if counts[Unread] > 0 {
		fmt.Fprintf(&b, "；%d 张表读取存疑（其数字未经核实，未参与检查）", counts[Unread])
	}
	marks := map[model.ReviewState]int{}
	marked := 0
	for _, f := range fs {
		if f.Review != nil {
			marks[f.Review.State]++
			marked++
		}
	}
	if marked > 0 {
		fmt.Fprintf(&b, "；已审核 %d 个（确认 %d，驳回 %d，已阅 %d）", marked, marks[model.Accepted], marks[model.Rejected], marks[model.Reviewed])
	}
	b.WriteByte('\n')
	// the tables in doubt first: they qualify every finding below
	for _, sev := range []Severity{Unread, Error, Warn, Info} {
		if counts[sev] == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s（%d）\n", sev.Label(), counts[sev])
		for _, f := range fs {
			if f.Severity != sev {
				continue
			}
			where := f.Where
			switch {
			case f.File != "" && f.Page > 0:
				where = fmt.Sprintf("%s（%s 第%d页 第%d行）", where, filepath.Base(f.File), f.Page, f.FileLine)
			case f.File != "":
				where = fmt.Sprintf("%s（%s 第%d行）", where, filepath.Base(f.File), f.FileLine)
			case f.Page > 0:
				where = fmt.Sprintf("%s（第%d页 第%d行）", where, f.Page, f.Line)
			case f.Line > 0:
				where = fmt.Sprintf("%s（第%d行）", where, f.Line)
			}
			// the mark column, where the document has marks at all
			mark := ""
			if marked > 0 {
				mark = "    "
				if f.Review != nil {
					mark = f.Review.State.Label()
				}
				mark += " "
			}
			key := ""
			if f.Key != "" {
				key = "  #" + f.Key
			}
			fmt.Fprintf(&b, "  %s[%s] %s%s\n", mark, f.Rule, model.CleanText(where), key)
			fmt.Fprintf(&b, "      %s\n", model.CleanText(f.Message))
			if r := f.Review; r != nil {
				fmt.Fprintf(&b, "      审核：%s %s", r.State.Label(), r.At)
				if r.Note != "" {
					fmt.Fprintf(&b, "：%s", model.CleanText(r.Note))
				}
				b.WriteByte('\n')
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteRules writes the catalogue for `yusuan check --rules`: what each
// severity means to an auditor, then the rules with the most serious level
// each raises.
func WriteRules(w io.Writer) error {
	var b strings.Builder
	b.WriteString("级别 (severities)\n")
	for _, s := range model.Severities {
		zh, en := s.Meaning()
		fmt.Fprintf(&b, "  %-6s %s：%s\n         %s\n", s, s.Label(), zh, en)
	}
	b.WriteString("\n规则 (rules)\n")
	for _, r := range Rules() {
		fmt.Fprintf(&b, "%-22s %-5s %s\n", r.ID, r.Severity, r.Description)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// SeverityDef is one severity as `check --rules --format json` gives it.
type SeverityDef struct {
	ID        Severity `json:"id"`
	Label     string   `json:"label"`
	Meaning   string   `json:"meaning"`
	MeaningEn string   `json:"meaning_en"`
}

// WriteRulesJSON writes the same catalogue as JSON:
// {"schema", "severities": [{id, label, meaning, meaning_en}], "rules": [{id, severity, description}]}.
func WriteRulesJSON(w io.Writer) error {
	var sevs []SeverityDef
	for _, s := range model.Severities {
		zh, en := s.Meaning()
		sevs = append(sevs, SeverityDef{ID: s, Label: s.Label(), Meaning: zh, MeaningEn: en})
	}
	enc := newEncoder(w)
	return enc.Encode(struct {
		Schema     string        `json:"schema"`
		Severities []SeverityDef `json:"severities"`
		Rules      []Rule        `json:"rules"`
	}{model.Schema, sevs, Rules()})
}

// newEncoder is the JSON encoder of every `check` output: indented, with
// Chinese and <> left as they are.
func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc
}
