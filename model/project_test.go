package model

import (
	"encoding/json"
	"strings"
	"testing"
)

// A project whose form or list printed no budget that was read has none:
// JSON null, never 0.00 (LibreOffice's PDF of the Cangzhou sample loses the
// 预算数 of its forms).
func TestProjectBudgetRead(t *testing.T) {
	ten := MustMoney("10.00")
	for _, c := range []struct {
		name string
		p    Project
		want string
	}{
		{"read from its form", Project{Name: "安全生产举报奖励", Budget: ten, Sources: []Ref{{Table: "1、安全生产举报奖励绩效目标表", Line: 1655, Amount: &ten}}}, `"budget":"10.00"`},
		{"form without a budget", Project{Name: "车辆租赁", Sources: []Ref{{Table: "5、车辆租赁绩效目标表", Line: 578}}}, `"budget":null`},
		{"no sources, given", Project{Name: "手工", Budget: ten}, `"budget":"10.00"`},
		{"no sources, nothing", Project{Name: "空"}, `"budget":null`},
	} {
		b, err := json.Marshal(c.p)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), c.want) || strings.Count(string(b), `"budget"`) != 1 {
			t.Errorf("%s: %s, want %s once", c.name, b, c.want)
		}
	}
}
