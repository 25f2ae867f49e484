package parse

import "yusuan/model"

// partsTraded: under a parent whose total its children make up, two or more
// of its part columns (基本支出, 项目支出, 人员经费 …) miss by amounts that
// cancel out. The children's figures are all there, under the wrong parts:
// a row of 合计 and one part tells by its position alone which part it is,
// and a page that fills one part only is laid out by pdftotext without the
// others' empty columns (北京市司法局 预算03表: a page of 项目支出 printed
// where the first page prints 基本支出, the 合计 row then short of 5,484.43
// in 项目支出 and over by as much in 基本支出). A document's own slip leaves a
// total or a single part wrong; it does not move a sum from one part to
// another. Such a table is not confirmed, however few its failed sums.
func partsTraded(cs model.ColumnSet, ts model.TreeSum) bool {
	parts := map[string]bool{cs.Basic: true, cs.Project: true, cs.Personnel: true, cs.Public: true}
	for _, c := range cs.OtherExp {
		parts[c] = true
	}
	delete(parts, "")
	var missed []model.Identity
	for _, id := range ts.Columns {
		switch {
		case id.Column == cs.Total:
			if !id.HoldsWithinRounding() {
				return false // the total itself misses: rows lost, not traded
			}
		case parts[id.Column] && !id.HoldsWithinRounding():
			missed = append(missed, id)
		}
	}
	if len(missed) < 2 {
		return false
	}
	net := model.Identity{}
	for _, id := range missed {
		net.Got = net.Got.Add(id.Got)
		net.Sum = net.Sum.Add(id.Sum)
		net.Ops = append(net.Ops, id.Ops...)
	}
	return net.HoldsWithinRounding()
}
