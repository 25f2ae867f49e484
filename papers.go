package main

// The working-paper formats (CSV for spreadsheets, xlsx, Parquet) and where
// they are written (-o/--output FILE or stdout). A command declares the
// options (paperFlags), checks them before reading anything (valid), and
// hands its documents to one function here (exportTo, checkTo, diffTo), so
// main.go holds no format logic.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"yusuan/audit"
	"yusuan/compare"
	"yusuan/export"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/samples"
)

// paperOptions are the options of the working-paper formats.
type paperOptions struct {
	cmd       string // export, check or diff
	output    string // -o/--output FILE; "" is stdout
	bom, wide bool   // CSV only
}

// paperFlags declares -o/--output and --bom on a command, and --wide on
// export.
func paperFlags(cmd *cobra.Command) *paperOptions {
	o := &paperOptions{cmd: cmd.Name()}
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "写入文件而非标准输出 (write to FILE instead of stdout)")
	cmd.Flags().BoolVar(&o.bom, "bom", false, "CSV：以 UTF-8 字节序标记开头，供 Excel 识别 (start with the UTF-8 BOM, for Excel)")
	if o.cmd == "export" {
		cmd.Flags().BoolVar(&o.wide, "wide", false, "CSV：每行一个科目，各金额列并排 (one row per line with all its amount columns)")
	}
	return o
}

// paperFormats are the formats of each command ("" is the explorer of diff and trend).
var paperFormats = map[string][]string{
	"export": {"json", "csv", "xlsx", "parquet"},
	"check":  {"text", "json", "csv", "xlsx"},
	"diff":   {"text", "json", "csv", "xlsx", ""},
	"trend":  {"text", "json", "csv", "xlsx", ""},
}

// valid reports whether the command writes format with these options, and
// says why not in one line: called before any document is read.
func (o *paperOptions) valid(format string, stderr io.Writer) bool {
	formats := paperFormats[o.cmd]
	if !slices.Contains(formats, format) {
		fmt.Fprintf(stderr, "yusuan %s: 未知格式 %q（%s）(unknown format)\n", o.cmd, format, strings.Join(slices.DeleteFunc(slices.Clone(formats), func(f string) bool { return f == "" }), "、"))
		return false
	}
	switch {
	case o.bom && format != "csv":
		fmt.Fprintf(stderr, "yusuan %s: --bom 只用于 csv (--bom: csv only)\n", o.cmd)
	case o.wide && (format != "csv" || o.cmd != "export"):
		fmt.Fprintf(stderr, "yusuan %s: --wide 只用于 export 的 csv (--wide: export csv only)\n", o.cmd)
	case o.output != "" && format == "":
		fmt.Fprintf(stderr, "yusuan %s: -o 需要 --format (-o needs --format)\n", o.cmd)
	default:
		return true
	}
	return false
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
		o.valid(format, stderr)
		return exitBadInput
	}
	return orStatus(o.writeOut(format, inputs, stdout, stderr, write), status)
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
		o.valid(format, stderr)
		return exitBadInput
	}
	return orStatus(o.writeOut(format, inputs, stdout, stderr, write), status)
}

// diffTo writes the comparison in format (text, json, csv or xlsx) and
// returns the exit status.
func diffTo(format string, d *compare.Diff, inputs []string, o *paperOptions, stdout, stderr io.Writer) int {
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
		o.valid(format, stderr)
		return exitBadInput
	}
	return o.writeOut(format, inputs, stdout, stderr, write)
}

// orStatus is the command's status once written: the write's failure, else
// status (1 where check found errors).
func orStatus(written, status int) int {
	if written != exitOK {
		return written
	}
	return status
}

// binaryFormats are written to stdout only when it is not a terminal.
var binaryFormats = map[string]bool{"xlsx": true, "parquet": true}

// isTerminal reports whether w is a terminal (a variable, for tests).
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// writeOut runs write on the -o file, or on stdout. A CSV gets the BOM first
// when asked. The file is never one of the inputs.
func (o *paperOptions) writeOut(format string, inputs []string, stdout, stderr io.Writer, write func(io.Writer) error) int {
	fail := func(err error) int {
		fmt.Fprintf(stderr, "yusuan %s: %s\n", o.cmd, oneLine(err.Error()))
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
	// Written beside the target and renamed at the end: a failure leaves no
	// half-written workbook, and an older file of that name stays as it was.
	f, err := os.CreateTemp(filepath.Dir(o.output), ".yusuan-*"+filepath.Ext(o.output))
	if err != nil {
		return fail(err)
	}
	err = body(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), o.output)
	}
	if err != nil {
		os.Remove(f.Name())
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

// sourceText is the explorer's reader of a document's source (a finding's
// source text, the o key): the numbered lines its figures cite, a PDF's
// from pdftotext. The embedded sample is read from the binary when its
// file is not at hand.
func sourceText(path string) ([]string, bool, error) {
	lines, f, err := parse.SourceText(path)
	if err != nil && path == samples.Default {
		lines, f, err = parse.SourceTextOf(path, samples.Cangzhou)
	}
	return lines, f == parse.FormatPDF, err
}
