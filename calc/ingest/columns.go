package ingest

import (
	"nrrlab/calc"
	"nrrlab/calc/figure"
	"nrrlab/calc/lang"
)

// columnReader reads the amounts of one column in the style its cells agree
// on, and counts the readings worth a notice: ambiguous separators and
// dashes for zero.
type columnReader struct {
	t     *Table
	m     Mapping
	col   int
	name  string
	arg   any // the column as columnArg gives it
	style Style
	cur   lang.Currency
	// Cells whose separator could mean either, read in the column's style.
	ambiguous tally
	sep       byte
	// Cells holding only a dash, read as zero.
	dashes tally
}

// newColumnReader decides the column's style: the mapping's, or else the one
// its unambiguous cells show, or else the one its currency implies.
func (t *Table) newColumnReader(m Mapping, col int, first int) *columnReader {
	return t.newColumnReaders(m, []int{col}, first)[0]
}

// newColumnReaders decides the style of each column of cols as
// newColumnReader does, over the first 10,000 rows from first, in one pass
// row by row: the cells of a wide sheet are read in the order they are in
// the text, not a column at a time. A column is done once its currency is
// known and the rows left could not turn its count of evidence.
func (t *Table) newColumnReaders(m Mapping, cols []int, first int) []*columnReader {
	type count struct {
		dot, comma int
		done       bool
	}
	readers := make([]*columnReader, len(cols))
	counts := make([]count, len(cols))
	for i, col := range cols {
		readers[i] = &columnReader{t: t, m: m, col: col, name: t.ColumnName(m, col), arg: t.columnArg(m, col), style: m.Style, cur: lang.None}
	}
	open, last := len(cols), min(t.Rows(), first+10_000)
	for r := first; r < last && open > 0; r++ {
		for i, cr := range readers {
			n := &counts[i]
			if n.done {
				continue
			}
			cur, evidence, ok := cellEvidence(t.Cell(r, cr.col))
			if !ok {
				continue
			}
			if cr.cur == lang.None {
				cr.cur = cur
			}
			if cr.style != StyleAuto {
				if cr.cur != lang.None || r > first+100 {
					n.done, open = true, open-1
				}
				continue
			}
			switch evidence {
			case StyleDotDecimal:
				n.dot++
			case StyleCommaDecimal:
				n.comma++
			}
			if cr.cur != lang.None && max(n.dot-n.comma, n.comma-n.dot) > last-1-r {
				n.done, open = true, open-1
			}
		}
	}
	for i, cr := range readers {
		if cr.style != StyleAuto {
			continue
		}
		switch n := counts[i]; {
		case n.dot > n.comma:
			cr.style = StyleDotDecimal
		case n.comma > n.dot:
			cr.style = StyleCommaDecimal
		default:
			cr.style = figure.CurrencyStyle(cr.cur)
		}
	}
	return readers
}

// fullReader sends every cell through figure.Scan and Figure, as the
// readers did before figure.ScanPlain: the tests set it to compare the two.
var fullReader bool

// scanPlain is p.Scan(s), unless fullReader.
func scanPlain(p *figure.Plain, s string) bool {
	return !fullReader && p.Scan(s)
}

// cellEvidence is the currency a cell names and the style its separators
// prove, as figure.Scan reads them; false when it is no figure.
func cellEvidence(s string) (lang.Currency, Style, bool) {
	if s == "" {
		return lang.None, StyleAuto, false
	}
	var p figure.Plain
	if scanPlain(&p, s) {
		return p.Currency(), p.Evidence(), true
	}
	rd, perr := figure.Scan(s)
	return rd.Currency(), rd.Evidence(), perr.None()
}

// read reads the cell of row r as it is written, credits below zero
// included: an empty cell or a lone dash is zero; a rate, a spreadsheet
// error, a formula or a date is an error that says so.
func (cr *columnReader) read(r int) (calc.Money, *CellError) {
	s := cr.t.Cell(r, cr.col)
	if s == "" {
		return 0, nil
	}
	if !fullReader {
		if v, ok := figure.ScanDecimal(s); ok {
			return v, nil
		}
	}
	var p figure.Plain
	if scanPlain(&p, s) {
		v, sep := p.Amount(cr.style)
		if sep != 0 {
			cr.noteAmbiguous(s, r, sep)
		}
		return v, nil
	}
	rd, scanned := figure.Scan(s)
	var perr lang.Msg
	if scanned.None() {
		var f Figure
		if f, scanned = rd.Figure(cr.style); scanned.None() {
			if !f.Percent {
				if sep := rd.Ambiguous(); sep != 0 {
					cr.noteAmbiguous(s, r, sep)
				}
				return f.Amount, nil
			}
			perr = lang.M(problemRate)
		}
	}
	if perr.Key == "" {
		perr = scanned.Msg()
	}
	if figure.IsDash(s) {
		cr.dashes.add(s, cr.t.Line(r), cr.arg)
		return 0, nil
	}
	if p := sheetProblem(s); p.Key != "" {
		perr = p
	}
	return 0, &CellError{Row: cr.t.Line(r), Column: cr.name, Header: cr.t.namedByHeader(cr.m, cr.col), Text: s, Expected: lang.M(expectAmount), Problem: perr}
}

// noteAmbiguous counts a cell of row r whose separator sep could mean
// either.
func (cr *columnReader) noteAmbiguous(s string, r int, sep byte) {
	if cr.ambiguous.n == 0 {
		cr.sep = sep
	}
	cr.ambiguous.add(s, cr.t.Line(r), cr.arg)
}
