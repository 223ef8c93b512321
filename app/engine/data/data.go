// Package data is the data page: it reads the table a user pastes, drops or
// opens (calc/ingest), analyses it (calc's ARR bridge, calc/monthly's
// movements, retention and cohorts) and writes the page, every result as
// HTML in the user's language and currency (app/markup). It runs in the
// engine's web worker, so that a table of 100,000 customers never freezes the
// page. It is plain Go, tested natively.
package data

import (
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// Progress reports what the engine is doing, in the user's language, and
// how far it is, from 0 to 1.
type Progress func(stage string, done float64)

// Page holds one table and what was last read and analysed from it.
type Page struct {
	name string
	data []byte

	table    *ingest.Table
	tableErr error
	detected ingest.Mapping
	detErr   error

	// What the last Configure read, for the customer table, the preview
	// and the drill-down.
	s       settings
	mapping ingest.Mapping
	report  ingest.Report
	// notes are what the analyses of the report said, written in the
	// user's language.
	notes    []string
	bridge   *calc.Bridge
	series   *monthly.Series
	analysis *monthly.Analysis
	from, to int // the months of the series the bridge compares
	// movements is a report of monthly movements (the warehouse query's
	// result, a billing tool's export), when the table is one; the analysis
	// is then made of its months, with no customers unless the report
	// lists them.
	movements *ingest.MovementsReading
	// order is the bridge's rows in the customer table's order, made once
	// per sort: int32, as the bridge's rows fit, for 4 MB less a million.
	order []int32
	sort  query
	// problem says why the table could not be analysed at all.
	problem string
}

// query is a window of the customer table: sorted by column Sort
// (descending when Desc), names containing Search.
type query struct {
	Sort   int
	Desc   bool
	Search string
}

// Has reports whether a table is loaded.
func (e *Page) Has() bool { return e.table != nil || e.tableErr != nil }

// Name is the table's name: its file's or sample's.
func (e *Page) Name() string { return e.name }

// Data returns the table as it came, for storage.
func (e *Page) Data() []byte { return e.data }

// Forget drops the table.
func (e *Page) Forget() { *e = Page{} }

// Load reads a new table and analyses it with the user's choices.
func (e *Page) Load(name string, data []byte, m *model.Model, today string, progress Progress) {
	*e = Page{name: name, data: data}
	st := settingsOf(m, today)
	if progress != nil {
		progress(st.p.Text("Reading the table"), 0.05)
	}
	e.table, e.tableErr = readTable(data)
	if e.tableErr == nil {
		e.detected, e.detErr = e.table.Detect()
	}
	e.Configure(m, today, progress)
}

// readTable reads a spreadsheet file (the first sheet of an .xlsx) or
// delimited text.
func readTable(data []byte) (*ingest.Table, error) {
	if ingest.IsXLSX(data) {
		return ingest.ReadXLSX(data)
	}
	return ingest.ReadTable(data)
}

// Configure reads the table again with the user's choices (roles,
// readings, conventions, language) and analyses it. The text is not parsed
// again.
func (e *Page) Configure(md *model.Model, today string, progress Progress) {
	st := settingsOf(md, today)
	e.s = st
	e.bridge, e.series, e.analysis, e.order, e.problem, e.movements = nil, nil, nil, nil, "", nil
	e.report, e.notes = ingest.Report{}, nil
	switch {
	case !e.Has():
		return
	case e.tableErr != nil:
		e.problem = e.message(e.tableErr)
		return
	}
	if mm, ok := ingest.DetectMovements(e.table); ok && !st.shapeSet {
		e.readMovements(mm, progress)
		return
	}
	switch {
	case e.detErr != nil && !st.shapeSet:
		e.problem = e.message(e.detErr)
		e.mapping = e.detected
		return
	}
	m := e.mappingFor(st)
	e.mapping = m
	if progress != nil {
		progress(st.p.Text("Reading %d rows", e.table.Rows()), 0.15)
	}
	switch m.Shape {
	case ingest.PerCustomer:
		// Read straight into the bridge's rows, which the bridge merges in
		// place: a table's customers are held once, not twice (a million
		// customers peak at 125 MB in WebAssembly instead of 173 MB).
		rows, rep := e.table.BridgeRows(m)
		e.report = rep
		if rows != nil {
			if progress != nil {
				progress(st.p.Text("Building the ARR bridge"), 0.6)
			}
			b, err := calc.NewBridgeOf(rows, calc.BridgeOptions{GRRCap: st.grrCap})
			if err != nil {
				e.notes = append(e.notes, e.message(err))
			} else {
				e.bridge = b
			}
		}
	default:
		series, rep := e.table.ReadSeries(m)
		e.report = rep
		if series != nil {
			if progress != nil {
				progress(st.p.Text("Analysing %d customers over %d months", len(series.Customers), series.Months), 0.5)
			}
			a, err := monthly.Analyse(series, st.monthlyOptions())
			if err != nil {
				e.notes = append(e.notes, e.message(err))
			} else {
				e.series, e.analysis = series, a
				e.from, e.to = st.bridgeMonths(series)
				if progress != nil {
					progress(st.p.Text("Building the ARR bridge"), 0.8)
				}
				e.bridge = e.monthlyBridge()
			}
		}
	}
}

// displayName is the table's name as the page shows it.
func (e *Page) displayName() string {
	if e.name != "" {
		return e.name
	}
	return e.s.p.Text("Pasted table")
}

// message writes an error from the core in the user's language.
func (e *Page) message(err error) string { return e.s.p.Error(err) }

// monthlyBridge is the per-customer bridge of two months of the series,
// from and to, in ARR: what the calculator and the customer table show.
func (e *Page) monthlyBridge() *calc.Bridge {
	s := e.series
	toARR := calc.Money(1)
	if s.Unit == monthly.MRR {
		toARR = 12
	}
	accounts := make([]calc.Account, len(s.Customers))
	for c, name := range s.Customers {
		accounts[c] = calc.Account{Customer: name, Start: s.Amount(c, e.from) * toARR, End: s.Amount(c, e.to) * toARR}
	}
	b, err := calc.NewBridge(accounts, calc.BridgeOptions{GRRCap: e.s.grrCap})
	if err != nil {
		e.notes = append(e.notes, e.message(err))
		return nil
	}
	return b
}

// Currency is the currency the table's amounts are written in, lang.None
// when they name none (see ingest.Table.Currency).
func (e *Page) Currency() lang.Currency {
	if e.table == nil {
		return lang.None
	}
	return e.table.Currency(e.mapping)
}
