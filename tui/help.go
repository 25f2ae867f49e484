package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
)

// newHelp is the bubbles help model with our styles and with separators and
// ellipsis that have an unambiguous width.
func newHelp(c *uiContext) help.Model {
	h := help.New()
	h.ShortSeparator = "  "
	h.FullSeparator = "    "
	h.Ellipsis = "..."
	h.Styles = help.Styles{
		ShortKey: c.st.helpKey, ShortDesc: c.st.helpDesc, ShortSeparator: c.st.helpDesc,
		FullKey: c.st.helpKey, FullDesc: c.st.helpDesc, FullSeparator: c.st.helpDesc,
		Ellipsis: c.st.helpDesc,
	}
	return h
}

// helpScreen is the `?` screen: the full help of a keymap, generated from
// it, then the legend of the marks, in h lines.
func helpScreen(c *uiContext, h help.Model, keys help.KeyMap, marks []string, w, ht int) string {
	h.SetWidth(0) // columns that do not fit go to a second row instead of "..."
	lines := []string{c.st.paneTitle.Render(c.tx.HelpTitle), ""}
	groups := keys.FullHelp()
	for len(groups) > 0 {
		n := len(groups)
		for n > 1 && widthOf(h.FullHelpView(groups[:n])) > w {
			n--
		}
		lines = append(lines, strings.Split(h.FullHelpView(groups[:n]), "\n")...)
		lines = append(lines, "")
		groups = groups[n:]
	}
	line := ""
	for _, item := range marks {
		if line != "" && widthOf(line+"   "+item) > w {
			lines = append(lines, c.st.faint.Render(line))
			line = ""
		}
		if line != "" {
			line += "   "
		}
		line += item
	}
	lines = append(lines, c.st.faint.Render(line))
	out := make([]string, ht)
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return strings.Join(out, "\n")
}

// legend explains the one-column marks before a row.
func legend(c *uiContext) []string {
	items := []string{"+ 有下级", "* 由下级汇总（原文未列）", "? 功能科目为推断", "~ 原文未列", "! 有问题"}
	if c.tx == &en {
		items = []string{"+ has children", "* summed, not printed", "? function code inferred", "~ not printed", "! finding"}
	}
	if c.opt.Diff != nil {
		// In diff views the mark column holds the change instead.
		items = []string{"^ 增加", "v 减少", "+ 新增", "- 删除", "= 未变", "~ 改名", "! 仅基本/项目支出变化", "? 功能科目为推断",
			c.g.check + " 说明中与上年文件一致的表述"}
		if c.tx == &en {
			items = []string{"^ up", "v down", "+ added", "- removed", "= same", "~ renamed", "! basic/project split changed", "? function code inferred",
				c.g.check + " text borne out by last year's document"}
		}
	}
	return items
}
