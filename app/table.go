package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
)

// cell is one table cell: its text, and the exact figure behind a short one,
// shown on hover.
type cell struct {
	text, title string
}

// dataTable renders a table of figures as one piece of HTML: go-app then
// compares a single string on each keystroke instead of every cell, and
// replaces the table only when a figure changed. The first cell of each row
// is its header.
func dataTable(id, caption string, head []string, rows [][]cell) goapp.UI {
	var b strings.Builder
	b.WriteString(`<div class="table-wrap"><table id="` + escape(id) + `"><caption>` + escape(caption) + `</caption><thead><tr>`)
	for _, h := range head {
		b.WriteString(`<th scope="col">` + escape(h) + `</th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, r := range rows {
		b.WriteString(`<tr>`)
		for i, c := range r {
			tag := "td"
			if i == 0 {
				tag = `th scope="row"`
			}
			b.WriteString(`<` + tag)
			if c.title != "" {
				b.WriteString(` title="` + escape(c.title) + `"`)
			}
			b.WriteString(`>` + escape(c.text) + `</` + tag[:2] + `>`)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table></div>`)
	return goapp.Raw(b.String())
}

// moneyCell shows an amount the short way, with the exact figure on hover.
func moneyCell(m calc.Money) cell { return cell{shortMoney(m), exactMoney(m)} }
