package prose

import (
	"strings"
	"unicode/utf8"
)

// The name of one department is printed in several forms, in one document
// and across years: with or without its place (江苏省政协办公厅, 省政协办公厅),
// with a note of the scope (苏州市自然资源和规划局（本级）, 西安市财政局（汇总）),
// with the party's name in full or short (中国共产党江苏省委员会办公厅,
// 中共江苏省委办公厅). DepartmentKey folds the forms that are the same
// string apart from such marks; SameDepartment also accepts a name that is
// another without its leading place. This is the one home of the rule:
// the parser, the joining of a document's halves, compare and the folder's
// league table all ask here.

// scopeNotes are the notes of scope printed after a department's name (in
// Key form: ASCII brackets); the department is the same whatever the scope.
var scopeNotes = []string{"(本级)", "(汇总)", "(部门汇总)", "(部门)", "(单位)", "本级", "汇总"}

// DepartmentKey is the key two printings of one department's name share:
// Key, then without a trailing note of scope and with 中国共产党…委员会 in
// its official short form 中共…委.
func DepartmentKey(name string) string {
	k := Key(name)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, n := range scopeNotes {
			if t, ok := strings.CutSuffix(k, n); ok && t != "" {
				k, trimmed = t, true
			}
		}
	}
	if rest, ok := strings.CutPrefix(k, "中国共产党"); ok {
		k = "中共" + strings.Replace(rest, "委员会", "委", 1)
	}
	return k
}

// SameDepartment reports whether a and b name one department: the same key,
// or one key is the other with a place or 中共 before it (江苏省政协办公厅 and
// 省政协办公厅, 中共江苏省委办公厅 and 江苏省委办公厅). A name that only adds
// words at its end is another body (深圳市规划和自然资源局大鹏管理局 is not
// 深圳市规划和自然资源局), and a bare word of two characters matches nothing.
func SameDepartment(a, b string) bool {
	ka, kb := DepartmentKey(a), DepartmentKey(b)
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb {
		return true
	}
	short, long := ka, kb
	if len(short) > len(long) {
		short, long = long, short
	}
	prefix, ok := strings.CutSuffix(long, short)
	if !ok || utf8.RuneCountInString(short) < 3 {
		return false
	}
	return placePrefix(prefix, short)
}

// placePrefix reports whether prefix, printed before short, names a place
// or the party: 中共, a name ending in 省 市 县 区 州 旗, or any words when
// short itself starts with the level of the place (江苏 + 省政协办公厅).
func placePrefix(prefix, short string) bool {
	if p, ok := strings.CutPrefix(prefix, "中共"); ok && p == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(short)
	last, _ := utf8.DecodeLastRuneInString(prefix)
	const levels = "省市县区州旗"
	return strings.ContainsRune(levels, first) || strings.ContainsRune(levels, last)
}
