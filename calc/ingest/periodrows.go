package ingest

import "nrrlab/calc/lang"

// periodRows calls f for every row of data of a subscription or invoice
// table, after the header. An export's total line is left out with one
// notice: a row named as a total (Total, Grand Total, Jumlah) whose start
// date is blank, since every period and line has one. A customer called
// Total, with its dates, stays a customer.
func (t *Table) periodRows(m Mapping, rep *Report, f func(r int)) {
	first := 0
	if m.Header {
		first = 1
	}
	label := max(m.Customer, 0)
	totals, example, exampleRow := 0, "", 0
	for r := first; r < t.Rows(); r++ {
		name := t.Cell(r, label)
		if classifyLabel(name) == labelTotal && isTotalWord(name) && t.Cell(r, m.StartDate) == "" {
			if totals == 0 {
				example, exampleRow = name, t.Line(r)
			}
			totals++
			continue
		}
		rep.Rows++
		f(r)
	}
	if totals > 0 {
		rep.notice(noticePeriodTotals, totals, exampleRow, quoted(example))
	}
}

// conclude summarises a period table's errors and says whether what was
// read may be used: always when every cell read, and with errors only when
// bad rows are skipped (the notice says how many, and the amounts they held).
func (r *Report) conclude(skipBadRows bool) bool {
	keep := r.OK() || skipBadRows
	if !keep || r.OK() {
		r.Skipped, r.SkippedAmount = 0, 0
	}
	if r.MoreErrors > 0 {
		r.notice(noticeMoreErrors, r.MoreErrors)
	}
	if r.Skipped > 0 {
		r.notice(noticeSkipped, r.Skipped, lang.Amount(r.SkippedAmount))
	}
	return keep
}
