package prose

import "yusuan/internal/lazyregexp"

// reReason: the words that give the reason for a change or a difference
// (主要原因是…, 主要是…, 原因是…, 由于…, 根据要求…, 新增科目, 主要用于…: what the money went to is
// how the documents explain an increase).
var reReason = lazyregexp.New(`原因|主要是|主要系|主要因|是因为|由于|因为|主要用于|主要为|根据|随着|为新增|新增科目|新增项目|得益于|导致|所致|致使`)

// GivesReason reports a sentence that gives a reason.
func GivesReason(s string) bool { return reReason.MatchString(s) }

// reVersusLastYear: the words that compare a figure with last year's
// (比上年, 较上年, 与上年相比, 同比, 比2025年预算, 较上年度).
var reVersusLastYear = lazyregexp.New(`(比|较|与)(上年|去年|上一年|20\d\d年)|同比`)

// ComparesWithLastYear reports words that compare with last year's figure.
func ComparesWithLastYear(s string) bool { return reVersusLastYear.MatchString(s) }
