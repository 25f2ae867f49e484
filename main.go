// Command yusuan (预算, "budget") reads Chinese government budget disclosures
// and lets auditors explore, export, check and compare them. This file holds
// the command line (cobra): the root command, which opens the explorer, the
// global flags, the exit statuses and the version; commands.go holds the
// scriptable commands. No budget logic here.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"yusuan/audit"
	"yusuan/league/read"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/samples"
	"yusuan/tui"
)

// Exit statuses, as the command-line contract fixes them; exitTerminal is
// this program's own addition (README): the input was fine, the terminal
// was not.
const (
	exitOK       = 0
	exitFindings = 1 // check: some finding at error level
	exitBadInput = 2 // unreadable input, a bad flag or argument, an unknown command
	exitTerminal = 3 // the explorer could not run on this terminal
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// app is one run of the command line: where it writes, the global flags,
// and the exit status the commands set. Commands report bad input on stderr
// themselves, a line per file, and set the status rather than return an
// error; only cobra's own usage errors come back from Execute.
type app struct {
	stdout, stderr io.Writer
	ui             tui.Options  // the global flags
	findings       findingFlags // the explorer's --tolerance and --min-severity
	checkOpt       audit.Options
	status         int
}

func run(args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	// A flag of a command given to a misspelt one (yusuan chekc --format
	// json FILE) is unknown to the root: the misspelling is the error to say.
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		if cmd == root {
			if name := firstArgument(root, args); name != "" {
				if e := notACommand(root, name); e != nil {
					return e
				}
			}
		}
		return err
	})
	root.Version = version()
	root.SilenceErrors = true // said below, on one line
	root.SilenceUsage = true
	if err := root.ExecuteContext(context.Background()); err != nil {
		fmt.Fprintf(stderr, "yusuan: %s（用法见 yusuan --help）\n", oneLine(err.Error()))
		return exitBadInput
	}
	return a.status
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "yusuan [FILE|DIR]",
		Short: "部门预算/决算公开文件的浏览、导出、核对与对比 (explore, export, check and compare budget documents)",
		Long: `yusuan（预算）读取部门预算/决算公开文件，建立功能分类科目树，在终端中浏览、导出、核对与对比。
不带文件时打开内置样例；给出目录时每个部门一行（部门汇总表），可逐个打开其文档。

退出码 (exit status): 0 正常 (ok); 1 check 有错误级发现 (error-level findings);
2 输入无法读取或解析、参数错误、未知命令 (bad input, flag or command);
3 浏览器无法在此终端运行 (the explorer could not run on this terminal).`,
		Example: `  # 浏览内置样例；浏览一个文件；浏览一个目录
  yusuan
  yusuan samples/jinzhong-safety-2023.txt
  yusuan budgets/
  # 导出、科目树、核对、对比
  yusuan export --format csv budgets/ > all.csv
  yusuan tree samples/jinzhong-safety-2023.txt
  yusuan check budgets/ --format json
  yusuan diff --format text 2025.docx 2026.docx
  yusuan trend budgets/procuratorate/ --format text`,
		// Arguments are files, not subcommands: a misspelt command is caught in
		// explore, where a path that exists always wins.
		Args:                       cobra.ArbitraryArgs,
		SuggestionsMinimumDistance: 2,
		PersistentPreRunE: func(*cobra.Command, []string) error {
			if a.ui.Lang != "zh" && a.ui.Lang != "en" {
				return fmt.Errorf("--lang %q：只能是 zh 或 en (zh or en)", a.ui.Lang)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opt, ok := a.checkOptions(a.findings)
			if !ok {
				return nil
			}
			a.checkOpt = opt
			a.explore(cmd, args)
			return nil
		},
	}
	a.findings = addFindingFlags(root.Flags(), root)
	flags := root.PersistentFlags()
	a.ui.Source = sourceText // papers.go: the explorer shows and opens the source
	flags.StringVar(&a.ui.Lang, "lang", "zh", "界面语言：zh 或 en (interface language)")
	flags.BoolVar(&a.ui.ASCII, "ascii", false, "用 ASCII 字符画边框和条形 (ASCII borders and bars)")
	flags.BoolVar(&a.ui.Mouse, "mouse", false, "启用鼠标滚轮 (mouse wheel)")
	flags.BoolVar(&a.ui.NoColor, "no-color", false, "不用颜色，也认 NO_COLOR 环境变量 (no colour; NO_COLOR too)")
	_ = root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions([]string{"zh", "en"}, cobra.ShellCompDirectiveNoFileComp))
	root.AddCommand(a.exportCommand(), a.treeCommand(), a.checkCommand(), a.diffCommand(), a.trendCommand(), a.reviewCommand())
	return root
}

