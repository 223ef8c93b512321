// Package engine is the data page's engine: it reads the table a user
// pastes, drops or opens (calc/ingest), analyses it (calc's ARR bridge,
// calc/monthly's movements, retention and cohorts) and writes every result as
// HTML in the user's language and currency (app/markup). It runs in a web
// worker (wasm/engine), so that a table of 100,000 customers never freezes
// the page, and the page itself links none of it. It is plain Go, tested
// natively.
package engine

import (
	"nrrlab/app/engine/api"
	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// Progress reports what the engine is doing, in the user's language, and
// how far it is, from 0 to 1.
type Progress func(stage string, done float64)

// Engine holds one table and what was last read and analysed from it.
type Engine struct {
	name string
	data []byte

	table    *ingest.Table
	tableErr error
	detected ingest.Mapping
	detErr   error

	// What the last Configure read, for the customer table, the preview
	// and the drill-down.
	s        settings
	mapping  ingest.Mapping
	report   ingest.Report
	bridge   *calc.Bridge
	series   *monthly.Series
	analysis *monthly.Analysis
	from, to int // the months of the series the bridge compares
	// byCustomer orders the bridge's rows for the customer table, once per
	// sort.
	order []int
	sort  api.Query
}

// New returns an engine with no table.
func New() *Engine { return &Engine{} }

// Forget drops the table.
func (e *Engine) Forget() { *e = Engine{} }

// Load reads a new table and analyses it with the settings.
func (e *Engine) Load(name string, data []byte, s api.Settings, progress Progress) *api.View {
	*e = Engine{name: name, data: data}
	st := parseSettings(s)
	if progress != nil {
		progress(st.p.Text("Reading the table"), 0.05)
	}
	e.table, e.tableErr = readTable(data)
	if e.tableErr == nil {
		e.detected, e.detErr = e.table.Detect()
	}
	return e.Configure(s, progress)
}

// readTable reads a spreadsheet file or delimited text.
func readTable(data []byte) (*ingest.Table, error) {
	return ingest.ReadTable(data)
}

// Configure reads the table again with new settings (roles, readings,
// conventions, language) and analyses it. The text is not parsed again.
func (e *Engine) Configure(s api.Settings, progress Progress) *api.View {
	st := parseSettings(s)
	e.s = st
	e.bridge, e.series, e.analysis, e.order = nil, nil, nil, nil
	v := &api.View{Name: e.displayName()}
	if e.table == nil && e.tableErr == nil {
		return v
	}
	if e.tableErr != nil {
		v.Summary = e.message(e.tableErr)
		v.Blocked = true
		return v
	}
	if e.detErr != nil && !st.shapeSet {
		v.Summary = e.message(e.detErr)
		v.Blocked = true
		v.Columns = e.columns(e.detected)
		v.Preview = e.preview(e.detected, 0)
		v.Choices = e.readingChoices(e.detected)
		return v
	}
	m := e.mappingFor(st)
	e.mapping = m
	if progress != nil {
		progress(st.p.Text("Reading %d rows", e.table.Rows()), 0.15)
	}
	switch m.Shape {
	case ingest.PerCustomer:
		accounts, rep := e.table.Accounts(m)
		e.report = rep
		if accounts != nil {
			if progress != nil {
				progress(st.p.Text("Building the ARR bridge"), 0.6)
			}
			b, err := calc.NewBridge(accounts, calc.BridgeOptions{GRRCap: st.grrCap})
			if err != nil {
				e.report.Notices = append(e.report.Notices, e.message(err))
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
				e.report.Notices = append(e.report.Notices, e.message(err))
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
	if progress != nil {
		progress(st.p.Text("Writing the results"), 0.9)
	}
	e.fillView(v)
	return v
}

// displayName is the table's name as the page shows it.
func (e *Engine) displayName() string {
	if e.name != "" {
		return e.name
	}
	return e.s.p.Text("Pasted table")
}

// message writes an error from the core in the user's language: a
// lang.Msg is translated; other errors are shown as they read.
func (e *Engine) message(err error) string {
	if m, ok := err.(lang.Msg); ok {
		return e.s.p.Msg(m)
	}
	return err.Error()
}

// monthlyBridge is the per-customer bridge of two months of the series,
// from and to, in ARR: what the calculator and the customer table show.
func (e *Engine) monthlyBridge() *calc.Bridge {
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
		e.report.Notices = append(e.report.Notices, e.message(err))
		return nil
	}
	return b
}
