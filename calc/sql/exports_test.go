//go:build cgo

package sql

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nrrlab/calc/ingest"
)

// The export fixtures of calc/ingest (Stripe, Baremetrics, ChartMogul,
// Xero, Jurnal, licence lines, hand-kept Indonesian and Malay sheets…),
// read by calc/ingest's period reader on one side, and on the other loaded
// into a typed table, as a warehouse would hold them, and run through the
// query.

// placeholder reports names that stand for no name, which a warehouse user
// would have cleaned (calc/ingest refuses them without an id).
func placeholder(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "", "-", "n/a", "na", "none", "null", "unknown", "tiada", "tidak ada":
		return true
	}
	return strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]")
}

// columnStyle decides how a column writes its numbers from the cells that
// read only one way, as a warehouse load would be told.
func columnStyle(tab *ingest.Table, col int) ingest.Style {
	dot, comma := 0, 0
	for r := 1; r < tab.Rows(); r++ {
		s := tab.Cell(r, col)
		fd, errD := ingest.ParseFigure(s, ingest.StyleDotDecimal)
		fc, errC := ingest.ParseFigure(s, ingest.StyleCommaDecimal)
		switch {
		case errD == nil && errC != nil:
			dot++
		case errC == nil && errD != nil:
			comma++
		case errD == nil && errC == nil && fd.Amount != fc.Amount && strings.Count(s, ".") > 1:
			comma++
		case errD == nil && errC == nil && fd.Amount != fc.Amount && strings.Count(s, ",") > 1:
			dot++
		}
	}
	switch {
	case comma > dot:
		return ingest.StyleCommaDecimal
	case dot > comma:
		return ingest.StyleDotDecimal
	}
	return ingest.StyleAuto
}

// dateColumn reads a column of dates in the one order that reads them all.
func dateColumn(tab *ingest.Table, col int) []any {
	out := make([]any, tab.Rows())
	for _, swap := range []bool{false, true} {
		ok := true
		for r := 1; r < tab.Rows(); r++ {
			s := tab.Cell(r, col)
			if s == "" {
				out[r] = nil
				continue
			}
			if swap {
				if p := strings.FieldsFunc(s, func(c rune) bool { return c == '/' || c == '.' || c == '-' }); len(p) == 3 && len(p[0]) <= 2 {
					s = p[1] + "/" + p[0] + "/" + p[2]
				}
			}
			d, good := ingest.ParseDate(s)
			if !good {
				ok = false
				break
			}
			out[r] = d.String()
		}
		if ok {
			return out
		}
	}
	return out
}

func testExportFixtures(t *testing.T, e *engine, counts tally) {
	files, _ := filepath.Glob("../ingest/testdata/exports/*.*")
	compared := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil || strings.HasSuffix(f, ".md") {
			continue
		}
		tab, err := ingest.ReadTable(data)
		if err != nil {
			continue
		}
		m, err := tab.Detect()
		if err != nil || (m.Shape != ingest.Subscriptions && m.Shape != ingest.Invoices) {
			continue
		}
		name := filepath.Base(f)
		customer := m.Customer
		if m.CustomerID >= 0 {
			customer = m.CustomerID
		}
		src := Source{Shape: Subscriptions, Cents: m.Cents, Unit: m.Unit, CurrencyCode: m.AnalysedCurrency}
		if m.Shape == ingest.Invoices {
			src.Shape = Invoices
		}
		var cols []sqlColumn
		var cells []func(r int) any
		add := func(role *string, c int, typ string, read func(r int) any) {
			if c < 0 {
				return
			}
			*role = fmt.Sprintf("col%d %s", c, tab.Cell(0, c))
			cols = append(cols, sqlColumn{*role, typ})
			cells = append(cells, read)
		}
		text := func(c int) func(int) any {
			return func(r int) any { return cellOrNil(tab.Cell(r, c)) }
		}
		dates := func(c int) func(int) any {
			d := dateColumn(tab, c)
			return func(r int) any { return d[r] }
		}
		amounts := func(c int) func(int) any {
			style := columnStyle(tab, c)
			return func(r int) any {
				s := tab.Cell(r, c)
				if s == "" {
					return nil
				}
				fig, err := ingest.ParseFigure(s, style)
				if err != nil {
					return nil
				}
				return fig.Amount.String()
			}
		}
		add(&src.Customer, customer, "VARCHAR(100)", func(r int) any {
			s := tab.Cell(r, customer)
			if customer == m.Customer && placeholder(s) {
				return nil
			}
			return cellOrNil(s)
		})
		add(&src.Start, m.StartDate, "DATE", dates(m.StartDate))
		add(&src.End, m.EndDate, "DATE", dates(m.EndDate))
		add(&src.Amount, m.Amount, "DECIMAL(18, 2)", amounts(m.Amount))
		add(&src.Quantity, m.Quantity, "DECIMAL(18, 4)", amounts(m.Quantity))
		add(&src.Currency, m.Currency, "VARCHAR(10)", text(m.Currency))
		add(&src.Trial, m.Trial, "VARCHAR(10)", text(m.Trial))
		add(&src.TrialEnd, m.TrialEnd, "DATE", dates(m.TrialEnd))
		add(&src.RevenueType, m.RevenueType, "VARCHAR(40)", text(m.RevenueType))
		if src.Shape == Subscriptions {
			add(&src.Interval, m.Interval, "VARCHAR(40)", text(m.Interval))
			add(&src.IntervalCount, m.IntervalCount, "INTEGER", text(m.IntervalCount))
		}
		var rows [][]any
		for r := 1; r < tab.Rows(); r++ {
			if strings.HasPrefix(strings.ToLower(tab.Cell(r, 0)), "jumlah") || strings.HasPrefix(strings.ToLower(tab.Cell(r, 0)), "total") {
				continue // a total row, which a warehouse table does not have
			}
			row := make([]any, len(cells))
			for i, read := range cells {
				row[i] = read(r)
			}
			rows = append(rows, row)
		}
		src.Table = e.load(t, cols, rows)
		for _, conv := range allConventions(m.EndInclusive) {
			m.SkipBadRows = true
			read := tab.SubscriptionSeries
			if m.Shape == ingest.Invoices {
				read = tab.InvoiceSeries
			}
			s, rep := read(m)
			if s == nil {
				t.Errorf("%s: calc/ingest reads nothing: %v %v", name, rep.Errors, rep.Notices)
				break
			}
			q, err := Movements(e.d, src, conv)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			label := fmt.Sprintf("%s, %s, %s", e.name, name, describe(conv))
			counts[fmt.Sprintf("%s: calc/ingest/testdata/exports/%s (%d customers × %d months), 4 conventions", e.name, name, len(s.Customers), s.Months)] +=
				compareMovements(t, label, e.movements(t, q), s, conv)
		}
		compared++
	}
	if compared < 8 {
		t.Errorf("compared %d export fixtures, expected at least 8", compared)
	}
}
