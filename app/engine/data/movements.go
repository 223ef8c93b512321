package data

import (
	"nrrlab/calc/ingest"
	"nrrlab/calc/monthly"
)

// readMovements reads a report of monthly movements: NRR Lab's warehouse
// query's result, or a billing tool's export (ChartMogul's metrics or its
// per-customer movements). What aggregates give is computed from it: each
// month's movements, revenue and monthly NRR and GRR (the customers paying
// at the start of a month are those the month's expansion, contraction and
// churn apply to), and twelve monthly NRRs compounded. What needs each
// customer's revenue month by month, the trailing 12-month figure and
// cohorts, is not: the page says which query gives it.
func (e *Page) readMovements(m ingest.MovementsMapping, progress Progress) {
	p := e.s.p
	if progress != nil {
		progress(p.Text("Reading the movements"), 0.3)
	}
	r, rep := e.table.Movements(m)
	e.report = rep
	if r == nil || len(r.Months) == 0 {
		if rep.OK() {
			e.problem = p.Text("The report has no months of movements.")
		}
		return
	}
	e.movements = r
	a := &monthly.Analysis{Movements: make([]monthly.Movement, len(r.Months))}
	a.Monthly = make([]monthly.Retention, len(r.Months))
	a.Trailing = make([]monthly.Retention, len(r.Months))
	a.Annualised = make([]monthly.Annualised, len(r.Months))
	for i, mm := range r.Months {
		a.Movements[i] = mm.Movement
		if i == 0 || mm.Starting <= 0 {
			continue
		}
		retained := mm.Starting + mm.Expansion - mm.Contraction - mm.Churn
		ret := monthly.Retention{Defined: true, Base: mm.Starting, Retained: retained,
			NRR: retained.Ratio(mm.Starting), GRR: (mm.Starting - mm.Contraction - mm.Churn).Ratio(mm.Starting)}
		a.Monthly[i] = ret
	}
	for i := 12; i < len(r.Months); i++ {
		prod, ok := 1.0, true
		for k := i - 11; k <= i; k++ {
			ok = ok && a.Monthly[k].Defined
			prod *= a.Monthly[k].NRR
		}
		if ok {
			a.Annualised[i] = monthly.Annualised{Defined: true, Compounded: prod}
		}
	}
	e.analysis = a
}

// starting is the revenue a month starts from: the report's own starting
// figure, or the month before's total.
func (e *Page) startingOf(m int) (v int64, ok bool) {
	if e.movements != nil {
		return int64(e.movements.Months[m].Starting), true
	}
	return 0, false
}
