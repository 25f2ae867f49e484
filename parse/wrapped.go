package parse

import "yusuan/model"

// continuesRow reports a line that finishes the row before it in a table printing both classifications (部门经济 30108 | 政府经济
// 50501): the row's long name pushed the 政府经济 code, its name and the
// figures onto the next line. The row before prints a 部门经济 code (3…)
// and no figure; this line a 政府经济 code (5…) and figures.
func continuesRow(prev *model.CodedRow, code string) bool {
	return prev != nil && len(code) == 5 && code[0] == '5' &&
		len(prev.Code) >= 3 && prev.Code[0] == '3' && len(prev.Tokens) == 0 && len(prev.Amounts) == 0
}
