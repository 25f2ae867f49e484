package tui

// text holds every interface string, so the Chinese and English interfaces
// stay in step: a missing translation is a compile error, not a blank.
type text struct {
	All                      string
	Views                    [numViews]string
	ColCode, ColName         string
	ColTotal, ColBasic       string
	ColProject, ColShare     string
	ColPersonnel, ColPublic  string
	ColBudget, ColFunc       string
	ColLine, ColRows, ColVal string
	ColKind                  string
	ColIndicator, ColLevel1  string
	ColLevel2, ColTitle      string
	ColSection, ColPara      string
	Basis                    string
	FundSources, InTables    string
	Purpose, PeriodBudget    string
	PeriodIndicators         string
	PrintedIn, ProjectIn     string
	ColNew, ColOld, ColDelta string
	ColDeltaPct, HideSame    string
	Status, MatchedBy        string
	OldName, PlanOld         string
	PlanNew, IndChanged      string
	ColSeverity, ColWhere    string
	ColRule, Findings        string
	Expected, Actual, Diff   string
	Severity                 map[string]string
	Year, Unit               string
	SortAmount, SortCode     string
	SortName, SortDoc        string
	Sort, Reverse            string
	ModePct, ModeBar         string
	ModeBoth                 string
	TooSmall                 string
	Empty                    string
	Line, LinePage, Derived  string
	Projects, NoProjects     string
	NoFuncCodes, SomeUncoded string
	NoCode                   string
	Inferred, Stated         string
	ProjectSum               string
	Budget, Goal, Plan       string
	PlanBlank                string
	Indicators, FuncCode     string
	ProjectCode              string
	SearchPrompt, NoMatch    string
	Matches                  string
	Section, Paragraphs      string
	Rows, EmptyTable         string
	Unstated                 string
	Doubt, DoubtTitle        string // tables whose arithmetic did not confirm the reading
	More, MoreAbove          string
	HelpTitle                string
	ShareOfParent            string
	Quarters                 [4]string
	FlatAll, StatedReason    string
	ColSrc, Confirmed        string
	Keys                     keyText
	F                        folderText
	P                        paperText
	R                        reviewText
}

// paperText is the text of the working-paper keys: E exports the view, y
// copies, o opens the source, and a finding's raw-text pane.
type paperText struct {
	ExportAsk, Exported, ExportFailed string
	ColStatus, ColPage                string
	Copied, Value, Code, Row          string
	SourceLine, NothingToCopy         string
	NoLine, OpenFailed, NoLines       string
	RawTitle, Marked, RawHelp         string
}

// reviewText is the text of the m line (an auditor's mark on a finding).
type reviewText struct {
	Prompt, Saved, Cleared, Failed string
	State                          map[string]string // reviewed, accepted, rejected, clear
	Mark                           string            // the pane's line: 审核：state at note
}

// folderText is the folder list's text (yusuan DIR).
type folderText struct {
	Title, Files, Failed  string
	ColDept, ColYear      string
	ColKind, ColIncome    string
	ColExpend, ColCounts  string
	ColFile, Unreadable   string
	CannotOpen, Filter    string
	SortFile, SortDept    string
	SortExpend, SortFinds string
	Path, Summary         string
	NoFindings, NoTotals  string
	Legend                []string
	Open, Back, FilterKey string
	FilterClear           string
	Mark, Diff, NeedTwo   string
}

// keyText is the help text of every binding.
type keyText struct {
	Up, Down, In, Out, Top, Bottom, PgUp, PgDn string
	Search, Next, Prev, Esc, Tab, Views, Help  string
	Quit, Sort, Reverse, Mode, Accept, Cancel  string
	Hide, PaneDown, PaneUp, Flat               string
	SortPrev, SortNext, Filter, FilterHow      string
	NextChange, PrevChange                     string
	Export, Copy, CopyRow, Open                string
	Mark                                       string
}

