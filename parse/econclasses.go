package parse

import "yusuan/catalog"

// econClassNames are the classes (类) of the 部门预算支出经济分类 as the
// classification has printed them since its 2018 reform, by code. The
// embedded catalogue lists only the classes whose items it lists; a table
// of names only (基本支出总表 without codes) still prints the others by
// their official name, and such a line is that class, in any city.
var econClassNames = map[string]string{
	"301": "工资福利支出",
	"302": "商品和服务支出",
	"303": "对个人和家庭的补助",
	"307": "债务利息及费用支出",
	"309": "资本性支出（基本建设）",
	"310": "资本性支出",
	"311": "对企业补助（基本建设）",
	"312": "对企业补助",
	"313": "对社会保障基金补助",
	"399": "其他支出",
}

// econClasses are econClassNames' codes by the names' keys.
var econClasses = func() map[string]string {
	m := map[string]string{}
	for code, name := range econClassNames {
		m[catalog.NormName(name)] = code
	}
	return m
}()

// econClassYear is the first year whose classes are econClasses (2017 and
// before: 307 债务利息支出, 309 基本建设支出, 310 其他资本性支出 …).
const econClassYear = 2018

// econClassCode is the code of an official economic class printed by name
// alone, "" for any other name or a year before the reform.
func econClassCode(name string, year int) string {
	if year < econClassYear {
		return ""
	}
	return econClasses[catalog.NormName(name)]
}

// isEconClassName: the name of an economic class, as a line without a code
// may print it.
func isEconClassName(name string) bool {
	_, ok := econClasses[catalog.NormName(name)]
	return ok
}

// guessCode is the code of a line that prints none: the catalogue's for
// its name (among several, the one that fits under the line before), or in
// the economic classification the official class it names.
func guessCode(scheme catalog.Scheme, year int, name, prev string) string {
	if c := codeInContext(catalog.CodesFor(scheme, year, name), prev); c != "" {
		return c
	}
	if scheme == catalog.Economic {
		return econClassCode(name, year)
	}
	return ""
}
