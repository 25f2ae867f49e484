package compare

import (
	"strings"
	"testing"
)

// Statements read more generally since the rules live in prose: every
// change verb, a percent sign after a space or full-width, full-width
// digits, and the Cangzhou sample's 公务用车购置及运维费 as the vehicle item.
// 缩减, 降低 and 运维费 made no claim, or the wrong one, before prose; the
// widths pin what squeezing keeps.
func TestNarrativeProseReadings(t *testing.T) {
	cases := []struct {
		name, text, subject string
		ok                  bool
		computed            string
	}{
		{"缩减", "2023年度预算收入总计595.20万元，比上年缩减273.66万元。", "收入总计", true, "减少273.66万元"},
		{"降低, wrong", "2023年度预算收入总计595.20万元，比上年降低237.66万元。", "收入总计", false, "减少273.66万元"},
		{"space before %", "2023年度预算收入总计595.20万元，比上年减少273.66万元，下降31.50 %。", "收入总计", true, "下降31.50%"},
		{"full-width digits and ％", "2023年度预算收入总计５９５．２０万元，比上年减少２７３．６６万元，下降３１．５０％。", "收入总计", true, "下降31.50%"},
		{"运维费 is the vehicle item", "公务用车购置及运维费0.00万元，与上年预算数相同。", "公务用车购置及运行费", true, "持平"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			old, cur := narrativeDocs(c.text)
			d := Compare(old, cur)
			if len(d.Narrative) != 1 {
				t.Fatalf("%d claims: %+v", len(d.Narrative), d.Narrative)
			}
			cl := d.Narrative[0]
			if cl.Subject != c.subject || cl.OK != c.ok || !strings.Contains(cl.Computed, c.computed) {
				t.Errorf("got %+v; want subject %s ok=%v computed ∋ %q", cl, c.subject, c.ok, c.computed)
			}
		})
	}
}
