package tui

// leagueText is the league table's text (yusuan DIR).
type leagueText struct {
	Title, Depts, Docs, Reading, Failed string
	Cols                                [12]string // mark, then league.Column order
	Totals, Unreadable                  string
	Open, Mark, Diff, Trend, Back       string
	NeedTwo, Marked, TrendLater         string
	CannotOpen, NoPrevious              string
	Legend                              []string
}

var leagueZh = leagueText{
	Title: "目录 %s", Depts: "%d 个部门", Docs: "%d 个文档", Reading: "读取中 %d/%d", Failed: "%d 个无法读取",
	Cols:   [12]string{"", "部门", "年度", "支出合计", "增减", "增减%", "三公", "三公增减", "错误", "警告", "存疑", "文档"},
	Totals: "合计", Unreadable: "（无法读取）",
	Open: "打开部门的文档", Mark: "标记（两个文档对比）", Diff: "对比标记的两个", Trend: "部门趋势", Back: "返回部门表",
	NeedTwo: "先用空格标记两个部门", Marked: "已标记 %d/2", TrendLater: "趋势视图尚未接入（yusuan trend）：%s",
	CannotOpen: "无法打开：%s", NoPrevious: "-",
	Legend: []string{"* 已标记", "x 无法读取", "! 有错误级问题", "? 有读取存疑的表", "增减：与上一年度同类文档相比", "三公：“三公”经费小计"},
}

var leagueEn = leagueText{
	Title: "Folder %s", Depts: "%d departments", Docs: "%d documents", Reading: "reading %d/%d", Failed: "%d unreadable",
	Cols:   [12]string{"", "Department", "Year", "Expenditure", "Change", "Chg%", "3-public", "3p change", "Err", "Warn", "Doubt", "Docs"},
	Totals: "Total", Unreadable: "(unreadable)",
	Open: "open the department's documents", Mark: "mark (two to compare)", Diff: "diff the two marked", Trend: "department trend", Back: "back to the departments",
	NeedTwo: "mark two departments with space first", Marked: "marked %d/2", TrendLater: "trend view not wired in yet (yusuan trend): %s",
	CannotOpen: "cannot open: %s", NoPrevious: "-",
	Legend: []string{"* marked", "x unreadable", "! has errors", "? has tables read in doubt", "change: on the previous year's document of the same kind", "3-public: the “三公” subtotal"},
}

func leagueTextFor(lang string) *leagueText {
	if lang == "en" {
		return &leagueEn
	}
	return &leagueZh
}
