package audit

import (
	"testing"

	"yusuan/model"
)

func m(s string) model.Money { return model.MustMoney(s) }

// row builds a coded row from column/amount pairs ("" amounts are blank).
func row(code, name string, line int, kv ...string) model.CodedRow {
	r := model.CodedRow{Code: code, Name: name, Line: line, Amounts: map[string]model.Money{}}
	for i := 0; i+1 < len(kv); i += 2 {
		r.Order = append(r.Order, kv[i])
		if kv[i+1] != "" {
			r.Amounts[kv[i]] = m(kv[i+1])
		}
	}
	return r
}

func table(kind model.TableKind, title string, rows ...model.CodedRow) *model.Table {
	return &model.Table{Kind: kind, Title: title, Line: 1, Coded: rows}
}

func docWith(ts ...*model.Table) *model.Document {
	return &model.Document{Year: 2026, Tables: ts}
}

func narrative(text string) *model.Document {
	return &model.Document{Year: 2026, Sections: []*model.Section{{Heading: "说明", Line: 10, Text: text}}}
}

// only returns the findings of one rule.
func only(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// want asserts exactly one finding of the rule, with the figures given.
func want(t *testing.T, fs []Finding, rule string, sev Severity, expected, actual, diff string) Finding {
	t.Helper()
	got := only(fs, rule)
	if len(got) != 1 {
		t.Fatalf("%s: want 1 finding, got %d: %+v", rule, len(got), got)
	}
	f := got[0]
	if f.Severity != sev || f.Expected != expected || f.Actual != actual || f.Difference != diff {
		t.Fatalf("%s: got %s expected=%q actual=%q diff=%q (%s); want %s %q %q %q",
			rule, f.Severity, f.Expected, f.Actual, f.Difference, f.Message, sev, expected, actual, diff)
	}
	return f
}

func none(t *testing.T, fs []Finding, rule string) {
	t.Helper()
	if got := only(fs, rule); len(got) != 0 {
		t.Fatalf("%s: want no finding, got %+v", rule, got)
	}
}
