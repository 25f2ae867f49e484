package parse

import (
	"strconv"
	"strings"
)

// The numbering line under a header (“** 1 2 3 4 …”, “栏次 1 2 3 …”) prints
// one number over each column of figures. A header word centred between two
// numbers, over words of its own that stand nearer each of them, is not a
// column of its own but the label of a group (基本支出 over 人员支出 and
// 日常公用支出 when the table prints no 小计 of it): read as a column, it
// takes the figures of one of its parts.

// columnNumberCentres returns the centres of the header's column numbers,
// nil when no header line is a numbering line: 1 2 3 … in order after at
// most one mark (**, 栏次), not the numbers of two panels side by side.
func columnNumberCentres(header []sline, wide bool) []float64 {
	for _, h := range header {
		var nums []float64
		numbering, marks := true, 0
		words := splitChunks(h.raw, 1) // numbers and marks stand apart: no spaced-out words to join
		if wide {
			words = inDisplayCells(words)
		}
		for _, c := range words {
			switch t := strings.TrimSpace(c.text); {
			case t == strconv.Itoa(len(nums)+1): // 1 2 3 … in order: one panel's columns
				nums = append(nums, float64(c.s+c.e)/2)
			case t == "栏次" || strings.Trim(t, "*") == "":
				marks++ // the name column's mark
			default:
				numbering = false
			}
		}
		numbering = numbering && marks <= 1 // 栏次 1 … 栏次 2: two panels side by side
		if numbering && len(nums) >= 2 {
			return nums
		}
	}
	return nil
}

// markNumberedGroups marks as groups the header words that stand between
// two column numbers (in the middle third of the gap) over words on lower
// lines near each of the two (within a third of the gap), and widens each such word over those words
// so that it spans both columns.
func markNumberedGroups(fr []hfrag, nums []float64) {
	nearest := func(x float64) int {
		best := -1
		for k, n := range nums {
			if best < 0 || abs64(x-n) < abs64(x-nums[best]) {
				best = k
			}
		}
		return best
	}
	centre := func(c chunk) float64 { return float64(c.s+c.e) / 2 }
	for i := range fr {
		if fr[i].group {
			continue
		}
		x := centre(fr[i].c)
		k := -1
		for j := 0; j+1 < len(nums); j++ {
			gap := nums[j+1] - nums[j]
			if x > nums[j]+gap/3 && x < nums[j+1]-gap/3 {
				k = j
			}
		}
		if k < 0 {
			continue
		}
		left, right := -1, -1
		for j := range fr {
			if fr[j].line <= fr[i].line || fr[j].group {
				continue
			}
			x := centre(fr[j].c)
			// a word of a column stands near its number
			switch n := nearest(x); {
			case n != k && n != k+1 || abs64(x-nums[n]) >= (nums[k+1]-nums[k])/3:
			case n == k:
				left = j
			default:
				right = j
			}
		}
		if left < 0 || right < 0 {
			continue
		}
		fr[i].group = true
		fr[i].c.s, fr[i].c.e = min(fr[i].c.s, fr[left].c.s), max(fr[i].c.e, fr[right].c.e)
	}
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
