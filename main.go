// Command yusuan (预算, "budget") reads Chinese government budget disclosures
// and lets auditors explore, export, check and compare them. This file only
// parses the command line and calls the packages; it holds no budget logic.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"yusuan/audit"
	"yusuan/compare"
	"yusuan/export"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/samples"
	"yusuan/tui"
)

// Exit statuses, as the command-line contract fixes them.
const (
	exitOK       = 0
	exitFindings = 1 // check: some finding at error level
	exitBadInput = 2
)

const usage = `yusuan（预算）— 部门预算/决算公开文件的浏览、导出、核对与对比

用法:
  yusuan [选项] [文件|目录]              打开浏览器（无文件时打开内置样例）
  yusuan export [--format json|csv|xlsx|parquet] [-o 文件] [--bom] [--wide] 文件|目录...
  yusuan tree 文件...                    功能分类科目树（纯文本）
  yusuan check [--format text|json|csv|xlsx] [-o 文件] [--bom] 文件|目录...
                                         核对（退出码 1 表示有错误级发现）
  yusuan check --rules                   列出核对规则
  yusuan diff [--format text|json|csv|xlsx] [-o 文件] [--bom] 旧文件 新文件
                                         两年对比；不带 --format 时在浏览器中打开

选项:
  --lang zh|en   界面语言（默认 zh）
  --ascii        用 ASCII 字符画边框和条形
  --mouse        启用鼠标滚轮
  --no-color     不用颜色（也认 NO_COLOR 环境变量）

-o/--output 文件  写入文件而不是标准输出（xlsx、parquet 只在标准输出不是终端时写到标准输出）
--bom            CSV 以 UTF-8 BOM 开头（Excel 需要）
--wide           export 的 CSV 每行一个科目，所有金额列并排

退出码: 0 正常；1 check 有错误级发现；2 输入无法读取或解析。
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return cmdExport(args[1:], stdout, stderr)
		case "tree":
			return cmdTree(args[1:], stdout, stderr)
		case "check":
			return cmdCheck(args[1:], stdout, stderr)
		case "diff":
			return cmdDiff(args[1:], stdout, stderr)
		case "help":
			fmt.Fprint(stdout, usage)
			return exitOK
		}
	}
	return cmdExplore(args, stdout, stderr)
}

// newFlags makes a flag set whose --help prints usage to stdout and exits 0.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses; it reports whether to go on and, if not, the exit status.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (bool, int) {
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return false, exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "yusuan %s: %v\n", fs.Name(), err)
		return false, exitBadInput
	}
	return true, exitOK
}

func uiFlags(fs *flag.FlagSet) *tui.Options {
	opt := &tui.Options{}
	fs.StringVar(&opt.Lang, "lang", "zh", "zh or en")
	fs.BoolVar(&opt.ASCII, "ascii", false, "ASCII borders and bars")
	fs.BoolVar(&opt.Mouse, "mouse", false, "mouse wheel")
	fs.BoolVar(&opt.NoColor, "no-color", false, "no colour")
	return opt
}

func cmdExplore(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("yusuan", stderr)
	opt := uiFlags(fs)
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "yusuan: 只能打开一个文件或目录 (one file or folder)")
		return exitBadInput
	}
	var doc *model.Document
	var err error
	if fs.NArg() == 0 {
		doc, err = parse.Bytes(samples.Default, samples.Cangzhou)
	} else {
		if p, ok := firstDir(fs.Args()); ok {
			entries, code := folderEntries(p, stderr)
			if code != exitOK {
				return code
			}
			if err := tui.RunFolder(p, entries, *opt); err != nil {
				fmt.Fprintln(stderr, "yusuan:", err)
				return exitBadInput
			}
			return exitOK
		}
		docs, code := load(fs.Args(), stderr)
		if code != exitOK {
			return code
		}
		doc = docs[0]
	}
	if err != nil {
		fmt.Fprintln(stderr, "yusuan:", err)
		return exitBadInput
	}
	opt.Findings = audit.Check(doc)
	if err := tui.Run(doc, *opt); err != nil {
		fmt.Fprintln(stderr, "yusuan:", err)
		return exitBadInput
	}
	return exitOK
}

// folderEntries parses every document of dir in parallel and checks each;
// a file that does not parse stays in the list with its reason (and its line
// on stderr), so the folder explorer shows it. A folder that cannot be read or
// holds no document is a one-line error.
func folderEntries(dir string, stderr io.Writer) ([]tui.FolderEntry, int) {
	paths, err := parse.DocumentFiles(dir)
	if err != nil {
		fmt.Fprintln(stderr, "yusuan:", oneLine(err.Error()))
		return nil, exitBadInput
	}
	docs, errs := parse.Dir(dir, 0, progress(stderr))
	if len(docs) == 0 && len(paths) == 0 {
		for _, err := range errs {
			fmt.Fprintln(stderr, "yusuan:", oneLine(err.Error()))
		}
		return nil, exitBadInput
	}
	bySource := make(map[string]*model.Document, len(docs))
	for _, d := range docs {
		bySource[d.Source] = d
	}
	entries := make([]tui.FolderEntry, 0, len(paths))
	for _, p := range paths {
		e := tui.FolderEntry{Path: p, Doc: bySource[p]}
		if e.Doc != nil {
			e.Findings = audit.Check(e.Doc)
		} else {
			// Dir's errors name their file first.
			for _, err := range errs {
				if strings.HasPrefix(err.Error(), p+": ") {
					e.Err = err
				}
			}
			if e.Err == nil {
				e.Err = errors.New(p + ": 无法读取 (unreadable)")
			}
			fmt.Fprintln(stderr, "yusuan:", oneLine(e.Err.Error()))
		}
		entries = append(entries, e)
	}
	return entries, exitOK
}

func cmdExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", stderr)
	format := fs.String("format", "json", "json, csv, xlsx or parquet")
	paper := paperFlags(fs)
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if !paper.valid(*format, stderr) {
		return exitBadInput
	}
	docs, code := load(fs.Args(), stderr)
	if docs == nil {
		return code
	}
	return exportTo(*format, docs, fs.Args(), paper, stdout, stderr, code)
}

func cmdTree(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("tree", stderr)
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	docs, code := load(fs.Args(), stderr)
	if docs == nil {
		return code
	}
	for i, d := range docs {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		if err := export.Tree(stdout, d); err != nil {
			fmt.Fprintln(stderr, "yusuan tree:", err)
			return exitBadInput
		}
	}
	return code
}

func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	format := fs.String("format", "text", "text, json, csv or xlsx")
	rules := fs.Bool("rules", false, "list the rules")
	paper := paperFlags(fs)
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if *rules {
		if err := audit.WriteRules(stdout); err != nil {
			fmt.Fprintln(stderr, "yusuan check:", err)
			return exitBadInput
		}
		return exitOK
	}
	if !paper.valid(*format, stderr) {
		return exitBadInput
	}
	docs, code := load(fs.Args(), stderr)
	if docs == nil {
		return code
	}
	status := code
	checked := make([]export.Checked, 0, len(docs))
	for _, d := range docs {
		fs := audit.Check(d)
		if audit.HasErrors(fs) && status == exitOK {
			status = exitFindings
		}
		checked = append(checked, export.Checked{Doc: d, Findings: fs})
	}
	return checkTo(*format, checked, fs.Args(), paper, stdout, stderr, status)
}

func cmdDiff(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("diff", stderr)
	format := fs.String("format", "", "text, json, csv or xlsx; none opens the explorer")
	opt := uiFlags(fs)
	paper := paperFlags(fs)
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if !paper.valid(*format, stderr) {
		return exitBadInput
	}
	if fs.NArg() != 2 {
		fmt.Fprintln(stderr, "yusuan diff: 需要两个文件：旧 新 (OLD NEW)")
		return exitBadInput
	}
	if p, ok := firstDir(fs.Args()); ok {
		fmt.Fprintf(stderr, "yusuan diff: %s: 是目录，需要两个文件 (a folder; diff takes two files)\n", p)
		return exitBadInput
	}
	docs, code := load(fs.Args(), stderr)
	if code != exitOK {
		return code
	}
	d := compare.Compare(docs[0], docs[1])
	for _, w := range d.Warnings {
		fmt.Fprintln(stderr, "yusuan diff:", w)
	}
	if *format != "" {
		return diffTo(*format, d, fs.Args(), paper, stdout, stderr)
	}
	opt.Diff = d
	opt.Findings = audit.Check(docs[1])
	if err := tui.Run(docs[1], *opt); err != nil {
		fmt.Fprintln(stderr, "yusuan diff:", err)
		return exitBadInput
	}
	return exitOK
}

// load parses every named file; a folder stands for every document in it,
// parsed in parallel. A file that cannot be read ends the command with status
// 2 and a one-line reason; in a folder, each failing file gets its line on
// stderr, the others are used, and the status is 2 at the end.
func load(paths []string, stderr io.Writer) ([]*model.Document, int) {
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "yusuan: 没有给出文件 (no file given)")
		return nil, exitBadInput
	}
	var docs []*model.Document
	status := exitOK
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			ds, errs := parse.Dir(p, 0, progress(stderr))
			for _, err := range errs {
				fmt.Fprintln(stderr, "yusuan:", oneLine(err.Error()))
				status = exitBadInput
			}
			docs = append(docs, ds...)
			continue
		}
		d, err := parse.File(p)
		if err != nil {
			fmt.Fprintln(stderr, "yusuan:", oneLine(err.Error()))
			return nil, exitBadInput
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, exitBadInput
	}
	return docs, status
}

// progress shows "n/total" on stderr while a folder is read, only when
// stderr is a terminal (never in a pipe or a log).
func progress(stderr io.Writer) func(done, total int) {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return nil
	}
	return func(done, total int) {
		fmt.Fprintf(f, "\r读取中 %d/%d", done, total)
		if done == total {
			fmt.Fprint(f, "\r\x1b[K")
		}
	}
}

// firstDir returns the first of the paths that is a folder.
func firstDir(paths []string) (string, bool) {
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p, true
		}
	}
	return "", false
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(model.CleanText(s)), " ")
}
