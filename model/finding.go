package model

// Severity grades a finding.
type Severity string

// Severities, from most to least serious.
const (
	// SevError: arithmetic that definitely does not hold.
	SevError Severity = "error"
	// SevWarn: a likely problem, such as a difference of one unit of rounding.
	SevWarn Severity = "warn"
	// SevInfo: worth a look; may have an innocent explanation.
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
}