var zh = text{
	All:     "全部",
	Views:   [numViews]string{"功能分类", "经济分类", "项目", "“三公”经费", "原始表格", "说明", "问题", "明细"},
	ColCode: "编码", ColName: "名称",
	ColTotal: "合计", ColBasic: "基本支出", ColProject: "项目支出", ColShare: "占比",
	ColPersonnel: "人员经费", ColPublic: "公用经费",
	ColBudget: "预算数", ColFunc: "功能科目", ColLine: "行", ColRows: "行数", ColVal: "指标值",
	ColKind:      "类型",
	ColIndicator: "三级指标", ColLevel1: "一级指标", ColLevel2: "二级指标", ColTitle: "表名",
	ColSection: "章节", ColPara: "段落", Basis: "确定依据", FundSources: "资金来源（收入总表）", InTables: "各表中的本行",
	Purpose: "资金用途", PeriodBudget: "实施期资金总额", PeriodIndicators: "实施期绩效指标", PrintedIn: "原为", ProjectIn: "各表中的本项目",
	ColNew: "本年", ColOld: "上年", ColDelta: "增减", ColDeltaPct: "增减%", HideSame: "仅显示变化",
	Status: "状态", MatchedBy: "匹配方式", OldName: "原名称", PlanOld: "上年计划", PlanNew: "本年计划",
	IndChanged:  "变化的指标",
	ColSeverity: "级别", ColWhere: "位置", ColRule: "规则", Findings: "问题",
	Expected: "应为", Actual: "实为", Diff: "差额",
	Severity: map[string]string{"error": "错误", "warn": "警告", "info": "提示"},
	Year:     "年度", Unit: "单位",
	SortAmount: "金额", SortCode: "编码", SortName: "名称", SortDoc: "原序",
	Sort: "排序", Reverse: "倒序",
	ModePct: "占比", ModeBar: "条形", ModeBoth: "占比+条形",
	TooSmall: "窗口太小，至少需要 %d×%d",
	Empty:    "（无数据）",
	Line:     "来源：第%d行", LinePage: "来源：第%d页 第%d行", Derived: "由下级汇总（原文未列）",
	Projects: "所属项目", NoProjects: "（无对应项目）",
	NoFuncCodes: "本文件未注明项目对应的功能科目，按金额也无法唯一推断",
	SomeUncoded: "另有 %d 个项目未注明功能科目，未能归入",
	NoCode:      "原文只印名称，目录中也无对应编码，编码空缺（不作推测）",
	Inferred:    "推断", Stated: "原文",
	ProjectSum: "项目合计",
	Budget:     "预算数", Goal: "绩效目标", Plan: "资金支出计划（累计）",
	PlanBlank:  "未填",
	Indicators: "绩效指标", FuncCode: "功能科目",
	ProjectCode:  "项目编码",
	SearchPrompt: "搜索：", NoMatch: "无匹配",
	Matches: "%d/%d 个匹配",
	Section: "章节", Paragraphs: "段",
	Rows: "行", EmptyTable: "本表无数据",
	Unstated: "（原文未列，推算）",
	Doubt:    "读取存疑：来源表的合计关系不成立，数字未经核实", DoubtTitle: "读取存疑 %d 表",
	More: "...（还有 %d 行）", MoreAbove: "...（上面还有 %d 行）",
	HelpTitle:     "按键说明",
	ShareOfParent: "占上级",
	Quarters:      [4]string{"3月底", "6月底", "10月底", "12月底"},
	FlatAll:       "全部末级",
	StatedReason:  "说明中的原因",
	ColSrc:        "来源行",
	Confirmed:     "与上年文件核对一致",
	Keys: keyText{
		Up: "上移", Down: "下移", In: "进入", Out: "返回上级", Top: "顶部", Bottom: "底部",
		PgUp: "上一页", PgDn: "下一页", Search: "搜索", Next: "下一个匹配", Prev: "上一个匹配",
		Esc: "关闭/返回", Tab: "切换视图", Views: "直达视图", Help: "帮助", Quit: "退出",
		Sort: "排序方式", Reverse: "倒序", Mode: "占比/条形", Accept: "跳转", Cancel: "取消",
		Hide: "隐藏/显示未变", PaneDown: "侧栏下翻", PaneUp: "侧栏上翻", Flat: "全部末级",
		NextChange: "下一处变化（或搜索匹配）", PrevChange: "上一处变化（或搜索匹配）",
		SortPrev: "按左一列排序", SortNext: "按右一列排序", Filter: "筛选", FilterHow: "筛选：文字 >100 10..50 新增 错误 规则",
		Export: "导出", Copy: "复制值", CopyRow: "复制整行", Open: "打开原文",
		Mark: "审核标记",
	},
	P: paperText{
		ExportAsk: "导出本视图到当前目录：x = xlsx  c = csv  esc = 取消", Exported: "已导出 %s（%d 行）", ExportFailed: "导出失败：%s",
		ColStatus: "状态", ColPage: "页",
		Copied: "已复制%s：%s", Value: "金额", Code: "编码", Row: "整行", SourceLine: "原文行",
		NothingToCopy: "没有可复制的内容",
		NoLine:        "此行没有原文行号", OpenFailed: "无法打开原文：%s", NoLines: "无法显示原文：%s",
		RawTitle: "原文", Marked: "标出：", RawHelp: "esc 返回问题  j/k 滚动  enter 转到所指  o 打开原文  y 复制此行",
	},
	R: reviewText{
		Prompt: "标记 %s（tab 换状态，enter 保存，esc 取消）说明> ", Saved: "已标记 %s → %s", Cleared: "已去掉标记", Failed: "标记未保存：%s",
		State: map[string]string{"reviewed": "已阅", "accepted": "确认", "rejected": "驳回", "clear": "清除"},
		Mark:  "审核",
	},
	F: folderText{
		Title: "目录 %s", Files: "%d 个文件", Failed: "%d 个无法读取",
		ColDept: "部门", ColYear: "年度", ColKind: "类型", ColIncome: "收入合计", ColExpend: "支出合计",
		ColCounts: "错/警/提", ColFile: "文件", Unreadable: "（无法读取）",
		CannotOpen: "无法打开：%s", Filter: "筛选",
		SortFile: "文件名", SortDept: "部门", SortExpend: "支出合计", SortFinds: "问题数",
		Path: "文件", Summary: "功能科目 %d 项  项目 %d 个  表 %d 张  解析提示 %d 条",
		NoFindings: "核对未发现问题", NoTotals: "未找到收支总表（合计为空）",
		Legend: []string{"x 无法读取", "! 有错误级问题", "错/警/提 = 错误/警告/提示条数"},
		Open:   "打开文件", Back: "返回目录", FilterKey: "筛选", FilterClear: "清除筛选",
		Mark: "标记（两个对比）", Diff: "对比标记的两个", NeedTwo: "先用空格标记两个文档",
	},
}

