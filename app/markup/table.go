package markup

import (
	"strings"

	"nrrlab/calc/lang"
)

// Unit is what a column of figures counts, which its header names in an
// export: "Starting ARR (USD)", "NRR (ratio)".
type Unit uint8

// The units of a table's columns.
const (
	Words  Unit = iota // names, months, movements: text, exported as shown
	Amount             // money in the page's currency, exported in major units
	Ratio              // a rate, exported as the ratio the core computed (1.05 is 105%)
	Count              // a number of things (customers, years)
)

// Cell is one table cell: its text, the exact figure behind a short one,
// shown on hover, and, for a figure, its value as a spreadsheet reads it
// (lang's plain numbers: 105000000.00, -1200000.00, 1.05), which the page
// keeps in the cell's data-value attribute for exports. A figure that is
// not defined (shown as —) has an empty value, which exports leave blank.
type Cell struct {
	Text, Title, Value string
	Unit               Unit
}

// AmountCell is an amount of cents shown as text: in full ($1,200,000.00),
// or with a sign before it (−$1,200.00, whose cents are then negative).
func AmountCell(p lang.Printer, text string, cents int64) Cell {
	return Cell{Text: text, Value: p.Currency.Plain(cents), Unit: Amount}
}

// ShortCell is an amount of cents shown compactly as text ($1.2M, +$5.00M),
// with the amount in full on hover.
func ShortCell(p lang.Printer, text string, cents int64) Cell {
	return Cell{Text: text, Title: p.Money(cents), Value: p.Currency.Plain(cents), Unit: Amount}
}

// RateCell is a rate given as a ratio, shown as a percentage: 105.0%.
func RateCell(p lang.Printer, ratio float64) Cell {
	return Cell{Text: p.Percent(ratio), Value: lang.PlainRatio(ratio), Unit: Ratio}
}

// CountCell is a number of things, shown grouped: 1,234.
func CountCell(p lang.Printer, n int64) Cell {
	return Cell{Text: p.Int(n), Value: lang.PlainInt(n), Unit: Count}
}

// Attrs writes the cell's attributes: its exact figure on hover, and its
// value for exports; none for a text cell.
func (c Cell) Attrs() string {
	s := ""
	if c.Title != "" {
		s = ` title="` + Escape(c.Title) + `"`
	}
	if c.Unit != Words {
		s += ` data-value="` + Escape(c.Value) + `"`
	}
	return s
}

// ExportHead is a column's header as an export writes it: with the
// currency's code after an amount ("Starting ARR (USD)", nothing for plain
// numbers), and "(ratio)" after a rate, so that the bare numbers under it
// say what they are.
func ExportHead(p lang.Printer, head string, u Unit) string {
	switch u {
	case Amount:
		if code := p.Currency.Code(); code != "" {
			return head + " (" + code + ")"
		}
	case Ratio:
		return p.Text("%s (ratio)", head)
	}
	return head
}

// HeadAttrs writes the attribute that gives exports a column header's name
// when it differs from the header shown (see ExportHead).
func HeadAttrs(p lang.Printer, head string, u Unit) string {
	if e := ExportHead(p, head, u); e != head {
		return ` data-head="` + Escape(e) + `"`
	}
	return ""
}

// ColumnHead writes a column's header cell.
func ColumnHead(p lang.Printer, head string, u Unit) string {
	return `<th scope="col"` + HeadAttrs(p, head, u) + `>` + Escape(head) + `</th>`
}

// Table writes a table of figures as one piece of HTML: the page then
// compares a single string on each keystroke instead of every cell, and
// replaces the table only when a figure changed. The first cell of each row
// is its header; the caption is the table's accessible name. A column's
// unit, which names it in exports, is that of its figures.
//
// Under it, buttons download it as CSV and copy it as tab-separated text,
// which pastes into a spreadsheet as cells.
func Table(p lang.Printer, id, caption string, head []string, rows [][]Cell) string {
	var b strings.Builder
	b.WriteString(`<div class="table-wrap"><table id="` + Escape(id) + `"><caption>` + Escape(caption) + `</caption><thead><tr>`)
	for i, h := range head {
		b.WriteString(ColumnHead(p, h, unitOf(rows, i)))
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, r := range rows {
		b.WriteString(`<tr>`)
		for i, c := range r {
			tag := "td"
			if i == 0 {
				tag = `th scope="row"`
			}
			b.WriteString(`<` + tag + c.Attrs() + `>` + Escape(c.Text) + `</` + tag[:2] + `>`)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table>` + TableTools(p, caption, "export:csv:"+id, "export:tsv:"+id) + `</div>`)
	return b.String()
}

// unitOf is the unit of column i's figures: that of its first figure.
func unitOf(rows [][]Cell, i int) Unit {
	for _, r := range rows {
		if i < len(r) && r[i].Unit != Words {
			return r[i].Unit
		}
	}
	return Words
}

// TableTools writes the buttons under a table captioned caption that
// download it as CSV and copy it as cells; csv and tsv are their actions:
// "export:csv:<id>" and "export:tsv:<id>" for a table the page holds whole,
// or actions of the engine's for a table it shows a window of.
func TableTools(p lang.Printer, caption, csv, tsv string) string {
	return `<p class="tools no-print">` + tool(p, csv, p.Text("Download CSV"), p.Text("Download the table as CSV: %s", caption)) +
		tool(p, tsv, p.Text("Copy as cells"), p.Text("Copy the table to paste into a spreadsheet: %s", caption)) + `</p>`
}
