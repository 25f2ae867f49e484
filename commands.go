package main

// The scriptable commands (export, tree, check, diff) and the reading of the
// files and folders they are given.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/shopspring/decimal"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"yusuan/audit"
	"yusuan/compare"
	"yusuan/export"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/tui"
)

// formatFlag adds --format with its allowed values (the first empty value,
// if any, meaning "none") and their shell completion; check tells whether
// the value given is one of them, and otherwise reports it.
func (a *app) formatFlag(cmd *cobra.Command, def, usage string, allowed ...string) (value *string, check func() bool) {
	value = cmd.Flags().String("format", def, usage)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(allowed, cobra.ShellCompDirectiveNoFileComp))
	return value, func() bool {
		if slices.Contains(allowed, *value) || (*value == "" && def == "") {
			return true
		}
		a.failf("yusuan %s: 未知格式 %q，可用 %s (unknown format)", cmd.Name(), *value, strings.Join(allowed, "、"))
		return false
	}
}

// formatsOK checks --format and the working-paper options together, before
// any document is read; each says what is wrong in one line.
func (a *app) formatsOK(formatOK func() bool, paper *paperOptions, format string) bool {
	if !formatOK() {
		return false
	}
	if !paper.valid(format, a.stderr) {
		a.status = exitBadInput
		return false
	}
	return true
}

// findingFlags are --tolerance and --min-severity, on every command that
// lists findings (check, and the explorer of a file or a folder). Both
// default to exact: every difference, every finding.
type findingFlags struct {
	tolerance, minSeverity *string
}

func addFindingFlags(flags *pflag.FlagSet, cmd *cobra.Command) findingFlags {
	f := findingFlags{
		tolerance:   flags.String("tolerance", "", "容差（万元）：金额差额不超过它的发现降为提示，如 0.5；默认精确 (tolerance in 万元: findings whose difference is within it become info)"),
		minSeverity: flags.String("min-severity", "", "只列至少此级别的发现：error、warn 或 info；读取存疑的表总会列出 (list only findings at least this serious)"),
	}
	_ = cmd.RegisterFlagCompletionFunc("min-severity", cobra.FixedCompletions([]string{"error", "warn", "info"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("tolerance", cobra.NoFileCompletions)
	return f
}

// options reads the two flags; a bad value is said on one line (status 2).
func (a *app) checkOptions(f findingFlags) (audit.Options, bool) {
	var opt audit.Options
	if *f.tolerance != "" {
		d, err := decimal.NewFromString(strings.TrimSpace(*f.tolerance))
		if err != nil || d.Sign() < 0 {
			a.failf("yusuan: --tolerance %q：应为不小于 0 的万元金额，如 0.5 (a non-negative amount in 万元)", *f.tolerance)
			return opt, false
		}
		opt.Tolerance = model.NewMoney(d)
	}
	if *f.minSeverity != "" {
		sev, ok := model.ParseSeverity(*f.minSeverity)
		if !ok {
			a.failf("yusuan: --min-severity %q：只能是 error、warn 或 info (error, warn or info)", *f.minSeverity)
			return opt, false
		}
		opt.MinSeverity = sev
	}
	return opt, true
}

func (a *app) exportCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export FILE|DIR...",
		Short: "文档导出为数据 (the documents as data: JSON schema yusuan/v1, or one CSV table)",
		Long: `把文档导出为数据：json（默认，schema yusuan/v1，金额为万元的精确小数字符串）或 csv（所有文档一张表）。
目录代表其中每个文档。 (The parsed documents as data; a folder stands for every document in it.)`,
		Example: "  yusuan export samples/jinzhong-safety-2023.txt\n  yusuan export budgets/ --format csv > all.csv",
	}
	format, formatOK := a.formatFlag(cmd, "json", "格式：json、csv、xlsx 或 parquet (format)", paperFormats["export"]...)
	paper := paperFlags(cmd)
	byDept := leagueFlag(cmd)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if *byDept {
			a.status = a.leagueTo(cmd, args, *format, paper)
			return nil
		}
		if !a.formatsOK(formatOK, paper, *format) {
			return nil
		}
		docs, code := load(args, a.stderr)
		a.status = code
		if docs == nil {
			return nil
		}
		sayNoTables(a.stderr, "export", docs)
		a.status = exportTo(*format, docs, args, paper, a.stdout, a.stderr, code)
		return nil
	}
	return cmd
}

func (a *app) treeCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "tree FILE|DIR...",
		Short:   "功能分类科目树，纯文本 (the functional classification tree as aligned text)",
		Example: "  yusuan tree samples/jinzhong-safety-2023.txt",
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, code := load(args, a.stderr)
			a.status = code
			printed := 0
			for _, d := range docs {
				if len(d.Functional) > 0 && printed > 0 {
					fmt.Fprintln(a.stdout)
				}
				if err := export.Tree(a.stdout, d); errors.Is(err, export.ErrNoFunctional) {
					a.failf("yusuan tree: %v", err) // said, and the other documents still printed
					continue
				} else if err != nil {
					a.failf("yusuan tree: %v", err)
					return nil
				}
				printed++
			}
			return nil
		},
	}
}

