package model

// Level is the depth of a functional classification code: 类 (3 digits),
// 款 (5 digits), 项 (7 digits).
type Level string

// Levels of the functional classification.
const (
	LevelClass   Level = "class"
	LevelSection Level = "section"
	LevelItem    Level = "item"
)

// LevelOf returns the level a functional code's length implies, or "" for a
// code that is not 3, 5 or 7 digits.
func LevelOf(code string) Level {
	switch len(code) {
	case 3:
		return LevelClass
	case 5:
		return LevelSection
	case 7:
		return LevelItem
	}
	return ""
}

// ParentCode returns the code of the level above (2240106 → 22401 → 224 → "").
func ParentCode(code string) string {
	switch len(code) {
	case 7:
		return code[:5]
	case 5:
		return code[:3]
	}
	return ""
}

// FuncNode is one line of the functional classification (支出功能分类).
type FuncNode struct {
	Code     string      `json:"code"`
	Name     string      `json:"name"`
	Level    Level       `json:"level"`
	Total    Money       `json:"total"`
	Basic    Money       `json:"basic"`
	Project  Money       `json:"project"`
	Children []*FuncNode `json:"children"`
	// Line is the source line the figures were read from (0 for a derived node).
	Line int `json:"line,omitempty"`
	// Derived marks a parent the document did not print, summed from its children.
	Derived bool `json:"derived,omitempty"`
}

// EconNode is one line of the economic classification of basic expenditure
// (部门预算支出经济分类).
type EconNode struct {
	Code      string      `json:"code"`
	Name      string      `json:"name"`
	Total     Money       `json:"total"`
	Personnel Money       `json:"personnel"`
	Public    Money       `json:"public"`
	Children  []*EconNode `json:"children"`
	Line      int         `json:"line,omitempty"`
	Derived   bool        `json:"derived,omitempty"`
}

// WalkFunc visits every functional node depth-first, parents before children.
// The visitor gets the node and its parent (nil at the top).
func WalkFunc(nodes []*FuncNode, visit func(n, parent *FuncNode)) {
	var walk func([]*FuncNode, *FuncNode)
	walk = func(ns []*FuncNode, p *FuncNode) {
		for _, n := range ns {
			visit(n, p)
			walk(n.Children, n)
		}
	}
	walk(nodes, nil)
}

// WalkEcon visits every economic node depth-first, parents before children.
func WalkEcon(nodes []*EconNode, visit func(n, parent *EconNode)) {
	var walk func([]*EconNode, *EconNode)
	walk = func(ns []*EconNode, p *EconNode) {
		for _, n := range ns {
			visit(n, p)
			walk(n.Children, n)
		}
	}
	walk(nodes, nil)
}

// FindFunc returns the functional node with the code, or nil.
func FindFunc(nodes []*FuncNode, code string) *FuncNode {
	var found *FuncNode
	WalkFunc(nodes, func(n, _ *FuncNode) {
		if found == nil && n.Code == code {
			found = n
		}
	})
	return found
}
