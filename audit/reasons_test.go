package audit

import (
	"strings"
	"testing"
)

func TestChangeReason(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the changes reported without a reason
	}{
		// js-renda-2017:947: the reason is the next sentence
		{"reason in the next sentence", "江苏省人大常委会办公厅 2017 年度收入、支出预算总计 13649.07 万元，与上年相比收、支预算总计各增加 844.15 万元，增长 6.59%。主要原因是政策性增资、住房公积金和提租补贴调整等原因，增加基本支出 844.15 万元。", nil},
		// js-cppcc-2018-text:191: the cause is told without a word that says so
		{"no reason word", "此外，基本支出预算数为 5,678.17 万元。与上年相比减少238.10 万元，下降 4.02%。退休人员退休费由省社保机构统一发放，单位支出减少。", []string{"减少238.10万元"}},
		// js-suzhou-audit-2026:665 with its reason cut
		{"reason cut", "（1）一般公共预算拨款收入 4,651.67 万元，与上年相比增加47.15 万元，增长 1.02%。（2）政府性基金预算拨款收入 0 万元，与上年预算数相同。", []string{"增加47.15万元"}},
		// jinzhong-2023:330 and 351: the same change stated again after its reason
		{"explained before", "2023年度预算收入总计595.20万元，其中：本年收入595.20万元，上年结转0.00万元，比上年减少273.66万元，下降31.50%，主要原因是一、物联网消防远程监控系统建设项目2022年底已完工，只需支付尾款126万元。2023 年度一般公共预算当年拨款595.20万元，比上年减少273.66万元，下降31.5%。", nil},
		// js-suzhou-audit-2026:661: a total whose parts follow, each with its reason
		{"breakdown follows", "苏州市审计局 2026 年度收入、支出预算总计 4,651.67 万元，与上年相比收、支预算总计各增加 47.15 万元，增长 1.02%。其中：（一）收入预算总计 4,651.67 万元。", nil},
		// sn-xian-housing-2022:473
		{"基本持平", "2022 年本部门当年一般公共预算培训费预算支出 192.08 万元，较上年增加 0.12 万元（0.06%），与上年基本持平。", nil},
		// cn-central-petition-2024-final:505: 4.7 against 590.53, explained
		{"决算 explained", "年初预算为 590.53 万元，支出决算为 4.7 万元，完成年初预算的0.8%。决算数小于预算数的主要原因是年中按规定将部门机动经费调剂用于其他科目。", nil},
		// the same with the reason cut: the next item follows
		{"决算 unexplained", "年初预算为 590.53 万元，支出决算为 4.7 万元，完成年初预算的0.8%。3.一般公共服务（类）信访事务（款）机关服务（项）。", []string{"决算数4.7万元"}},
		// cn-central-petition-2024-final:522: within 10% needs no reason
		{"决算 within 10%", "年初预算为 180.61 万元，支出决算为 180.03 万元，完成年初预算的 99.68%。", nil},
	}
	for _, c := range cases {
		var got []string
		for _, f := range only(Check(narrative(c.text)), "change-reason") {
			if f.Severity != Info {
				t.Errorf("%s: severity %s", c.name, f.Severity)
			}
			msg := strings.TrimPrefix(f.Message, "正文说明")
			got = append(got, msg[:strings.IndexAny(msg, "，与")])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
