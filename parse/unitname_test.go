package parse

import (
	"os"
	"path/filepath"
	"testing"
)

// A table's header name (Table.UnitName) is read as printed, whatever the
// label: 单位名称：… (Jinzhong, one cell per line), 部门（单位）：… (Yantai),
// 部门： name apart from its label and 部门名称：… wrapped onto the next line
// (Jiangsu, spaces layout); "" where the header names none.
func TestTableUnitName(t *testing.T) {
	cases := []struct {
		file string
		want string
	}{
		{"../samples/jinzhong-safety-2023.txt", "山西转型综合改革示范区晋中开发区安全生产监督管理局"},
		{"../samples/cangzhou-lingang-safety-2026.txt", ""},
		{filepath.Join(nationalDir, "sd-yantai-audit-2026-budget.layout.txt"), "烟台市审计局"},
		{filepath.Join(nationalDir, "gd-shenzhen-publicsecurity-2026-budget.layout.txt"), "深圳市公安局（本级）"},
		{filepath.Join(corpusDir, "js-renda-2017.layout.txt"), "江苏省人大常委会办公厅"},
		{filepath.Join(corpusDir, "js-highcourt-2019.layout.txt"), "江苏省高级人民法院"},
	}
	for _, tc := range cases {
		b, err := os.ReadFile(tc.file)
		if err != nil {
			t.Logf("skip %s: %v", tc.file, err)
			continue
		}
		d := mustParse(t, tc.file, b)
		if len(d.Tables) == 0 {
			t.Fatalf("%s: no tables", tc.file)
		}
		if got := d.Tables[0].UnitName; got != tc.want {
			t.Errorf("%s: first table %q names %q, want %q", filepath.Base(tc.file), d.Tables[0].Title, got, tc.want)
		}
	}
}
