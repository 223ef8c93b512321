package ingest

import (
	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// Accounts reads a per-customer table with mapping m into accounts, one per
// row: a customer on several rows stays on several rows, for the bridge to
// merge with its notice. With errors, it returns no accounts unless
// m.SkipBadRows, and the report lists every cell that could not be read.
//
// How it reads what sheets hold, each with one notice per kind:
//   - a row whose start and end ARR are the sums of the rows above it (since
//     the last total, or all of them), within 0.5% or five units of
//     currency, is a total and is left out, whether it is named Total,
//     Jumlah, "Enterprise Total" or nothing; a customer called Total with
//     figures of its own stays a customer;
//   - ARR below zero (a credit) counts as zero;
//   - a row with figures and a blank or placeholder name (-, N/A, (blank),
//     [Business Name]) is a customer named after its row, "Row 7,003"; a
//     nameless row without figures holds nothing and is left out;
//   - a blank cell, or a dash as the accounting format shows zero, is zero;
//   - a spreadsheet error (#N/A, #REF!…), a formula or a date is an error
//     that says which.
func (t *Table) Accounts(m Mapping) ([]calc.Account, Report) {
	accounts, _, rep := t.readAccounts(m, false)
	return accounts, rep
}

// BridgeRows reads a per-customer table as Accounts does, into the rows of
// a bridge for calc.NewBridgeOf, which merges and classifies them in place:
// a million customers' file to its bridge then holds its accounts once, not
// twice (48 MB less in WebAssembly's memory, which never shrinks).
func (t *Table) BridgeRows(m Mapping) ([]calc.BridgeRow, Report) {
	_, rows, rep := t.readAccounts(m, true)
	return rows, rep
}

// readAccounts is Accounts, into the rows of a bridge instead when asRows.
// (A function to make each row cost the accounts 5% more time natively.)
func (t *Table) readAccounts(m Mapping, asRows bool) ([]calc.Account, []calc.BridgeRow, Report) {
	var rep Report
	for _, c := range []int{m.Customer, m.Start, m.End, m.Segment} {
		if err := t.checkColumn(c); err != nil {
			rep.fail(&CellError{Row: 1, Column: columnLetter(max(c, 0)), Expected: msgOf(err)})
			return nil, nil, rep
		}
	}
	sh := t.newSheet(m, &rep, []int{m.Start, m.End})
	var accounts []calc.Account
	var rows []calc.BridgeRow
	if asRows {
		rows = make([]calc.BridgeRow, 0, t.Rows())
	} else {
		accounts = make([]calc.Account, 0, t.Rows())
	}
	var skippedStart, skippedEnd calc.Money
	for r := sh.first; r < t.Rows(); r++ {
		yield(r)
		name := t.Cell(r, m.Customer)
		label := classifyLabel(name)
		ok := sh.readRow(r)
		if sh.isTotal(r, name, label) {
			continue
		}
		name, found := sh.customerName(r, name, label)
		sh.keep()
		if !found {
			continue
		}
		rep.Rows++
		a := calc.Account{Customer: name, Segment: t.Cell(r, m.Segment), Start: sh.amount(r, 0), End: sh.amount(r, 1)}
		if m.Unit == monthly.MRR {
			for i, v := range []*calc.Money{&a.Start, &a.End} {
				var err error
				if *v, err = mul12(*v); err != nil {
					rep.fail(&CellError{Row: t.Line(r), Column: sh.readers[i].name, Text: t.Cell(r, sh.readers[i].col), Expected: lang.M(expectAmount), Problem: lang.M(problemTooLarge)})
					ok = false
				}
			}
		}
		if !ok {
			skippedStart, skippedEnd = addSaturating(skippedStart, a.Start), addSaturating(skippedEnd, a.End)
			sh.skip(a.Start, a.End)
			continue
		}
		if asRows {
			rows = append(rows, calc.BridgeRow{Account: a})
		} else {
			accounts = append(accounts, a)
		}
	}
	sh.note(noticeCreditsARR)
	if m.Unit == monthly.MRR {
		rep.notice(noticeMRRToARR, t.columnArg(m, m.Start))
	}
	if !sh.conclude(func(rep *Report) {
		rep.notice(noticeSkippedARR, rep.Skipped, lang.Amount(skippedStart), lang.Amount(skippedEnd))
	}) {
		return nil, nil, rep
	}
	return accounts, rows, rep
}
