package parse

import "yusuan/model"

// foreignClass reports whether a table prints a 3-digit 2xx code named as
// an organisation (241 西安市民政局: a unit's code in a table by 单位编码):
// every 支出功能分类 class names spending (…支出, 预备费), none a body, so
// the table's 2xx codes are no functional classes and no functional tree
// comes from it. (The catalogue in catalog/ lists only the classes seen in
// documents, so it cannot tell a class from a non-class.)
func foreignClass(rows []model.CodedRow) bool {
	for _, r := range rows {
		if isFunctionalCode(r.Code) && model.LevelOf(r.Code) == model.LevelClass && reDeptEnd.MatchString(collapse(r.Name)) {
			return true
		}
	}
	return false
}
