package lazyregexp

import (
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// TestSameAsRegexp: every method answers as regexp's own, and the
// expression is compiled only when first used, once across goroutines.
func TestSameAsRegexp(t *testing.T) {
	const expr = `(\d+)(万元|元)`
	const s = "合计 12 万元，其中 3元 与 40万元"
	lazy, re := New(expr), regexp.MustCompile(expr)
	if lazy.rx != nil {
		t.Fatal("compiled before first use")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { lazy.MatchString(s) })
	}
	wg.Wait()
	for name, c := range map[string][2]any{
		"MatchString":                {lazy.MatchString(s), re.MatchString(s)},
		"FindStringIndex":            {lazy.FindStringIndex(s), re.FindStringIndex(s)},
		"FindStringSubmatch":         {lazy.FindStringSubmatch(s), re.FindStringSubmatch(s)},
		"FindAllString":              {lazy.FindAllString(s, -1), re.FindAllString(s, -1)},
		"FindAllStringIndex":         {lazy.FindAllStringIndex(s, 2), re.FindAllStringIndex(s, 2)},
		"FindAllStringSubmatch":      {lazy.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1)},
		"FindAllStringSubmatchIndex": {lazy.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)},
		"ReplaceAllString":           {lazy.ReplaceAllString(s, "<$2>"), re.ReplaceAllString(s, "<$2>")},
		"ReplaceAllStringFunc":       {lazy.ReplaceAllStringFunc(s, strings.ToUpper), re.ReplaceAllStringFunc(s, strings.ToUpper)},
		"String":                     {lazy.String(), re.String()},
	} {
		if !reflect.DeepEqual(c[0], c[1]) {
			t.Errorf("%s: %v, regexp gives %v", name, c[0], c[1])
		}
	}
	if compiled := lazy.rx; lazy.Regexp() != compiled {
		t.Error("compiled twice")
	}
}
