package audit

import "yusuan/model"

// The roles of amount columns live in model (one home, shared with the
// parser's verification); these names keep the checks short.
type (
	role   = model.ColumnRole
	colSet = model.ColumnSet
)

const (
	rNone   = model.RoleNone
	rTotal  = model.RoleTotal
	rSource = model.RoleSource
)

func leaf(name string) string         { return model.Leaf(name) }
func roleOf(name string) role         { return model.RoleOf(name) }
func columnsOf(t *model.Table) colSet { return model.ColumnsOf(t) }

func codedIndex(t *model.Table) (map[string]*model.CodedRow, []*model.CodedRow) {
	return model.CodedIndex(t)
}
