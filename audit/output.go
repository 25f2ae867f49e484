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
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
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
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
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
			fmt.Fprintf(&b, "  [%s] %s\n", f.Rule, model.CleanText(where))
			fmt.Fprintf(&b, "      %s\n", model.CleanText(f.Message))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteRules writes the catalogue for `yusuan check --rules`.
func WriteRules(w io.Writer) error {
	var b strings.Builder
	for _, r := range Rules() {
		fmt.Fprintf(&b, "%-22s %-5s %s\n", r.ID, r.Severity, r.Description)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
