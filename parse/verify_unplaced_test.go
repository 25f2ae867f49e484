package parse

import (
	"testing"

	"yusuan/model"
)

// A table prints its codes when a coded row's code stands in a cell of its
// own or fused to the name; the digits of a figure are no code.
func TestPrintsCodes(t *testing.T) {
	row := func(code string, line int) model.CodedRow { return model.CodedRow{Code: code, Line: line} }
	cases := []struct {
		name  string
		cells []string
		want  bool
	}{
		{"a code cell", []string{"208", "社会保障和就业支出", "2,080.50"}, true},
		{"fused to the name", []string{"2080501行政单位离退休", "12.00"}, true},
		{"names only", []string{"社会保障和就业支出", "2,080.50"}, false},
		{"the code among a figure's digits", []string{"社会保障和就业支出", "1,208.00"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code := "208"
			if c.cells[0] == "2080501行政单位离退休" {
				code = "2080501"
			}
			tb := &model.Table{Rows: [][]string{c.cells}, RowLines: []int{7}, Coded: []model.CodedRow{row(code, 7)}}
			if got := printsCodes(tb); got != c.want {
				t.Errorf("printsCodes = %v, want %v", got, c.want)
			}
		})
	}
}
