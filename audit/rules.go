package audit

// Rule is one check of the catalogue. Severity is the most serious level the
// rule raises; a finding within rounding of holding is reported one level lower.
type Rule struct {
	ID          string   `json:"id"`
	Severity    Severity `json:"severity"`
	Description string   `json:"description"`
	run         func(*checker)
}

// rules is the catalogue in the order the checks run. IDs are stable: scripts
// and the explorer refer to them.
var rules = []Rule{
	{"table-unverified", Unread, "读取存疑：表的合计关系（合计＝各部分、上级＝下级之和、合计行＝各类之和）在所读数字上大面积不成立，说明表格未能按原样读出；其数字不参与其他规则", checkUnverified},
	{"tree-sum", Error, "每个科目的金额等于其下级科目之和，合计行等于各类之和（每张分类表的每一金额列）", checkTreeSums},
	{"row-identity", Error, "表内每行自身的等式成立：合计＝基本支出＋项目支出，基本支出＝人员经费＋公用经费，收入合计＝各来源之和", checkRowIdentities},
	{"summary-identity", Error, "收支总表自身成立：本年收入合计＝各项收入之和，收入总计＝本年收入＋上年结转，收支总计相等", checkSummaries},
	// raised by checkSummaries, where it finds no shape to check a summary in
	{"summary-unchecked", Info, "收支总表的收支两侧未能按已知版式读出，其合计关系未核对（不是文件的错误，也不是读取存疑）", func(*checker) {}},
	{"final-identity", Error, "决算收入支出决算总表（及财政拨款收入支出决算总表）自身成立：支出总计＝本年支出合计＋结余分配＋年末结转和结余；年初结转和结余＋使用非财政拨款结余＋本年收入合计＝本年支出合计＋结余分配＋年末结转和结余", checkFinalIdentities},
	{"cross-table", Error, "同一科目在口径相同的各表中金额一致；各表合计一致", checkCrossTables},
	{"economic-basic", Error, "基本支出经济分类表的合计等于一般公共预算（或全部）基本支出", checkEconomicBasic},
	{"three-public-sum", Error, "“三公”经费：小计＝出国＋车辆＋接待，车辆＝购置＋运维，合计＝小计＋会议费＋培训费", checkThreePublic},
	{"three-public-economic", Warn, "“三公”经费表与基本支出经济分类表的同名科目金额不同（三公可含项目支出：少于三公为提示，多于三公为警告）", checkThreePublicEconomic},
	{"project-sum", Error, "各项目预算之和等于项目支出", checkProjectSum},
	{"project-restated", Error, "同一项目在各表中的预算金额一致", checkProjectRestated},
	{"project-item-sum", Error, "注明功能科目的项目，其预算之和等于该科目的项目支出", checkProjectItems},
	{"plan-monotonic", Error, "项目分季度累计支出计划不应减少", checkPlanMonotonic},
	{"plan-end", Error, "项目支出计划年末累计数等于项目预算", checkPlanEnd},
	{"declared-yuan", Error, "绩效目标申报表以元列示的年度资金与表中万元金额一致", checkDeclaredYuan},
	{"narrative-sum", Error, "正文所述总数等于其“其中”所列各部分之和（含增减额）", checkNarrativeSums},
	{"narrative-change", Error, "正文所述增减额与增减百分比推算的上年数一致", checkNarrativeChanges},
	{"zero-base", Error, "以0为基数的百分比：年初预算为0的完成率，或上年为0（本年新增）的增减幅度", checkZeroBase},
	{"narrative-share", Error, "正文所述占比（占x%）按所印精度与金额一致", checkNarrativeShares},
	{"narrative-amount", Error, "正文所述金额与表中同名数字一致", checkNarrativeAmounts},
	{"unit-magnitude", Warn, "正文金额是表中数字换错单位所得（X万元恰为表中金额的一万倍，或X元恰与表中万元金额相同），且表中没有按所写单位的同一金额", checkUnitMagnitudes},
	{"narrative-count", Warn, "正文所述项目个数与表中项目数一致", checkNarrativeCounts},
	{"change-reason", Info, "正文所述比上年的增减（比上年增加/减少…）在本句或其后三句内说明原因（主要原因是…），或前文已说明同一增减；决算数与年初预算数相差超过年初预算10%的同样说明原因", checkReasons},
	{"percent-format", Info, "百分比书写不规范：百分号前或正负号与数字间有空格（35.77 %）、全角百分号（％）或全角数字；这些百分比照常参与各项核对", checkPercentForms},
	{"toc-missing", Warn, "目录列出的表在文中存在", checkContents},
	{"empty-unexplained", Info, "没有数据的表应说明原因（如“本表无数据”）", checkEmptyUnexplained},
	{"empty-with-data", Warn, "注明“空表”或“无数据”的表却列有金额", checkEmptyWithData},
	{"code-format", Warn, "科目编码格式正确（功能分类3/5/7位，经济分类3/5位，或表中所列5位科目下的7位细目），且上级科目存在", checkCodeFormat},
	{"disclosure-missing", Warn, "部门预算应公开的九张表（收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、政府性基金、国有资本经营、“三公”经费）、部门决算的九张表（收入支出决算总表、收入决算表、支出决算表、财政拨款收入支出决算总表、一般公共预算财政拨款支出决算表及基本支出决算表、“三公”经费、政府性基金、国有资本经营）各有列示，或说明为空表；各地表名不同者视为同一张表；只判断成套的公开表（列出九张中至少五张）", checkDisclosure},
	{"catalog-name", Warn, "科目名称与当年科目表中的名称不同（提示）；名称是当年科目表中别的类的科目的名称（警告）", checkCatalogNames},
	{"department-name", Warn, "封面、各表表头（部门：、单位名称：、编制部门：、部门（单位）：）和正文标题所称单位与本文件的单位名称相同（换行折断的名称、（本级）（汇总）不算不同）", checkDepartmentName},
	{"subject-description", Warn, "正文所写科目与科目表相符：编码后所写名称是该编码在科目表中的名称（或其简称）；住房公积金、提租补贴、购房补贴、医疗、养老保险、职业年金、离退休各项（项）所述用途不是别的科目的用途", checkSubjectDescriptions},
	{"indicator-period", Warn, "绩效目标申报表中同一数量或成本指标的年度值不超过实施期值（一年是实施期的一部分），且两者单位相同", checkIndicatorPeriods},
	{"project-stated-amount", Warn, "项目自己的文字（概况、用途、目标）所称“共需…元/万元”与项目预算一致", checkProjectStatedAmount},
	{"cost-indicator", Warn, "年度成本指标所称项目全部资金（经费、费用或项目本名）与项目预算一致；“≤”的上限不低于预算", checkCostIndicator},
}

// Rules returns the catalogue, for `yusuan check --rules`.
func Rules() []Rule {
	out := make([]Rule, len(rules))
	copy(out, rules)
	for i := range out {
		out[i].run = nil
	}
	return out
}
