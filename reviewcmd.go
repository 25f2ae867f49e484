package main

// `yusuan review`: an auditor's marks on findings (reviewed, accepted,
// rejected, with a note), kept in a sidecar beside the document (package
// review), and the findings of every command given their keys and marks.

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"yusuan/audit"
	"yusuan/model"
	"yusuan/review"
)

// findingsOf checks doc under opt and gives every finding its review key
// and the mark the document's sidecar holds. Keys are given before
// --min-severity drops anything, so that a key never depends on the flags.
// A sidecar that cannot be read is said on stderr; the findings still come.
func findingsOf(doc *model.Document, opt audit.Options, stderr io.Writer) []audit.Finding {
	min := opt.MinSeverity
	opt.MinSeverity = ""
	fs := audit.CheckWith(doc, opt)
	marks := &review.File{}
	if markable(doc.Source) {
		if f, err := review.Load(doc.Source); err != nil {
			fmt.Fprintln(stderr, "yusuan:", oneLine(err.Error()))
		} else {
			marks = f
		}
	}
	review.Attach(fs, marks)
	return audit.Filter(fs, min)
}

// markable: the document is a file of its own (not the embedded sample, not
// a folder), beside which a sidecar can live.
func markable(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// stateWords are the states the command takes; clear removes a mark.
var stateWords = []string{string(model.Reviewed), string(model.Accepted), string(model.Rejected), "clear"}

func (a *app) reviewCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "review FILE [KEY reviewed|accepted|rejected|clear]",
		Short: "审核标记：列出发现及其标记，或标记一个发现 (list findings with their marks, or mark one)",
		Long: `审核标记存于文档旁的 FILE` + review.Suffix + `（从不写入文档本身）。
只给 FILE：列出每个发现的键、级别、规则、位置与标记，以及已不再出现的标记。
给出 KEY 与状态：标记该发现（KEY 可写前 4 位以上，唯一即可）；clear 去掉标记。
(Marks live beside the document, never in it. With FILE only: every finding with its key and mark.
With KEY and a state: mark that finding; a unique prefix of 4+ characters will do.)`,
		Example: "  yusuan review budget.pdf\n  yusuan review budget.pdf 3f2a9c1b accepted --note \"已与财政局核实\"",
		Args:    cobra.ArbitraryArgs,
	}
	note := cmd.Flags().String("note", "", "标记的说明 (a note with the mark)")
	cmd.ValidArgsFunction = func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
		if len(args) == 2 {
			return stateWords, cobra.ShellCompDirectiveNoFileComp
		}
		return nil, cobra.ShellCompDirectiveDefault
	}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 && len(args) != 3 {
			a.failf("yusuan review: 需要 FILE，或 FILE KEY 状态 (FILE, or FILE KEY STATE)")
			return nil
		}
		if len(args) == 3 && !slices.Contains(stateWords, args[2]) {
			a.failf("yusuan review: 未知状态 %q，可用 %s (unknown state)", args[2], strings.Join(stateWords, "、"))
			return nil
		}
		path := args[0]
		if !markable(path) {
			a.failf("yusuan review: %s: 需要一个文档文件 (a document file)", path)
			return nil
		}
		docs, code := load(args[:1], a.stderr)
		if a.status = code; docs == nil {
			return nil
		}
		marks, err := review.Load(path)
		if err != nil {
			a.failf("yusuan review: %v", err)
			return nil
		}
		fs := audit.Check(docs[0])
		review.Attach(fs, marks)
		if len(args) == 1 {
			a.listMarks(fs, marks)
			return nil
		}
		a.mark(path, fs, marks, args[1], args[2], *note)
		return nil
	}
	return cmd
}

// listMarks writes every finding, one line each: mark, key, severity, rule,
// where; then the marks no finding carries any more.
func (a *app) listMarks(fs []audit.Finding, marks *review.File) {
	var b strings.Builder
	for _, f := range fs {
		mark := "    "
		if f.Review != nil {
			mark = f.Review.State.Label()
		}
		fmt.Fprintf(&b, "%s  %s  %-6s %-22s %s\n", mark, f.Key, f.Severity, f.Rule, model.CleanText(f.Where))
		if f.Review != nil && f.Review.Note != "" {
			fmt.Fprintf(&b, "      %s %s\n", f.Review.At, model.CleanText(f.Review.Note))
		}
	}
	if stale := review.Stale(fs, marks); len(stale) > 0 {
		fmt.Fprintf(&b, "\n已不再出现的标记（文档或规则已变）(marks no finding carries any more):\n")
		for _, m := range stale {
			fmt.Fprintf(&b, "%s  %s  %-22s %s  %s\n", m.State.Label(), m.Key, m.Rule, model.CleanText(m.Where), model.CleanText(m.Note))
		}
	}
	io.WriteString(a.stdout, b.String())
}

// mark sets (or clears) the mark of the finding whose key starts with key.
func (a *app) mark(path string, fs []audit.Finding, marks *review.File, key, state, note string) {
	key = strings.TrimPrefix(key, "#")
	var hit []int
	for i, f := range fs {
		if f.Key == key {
			hit = []int{i}
			break
		}
		if len(key) >= 4 && strings.HasPrefix(f.Key, key) {
			hit = append(hit, i)
		}
	}
	switch {
	case len(hit) == 0 && state == "clear" && marks.Find(key) != nil:
		// a stale mark: cleared by its full key
		marks.Set(key, model.Finding{}, model.Review{})
	case len(hit) == 0:
		a.failf("yusuan review: 没有键为 %q 的发现（yusuan review %s 列出所有键）(no finding has that key)", key, path)
		return
	case len(hit) > 1:
		a.failf("yusuan review: 键 %q 不唯一，请多写几位 (ambiguous key prefix)", key)
		return
	default:
		f := fs[hit[0]]
		key = f.Key
		r := model.Review{}
		if state != "clear" {
			r = model.Review{State: model.ReviewState(state), Note: model.CleanText(note), At: time.Now().UTC().Format(time.RFC3339)}
		}
		marks.Set(key, f, r)
	}
	if err := review.Save(path, marks); err != nil {
		a.failf("yusuan review: %v", err)
		return
	}
	if state == "clear" {
		fmt.Fprintf(a.stdout, "已去掉 #%s 的标记 (mark cleared)\n", key)
		return
	}
	fmt.Fprintf(a.stdout, "已标记 #%s %s (%s) → %s\n", key, model.ReviewState(state).Label(), state, review.Path(path))
}
