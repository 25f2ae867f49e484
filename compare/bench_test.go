package compare

import (
	"fmt"
	"io"
	"testing"

	"github.com/shopspring/decimal"

	"yusuan/model"
)

// words build varied Chinese names, so similarity has real work to do.
var words = []string{"安全", "生产", "应急", "救援", "监管", "培训", "宣传", "设备", "平台", "运维", "物资", "储备", "评估", "风险", "消防", "建设"}

func benchName(i int, suffix string) string {
	return words[i%16] + words[(i/16)%16] + words[(i/256)%16] + words[(i/7)%16] + fmt.Sprint(i) + suffix
}

func money(i int) model.Money { return model.NewMoney(decimal.New(int64(i*137%100000+1), -2)) }

// bigDocs generates an older and a newer document with classes×sections×items
// functional lines and the given number of projects (five indicators each).
// In the newer one every tenth amount changes, every twentieth line and
// project is removed and as many added, every twentieth coded project is
// renamed under its code and every twentieth uncoded one renamed slightly.
func bigDocs(classes, sections, items, projects int) (*model.Document, *model.Document) {
	gen := func(newer bool) *model.Document {
		d := &model.Document{Year: 2025}
		if newer {
			d.Year = 2026
		}
		n := 0
		for c := 0; c < classes; c++ {
			cn := &model.FuncNode{Code: fmt.Sprintf("%03d", 200+c), Name: benchName(c, "类")}
			for s := 0; s < sections; s++ {
				sn := &model.FuncNode{Code: fmt.Sprintf("%s%02d", cn.Code, s+1), Name: benchName(c*100+s, "款")}
				for it := 0; it < items; it++ {
					n++
					code := fmt.Sprintf("%s%02d", sn.Code, it+1)
					if n%20 == 0 && newer {
						code = fmt.Sprintf("%s%02d", sn.Code, 99-it%10) // removed, and a new one added
					}
					amt := money(n)
					if n%10 == 0 && newer {
						amt = amt.Add(model.MustMoney("1.25"))
					}
					sn.Children = append(sn.Children, &model.FuncNode{Code: code, Name: benchName(n, "项"), Total: amt, Project: amt})
					sn.Total = sn.Total.Add(amt)
				}
				cn.Children = append(cn.Children, sn)
				cn.Total = cn.Total.Add(sn.Total)
			}
			d.Functional = append(d.Functional, cn)
		}
		for c := 0; c < 30; c++ {
			en := &model.EconNode{Code: fmt.Sprintf("%03d", 301+c), Name: benchName(c, "经济")}
			for i := 0; i < 30; i++ {
				amt := money(c*30 + i)
				if newer && i%10 == 0 {
					amt = amt.Add(model.MustMoney("0.5"))
				}
				en.Children = append(en.Children, &model.EconNode{Code: fmt.Sprintf("%s%02d", en.Code, i+1), Name: benchName(c*30+i, "目"), Total: amt, Personnel: amt})
			}
			d.Economic = append(d.Economic, en)
		}
		for i := 0; i < projects; i++ {
			p := &model.Project{Name: benchName(i, "项目"), Budget: money(i), Plan: []model.Money{money(i), money(i), money(i), money(i)}}
			if i%2 == 0 {
				p.Code = fmt.Sprintf("13091626P%012d", i)
			}
			if newer {
				switch {
				case i%20 == 0 || i%20 == 5:
					p.Name += "（新）" // renamed: under its code (even i), or by similarity
				case i%20 == 1:
					p.Name, p.Code, p.Budget = benchName(i+1000000, "新增项目"), "", p.Budget.Add(model.MustMoney("5000"))
				case i%10 == 3:
					p.Budget = p.Budget.Add(model.MustMoney("10"))
				}
			}
			for k := 0; k < 5; k++ {
				v := fmt.Sprintf("≥%d种", k+i%7)
				if newer && i%15 == 0 && k == 0 {
					v = fmt.Sprintf("≥%d种", k+i%7+1)
				}
				p.Indicators = append(p.Indicators, &model.Indicator{Level1: "产出指标", Level2: "数量指标", Name: benchName(k, "指标"), Value: v})
			}
			d.Projects = append(d.Projects, p)
		}
		return d
	}
	return gen(false), gen(true)
}

func TestBigDocs(t *testing.T) {
	old, cur := bigDocs(5, 4, 10, 400)
	d := Compare(old, cur)
	count := map[Status]int{}
	by := map[string]int{}
	for _, p := range d.Projects {
		count[p.Status]++
		by[p.MatchedBy]++
	}
	// 400 projects: 40 renamed (20 under a code, 20 by similarity), 20 replaced by new ones.
	if count[Renamed] != 40 || count[Added] != 20 || count[Removed] != 20 || by[BySimilarity] != 20 || by[ByCode] != 200 {
		t.Errorf("statuses %v, matched_by %v", count, by)
	}
	lines := map[Status]int{}
	walkLines(d.Functional, func(l, _ *Line) { lines[l.Status]++ })
	if lines[Added] != 10 || lines[Removed] != 10 {
		t.Errorf("functional statuses %v", lines)
	}
}

func benchmarkCompare(b *testing.B, classes, sections, items, projects int) {
	old, cur := bigDocs(classes, sections, items, projects)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Compare(old, cur)
	}
}

// 4,000 functional items and 3,000 projects (15,000 indicators).
func BenchmarkCompareLarge(b *testing.B) { benchmarkCompare(b, 20, 10, 20, 3000) }

// 400 items and 300 projects: a big real department.
func BenchmarkCompareDepartment(b *testing.B) { benchmarkCompare(b, 5, 8, 10, 300) }

func BenchmarkWriteJSONLarge(b *testing.B) {
	old, cur := bigDocs(20, 10, 20, 3000)
	d := Compare(old, cur)
	b.ResetTimer()
	for b.Loop() {
		if err := WriteJSON(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteTextLarge(b *testing.B) {
	old, cur := bigDocs(20, 10, 20, 3000)
	d := Compare(old, cur)
	b.ResetTimer()
	for b.Loop() {
		if err := WriteText(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteJSONDepartment(b *testing.B) {
	old, cur := bigDocs(5, 8, 10, 300)
	d := Compare(old, cur)
	b.ResetTimer()
	for b.Loop() {
		if err := WriteJSON(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// The real samples: the 沧州 2026 document against its 2025 edition.
func BenchmarkCompareSample(b *testing.B) {
	cur := mustParse(b, cangzhou)
	old := mustParse(b, cangzhou)
	old.Year = 2025
	b.ResetTimer()
	for b.Loop() {
		Compare(old, cur)
	}
}