// explore opens the explorer: on the embedded sample, on a file, or on a
// folder's list of documents. An argument that names no file but looks like
// a command is reported as a misspelt command.
func (a *app) explore(cmd *cobra.Command, args []string) {
	if len(args) == 0 {
		doc, err := parse.Bytes(samples.Default, samples.Cangzhou)
		if err != nil {
			a.failf("yusuan: %v", err)
			return
		}
		a.runExplorer(tui.Run(doc, a.withFindings(doc, false)))
		return
	}
	p := args[0]
	if err := notACommand(cmd, p); err != nil {
		a.failf("yusuan: %v", err)
		return
	}
	if st, err := os.Stat(p); err == nil && st.IsDir() && len(args) == 1 {
		reading, err := read.StreamWith(p, 0, a.checkOpt)
		if err != nil {
			a.failf("yusuan: %v", err)
			return
		}
		a.runExplorer(tui.RunLeague(p, reading, a.reopen, a.openTrend, a.ui))
		return
	}
	if len(args) > 2 {
		a.failf("yusuan: 只能打开一个文件或目录，或一个文档的说明与报表两半 (one file or folder, or the two halves of one document; commands: export tree check diff trend review)")
		return
	}
	docs, code := load(args, a.stderr)
	if a.status = code; docs == nil {
		return
	}
	if len(docs) > 1 {
		a.failf("yusuan: 只能打开一个文件或目录，或一个文档的说明与报表两半；%s 与 %s 不是 (one file or folder, or the two halves of one document; to compare two: yusuan diff)", args[0], args[1])
		return
	}
	a.runExplorer(tui.Run(docs[0], a.withFindings(docs[0], true)))
}

// notACommand is the error for name, the first argument of yusuan, when it
// names no file and is close to a command (cobra's suggestions) or has no
// mark of a path (no dot, no slash); nil when it is to be read as a file.
func notACommand(root *cobra.Command, name string) error {
	if _, err := os.Stat(name); err == nil {
		return nil
	}
	if s := root.SuggestionsFor(name); len(s) > 0 {
		return fmt.Errorf("未知命令 %q，是不是 %q？(unknown command %q; did you mean %q?)", name, s[0], name, s[0])
	}
	if !strings.ContainsAny(name, `./\`) {
		return fmt.Errorf("%q 既不是命令也不是文件 (neither a command nor a file; commands: export tree check diff trend review)", name)
	}
	return nil
}

// firstArgument is the first argument in args that is not a flag or the
// value of one of the root's flags.
func firstArgument(root *cobra.Command, args []string) string {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			break
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			return arg
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if f := root.Flags().Lookup(name); f != nil && f.Value.Type() != "bool" && !hasValue {
			i++ // the flag's value
		}
	}
	return ""
}

// runExplorer turns the explorer's error, which is always about the
// terminal (the document was read before), into exit status 3.
func (a *app) runExplorer(err error) {
	if err != nil {
		fmt.Fprintln(a.stderr, "yusuan:", oneLine(err.Error()))
		a.status = exitTerminal
	}
}

// withFindings is the global options plus the audit findings of doc (under
// --tolerance and --min-severity where the explorer was given them); those of
// a document file carry their review marks and can be marked. The embedded
// sample (ofFile false) is no file of the auditor's to keep marks beside,
// even where its path exists relative to the working folder.
func (a *app) withFindings(doc *model.Document, ofFile bool) tui.Options {
	opt := a.ui
	if !ofFile {
		opt.Findings = audit.CheckWith(doc, a.checkOpt)
		return opt
	}
	opt.Findings = findingsOf(doc, a.checkOpt, a.stderr)
	if markable(doc.Source) {
		opt.ReviewPath = doc.Source
	}
	return opt
}

// failf writes one line on stderr and sets the status to bad input.
func (a *app) failf(format string, args ...any) {
	fmt.Fprintln(a.stderr, oneLine(fmt.Sprintf(format, args...)))
	a.status = exitBadInput
}

// version is the module version the binary was built with (go install
// module@version), or for a build from a checkout the VCS revision Go
// stamped into it.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision":
			rev = s.Value
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = "-dirty"
		}
	}
	if rev == "" {
		return "(devel)"
	}
	return "(devel) " + rev[:min(12, len(rev))] + dirty
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(model.CleanText(s)), " ")
}
