package model

import "testing"

// TestFindFuncNeverByEmptyCode: lines printed without a code share the
// empty code; none of them is the line "" names.
func TestFindFuncNeverByEmptyCode(t *testing.T) {
	tree := []*FuncNode{{Code: "204", Name: "公共安全支出", Level: LevelClass, Children: []*FuncNode{
		{Name: "监狱", Level: LevelSection},
		{Code: "20406", Name: "司法", Level: LevelSection},
	}}}
	for _, c := range []struct{ code, want string }{{"", ""}, {"20406", "司法"}, {"204", "公共安全支出"}, {"2040601", ""}} {
		got := ""
		if n := FindFunc(tree, c.code); n != nil {
			got = n.Name
		}
		if got != c.want {
			t.Errorf("FindFunc(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}
