package export

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
)

// parquetfile.go writes the Parquet format itself, with the standard library
// only: the fact table is flat (no nesting, no repetition), so a file is a
// few plain-encoded, gzip-compressed column chunks per row group and a
// footer of Thrift metadata. A general Parquet library cost every run of
// yusuan ~14 ms of package initialisation (protobuf, compressors) for a
// format it only ever writes this one way; the tests read the files back
// with that library and with DuckDB instead.

// Parquet physical types, repetitions, codecs and encodings (parquet.thrift).
const (
	pqInt32     = 1
	pqInt64     = 2
	pqByteArray = 6

	pqRequired = 0
	pqOptional = 1

	pqUTF8    = 0 // ConvertedType
	pqDecimal = 5

	pqPlain = 0
	pqRLE   = 3
	pqGzip  = 2
)

// rowGroupRows bounds the rows buffered before a row group is written, so
// memory stays bounded on a national collection.
var rowGroupRows = 1 << 16

// pqColumn is one column's schema and the values of the current row group,
// already plain-encoded.
type pqColumn struct {
	name      string
	physical  int32
	optional  bool
	utf8      bool
	decimal   bool
	scale     int32
	precision int32

	values bytes.Buffer
	defs   []byte // 1 present, 0 null; kept for optional columns only
	n      int
}

func (c *pqColumn) putString(s string) {
	c.values.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(s))))
	c.values.WriteString(s)
	c.present()
}

func (c *pqColumn) putInt32(v int32) {
	c.values.Write(binary.LittleEndian.AppendUint32(nil, uint32(v)))
	c.present()
}

func (c *pqColumn) putInt64(v int64) {
	c.values.Write(binary.LittleEndian.AppendUint64(nil, uint64(v)))
	c.present()
}

// putNull records an absent value of an optional column: a definition level
// of 0 and no value.
func (c *pqColumn) putNull() {
	c.defs = append(c.defs, 0)
	c.n++
}

func (c *pqColumn) present() {
	if c.optional {
		c.defs = append(c.defs, 1)
	}
	c.n++
}

// pqChunk is what the footer says of a written column chunk.
type pqChunk struct {
	offset, values, uncompressed, compressed int64
}

// parquetFile writes rows column by column to w.
type parquetFile struct {
	w       io.Writer
	offset  int64
	cols    []*pqColumn
	rows    int // rows of the current row group
	total   int64
	groups  [][]pqChunk
	groupN  []int64
	kv      [][2]string
	started bool
	zw      *gzip.Writer
}

func newParquetFile(w io.Writer, cols []*pqColumn, kv [][2]string) *parquetFile {
	return &parquetFile{w: w, cols: cols, kv: kv}
}

func (f *parquetFile) write(b []byte) error {
	n, err := f.w.Write(b)
	f.offset += int64(n)
	return err
}

// endRow closes a row every column has a value (or null) for.
func (f *parquetFile) endRow() error {
	f.rows++
	if f.rows == rowGroupRows {
		return f.flush()
	}
	return nil
}

// flush writes the buffered rows as one row group of one data page per
// column.
func (f *parquetFile) flush() error {
	if !f.started {
		if err := f.write([]byte("PAR1")); err != nil {
			return err
		}
		f.started = true
	}
	if f.rows == 0 {
		return nil
	}
	chunks := make([]pqChunk, len(f.cols))
	for i, c := range f.cols {
		if c.n != f.rows {
			return fmt.Errorf("parquet: column %s has %d values in %d rows", c.name, c.n, f.rows)
		}
		var page bytes.Buffer
		if c.optional {
			levels := rleLevels(c.defs)
			page.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(levels))))
			page.Write(levels)
		}
		page.Write(c.values.Bytes())
		var packed bytes.Buffer
		if f.zw == nil {
			f.zw, _ = gzip.NewWriterLevel(&packed, gzip.BestSpeed) // the level is valid: no error
		} else {
			f.zw.Reset(&packed) // a compressor's state is ~1 MB: one per file
		}
		if _, err := f.zw.Write(page.Bytes()); err != nil {
			return err
		}
		if err := f.zw.Close(); err != nil {
			return err
		}
		header := pageHeader(page.Len(), packed.Len(), c.n)
		chunks[i] = pqChunk{offset: f.offset, values: int64(c.n),
			uncompressed: int64(len(header) + page.Len()), compressed: int64(len(header) + packed.Len())}
		if err := f.write(header); err != nil {
			return err
		}
		if err := f.write(packed.Bytes()); err != nil {
			return err
		}
		c.values.Reset()
		c.defs = c.defs[:0]
		c.n = 0
	}
	f.groups = append(f.groups, chunks)
	f.groupN = append(f.groupN, int64(f.rows))
	f.total += int64(f.rows)
	f.rows = 0
	return nil
}

// Close writes the last row group and the footer.
func (f *parquetFile) Close() error {
	if err := f.flush(); err != nil {
		return err
	}
	footer := f.footer()
	footer = binary.LittleEndian.AppendUint32(footer, uint32(len(footer)))
	return f.write(append(footer, "PAR1"...))
}

