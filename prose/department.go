package prose

import (
	"strings"
	"unicode/utf8"
)

// departmentForms are the long and short forms of the words a department's
// name is printed with in one year or the other (中国共产党江苏省委员会办公厅,
// 中共江苏省委办公厅).
var departmentForms = strings.NewReplacer("中国共产党", "中共", "常务委员会", "常委会", "委员会", "委")

// DepartmentKey is the form in which two printings of a department's name
// are compared: Key, the long forms shortened, a trailing bracketed scope
// （本级）（汇总）and 本级/机关 dropped, and the party prefix 中共 dropped.
func DepartmentKey(name string) string {
	k := departmentForms.Replace(Key(name))
	for {
		t := k
		if strings.HasSuffix(t, ")") {
			if i := strings.LastIndex(t, "("); i > 0 {
				t = t[:i]
			}
		}
		t = strings.TrimSuffix(strings.TrimSuffix(t, "本级"), "机关")
		if t == k {
			break
		}
		k = t
	}
	return strings.TrimPrefix(k, "中共")
}

// SameDepartment reports whether two printed names are one department: the
// same key, or one key the other with the place before it (江苏省政协办公厅,
// 省政协办公厅). An empty name is no department.
func SameDepartment(a, b string) bool {
	ka, kb := DepartmentKey(a), DepartmentKey(b)
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb {
		return true
	}
	long, short := ka, kb
	if len(short) > len(long) {
		long, short = short, long
	}
	if utf8.RuneCountInString(short) < 4 || !strings.HasSuffix(long, short) {
		return false
	}
	place := strings.TrimSuffix(long, short)
	first, _ := utf8.DecodeRuneInString(short)
	last, _ := utf8.DecodeLastRuneInString(place)
	return strings.ContainsRune(placeMarks, first) || strings.ContainsRune(placeMarks, last)
}

// placeMarks end the name of a place (江苏省, 南京市, 江宁区) or begin the short
// form that leaves the place out (省政协办公厅).
const placeMarks = "省市区县州盟旗"
