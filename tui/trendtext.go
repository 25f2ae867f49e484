package tui

// trendText is the trend explorer's own interface text, in step for both
// languages like text (a missing translation is a compile error).
type trendText struct {
	Title                          string // department, first year, last year, kind
	Tabs                           [numTrendTabs]string
	SortCode, SortChange, SortRate string
	ColRate, ColSpark, ColStep     string
	Rank, NoChange                 string
	Years, Matched, Period         string
	Crosswalk, Similar             string
	By                             map[string]string
	Legend                         []string
	TabKey, SortKey                string
	NextKey, PrevKey               string
}

var trendZh = trendText{
	Title:    "趋势：%s %d—%d年%s（万元）",
	Tabs:     [numTrendTabs]string{"功能分类", "经济分类", "合计"},
	SortCode: "编码", SortChange: "增减最大", SortRate: "增长最快",
	ColRate: "年均%", ColSpark: "走势", ColStep: "增减%",
	Rank: "变化第%d大（共%d）", NoChange: "没有变化的科目",
	Years: "各年", Matched: "匹配", Period: "期间 %d—%d：增减 %s，年均 %s%%",
	Crosswalk: "编码对照：", Similar: "有年度按名称相似匹配",
	By:     map[string]string{"code": "编码", "name": "名称", "similarity": "名称相似", "crosswalk": "编码对照"},
	Legend: []string{"对 编码对照（改码保留一行）", "似 按名称相似匹配", "- 该年未列（不是零）", "走势 各年金额的高低"},
	TabKey: "切换分类", SortKey: "排序：编码/增减最大/增长最快",
	NextKey: "下一个变化最大的科目", PrevKey: "上一个变化最大的科目",
}

var trendEn = trendText{
	Title:    "Trend: %s %d-%d %s (10k yuan)",
	Tabs:     [numTrendTabs]string{"Functional", "Economic", "Totals"},
	SortCode: "code", SortChange: "largest change", SortRate: "fastest growth",
	ColRate: "CAGR%", ColSpark: "trend", ColStep: "chg%",
	Rank: "change %d of %d", NoChange: "no line changed",
	Years: "years", Matched: "matched", Period: "period %d-%d: change %s, CAGR %s%%",
	Crosswalk: "crosswalk: ", Similar: "a year matched by name similarity",
	By:     map[string]string{"code": "code", "name": "name", "similarity": "similar name", "crosswalk": "crosswalk"},
	Legend: []string{"对 code crosswalk (one row kept)", "似 matched by similar name", "- not printed that year (not zero)", "trend: the years' amounts"},
	TabKey: "switch classification", SortKey: "sort: code/largest change/fastest growth",
	NextKey: "next line that changed most", PrevKey: "previous line that changed most",
}

func trendTextFor(lang string) *trendText {
	if lang == "en" {
		return &trendEn
	}
	return &trendZh
}
