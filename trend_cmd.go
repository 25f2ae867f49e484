package main

// The trend command: one department over three or more years.

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"yusuan/export"
	"yusuan/trend"
	"yusuan/tui"
)

func (a *app) trendCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "trend FILE...|DIR",
		Short: "一个部门三年及以上的趋势；不带 --format 时在浏览器中打开 (one department over three or more years; without --format, in the explorer)",
		Long: `一个部门多个年度的趋势：每个科目一行，每年一列，逐年增减与期间年均增长率，科目按编码、名称、相似度跨年匹配，
改码的科目（官方科目调整或文件证据）保留在一行并标“对”。文件须属于同一部门、同一类型（预算或决算），每年一个。
(One row per line, one column per year, the change each year and the annual growth over the period; renamed or
reclassified codes keep one row, marked. The documents must be of one department and kind, one a year.)`,
		Example: "  yusuan trend js-procuratorate-2017.txt js-procuratorate-2018.txt js-procuratorate-2019.txt\n  yusuan trend budgets/procuratorate/ --format csv > trend.csv",
	}
	format, formatOK := a.formatFlag(cmd, "", "格式：text、json、csv 或 xlsx；不给则打开浏览器 (format; none opens the explorer)", paperFormats["trend"][:4]...)
	paper := paperFlags(cmd)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if !a.formatsOK(formatOK, paper, *format) {
			return nil
		}
		docs, code := load(args, a.stderr)
		if a.status = code; code != exitOK {
			return nil
		}
		t, err := trend.Build(docs)
		if err != nil {
			a.failf("yusuan trend: %v", err)
			return nil
		}
		for _, w := range t.Warnings {
			fmt.Fprintln(a.stderr, "yusuan trend:", oneLine(w))
		}
		if *format == "" {
			a.runExplorer(tui.RunTrend(t, a.ui))
			return nil
		}
		a.status = trendTo(*format, t, args, paper, a.stdout, a.stderr)
		return nil
	}
	return cmd
}

// trendTo writes the trend in format (text, json, csv or xlsx) and returns
// the exit status.
func trendTo(format string, t *trend.Trend, inputs []string, o *paperOptions, stdout, stderr io.Writer) int {
	var write func(io.Writer) error
	switch format {
	case "text":
		write = func(w io.Writer) error { return export.TrendText(w, t) }
	case "json":
		write = func(w io.Writer) error { return trend.WriteJSON(w, t) }
	case "csv":
		write = func(w io.Writer) error { return export.TrendCSV(w, t) }
	case "xlsx":
		write = func(w io.Writer) error { return export.TrendXLSX(w, t) }
	default:
		o.valid(format, stderr)
		return exitBadInput
	}
	return o.writeOut(format, inputs, stdout, stderr, write)
}

// openTrend builds the trend of a department's documents for the league
// table's t: read quietly (the explorer holds the terminal), any failure is
// its one-line error.
func (a *app) openTrend(paths []string) (*trend.Trend, error) {
	var why strings.Builder
	docs, code := load(paths, &why)
	if code != exitOK {
		return nil, fmt.Errorf("%s", oneLine(why.String()))
	}
	return trend.Build(docs)
}
