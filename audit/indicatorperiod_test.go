package audit

import (
	"os"
	"strings"
	"testing"

	"yusuan/parse"
)

// The Jinzhong sample's declaration form of 安全生产宣传费, with one word of
// one line changed for each failing case: line 486 prints the cost 实施期
// 6万元 and 年度 5万元 (a year within its period: holds), line 483 the
// quantity ≥3次 for both.
func TestIndicatorPeriod(t *testing.T) {
	src, err := os.ReadFile("../samples/jinzhong-safety-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		line     int
		from, to string // the last cell of the line (the 年度 value) changed
		want     string // Actual of the one finding, "" for none
	}{
		{"as printed", 0, "", "", ""},
		{"annual cost above the period's", 486, "5万元", "7万元", "7万元"},
		{"annual cost in 元 within the period's", 486, "5万元", "50000元", ""},
		{"annual cost in 元 above the period's", 486, "5万元", "70000元", "70000元"},
		{"annual quantity above the period's", 483, "≥3次", "≥4次", "≥4次"},
		{"annual quantity in another unit", 483, "≥3次", "≥3人", "≥3人"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lines := strings.Split(string(src), "\n")
			if tc.line > 0 {
				l := lines[tc.line-1]
				i := strings.LastIndex(l, "\t"+tc.from)
				if i < 0 || !strings.HasSuffix(l, tc.from) {
					t.Fatalf("line %d does not end in %s: %q", tc.line, tc.from, l)
				}
				lines[tc.line-1] = l[:i+1] + tc.to
			}
			doc, err := parse.Bytes("jinzhong.txt", []byte(strings.Join(lines, "\n")))
			if err != nil {
				t.Fatal(err)
			}
			got := only(Check(doc), "indicator-period")
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("want none, got %+v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Severity != Warn || got[0].Actual != tc.want || got[0].Project != "安全生产宣传费" || got[0].Line != tc.line {
				t.Fatalf("want one warning on %s at line %d, got %+v", tc.want, tc.line, got)
			}
		})
	}
}
