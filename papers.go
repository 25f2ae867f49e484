package main

// The working-paper formats (CSV for spreadsheets, xlsx, Parquet) and where
// they are written (-o/--output FILE or stdout). Each command calls one
// function here once its documents are read, so main.go only declares the
// flags and hands over.

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/x/term"

	"yusuan/audit"
	"yusuan/compare"
	"yusuan/export"
	"yusuan/model"
	"yusuan/parse"
)

// paperOptions are the options of the working-paper formats.
type paperOptions struct {
	output    string // -o/--output FILE; "" is stdout
	bom, wide bool   // CSV only
}

// paperFlags declares -o/--output, and --bom and --wide where CSV applies.
func paperFlags(fs *flag.FlagSet, csvOptions bool) *paperOptions {
	o := &paperOptions{}
	fs.StringVar(&o.output, "o", "", "write to FILE instead of stdout")
	fs.StringVar(&o.output, "output", "", "write to FILE instead of stdout")
	if csvOptions {
		fs.BoolVar(&o.bom, "bom", false, "CSV: start with the UTF-8 byte-order mark (for Excel)")
		fs.BoolVar(&o.wide, "wide", false, "export CSV: one row per line with all its amount columns")
	}
	return o
}

// exportTo writes the documents in format (json, csv, xlsx or parquet) and
// returns the exit status: status when written, 2 when not.
func exportTo(format string, docs []*model.Document, inputs []string, o *paperOptions, stdout, stderr io.Writer, status int) int {
	var write func(io.Writer) error
	switch format {
	case "json":
		write = func(w io.Writer) error { return export.JSON(w, docs) }
	case "csv":
		write = func(w io.Writer) error {
			if o.wide {
				return export.WideCSV(w, docs)
			}
			return export.CSV(w, docs)
		}
	case "xlsx":
		write = func(w io.Writer) error {
			checked := make([]export.Checked, 0, len(docs))
			for _, d := range docs {
				checked = append(checked, export.Checked{Doc: d, Findings: audit.Check(d)})
			}
			return export.XLSX(w, checked)
		}
	case "parquet":
		write = func(w io.Writer) error { return export.Parquet(w, docs) }
	default:
		fmt.Fprintf(stderr, "yusuan export: 未知格式 %q（json、csv、xlsx 或 parquet）\n", format)
		return exitBadInput
	}
	if code := o.csvOnly("export", format, stderr); code != exitOK {
		return code
	}
	if code := o.writeOut("export", format, inputs, stdout, stderr, write); code != exitOK {
		return code
	}
	return status
}

// checkTo writes the findings in format (text, json, csv or xlsx) and
// returns the exit status: status when written, 2 when not.
func checkTo(format string, checked []export.Checked, inputs []string, o *paperOptions, stdout, stderr io.Writer, status int) int {
	var write func(io.Writer) error
	switch format {
	case "text":
		write = func(w io.Writer) error {
			for i, c := range checked {
				if i > 0 {
					if _, err := fmt.Fprintln(w); err != nil {
						return err
					}
				}
				if err := audit.WriteText(w, c.Doc.Source, c.Findings); err != nil {
					return err
				}
			}
			return nil
		}
	case "json":
		write = func(w io.Writer) error {
			reports := make([]audit.Report, 0, len(checked))
			for _, c := range checked {
				reports = append(reports, audit.Report{Source: c.Doc.Source, Findings: c.Findings})
			}
			return audit.WriteJSONReports(w, reports)
		}
	case "csv":
		write = func(w io.Writer) error { return export.FindingsCSV(w, checked) }
	case "xlsx":
		write = func(w io.Writer) error { return export.FindingsXLSX(w, checked) }
	default:
		fmt.Fprintf(stderr, "yusuan check: 未知格式 %q（text、json、csv 或 xlsx）\n", format)
		return exitBadInput
	}
	if code := o.csvOnly("check", format, stderr); code != exitOK {
		return code
	}
	if code := o.writeOut("check", format, inputs, stdout, stderr, write); code != exitOK {
		return code
	}
	return status
}

// diffTo writes the comparison in format (text, json, csv or xlsx); it
// reports false for a format it does not know.
func diffTo(format string, d *compare.Diff, inputs []string, o *paperOptions, stdout, stderr io.Writer) (int, bool) {
	var write func(io.Writer) error
	switch format {
	case "text":
		write = func(w io.Writer) error { return compare.WriteText(w, d) }
	case "json":
		write = func(w io.Writer) error { return compare.WriteJSON(w, d) }
	case "csv":
		write = func(w io.Writer) error { return compare.WriteCSV(w, d) }
	case "xlsx":
		write = func(w io.Writer) error { return export.DiffXLSX(w, d) }
	default:
		return exitBadInput, false
	}
	if code := o.csvOnly("diff", format, stderr); code != exitOK {
		return code, true
	}
	return o.writeOut("diff", format, inputs, stdout, stderr, write), true
}

// csvOnly refuses --bom and --wide with a format they do not apply to
// (--wide applies to export's CSV only).
func (o *paperOptions) csvOnly(cmd, format string, stderr io.Writer) int {
	if (o.bom || o.wide) && format != "csv" || o.wide && cmd != "export" {
		fmt.Fprintf(stderr, "yusuan %s: --bom 只用于 csv，--wide 只用于 export 的 csv (--bom: csv only; --wide: export csv only)\n", cmd)
		return exitBadInput
	}
	return exitOK
}

// binaryFormats are written to stdout only when it is not a terminal.
var binaryFormats = map[string]bool{"xlsx": true, "parquet": true}

// isTerminal reports whether w is a terminal (a variable, for tests).
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// writeOut runs write on the -o file, or on stdout. A CSV gets the BOM first
// when asked. The file is never one of the inputs; a file half written when
// an error stops the writer is removed.
func (o *paperOptions) writeOut(cmd, format string, inputs []string, stdout, stderr io.Writer, write func(io.Writer) error) int {
	fail := func(err error) int {
		fmt.Fprintf(stderr, "yusuan %s: %s\n", cmd, oneLine(err.Error()))
		return exitBadInput
	}
	body := write
	if o.bom {
		body = func(w io.Writer) error {
			if _, err := io.WriteString(w, export.BOM); err != nil {
				return err
			}
			return write(w)
		}
	}
	if o.output == "" {
		if binaryFormats[format] && isTerminal(stdout) {
			return fail(fmt.Errorf("%s 是二进制格式，请用 -o 文件 或管道 (binary format: use -o FILE or a pipe)", format))
		}
		if err := body(stdout); err != nil {
			return fail(err)
		}
		return exitOK
	}
	if err := notAnInput(o.output, inputs); err != nil {
		return fail(err)
	}
	f, err := os.Create(o.output)
	if err != nil {
		return fail(err)
	}
	err = body(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(o.output)
		return fail(err)
	}
	return exitOK
}

// notAnInput refuses an output path that is one of the input files, or one
// of the documents of an input folder: no command ever writes to an input.
func notAnInput(out string, inputs []string) error {
	st, err := os.Stat(out)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if st.IsDir() {
		return fmt.Errorf("%s: 是目录 (a folder)", out)
	}
	var files []string
	for _, in := range inputs {
		if ist, err := os.Stat(in); err == nil && ist.IsDir() {
			inner, _ := parse.DocumentFiles(in)
			files = append(files, inner...)
			continue
		}
		files = append(files, in)
	}
	for _, in := range files {
		if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
			return fmt.Errorf("%s: 是输入文件，不会覆盖 (an input file; not overwritten)", out)
		}
	}
	return nil
}
