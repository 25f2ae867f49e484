package tui

import "yusuan/trend"

func RunTrend(t *trend.Trend, opt Options) error { return nil }