// rleLevels encodes definition levels of bit width 1 in the RLE/bit-packed
// hybrid as RLE runs only: a run's length shifted left once, then its value
// in one byte.
func rleLevels(levels []byte) []byte {
	var out []byte
	for i := 0; i < len(levels); {
		j := i
		for j < len(levels) && levels[j] == levels[i] {
			j++
		}
		out = binary.AppendUvarint(out, uint64(j-i)<<1)
		out = append(out, levels[i])
		i = j
	}
	return out
}

func pageHeader(uncompressed, compressed, values int) []byte {
	t := newThrift()
	t.i32(1, 0) // DATA_PAGE
	t.i32(2, int32(uncompressed))
	t.i32(3, int32(compressed))
	t.begin(5) // DataPageHeader
	t.i32(1, int32(values))
	t.i32(2, pqPlain)
	t.i32(3, pqRLE)
	t.i32(4, pqRLE)
	t.end()
	return t.done()
}

// footer is the FileMetaData: schema, row groups and key/value metadata.
func (f *parquetFile) footer() []byte {
	t := newThrift()
	t.i32(1, 1) // version
	t.list(2, thriftStruct, len(f.cols)+1)
	t.elem()
	t.str(4, "schema")
	t.i32(5, int32(len(f.cols)))
	t.end()
	for _, c := range f.cols {
		t.elem()
		t.i32(1, c.physical)
		t.i32(3, map[bool]int32{false: pqRequired, true: pqOptional}[c.optional])
		t.str(4, c.name)
		switch {
		case c.utf8:
			t.i32(6, pqUTF8)
			t.begin(10) // LogicalType
			t.begin(1)  // STRING
			t.end()
			t.end()
		case c.decimal:
			t.i32(6, pqDecimal)
			t.i32(7, c.scale)
			t.i32(8, c.precision)
			t.begin(10)
			t.begin(5) // DECIMAL
			t.i32(1, c.scale)
			t.i32(2, c.precision)
			t.end()
			t.end()
		}
		t.end()
	}
	t.i64(3, f.total)
	t.list(4, thriftStruct, len(f.groups))
	for g, chunks := range f.groups {
		t.elem()
		t.list(1, thriftStruct, len(chunks))
		var size int64
		for i, ch := range chunks {
			c := f.cols[i]
			size += ch.uncompressed
			t.elem()
			t.i64(2, ch.offset)
			t.begin(3) // ColumnMetaData
			t.i32(1, c.physical)
			t.list(2, thriftI32, 2)
			t.elemI32(pqPlain)
			t.elemI32(pqRLE)
			t.list(3, thriftBinary, 1)
			t.elemStr(c.name)
			t.i32(4, pqGzip)
			t.i64(5, ch.values)
			t.i64(6, ch.uncompressed)
			t.i64(7, ch.compressed)
			t.i64(9, ch.offset)
			t.end()
			t.end()
		}
		t.i64(2, size)
		t.i64(3, f.groupN[g])
		t.end()
	}
	if len(f.kv) > 0 {
		t.list(5, thriftStruct, len(f.kv))
		for _, kv := range f.kv {
			t.elem()
			t.str(1, kv[0])
			t.str(2, kv[1])
			t.end()
		}
	}
	t.str(6, "yusuan")
	return t.done()
}

// Thrift compact protocol types.
const (
	thriftI32    = 5
	thriftI64    = 6
	thriftBinary = 8
	thriftList   = 9
	thriftStruct = 12
)

// thrift encodes one struct in Thrift's compact protocol; last holds the
// previous field id of each open struct, for the delta field headers.
type thrift struct {
	b    []byte
	last []int16
}

func newThrift() *thrift { return &thrift{last: []int16{0}} }

func (t *thrift) varint(u uint64) { t.b = binary.AppendUvarint(t.b, u) }

func zigzag(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

func (t *thrift) field(id int16, typ byte) {
	top := &t.last[len(t.last)-1]
	if d := id - *top; d > 0 && d <= 15 {
		t.b = append(t.b, byte(d)<<4|typ)
	} else {
		t.b = append(t.b, typ)
		t.varint(zigzag(int64(id)))
	}
	*top = id
}

func (t *thrift) i32(id int16, v int32) { t.field(id, thriftI32); t.varint(zigzag(int64(v))) }
func (t *thrift) i64(id int16, v int64) { t.field(id, thriftI64); t.varint(zigzag(v)) }
func (t *thrift) str(id int16, s string) {
	t.field(id, thriftBinary)
	t.elemStr(s)
}

// begin opens a struct field; end closes it (or a struct list element).
func (t *thrift) begin(id int16) { t.field(id, thriftStruct); t.elem() }
func (t *thrift) elem()          { t.last = append(t.last, 0) }
func (t *thrift) end()           { t.b = append(t.b, 0); t.last = t.last[:len(t.last)-1] }

// list opens a list field of n elements of one type, written next with
// elem/end, elemI32 or elemStr.
func (t *thrift) list(id int16, elem byte, n int) {
	t.field(id, thriftList)
	if n < 15 {
		t.b = append(t.b, byte(n)<<4|elem)
	} else {
		t.b = append(t.b, 0xF0|elem)
		t.varint(uint64(n))
	}
}

func (t *thrift) elemI32(v int32)  { t.varint(zigzag(int64(v))) }
func (t *thrift) elemStr(s string) { t.varint(uint64(len(s))); t.b = append(t.b, s...) }

// done closes the outermost struct.
func (t *thrift) done() []byte { return append(t.b, 0) }
