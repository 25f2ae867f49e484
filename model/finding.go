package model

// Severity grades a finding.
type Severity string

// Severities, from most to least serious. What each means to an auditor is
// written once, in Meaning, and every rule grades its findings by it.
const (
	// SevError: a figure is wrong.
	SevError Severity = "error"
	// SevWarn: a figure may be wrong, or is missing.
	SevWarn Severity = "warn"
	// SevInfo: style or disclosure; no figure is shown wrong.
	SevInfo Severity = "info"
	// SevUnread: not a claim about the document at all: a table whose own
	// arithmetic did not confirm what yusuan read of it (读取存疑). Its
	// figures are left out of every other rule.
	SevUnread Severity = "unread"
)

// Rank orders severities, the most serious first (0).
func (s Severity) Rank() int {
	switch s {
	case SevError:
		return 0
	case SevWarn:
		return 1
	case SevInfo:
		return 2
	}
	return 3
}

// Meaning says what a finding of the severity tells an auditor, in Chinese
// and English: `check --rules` and the README print it.
func (s Severity) Meaning() (zh, en string) {
	switch s {
	case SevError:
		return "数字有错：文件所印的数字相互矛盾，超出所印精度的四舍五入所能解释的范围，且比较的是同一个数（同一科目、同一合计）",
			"a figure is wrong: printed figures contradict each other beyond what rounding them to their printed places allows, and the rule knows they are the same figure"
	case SevWarn:
		return "数字可能有错或有缺：差额在所印数字的四舍五入之内（表内合计本应相加一致）；比较的两数大概但不确定是同一个数；应有的表或数字缺失",
			"a figure may be wrong, or is missing: a difference within the rounding of the printed figures (where a table's sums should add up as printed); figures likely but not certainly the same; a table or figure that should be there is not"
	case SevInfo:
		return "格式或披露：没有数字被证明有错，但名称、编码、说明或所印精度值得一看（如百分比只有按四舍五入前的金额才算得出、空表未说明、差额在容差之内），或差额更像是版面错位而非数字之误",
			"style or disclosure: no figure is shown wrong, but a name, code, explanation or printed precision deserves a look (a percentage only the unrounded amounts give, an empty table unexplained, a difference within the tolerance), or the difference more likely comes from the layout than from the figures"
	case SevUnread:
		return "不是对文件的判断；yusuan 未能用表内合计关系确认所读的表，其数字不参与其他规则",
			"not a claim about the document: yusuan could not confirm its reading of a table by the table's own sums; its figures stay out of every other rule"
	}
	return "", ""
}

// Severities lists every severity, most serious first.
var Severities = []Severity{SevError, SevWarn, SevInfo, SevUnread}

// ParseSeverity reads a severity as `--min-severity` takes it (error, warn
// or warning, info); ok is false for anything else.
func ParseSeverity(s string) (Severity, bool) {
	switch s {
	case "error":
		return SevError, true
	case "warn", "warning":
		return SevWarn, true
	case "info":
		return SevInfo, true
	}
	return "", false
}

// Label is the severity in Chinese, for text output.
func (s Severity) Label() string {
	switch s {
	case SevError:
		return "错误"
	case SevWarn:
		return "警告"
	case SevUnread:
		return "读取存疑"
	}
	return "提示"
}

// Finding is one place where a document disagrees with itself (audit), or
// where its narrative about last year disagrees with last year's document
// (compare). The explorer shows both in one list.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	// Where names the place: table title and code, project, or section.
	Where   string `json:"where"`
	Message string `json:"message"`
	// Expected, Actual and Difference (Actual − Expected) are exact decimals,
	// empty where the rule is not about an amount.
	Expected   string `json:"expected,omitempty"`
	Actual     string `json:"actual,omitempty"`
	Difference string `json:"difference,omitempty"`
	// Line is the source line the finding concerns (0 when unknown), Page
	// its page where the source has pages.
	Page int `json:"page,omitempty"`
	Line int `json:"line,omitempty"`
	// File and FileLine say, for a document joined from halves (Document.Parts),
	// which file the line is in and its line there; Line counts on through
	// the joined document, and Page is the page in File.
	File     string `json:"file,omitempty"`
	FileLine int    `json:"file_line,omitempty"`
	Code     string `json:"code,omitempty"` // classification code concerned, if any
	Project  string `json:"project,omitempty"`
	// Key names the finding across runs and yusuan versions, for an
	// auditor's review mark (package review: its rule, place and figures,
	// never its line alone). Set where marks are looked up (check, the
	// explorer of a file).
	Key string `json:"key,omitempty"`
	// Review is the auditor's mark, nil when the finding has none.
	Review *Review `json:"review,omitempty"`
}

// Review is an auditor's mark on a finding, kept beside the document.
type Review struct {
	State ReviewState `json:"state"`
	Note  string      `json:"note,omitempty"`
	At    string      `json:"at"` // RFC 3339, UTC
}

// ReviewState is what the auditor decided about a finding.
type ReviewState string

// The review states: looked at; agreed to be a real slip of the document;
// judged not a slip (a false alarm, or explained elsewhere).
const (
	Reviewed ReviewState = "reviewed"
	Accepted ReviewState = "accepted"
	Rejected ReviewState = "rejected"
)

// ReviewStates lists the states in the order the explorer cycles them.
var ReviewStates = []ReviewState{Reviewed, Accepted, Rejected}

// Label is the state in Chinese, two characters wide (a column of marks).
func (s ReviewState) Label() string {
	switch s {
	case Reviewed:
		return "已阅"
	case Accepted:
		return "确认"
	case Rejected:
		return "驳回"
	}
	return ""
}
