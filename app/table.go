package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"
	"nrrlab/calc"
)

// cell is one table cell: its text and the exact figure behind a short one.
type cell = markup.Cell

// dataTable renders a table of figures as one piece of HTML (markup.Table).
func dataTable(id, caption string, head []string, rows [][]cell) goapp.UI {
	return goapp.Raw(markup.Table(id, caption, head, rows))
}

// escape makes text safe in HTML the app writes itself.
func escape(s string) string { return markup.Escape(s) }

// moneyCell shows an amount the short way, with the exact figure on hover.
func moneyCell(m calc.Money) cell { return cell{Text: shortMoney(m), Title: exactMoney(m)} }
