package main

// export/check DIR --league: the folder's league table (one row per
// department, as `yusuan DIR` shows it) as working papers.

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"yusuan/export"
	"yusuan/league"
	"yusuan/league/read"
)

// leagueFlag declares --league on export and check.
func leagueFlag(cmd *cobra.Command) *bool {
	return cmd.Flags().Bool("league", false, "目录的部门汇总表：每个部门一行，csv 或 xlsx (the folder's league table, one row per department)")
}

// leagueTo reads the folders given (only folders: a league ranks the
// departments of a folder) and writes their league table as CSV (the
// default) or xlsx. The status: 2 when a folder or file could not be read,
// else for check 1 when a department's latest document has errors, else 0.
func (a *app) leagueTo(cmd *cobra.Command, args []string, format string, paper *paperOptions) int {
	if !cmd.Flags().Changed("format") {
		format = "csv"
	}
	if format != "csv" && format != "xlsx" {
		a.failf("yusuan %s: --league 只能输出 csv 或 xlsx (--league: csv or xlsx)", cmd.Name())
		return exitBadInput
	}
	if !paper.valid(format, a.stderr) {
		return exitBadInput
	}
	if len(args) == 0 {
		a.failf("yusuan %s: --league 需要目录 (--league needs a folder)", cmd.Name())
		return exitBadInput
	}
	var sums []league.Summary
	for _, p := range args {
		if st, err := os.Stat(p); err != nil || !st.IsDir() {
			a.failf("yusuan %s: %s: --league 需要目录 (--league needs a folder)", cmd.Name(), p)
			return exitBadInput
		}
		s, err := read.Read(p, 0)
		if err != nil {
			a.failf("yusuan %s: %v", cmd.Name(), err)
			return exitBadInput
		}
		sums = append(sums, s...)
	}
	status := exitOK
	rows := league.Rows(sums)
	league.Sort(rows, league.ColExpenditure, false)
	for _, r := range rows {
		switch {
		case r.Failed:
			fmt.Fprintln(a.stderr, "yusuan:", oneLine(r.Docs[0].Err))
			status = exitBadInput
		case cmd.Name() == "check" && r.Latest.Errors() > 0 && status == exitOK:
			status = exitFindings
		}
	}
	write := func(w io.Writer) error { return export.LeagueCSV(w, rows) }
	if format == "xlsx" {
		write = func(w io.Writer) error { return export.LeagueXLSX(w, rows) }
	}
	return orStatus(paper.writeOut(format, args, a.stdout, a.stderr, write), status)
}
