package markup

import (
	"strings"

	"nrrlab/calc/lang"
)

// Cell is one table cell: its text, and the exact figure behind a short one,
// shown on hover.
type Cell struct {
	Text, Title string
}

// Table writes a table of figures as one piece of HTML: the page then
// compares a single string on each keystroke instead of every cell, and
// replaces the table only when a figure changed. The first cell of each row
// is its header; the caption is the table's accessible name.
//
// Under it, buttons download it as CSV and copy it as tab-separated text,
// which pastes into a spreadsheet as cells.
func Table(p lang.Printer, id, caption string, head []string, rows [][]Cell) string {
	var b strings.Builder
	b.WriteString(`<div class="table-wrap"><table id="` + Escape(id) + `"><caption>` + Escape(caption) + `</caption><thead><tr>`)
	for _, h := range head {
		b.WriteString(`<th scope="col">` + Escape(h) + `</th>`)
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
			if c.Title != "" {
				b.WriteString(` title="` + Escape(c.Title) + `"`)
			}
			b.WriteString(`>` + Escape(c.Text) + `</` + tag[:2] + `>`)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table>` + TableTools(p, caption, "export:csv:"+id, "export:tsv:"+id) + `</div>`)
	return b.String()
}

// TableTools writes the buttons under a table captioned caption that
// download it as CSV and copy it as cells; csv and tsv are their actions:
// "export:csv:<id>" and "export:tsv:<id>" for a table the page holds whole,
// or actions of the engine's for a table it shows a window of.
func TableTools(p lang.Printer, caption, csv, tsv string) string {
	return `<p class="tools no-print">` + tool(p, csv, p.Text("Download CSV"), p.Text("Download the table as CSV: %s", caption)) +
		tool(p, tsv, p.Text("Copy as cells"), p.Text("Copy the table to paste into a spreadsheet: %s", caption)) + `</p>`
}
