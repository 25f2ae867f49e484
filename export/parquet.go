package export

import (
	"fmt"
	"io"

	"github.com/shopspring/decimal"

	"yusuan/model"
)

// parquetPrecision is the number of digits of the amount column: the most an
// INT64 holds, so that every reader (DuckDB, Spark, Trino) reads it natively.
const parquetPrecision = 18

// Parquet writes the long fact table of every document (Facts: department,
// year, document_kind, source, table, kind, line, page, code, name,
// column, amount) as one Parquet file that DuckDB, Spark or Trino load as it is.
//
// amount is DECIMAL(18, s) in 万元 with s the most decimal places any amount
// of the documents has (at least 2: 287.8025 makes it 4), so every amount
// is stored exactly; an amount that would need more than 18 digits is an
// error, never a rounding.
func Parquet(w io.Writer, docs []*model.Document) error {
	var facts []Fact
	for _, d := range docs {
		facts = append(facts, Facts(d)...)
	}
	scale := int32(2)
	for _, f := range facts {
		scale = max(scale, -f.Amount.Decimal().Exponent())
	}
	if scale > parquetPrecision {
		return fmt.Errorf("parquet: an amount has %d decimal places, more than DECIMAL(%d) holds", scale, parquetPrecision)
	}
	limit := decimal.New(1, parquetPrecision)
	str := func(name string) *pqColumn { return &pqColumn{name: name, physical: pqByteArray, utf8: true} }
	i32 := func(name string) *pqColumn { return &pqColumn{name: name, physical: pqInt32} }
	department, year, kind, source, table, tableKind, line, page, code, name, column := str("department"), i32("year"),
		str("document_kind"), str("source"), str("table"), str("kind"), i32("line"), i32("page"), str("code"), str("name"), str("column")
	page.optional = true // text without page breaks (docx, xlsx, HTML) has none: null, not 0
	amount := &pqColumn{name: "amount", physical: pqInt64, decimal: true, scale: scale, precision: parquetPrecision}
	pw := newParquetFile(w, []*pqColumn{department, year, kind, source, table, tableKind, line, page, code, name, column, amount},
		[][2]string{{"yusuan.schema", model.Schema}, {"yusuan.unit", "万元"}})
	for _, f := range facts {
		unscaled := f.Amount.Decimal().Shift(scale)
		if unscaled.Abs().Cmp(limit) >= 0 {
			return fmt.Errorf("parquet: %s %s %s: %s 万元 needs more than %d digits", f.Doc.Source, f.Table, f.Name, f.Amount, parquetPrecision)
		}
		department.putString(f.Doc.Department)
		year.putInt32(int32(f.Doc.Year))
		kind.putString(string(f.Doc.Kind))
		source.putString(f.Doc.Source)
		table.putString(f.Table)
		tableKind.putString(string(f.TableKind))
		line.putInt32(int32(f.Line))
		if p := f.Page; p > 0 {
			page.putInt32(int32(p))
		} else {
			page.putNull()
		}
		code.putString(f.Code)
		name.putString(f.Name)
		column.putString(f.Column)
		amount.putInt64(unscaled.IntPart()) // exact: Shift(scale) leaves no fraction
		if err := pw.endRow(); err != nil {
			return err
		}
	}
	return pw.Close()
}
