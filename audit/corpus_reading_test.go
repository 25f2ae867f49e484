package audit

// readingFixed are error findings the national corpus gave before issue 9’s
// review that came from reading, not from the documents; each must stay gone.
// The comment over each group says what was read wrong.
var readingFixed = map[string]bool{
	// “按支出用途分类，包括人员支出…；日常公用支出15868.83万元” (the whole budget: the
	// 支出预算总表’s 合计, not read) compared with the economic tree of the
	// 一般公共预算基本支出预算表 (14,902.37), whose source was not named.
	"zj-hangzhou-publicsecurity-2026-budget.layout.txt|narrative-amount|正文 / （三）支出预算情况说明（详见表 1-3）|46733.64|47792.58": true,
	"zj-hangzhou-transport-2026-budget.layout.txt|narrative-amount|正文 / （三）支出预算情况说明（详见表1-3）|14902.37|15868.83":       true,
	// prose: “履职工作经费 4,754.51 万元，其中结转结余 390.00 万元，用于…；勤务辅警业务费
	// 523.08 万元，…”: the 其中 of one item of a list separated by semicolons read
	// as running over the next items.
	"gd-shenzhen-publicsecurity-2026-budget.layout.txt|narrative-sum|正文 / （五）项目支出 57,973.81 万元，具体包括：|25623.43|4754.51": true,
	"gd-shenzhen-publicsecurity-2026-budget.layout.txt|narrative-sum|正文 / （五）项目支出 57,973.81 万元，具体包括：|1256.05|973.30":   true,
	// 收支总表 items by name alone (类, 款, 项 unnumbered): summed as if none were top-level (0.00).
	"zj-hangzhou-justice-2026-budget.layout.txt|summary-identity|2026年市级部门收支预算总表|0.00|99230.46": true,
	// 财政拨款收支总表 continued over a page, its items numbered 26、… only: summed as if none were top-level (0.00).
	"sn-xian-propaganda-2021-budget.layout.txt|summary-identity|2021年部门综合预算财政拨款收支总表|0.00|25859.600179": true,
	// 预算05表 names “项目支出总数” over “项目支出” and “扣除基建项目后预算数”: two columns claim 项目支出 (ambiguous), compared as if known.
	"bj-beijing-greening-2026-budget-tables.layout.txt|cross-table|预算03表支出总表 / 2130201|0.00|8.8692":  true,
	"bj-beijing-greening-2026-budget-tables.layout.txt|cross-table|预算03表支出总表 / 2130202|0.00|243.69":  true,
	"bj-beijing-greening-2026-budget-tables.layout.txt|cross-table|预算03表支出总表 / 2130203|0.00|52.50":   true,
	"bj-beijing-greening-2026-budget-tables.layout.txt|cross-table|预算03表支出总表 / 2130205|0.00|2557.50": true,
	"bj-beijing-greening-2026-budget-tables.layout.txt|cross-table|预算03表支出总表 / 2130207|0.00|305.00":  true,
	"bj-beijing-greening-2026-budget-tables.layout.txt|cross-table|预算03表支出总表 / 2130299|0.00|1016.09": true,
	// 三公 table of 2025年预算数 and 2026年预算数 blocks, read as 2025’s (396.97; the narrative’s 2026 figure is 394.49).
	"cq-chongqing-govoffice-2026-budget.layout.txt|narrative-amount|正文 / 四、“三公”经费情况说明|202.48|200.00": true,
	"cq-chongqing-govoffice-2026-budget.layout.txt|narrative-amount|正文 / 四、“三公”经费情况说明|396.97|394.49": true,
	// 三公 table figures printed over two lines (“13” over “.85”), read as 0.85 出国 and no 合计.
	"cq-chongqing-meteorology-2026-budget.layout.txt|narrative-amount|正文 / 四、“三公”经费情况说明|0.85|0.00":     true,
	"cq-chongqing-meteorology-2026-budget.layout.txt|narrative-amount|正文 / 四、“三公”经费情况说明|13.55|0.00":    true,
	"cq-chongqing-meteorology-2026-budget.layout.txt|three-public-sum|2026年财政拨款“三公”经费支出情况表|1.15|0.00":  true,
	"cq-chongqing-meteorology-2026-budget.layout.txt|three-public-sum|2026年财政拨款“三公”经费支出情况表|27.10|0.00": true,
	// the next table’s heading, read as a second code-less row, hid the 支出预算总表’s 合计; 基本支出 was then taken from the 政府性基金 table’s 0.00.
	"fj-fuzhou-etdz-ecoenv-2026-budget-unit.layout.txt|narrative-amount|正文 / 一、预算收支总体情况|0.00|1063.27": true,
	"fj-fuzhou-etdz-ecoenv-2026-budget-unit.layout.txt|narrative-amount|正文 / 一、预算收支总体情况|0.00|306.00":  true,
	// as fj-fuzhou-etdz-ecoenv: 基本支出 taken from the 政府性基金 table’s 0.00.
	"fj-fuzhou-gulou-ecoenv-2026-budget-unit.layout.txt|narrative-amount|正文 / 一、预算收支总体情况|0.00|343.00": true,
	"fj-fuzhou-gulou-ecoenv-2026-budget-unit.layout.txt|narrative-amount|正文 / 一、预算收支总体情况|0.00|926.68": true,
	"fj-fuzhou-healthsecurity-2026-budget.layout.txt|narrative-amount|正文 / 一、预算收支总体情况|0.00|344063.64": true,
	"fj-fuzhou-healthsecurity-2026-budget.layout.txt|narrative-amount|正文 / 一、预算收支总体情况|0.00|7841.26":   true,
	// one project read of the 项目支出总表’s list; “项目支出 1,856.92 万元” (the 支出总表’s, line 720) compared with the 一般公共预算支出表’s 1,657.42.
	"gd-shenzhen-planning-dapeng-2026-budget.layout.txt|narrative-amount|正文 / 一、深圳市规划和自然资源局大鹏管理局|1657.42|1856.92": true,
	"gd-shenzhen-planning-dapeng-2026-budget.layout.txt|project-sum|项目|22.80|1856.92":                             true,
	// 支出总表 columns ambiguous (基本支出/项目支出 not read, so 0.00); one project of five read from the 项目支出总表.
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2010901|3053.34|0.00":  true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2010907|43108.34|0.00": true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 20109|3053.34|0.00":    true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 20109|43108.34|0.00":   true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2019999|122.31|0.00":   true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 20199|122.31|0.00":     true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 201|3053.34|0.00":      true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 201|43230.65|0.00":     true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2080501|281.93|0.00":   true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2080505|257.96|0.00":   true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2080506|114.17|0.00":   true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 20805|654.07|0.00":     true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 208|654.07|0.00":       true,
	// lines 285- “302 04 手续费 10,000” printed from the margin after a page
	// break (a page without the header, laid out by pdftotext further left),
	// read with the page before: the codes ran into one column, 302 itself
	// read as 10.00 and its items lost. The page is now laid out on its own.
	"sh-shanghai-audit-2026-unitbudget.layout.txt|tree-sum|2026年预算单位一般公共预算基本支出部门预算经济分类预算表 / 302|1981.956|10.00": true,
	"sh-shanghai-audit-2026-unitbudget.layout.txt|tree-sum|2026年预算单位一般公共预算基本支出部门预算经济分类预算表|30274.308|15326.874":  true,
	"sh-shanghai-audit-2026-unitbudget.layout.txt|tree-sum|2026年预算单位一般公共预算基本支出部门预算经济分类预算表|32454.564|17507.13":   true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2101101|104.86|0.00":                      true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 21011|104.86|0.00":                        true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 210|104.86|0.00":                          true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2210201|266.46|0.00":                      true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2210203|927.86|0.00":                      true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 22102|1194.32|0.00":                       true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 221|1194.32|0.00":                         true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 2299999|7647.43|0.00":                     true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 22999|7647.43|0.00":                       true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|cross-table|支出总表 / 229|7647.43|0.00":                         true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|economic-basic|基本支出总表|0.00|5006.59":                          true,
	"gd-shenzhen-portoffice-2026-budget.layout.txt|project-sum|项目|40.00|50878.08":                               true,
	// “项目支出 2,089.48 万元” (the 支出总表’s, line 1073) compared with the 一般公共预算支出表’s.
	"gd-shenzhen-samr-shenshan-2026-budget.layout.txt|narrative-amount|正文 / 一、深圳市市场监督管理局深汕监管局|1077.19|2089.48": true,
	// 三公 table of 2025年预算数 and 2026年预算数 blocks, read as 2025’s.
	"sd-yantai-audit-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|11.90|3.40":        true,
	"sd-yantai-audit-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|8.50|0.00":         true,
	"sd-yantai-petition-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|0.00|15.00":     true,
	"sd-yantai-petition-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|20.00|15.00":    true,
	"sd-yantai-petition-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|22.00|17.00":    true,
	"sd-yantai-petition-2026-budget.layout.txt|three-public-sum|一般公共预算“三公”经费支出情况表|2.00|22.00":     true,
	"sd-yantai-stats-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|0.00|12.50":        true,
	"sd-yantai-stats-2026-budget.layout.txt|three-public-sum|一般公共预算“三公”经费支出情况表|1.80|14.30":        true,
	"sd-yantai-transport-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|0.00|206.42":   true,
	"sd-yantai-transport-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|259.33|206.42": true,
	"sd-yantai-transport-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|268.09|211.18": true,
	"sd-yantai-transport-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|8.76|4.76":     true,
	"sd-yantai-transport-2026-budget.layout.txt|three-public-sum|一般公共预算“三公”经费支出情况表|8.76|268.09":   true,
	// 三公 table of 2025年预算数 and 2026年预算数 blocks, read as 2025’s (27.32; 2026: 24.62).
	"sd-yantai-civilaffairs-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|0.00|10.08":  true,
	"sd-yantai-civilaffairs-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|10.54|9.54":  true,
	"sd-yantai-civilaffairs-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|11.78|10.08": true,
	"sd-yantai-civilaffairs-2026-budget.layout.txt|narrative-amount|正文 / 二、“三公”经费支出情况|27.32|24.62": true,
	"sd-yantai-civilaffairs-2026-budget.layout.txt|three-public-sum|一般公共预算“三公”经费支出情况表|15.54|27.32": true,
	// “收入预算19,577万元” restates 19,577.43 at whole 万元: compared exactly.
	"sh-shanghai-audit-2026-unitbudget.layout.txt|narrative-amount|正文 / 六、其他相关情况说明|19577.43|19577.00":                true,
	"sh-shanghai-databureau-2026-unitbudget.layout.txt|narrative-amount|正文 / 六、其他相关情况说明|47145.21|47145.00":           true,
	"sh-shanghai-drugrehab-2026-budget-unit.layout.txt|narrative-amount|正文 / 六、其他相关情况说明|12122.40|12122.00":           true,
	"sh-shanghai-jiaotongcollege-2026-budget-unit.layout.txt|narrative-amount|正文 / 六、其他相关情况说明|40869.60|40870.00":     true,
	"sh-shanghai-shanghaitechschool-2026-unitbudget.layout.txt|narrative-amount|正文 / 六、其他相关情况说明|10805.9614|10806.00": true,
	"sh-shanghai-welfarelottery-2026-budget-unit.layout.txt|narrative-amount|正文 / 六、其他相关情况说明|21680.157|21680.16":     true,
	// 财政拨款收支总表 in 元 compared unconverted; its 本年支出合计 compared with the sum of the functional and the economic 一般公共预算支出明细表; the 三公 table of 上年/当年/增减 blocks read as a total only, its items then taken as 0.
	"sn-xian-adminapproval-2025-budget.layout.txt|cross-table|部门综合预算财政拨款收支总表|0.228|2280.00":             true,
	"sn-xian-adminapproval-2025-budget.layout.txt|cross-table|部门综合预算财政拨款收支总表|10187.52167|50937608.35":   true,
	"sn-xian-adminapproval-2025-budget.layout.txt|narrative-amount|正文 / 十、“三公”经费及会议费、培训费情况说明|0.00|2.00": true,
	"sn-xian-adminapproval-2025-budget.layout.txt|narrative-amount|正文 / 十、“三公”经费及会议费、培训费情况说明|0.00|2.50": true,
	// as sn-xian-adminapproval; and the 支出总表 by unit (116 西安市财政局) compared code by code with functional tables.
	"sn-xian-finance-2026-budget.layout.txt|cross-table|部门综合预算支出总表 / 116|0.00|30331.258617":        true,
	"sn-xian-finance-2026-budget.layout.txt|cross-table|部门综合预算收支总表|30331.258617|303312586.17":      true,
	"sn-xian-finance-2026-budget.layout.txt|cross-table|部门综合预算财政拨款收支总表|149.767364|1497673.64":      true,
	"sn-xian-finance-2026-budget.layout.txt|cross-table|部门综合预算财政拨款收支总表|17016.00|170160000.00":      true,
	"sn-xian-finance-2026-budget.layout.txt|cross-table|部门综合预算财政拨款收支总表|60662.517234|303312586.17":  true,
	"sn-xian-finance-2026-budget.layout.txt|narrative-amount|正文 / 十、“三公”经费及会议费、培训费情况说明|0.00|13.90": true,
	"sn-xian-finance-2026-budget.layout.txt|narrative-amount|正文 / 十、“三公”经费及会议费、培训费情况说明|0.00|8.00":  true,
	// 收入总表 in 元 against a narrative at 2 places (48054.42 for 48,054.42216); 财政拨款收支总表 in 元 compared unconverted; 三公 table read as a total only.
	"sn-xian-healthsecurity-2022-budget.layout.txt|cross-table|2022年部门综合预算财政拨款收支总表|48054.42216|480544221.62": true,
	"sn-xian-healthsecurity-2022-budget.layout.txt|narrative-amount|正文 / 六、部门预算“三公”经费等预算情况说明|0.00|1.00":      true,
	"sn-xian-healthsecurity-2022-budget.layout.txt|narrative-amount|正文 / 六、部门预算“三公”经费等预算情况说明|0.00|2.50":      true,
	"sn-xian-healthsecurity-2022-budget.layout.txt|narrative-amount|正文 / （一）收支预算总体情况|48054.42216|48054.42":   true,
	// as sn-xian-healthsecurity; and three projects joined under the title “2022年专项资金总体” of their 绩效目标表s.
	"sn-xian-housing-2022-budget.layout.txt|cross-table|2022年部门综合预算财政拨款收支总表|1108.93981|11089398.10":           true,
	"sn-xian-housing-2022-budget.layout.txt|cross-table|2022年部门综合预算财政拨款收支总表|454246.748006|2271233740.03":      true,
	"sn-xian-housing-2022-budget.layout.txt|narrative-amount|正文 / 六、部门预算“三公”经费等预算情况说明|0.00|5.77":              true,
	"sn-xian-housing-2022-budget.layout.txt|narrative-amount|正文 / 六、部门预算“三公”经费等预算情况说明|0.00|75.00":             true,
	"sn-xian-housing-2022-budget.layout.txt|narrative-amount|正文 / （一）收支预算总体情况|2271233740.03|227358.37":        true,
	"sn-xian-housing-2022-budget.layout.txt|project-restated|2022年专项资金总体绩效目标表 / 2022年专项资金总体|818.75|200000.00": true,
	"sn-xian-housing-2022-budget.layout.txt|project-restated|2022年专项资金总体绩效目标表 / 2022年专项资金总体|818.75|638.60":    true,
	// “其中：人员经费 138.06 万元” of an economic item in “（三）一般公共预算拨款支出明细情况”, taken for the department’s 人员经费; 三公 table read as a total only.
	"sn-xian-hrss-2020-budget.layout.txt|narrative-amount|正文 / 六、部门预算“三公”经费等预算情况|0.00|26.00":      true,
	"sn-xian-hrss-2020-budget.layout.txt|narrative-amount|正文 / 六、部门预算“三公”经费等预算情况|0.00|3.30":       true,
	"sn-xian-hrss-2020-budget.layout.txt|narrative-amount|正文 / 六、部门预算“三公”经费等预算情况|267.78|29.30":    true,
	"sn-xian-hrss-2020-budget.layout.txt|narrative-amount|正文 / 十、机关运行经费安排情况|0.00|12.00":           true,
	"sn-xian-hrss-2020-budget.layout.txt|narrative-amount|正文 / 十、机关运行经费安排情况|0.00|2.00":            true,
	"sn-xian-hrss-2020-budget.layout.txt|narrative-amount|正文 / （三）一般公共预算拨款支出明细情况|621.37|545.71":   true,
	"sn-xian-hrss-2020-budget.layout.txt|narrative-amount|正文 / （三）一般公共预算拨款支出明细情况|621.37|75.66":    true,
	"sn-xian-hrss-2020-budget.layout.txt|narrative-amount|正文 / （三）一般公共预算拨款支出明细情况|7942.58|138.06":  true,
	"sn-xian-hrss-2020-budget.layout.txt|narrative-amount|正文 / （三）一般公共预算拨款支出明细情况|7942.58|1903.54": true,
	// as sn-xian-finance.
	"sn-xian-justice-2026-budget.layout.txt|cross-table|部门综合预算支出总表 / 154|0.00|13650.789971":        true,
	"sn-xian-justice-2026-budget.layout.txt|cross-table|部门综合预算收支总表|13650.789971|136507899.71":      true,
	"sn-xian-justice-2026-budget.layout.txt|cross-table|部门综合预算财政拨款收支总表|27301.579942|136507899.71":  true,
	"sn-xian-justice-2026-budget.layout.txt|cross-table|部门综合预算财政拨款收支总表|279.597834|2795978.34":      true,
	"sn-xian-justice-2026-budget.layout.txt|narrative-amount|正文 / 十、“三公”经费及会议费、培训费情况说明|0.00|3.01":  true,
	"sn-xian-justice-2026-budget.layout.txt|narrative-amount|正文 / 十、“三公”经费及会议费、培训费情况说明|0.00|77.10": true,
	"sn-xian-stats-2026-budget.layout.txt|cross-table|部门综合预算支出总表 / 119|0.00|6210.92972":            true,
	"sn-xian-stats-2026-budget.layout.txt|cross-table|部门综合预算收支总表|6210.92972|62109297.20":           true,
	"sn-xian-stats-2026-budget.layout.txt|cross-table|部门综合预算财政拨款收支总表|12421.85944|62109297.20":      true,
	"sn-xian-stats-2026-budget.layout.txt|cross-table|部门综合预算财政拨款收支总表|75.3934|753934.00":            true,
	"sn-xian-stats-2026-budget.layout.txt|narrative-amount|正文 / 十、“三公”经费及会议费、培训费情况说明|0.00|1.50":    true,
	"sn-xian-stats-2026-budget.layout.txt|narrative-amount|正文 / 十、“三公”经费及会议费、培训费情况说明|0.00|6.60":    true,
	// 财政拨款收支总表 in 元 compared unconverted (18999011.66 for 1,899.901166 万元).
	"sn-xian-meteorology-2022-budget.layout.txt|cross-table|2022年部门综合预算财政拨款收支总表|1899.901166|18999011.66": true,
	"sn-xian-meteorology-2022-budget.layout.txt|narrative-amount|正文 / （一）收支预算总体情况|18999011.66|1899.90":   true,
	"sn-xian-meteorology-2022-budget.layout.txt|narrative-amount|正文 / （二）财政拨款收支情况|18999011.66|1899.90":   true,
	// 收支总表 in 元 compared unconverted.
	"sn-xian-propaganda-2021-budget.layout.txt|narrative-amount|正文 / 五、2021 年部门预算收支说明|258596001.79|25859.60": true,
	"sn-xian-propaganda-2021-budget.layout.txt|summary-identity|2021年部门综合预算财政拨款收支总表|0.00|258596001.79":       true,
	// parse (fixed on main): “41,772” over “.73”, a figure split over two
	// lines, and 收入总体情况表's 事业收入 / 经营收入 / 其他收入 placed by
	// position: each table is now either read whole or marked in doubt, so its
	// figures no longer reach the rules.
	"cq-chongqing-commerce-2026-budget.layout.txt|row-identity|2026年部门收入总体情况表 / 215|0.00|41772.73238": true,
	"sd-yantai-civilaffairs-2026-budget.layout.txt|tree-sum|收入总体情况表|4078.98|3773.71":                  true,
	"sd-yantai-civilaffairs-2026-budget.layout.txt|tree-sum|收入总体情况表 / 208|280.23|277.23":              true,
	"sd-yantai-civilaffairs-2026-budget.layout.txt|tree-sum|收入总体情况表 / 208|2.00|5.00":                  true,
	// parse (fixed on main): 无锡市发改委 2025 prints “21999 其他支出 502.00” twice under
	// 219, the 项 with its 款's code; summed as a repeated code it doubled to
	// 1,004.00. A 款 printed twice in a row is now one line, with a warning.
	"js-wuxi-ndrc-2025-budget-dept.layout.txt|tree-sum|支出总表 / 219|1004.00|502.00":          true,
	"js-wuxi-ndrc-2025-budget-dept.layout.txt|tree-sum|财政拨款支出表（功能科目） / 219|1004.00|502.00": true,
	"js-wuxi-ndrc-2025-budget-dept.layout.txt|tree-sum|一般公共预算支出表 / 219|1004.00|502.00":     true,
	// parse: 支出预算总表 lines 603-605 “106,512.0” over “0”, a figure wrapped in
	// its cell, lost; and rows by name only placed by the catalogue's only
	// code for the name whatever the rows above (机关服务 2040503, an item of
	// 检察, under 公安). A wrapped figure is now joined, and a name is given a
	// code only where it fits under the rows before it.
	"zj-hangzhou-publicsecurity-2026-budget.layout.txt|row-identity|2026年市级部门支出预算总表|297903.23|404415.23": true,
	"zj-hangzhou-publicsecurity-2026-budget.layout.txt|tree-sum|2026年市级部门支出预算总表 / 204|3111.16|325711.11": true,
	"zj-hangzhou-publicsecurity-2026-budget.layout.txt|tree-sum|2026年市级部门支出预算总表 / 204|3111.16|59082.44":  true,
	// parse: 基本支出总表 (no codes, names only): “办公设备购置 40.00”, printed
	// under “资本性支出（基本建设）” (309), placed under 310 资本性支出 by the
	// catalogue's only code for the name; it is now left without a code.
	"gd-shenzhen-publicsecurity-2026-budget.layout.txt|tree-sum|基本支出总表 / 310|1079.84|1039.84": true,
	// parse: 收入总体情况表 line 254: 212's 80.34 and the 4.00 read into
	// 一般公共预算收入 (39,748.66 = 39,664.33 + 84.33); now each figure stays in a
	// column of its own (the cause left: the next entry).
	"sd-yantai-transport-2026-budget.layout.txt|tree-sum|收入总体情况表|39748.66|39664.33": true,
	// parse: the same table: the header's 政府性基金预算收入 and 国有资本经营预算收入
	// read as one column (“政府性基金国有资本经预算收入营预算收入”), which holds
	// 212's 80.34 and 223's 4.00 (84.34), while the 合计 row's 4.00 (国有资本经营)
	// is read under 财政专户管理资金收入. The squeezed header is now split into
	// its columns, matched to the figures by the table's sums (parse:
	// spaces_headersplit.go), and 223's 4.00 placed by the 合计 row once
	// 使用非财政拨款结余 beside 上年结转 no longer leaves the columns ambiguous:
	// the table is read whole.
	"sd-yantai-transport-2026-budget.layout.txt|tree-sum|收入总体情况表|84.34|80.34": true,
	// a table of units (125001, 125002 …), each with its own 208 … rows: the
	// rows of units 2–4 (“208 … 22.62 22.62”, one figure under two columns)
	// left unplaced, so 208 summed two units' figures over one unit's items.
	// Each unit's rows are now placed by the unit's own sums, then summed.
	"sn-xian-worksafety-2019-budget-tables.layout.txt|tree-sum|2019年部门综合预算一般公共预算支出明细表（按支出功能分类科目） / 208|83.06|105.68":  true,
	"sn-xian-worksafety-2019-budget-tables.layout.txt|tree-sum|2019年部门综合预算一般公共预算支出明细表（按支出功能分类科目） / 208|115.11|137.73": true,
}

// unresolved are error findings on the national corpus that come from
// reading and that this review did not remove: each names what was read
// wrong. Most are in parse/ (a table read wrong without its arithmetic
// failing widely enough to mark it unverified), which is being changed
// elsewhere; they are listed so that the corpus test catches every other
// error, and each must be removed from here when its cause is fixed.
var unresolved = map[string]bool{}