var en = text{
	All:     "All",
	Views:   [numViews]string{"Functional", "Economic", "Projects", "Three public", "Tables", "Text", "Findings", "Flat"},
	ColCode: "Code", ColName: "Name",
	ColTotal: "Total", ColBasic: "Basic", ColProject: "Project", ColShare: "Share",
	ColPersonnel: "Personnel", ColPublic: "Public",
	ColBudget: "Budget", ColFunc: "Function", ColLine: "Line", ColRows: "Rows", ColVal: "Value",
	ColKind:      "Kind",
	ColIndicator: "Indicator", ColLevel1: "Level 1", ColLevel2: "Level 2", ColTitle: "Table",
	ColSection: "Section", ColPara: "Paragraph", Basis: "Basis", FundSources: "Sources (income table)", InTables: "This line in each table",
	Purpose: "Purpose", PeriodBudget: "Whole-period budget", PeriodIndicators: "Whole-period indicators", PrintedIn: "in ", ProjectIn: "This project in each table",
	ColNew: "New", ColOld: "Old", ColDelta: "Change", ColDeltaPct: "Chg%", HideSame: "changes only",
	Status: "Status", MatchedBy: "Matched by", OldName: "Old name", PlanOld: "Old plan", PlanNew: "New plan",
	IndChanged:  "Changed indicators",
	ColSeverity: "Level", ColWhere: "Where", ColRule: "Rule", Findings: "Findings",
	Expected: "expected", Actual: "actual", Diff: "difference",
	Severity: map[string]string{"error": "error", "warn": "warn", "info": "info"},
	Year:     "year", Unit: "unit",
	SortAmount: "amount", SortCode: "code", SortName: "name", SortDoc: "document",
	Sort: "sort", Reverse: "reversed",
	ModePct: "percent", ModeBar: "bar", ModeBoth: "percent+bar",
	TooSmall: "Window too small: need %d×%d",
	Empty:    "(no data)",
	Line:     "source: line %d", LinePage: "source: page %d, line %d", Derived: "summed from children (not printed)",
	Projects: "Projects", NoProjects: "(no projects)",
	NoFuncCodes: "The document does not give the projects' functional codes, and the amounts do not single them out",
	SomeUncoded: "%d more projects have no functional code and could not be placed",
	NoCode:      "Printed by name only, and the catalogue gives it no code: left without one (none guessed)",
	Inferred:    "inferred", Stated: "stated",
	ProjectSum: "projects total",
	Budget:     "Budget", Goal: "Goal", Plan: "Spending plan (cumulative)",
	PlanBlank:  "blank",
	Indicators: "Indicators", FuncCode: "Function",
	ProjectCode:  "Project code",
	SearchPrompt: "Search: ", NoMatch: "no match",
	Matches: "%d/%d matches",
	Section: "Section", Paragraphs: "paragraphs",
	Rows: "rows", EmptyTable: "table has no data",
	Unstated: "(not printed, derived)",
	Doubt:    "read in doubt: the source table does not add up as read; figures unconfirmed", DoubtTitle: "%d tables in doubt",
	More: "... (%d more lines)", MoreAbove: "... (%d lines above)",
	HelpTitle:     "Keys",
	ShareOfParent: "of parent",
	Quarters:      [4]string{"Mar", "Jun", "Oct", "Dec"},
	FlatAll:       "every leaf",
	StatedReason:  "Reason stated in the text",
	ColSrc:        "Line",
	Confirmed:     "Borne out by last year's document",
	Keys: keyText{
		Up: "up", Down: "down", In: "open", Out: "back out", Top: "top", Bottom: "bottom",
		PgUp: "page up", PgDn: "page down", Search: "search", Next: "next match", Prev: "previous match",
		Esc: "close/back", Tab: "next view", Views: "go to view", Help: "help", Quit: "quit",
		Sort: "sort by", Reverse: "reverse", Mode: "percent/bar", Accept: "jump", Cancel: "cancel",
		Hide: "hide/show unchanged", PaneDown: "scroll pane down", PaneUp: "scroll pane up", Flat: "every leaf",
		NextChange: "next change (or match)", PrevChange: "previous change (or match)",
		SortPrev: "sort by column to the left", SortNext: "sort by column to the right", Filter: "filter", FilterHow: "filter: text >100 10..50 added error rule",
		Export: "export view", Copy: "copy value", CopyRow: "copy line", Open: "open source",
		Mark: "review mark",
	},
	P: paperText{
		ExportAsk: "export this view to the working directory: x = xlsx  c = csv  esc = cancel", Exported: "exported %s (%d rows)", ExportFailed: "export failed: %s",
		ColStatus: "Status", ColPage: "Page",
		Copied: "copied %s: %s", Value: "value", Code: "code", Row: "line", SourceLine: "source line",
		NothingToCopy: "nothing to copy",
		NoLine:        "this row has no source line", OpenFailed: "cannot open the source: %s", NoLines: "cannot show the source: %s",
		RawTitle: "Source", Marked: "marked: ", RawHelp: "esc back to the finding  j/k scroll  enter go to it  o open source  y copy line",
	},
	R: reviewText{
		Prompt: "mark %s (tab: state, enter: save, esc: cancel) note> ", Saved: "marked %s → %s", Cleared: "mark cleared", Failed: "mark not saved: %s",
		State: map[string]string{"reviewed": "reviewed", "accepted": "accepted", "rejected": "rejected", "clear": "clear"},
		Mark:  "Review",
	},
	F: folderText{
		Title: "Folder %s", Files: "%d files", Failed: "%d unreadable",
		ColDept: "Department", ColYear: "Year", ColKind: "Kind", ColIncome: "Income", ColExpend: "Expenditure",
		ColCounts: "E/W/I", ColFile: "File", Unreadable: "(unreadable)",
		CannotOpen: "cannot open: %s", Filter: "filter",
		SortFile: "file", SortDept: "department", SortExpend: "expenditure", SortFinds: "findings",
		Path: "File", Summary: "%d functional lines  %d projects  %d tables  %d parse notes",
		NoFindings: "checks found nothing", NoTotals: "no summary table found (totals empty)",
		Legend: []string{"x unreadable", "! has errors", "E/W/I = errors/warnings/info"},
		Open:   "open file", Back: "back to folder", FilterKey: "filter", FilterClear: "clear filter",
		Mark: "mark (two to compare)", Diff: "diff the two marked", NeedTwo: "mark two documents with space first",
	},
}

// textFor picks the interface language; anything but "en" is Chinese.
// executionText is tx for a budget beside its final accounts: the columns
// of diff mode read 预算数 | 决算数 | 差额 | 执行率.
func executionText(tx *text) *text {
	c := *tx
	if tx == &en {
		c.ColOld, c.ColNew, c.ColDelta, c.ColDeltaPct = "Budget", "Final", "Diff", "Exec%"
	} else {
		c.ColOld, c.ColNew, c.ColDelta, c.ColDeltaPct = "预算数", "决算数", "差额", "执行率"
	}
	return &c
}

func textFor(lang string) *text {
	if lang == "en" {
		return &en
	}
	return &zh
}