func (a *app) checkCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "check FILE|DIR...",
		Short: "核对文档自相矛盾之处 (every place a document contradicts itself)",
		Long: `核对：树的合计、行恒等式、表间一致、项目、文字与表格。
退出码 0 无错误级发现；1 有错误级发现；2 输入无法读取。 (Exit 0 clean, 1 error-level findings, 2 bad input.)`,
		Example: "  yusuan check samples/jinzhong-safety-2023.txt\n  yusuan check budgets/ --format json\n  yusuan check --rules",
	}
	format, formatOK := a.formatFlag(cmd, "text", "格式：text、json、csv 或 xlsx (format)", paperFormats["check"]...)
	paper := paperFlags(cmd)
	rules := cmd.Flags().Bool("rules", false, "列出核对规则及各级别的含义；--format json 为 JSON (list the rules and what each severity means)")
	findingOpts := addFindingFlags(cmd.Flags(), cmd)
	byDept := leagueFlag(cmd)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if *byDept {
			a.status = a.leagueTo(cmd, args, *format, paper)
			return nil
		}
		if *rules {
			write := audit.WriteRules
			if *format == "json" {
				write = audit.WriteRulesJSON
			}
			if err := write(a.stdout); err != nil {
				a.failf("yusuan check: %v", err)
			}
			return nil
		}
		if !a.formatsOK(formatOK, paper, *format) {
			return nil
		}
		opt, ok := a.checkOptions(findingOpts)
		if !ok {
			return nil
		}
		docs, code := load(args, a.stderr)
		a.status = code
		if docs == nil {
			return nil
		}
		sayNoTables(a.stderr, "check", docs)
		status := code
		checked := make([]export.Checked, 0, len(docs))
		for _, d := range docs {
			fs := findingsOf(d, opt, a.stderr)
			if audit.HasErrors(fs) && status == exitOK {
				status = exitFindings
			}
			checked = append(checked, export.Checked{Doc: d, Findings: fs})
		}
		a.status = checkTo(*format, checked, args, paper, a.stdout, a.stderr, status)
		return nil
	}
	return cmd
}

func (a *app) diffCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "diff OLD NEW",
		Short:   "两年对比；不带 --format 时在浏览器中打开 (two years side by side; without --format, in the explorer)",
		Example: "  yusuan diff 2025.docx 2026.docx\n  yusuan diff 2025.docx 2026.docx --format csv > diff.csv",
	}
	format, formatOK := a.formatFlag(cmd, "", "格式：text、json、csv 或 xlsx；不给则打开浏览器 (format; none opens the explorer)", paperFormats["diff"][:4]...)
	paper := paperFlags(cmd)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if !a.formatsOK(formatOK, paper, *format) {
			return nil
		}
		if len(args) != 2 {
			a.failf("yusuan diff: 需要两个文件：旧 新 (OLD NEW)")
			return nil
		}
		if p, ok := firstDir(args); ok {
			a.failf("yusuan diff: %s: 是目录，需要两个文件 (a folder; diff takes two files)", p)
			return nil
		}
		docs, code := loadApart(args, a.stderr)
		if a.status = code; code != exitOK {
			return nil
		}
		d := compare.Compare(docs[0], docs[1])
		for _, w := range d.Warnings {
			fmt.Fprintln(a.stderr, "yusuan diff:", oneLine(w))
		}
		sayNoTables(a.stderr, "diff", docs)
		if *format == "" {
			opt := a.withFindings(docs[1], true)
			opt.Diff = d
			a.runExplorer(tui.Run(docs[1], opt))
			return nil
		}
		a.status = diffTo(*format, d, args, paper, a.stdout, a.stderr)
		return nil
	}
	return cmd
}

// sayNoTables tells, on stderr, of every document in which no budget table
// was found (a narrative-only half, a performance attachment): its data has
// no tree or figures, which a script should not take for a budget of nothing.
func sayNoTables(stderr io.Writer, cmd string, docs []*model.Document) {
	for _, d := range docs {
		if len(d.Tables) == 0 {
			fmt.Fprintf(stderr, "yusuan %s: %s: 未找到预算表，只有说明文字 (no budget table found: text only)\n", cmd, oneLine(d.Source))
		}
	}
}

// load parses every named file and joins the halves of a document published
// in two files (narrative and tables, parse.JoinHalves); a folder stands for
// every document in it, parsed in parallel. A file that cannot be read ends the command with status
// 2 and a one-line reason; in a folder, each failing file gets its line on
// stderr, the others are used, and the status is 2 at the end.
func load(paths []string, stderr io.Writer) ([]*model.Document, int) {
	docs, status := loadApart(paths, stderr)
	return parse.JoinHalves(docs), status
}

// loadApart is load without joining halves: diff compares the files it is given.
func loadApart(paths []string, stderr io.Writer) ([]*model.Document, int) {
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "yusuan: 没有给出文件 (no file given)")
		return nil, exitBadInput
	}
	var docs []*model.Document
	status := exitOK
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			results, err := parse.Dir(p, 0, progress(stderr))
			if err != nil {
				fmt.Fprintln(stderr, "yusuan:", oneLine(err.Error()))
				status = exitBadInput
			}
			for _, r := range results {
				if r.Err != nil {
					fmt.Fprintln(stderr, "yusuan:", oneLine(r.Err.Error()))
					status = exitBadInput
					continue
				}
				docs = append(docs, r.Doc)
			}
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

// reopen reads a document of the league table again, from its files (the
// two halves of one, joined), with its findings under the checks' options
// and the auditor's review marks.
func (a *app) reopen(paths []string) (*model.Document, []model.Finding, error) {
	var docs []*model.Document
	for _, p := range paths {
		d, err := parse.File(p)
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, d)
	}
	docs = parse.JoinHalves(docs)
	if len(docs) != 1 {
		return nil, nil, fmt.Errorf("%s: 两半未能合并 (the halves no longer join)", strings.Join(paths, " + "))
	}
	// the explorer holds the terminal: nothing goes to stderr (a sidecar that
	// cannot be read leaves the findings without marks)
	return docs[0], findingsOf(docs[0], a.checkOpt, io.Discard), nil
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
