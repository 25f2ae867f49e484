package export

import (
	"fmt"
	"io"
	"reflect"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/snappy"
	"github.com/shopspring/decimal"

	"yusuan/model"
)

// factRow is one row of the Parquet fact table: the long CSV's columns, with
// the amount as a DECIMAL(18, scale) in 万元, stored exactly as its
// unscaled integer.
type factRow struct {
	Department   string `parquet:"department"`
	Year         int32  `parquet:"year"`
	DocumentKind string `parquet:"document_kind"`
	Source       string `parquet:"source"`
	Table        string `parquet:"table"`
	Kind         string `parquet:"kind"`
	Line         int32  `parquet:"line"`
	Code         string `parquet:"code"`
	Name         string `parquet:"name"`
	Column       string `parquet:"column"`
	Amount       int64  `parquet:"amount,decimal(2:18)"` // scale set at run time
}

// parquetPrecision is the number of digits of the amount column: the most an
// INT64 holds, so that every reader (DuckDB, Spark, Trino) reads it natively.
const parquetPrecision = 18

// Parquet writes the long fact table of every document (Facts: department,
// year, document_kind, source, table, kind, line, code, name, column,
// amount) as one Parquet file that DuckDB, Spark or Trino load as it is.
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
	tag := reflect.StructTag(fmt.Sprintf(`parquet:"amount,decimal(%d:%d)"`, scale, parquetPrecision))
	pw := parquet.NewGenericWriter[factRow](w, parquet.StructTag(tag, "Amount"), parquet.Compression(&snappy.Codec{}),
		parquet.KeyValueMetadata("yusuan.schema", model.Schema), parquet.KeyValueMetadata("yusuan.unit", "万元"))
	const batch = 4096
	rows := make([]factRow, 0, batch)
	flush := func() error {
		if _, err := pw.Write(rows); err != nil {
			return err
		}
		rows = rows[:0]
		return nil
	}
	for _, f := range facts {
		unscaled := f.Amount.Decimal().Shift(scale)
		if unscaled.Abs().Cmp(limit) >= 0 {
			return fmt.Errorf("parquet: %s %s %s: %s 万元 needs more than %d digits", f.Doc.Source, f.Table, f.Name, f.Amount, parquetPrecision)
		}
		rows = append(rows, factRow{
			Department: f.Doc.Department, Year: int32(f.Doc.Year), DocumentKind: string(f.Doc.Kind), Source: f.Doc.Source,
			Table: f.Table, Kind: string(f.TableKind), Line: int32(f.Line), Code: f.Code, Name: f.Name, Column: f.Column,
			Amount: unscaled.IntPart(), // exact: Shift(scale) leaves no fraction
		})
		if len(rows) == batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	return pw.Close()
}
