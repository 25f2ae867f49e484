package model

import (
	"encoding/json"
	"slices"
	"sort"
)

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
	Code     string
	Name     string
	Level    Level
	Total    Money
	Basic    Money // meaningful only where the table prints it (see NoBasic)
	Project  Money // meaningful only where the table prints it (see NoProject)
	Children []*FuncNode
	// Other holds every further part of 合计 the table prints beside 基本支出
	// and 项目支出 (单位预留机动经费, 上缴上级支出, 事业单位经营支出, 对附属单位
	// 补助支出 …), in table order, so the parts add up to 合计 on every screen.
	Other []Part
	// NoBasic and NoProject say the source table does not print the column
	// (a 财政拨款支出表 with only 金额): the figure is absent, not zero, and is
	// left out of sums and diffs.
	NoBasic, NoProject bool
	// Unverified marks a figure taken from a table whose arithmetic did not
	// confirm what was read.
	Unverified bool
	// Line is the source line the figures were read from (0 for a derived
	// node), Page its page where the source has pages.
	Line, Page int
	// Derived marks a parent the document did not print, summed from its children.
	Derived bool
}

// Part is one named amount column of a row.
type Part struct {
	Name   string
	Amount Money
}

// AddParts adds more to into by name, keeping the order of first
// appearance: the further parts of a sum of lines.
func AddParts(into, more []Part) []Part {
	for _, p := range more {
		i := slices.IndexFunc(into, func(q Part) bool { return q.Name == p.Name })
		if i < 0 {
			into = append(into, p)
			continue
		}
		into[i].Amount = into[i].Amount.Add(p.Amount)
	}
	return into
}

// BasicOK returns 基本支出 and whether the table prints it.
func (n *FuncNode) BasicOK() (Money, bool) { return n.Basic, !n.NoBasic }

// ProjectOK returns 项目支出 and whether the table prints it.
func (n *FuncNode) ProjectOK() (Money, bool) { return n.Project, !n.NoProject }

// MarshalJSON writes the node in the yusuan/v1 shape: a column the table
// does not print is null (absent is not zero), further parts of 合计 go
// under "other", and a figure from an unverified table says "verified": false.
func (n *FuncNode) MarshalJSON() ([]byte, error) {
	out := funcJSON{
		Code: n.Code, Name: n.Name, Level: n.Level, Total: n.Total,
		Children: n.Children, Line: n.Line, Page: n.Page, Derived: n.Derived,
	}
	if !n.NoBasic {
		out.Basic = &n.Basic
	}
	if !n.NoProject {
		out.Project = &n.Project
	}
	if len(n.Other) > 0 {
		out.Other = make(map[string]Money, len(n.Other))
		for _, p := range n.Other {
			out.Other[p.Name] = p.Amount
		}
	}
	if n.Unverified {
		f := false
		out.Verified = &f
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads the yusuan/v1 shape back (null columns are absent;
// further parts come back in name order, JSON objects having none).
func (n *FuncNode) UnmarshalJSON(b []byte) error {
	var in funcJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*n = FuncNode{Code: in.Code, Name: in.Name, Level: in.Level, Total: in.Total, Children: in.Children,
		Line: in.Line, Page: in.Page, Derived: in.Derived, NoBasic: in.Basic == nil, NoProject: in.Project == nil,
		Unverified: in.Verified != nil && !*in.Verified}
	if in.Basic != nil {
		n.Basic = *in.Basic
	}
	if in.Project != nil {
		n.Project = *in.Project
	}
	names := make([]string, 0, len(in.Other))
	for name := range in.Other {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		n.Other = append(n.Other, Part{Name: name, Amount: in.Other[name]})
	}
	return nil
}

type funcJSON struct {
	Code     string           `json:"code"`
	Name     string           `json:"name"`
	Level    Level            `json:"level"`
	Total    Money            `json:"total"`
	Basic    *Money           `json:"basic"`
	Project  *Money           `json:"project"`
	Other    map[string]Money `json:"other,omitempty"`
	Verified *bool            `json:"verified,omitempty"`
	Children []*FuncNode      `json:"children"`
	Page     int              `json:"page,omitempty"`
	Line     int              `json:"line,omitempty"`
	Derived  bool             `json:"derived,omitempty"`
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
	Page      int         `json:"page,omitempty"`
	Line      int         `json:"line,omitempty"`
	Derived   bool        `json:"derived,omitempty"`
	// NoPersonnel and NoPublic say the source table does not print the
	// column (广州's 基本支出 tables print one 预算 column): absent, not zero.
	NoPersonnel, NoPublic bool `json:"-"`
	// Unverified marks a figure taken from a table whose arithmetic did not
	// confirm what was read.
	Unverified bool `json:"-"`
}

// econJSON is the yusuan/v1 shape of an economic node.
type econJSON struct {
	Code      string      `json:"code"`
	Name      string      `json:"name"`
	Total     Money       `json:"total"`
	Personnel *Money      `json:"personnel"`
	Public    *Money      `json:"public"`
	Children  []*EconNode `json:"children"`
	Page      int         `json:"page,omitempty"`
	Line      int         `json:"line,omitempty"`
	Derived   bool        `json:"derived,omitempty"`
	Verified  *bool       `json:"verified,omitempty"`
}

// MarshalJSON writes a column the table does not print as null and adds
// "verified": false to a figure from an unverified table.
func (n *EconNode) MarshalJSON() ([]byte, error) {
	out := econJSON{Code: n.Code, Name: n.Name, Total: n.Total, Children: n.Children, Page: n.Page, Line: n.Line, Derived: n.Derived}
	if !n.NoPersonnel {
		out.Personnel = &n.Personnel
	}
	if !n.NoPublic {
		out.Public = &n.Public
	}
	if n.Unverified {
		f := false
		out.Verified = &f
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads the yusuan/v1 shape back (null columns are absent).
func (n *EconNode) UnmarshalJSON(b []byte) error {
	var in econJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*n = EconNode{Code: in.Code, Name: in.Name, Total: in.Total, Children: in.Children, Page: in.Page, Line: in.Line,
		Derived: in.Derived, NoPersonnel: in.Personnel == nil, NoPublic: in.Public == nil, Unverified: in.Verified != nil && !*in.Verified}
	if in.Personnel != nil {
		n.Personnel = *in.Personnel
	}
	if in.Public != nil {
		n.Public = *in.Public
	}
	return nil
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

// FindFunc returns the functional node with the code, or nil; nil for ""
// too: a line printed without a code (监狱) is not found by its empty code,
// which it shares with every other such line.
func FindFunc(nodes []*FuncNode, code string) *FuncNode {
	if code == "" {
		return nil
	}
	var found *FuncNode
	WalkFunc(nodes, func(n, _ *FuncNode) {
		if found == nil && n.Code == code {
			found = n
		}
	})
	return found
}
