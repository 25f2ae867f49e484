// Package catalog holds the classification code lists (支出功能分类科目 and
// 部门预算支出经济分类科目) collected from real published documents, by year.
// The lists are partial: a code missing here is not an invalid code.
package catalog

import (
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"yusuan/prose"
)

//go:embed data/*.tsv
var files embed.FS

// Scheme is a classification: functional or economic.
type Scheme string

// Schemes.
const (
	Functional Scheme = "functional"
	Economic   Scheme = "economic"
)

// Entry is one code with its printed name.
type Entry struct {
	Code, Name string
	Year       int
}

// list is one year's codes of one scheme, read from its file on first use:
// a document needs the lists of its own year (or the nearest), not all of
// them, and reading one costs about a tenth of a millisecond.
type list struct {
	file    string
	once    sync.Once
	byCodeM map[string]string
	byNameM map[string][]string // normalised name → codes
}

func (l *list) byCode() map[string]string {
	l.once.Do(l.read)
	return l.byCodeM
}

func (l *list) byName() map[string][]string {
	l.once.Do(l.read)
	return l.byNameM
}

func (l *list) read() {
	data, _ := files.ReadFile("data/" + l.file)
	// maps made at their size: growing them was most of the cost of a
	// first look-up, which every parse of a coded table makes
	n := bytes.Count(data, []byte{'\n'}) + 1
	l.byCodeM, l.byNameM = make(map[string]string, n), make(map[string][]string, n)
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(line, "#") {
			continue
		}
		code, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		nm, _, _ := strings.Cut(rest, "\t")
		l.byCodeM[code] = nm
		k := prose.Key(nm)
		l.byNameM[k] = append(l.byNameM[k], code)
	}
}

var (
	once  sync.Once
	lists map[Scheme]map[int]*list
	years map[Scheme][]int
)

func load() {
	lists = map[Scheme]map[int]*list{Functional: {}, Economic: {}}
	years = map[Scheme][]int{}
	entries, _ := files.ReadDir("data")
	for _, e := range entries {
		var scheme Scheme
		var year int
		name := e.Name()
		switch {
		case strings.HasPrefix(name, "functional-codes-"):
			scheme = Functional
		case strings.HasPrefix(name, "economic-codes-"):
			scheme = Economic
		default:
			continue
		}
		if _, err := fmt.Sscanf(name[strings.LastIndexByte(name, '-')+1:], "%d.tsv", &year); err != nil {
			continue
		}
		l := &list{file: name}
		lists[scheme][year] = l
		years[scheme] = append(years[scheme], year)
	}
	for _, ys := range years {
		sort.Ints(ys)
	}
}

// NormName is prose.Key, the one key names are matched by.
//
// Deprecated: call prose.Key; this stays until parse/coded.go, being
// rewritten elsewhere, does.
func NormName(s string) string { return prose.Key(s) }

// nearest returns the list of the year closest to year (the same year first,
// then earlier ones, then later ones).
func nearest(s Scheme, year int) []*list {
	once.Do(load)
	ys := years[s]
	order := make([]int, len(ys))
	copy(order, ys)
	sort.SliceStable(order, func(i, j int) bool {
		di, dj := abs(order[i]-year), abs(order[j]-year)
		if di != dj {
			return di < dj
		}
		return order[i] < order[j]
	})
	out := make([]*list, 0, len(order))
	for _, y := range order {
		out = append(out, lists[s][y])
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Name returns the name a code had in the year's list, or in the nearest year
// that has it, and whether the year's own list has it.
func Name(s Scheme, year int, code string) (name string, sameYear bool, ok bool) {
	for i, l := range nearest(s, year) {
		if n, found := l.byCode()[code]; found {
			return n, i == 0 && yearHas(s, year), true
		}
	}
	return "", false, false
}

// NameInYear returns the name of the code in exactly that year's list.
func NameInYear(s Scheme, year int, code string) (string, bool) {
	once.Do(load)
	l, ok := lists[s][year]
	if !ok {
		return "", false
	}
	n, ok := l.byCode()[code]
	return n, ok
}

// CodesInYear returns the codes exactly that year's list gives the name
// (nil when the year has no list or no code of that name).
func CodesInYear(s Scheme, year int, name string) []string {
	once.Do(load)
	l, ok := lists[s][year]
	if !ok {
		return nil
	}
	return l.byName()[prose.Key(name)]
}

// HasYear reports whether there is a list for that year.
func HasYear(s Scheme, year int) bool { return yearHas(s, year) }

func yearHas(s Scheme, year int) bool {
	once.Do(load)
	_, ok := lists[s][year]
	return ok
}

// CodeFor returns the code a name stands for when the name is unambiguous:
// one code in the nearest year's list that has the name at all.
func CodeFor(s Scheme, year int, name string) (string, bool) {
	k := prose.Key(name)
	for _, l := range nearest(s, year) {
		codes := l.byName()[k]
		if len(codes) == 1 {
			return codes[0], true
		}
		if len(codes) > 1 {
			return "", false
		}
	}
	return "", false
}

// CodesFor returns every code the nearest year's list that has the name at
// all gives it (一般行政管理事务 is an item under many sections): the reader
// of a table without codes picks among them by the rows around it.
func CodesFor(s Scheme, year int, name string) []string {
	k := prose.Key(name)
	for _, l := range nearest(s, year) {
		if codes := l.byName()[k]; len(codes) > 0 {
			return codes
		}
	}
	return nil
}
