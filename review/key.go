// Package review keeps an auditor's marks on findings (reviewed, accepted,
// rejected, with a note) in a sidecar file beside the document, never in it,
// keyed so that a mark finds its finding again after a re-run, an edit of
// the document elsewhere, or a new version of yusuan.
package review

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"strings"
	"unicode"

	"github.com/shopspring/decimal"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
	"yusuan/prose"
)

// keyScheme starts the hashed text: a change of what a key is made of gets
// a new scheme, never a silent change of every key.
const keyScheme = "yusuan-review-key/1"

// Keys returns the key of every finding, in order. A key is the first 12
// hex digits of SHA-256 over the finding's
//
//   - rule id (not its severity, which a new version may grade otherwise),
//   - place: where (table title and code, project, or narrative section),
//     code and project, with full-width characters folded and all spaces
//     removed,
//   - figures: expected and actual as decimals (600.00 = 600; a % kept), or,
//     for a finding without figures, the first text it quotes (“…”) from
//     the document, normalised the same way.
//
// Never the line or page: an edit above the finding, or a reader that counts
// lines otherwise, must not lose the mark; never the message's wording,
// which is yusuan's and may change. Findings that would still share a key
// (the same figures at the same place) get “-2”, “-3” … in document order.
func Keys(fs []model.Finding) []string {
	out := make([]string, len(fs))
	seen := map[string]int{}
	for i, f := range fs {
		k := baseKey(f)
		seen[k]++
		if n := seen[k]; n > 1 {
			k = fmt.Sprintf("%s-%d", k, n)
		}
		out[i] = k
	}
	return out
}

func baseKey(f model.Finding) string {
	parts := []string{keyScheme, f.Rule, norm(f.Where), norm(f.Code), norm(f.Project)}
	if f.Expected != "" || f.Actual != "" {
		parts = append(parts, figure(f.Expected), figure(f.Actual))
	} else {
		parts = append(parts, norm(firstQuote(f.Message)))
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(sum[:6])
}

// norm folds what printing and reading change without changing the text:
// full-width forms, spaces, control characters.
func norm(s string) string {
	s = prose.Narrow(model.CleanText(s))
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// figure writes a decimal figure one way (trailing zeros and a plus sign
// dropped); anything else is normalised as text.
func figure(s string) string {
	t := strings.TrimSpace(s)
	pct := strings.HasSuffix(t, "%")
	d, err := decimal.NewFromString(strings.TrimPrefix(strings.TrimSuffix(t, "%"), "+"))
	if err != nil {
		return norm(s)
	}
	out := d.String()
	if pct {
		out += "%"
	}
	return out
}

var reQuote = lazyregexp.New(`“([^”]*)”`)

func firstQuote(msg string) string {
	if m := reQuote.FindStringSubmatch(msg); m != nil {
		return m[1]
	}
	return ""
}
