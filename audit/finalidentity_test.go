package audit

import (
	"os"
	"strings"
	"testing"

	"yusuan/model"
	"yusuan/parse"
)

// parseText parses real text, with replacements applied (a real line with
// one figure changed makes the failing case).
func parseText(t *testing.T, file string, replace ...string) *model.Document {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for i := 0; i+1 < len(replace); i += 2 {
		if !strings.Contains(text, replace[i]) {
			t.Fatalf("%s: %q not in the text", file, replace[i])
		}
		text = strings.Replace(text, replace[i], replace[i+1], 1)
	}
	doc, err := parse.Bytes(file, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// The 收入支出决算总表 and 财政拨款收入支出决算总表 of 国家信访局 2024 (公开01表,
// 04表), with their 行次 columns.
const petitionFinal = "testdata/petition-2024-final-summary.txt"

func TestFinalIdentity(t *testing.T) {
	cases := []struct {
		name    string
		replace []string
		want    []string // severity expected actual difference
	}{
		// 总计 22,066.59 = 14,572.53 + 7,494.06; 1,615.24 + 20,451.35 = 22,066.59.
		// The 财政拨款 table's 13,733.80 + 6,993.74 = 20,727.54 against 总计
		// 20,727.53 is the rounding its note warns of (本套报表金额单位转换时可能存在尾数误差).
		{"as printed", nil, []string{"warn 20727.54 20727.53 -0.01"}},
		// “年末结转和结余                     60       7,494.06” printed 7,594.06
		{"年末结转和结余 changed", []string{"60       7,494.06", "60       7,594.06"},
			[]string{"error 22166.59 22066.59 -100.00", "warn 20727.54 20727.53 -0.01"}},
		// “年初结转和结余                   29     1,615.24” printed 1,515.24: the
		// spending side adds up, the two sides do not
		{"年初结转和结余 changed", []string{"29     1,615.24", "29     1,515.24"},
			[]string{"error 22066.59 21966.59 -100.00", "warn 20727.54 20727.53 -0.01"}},
	}
	for _, c := range cases {
		doc := parseText(t, petitionFinal, c.replace...)
		if doc.Kind != model.Final {
			t.Fatalf("%s: kind %s", c.name, doc.Kind)
		}
		var got []string
		for _, f := range only(Check(doc), "final-identity") {
			got = append(got, strings.Join([]string{string(f.Severity), f.Expected, f.Actual, f.Difference}, " "))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
