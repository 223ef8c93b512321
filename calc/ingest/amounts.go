package ingest

import (
	"math/bits"

	"nrrlab/calc"
	"nrrlab/calc/figure"
	"nrrlab/calc/lang"
)

// amountColumn reads signed amounts (credits and refunds are negative) in
// the style its column agrees on, and notes the ambiguous readings once.
type amountColumn struct {
	t         *Table
	m         Mapping
	col       int
	style     Style
	expected  lang.Key
	ambiguous int
	example   string
	exampleAt int // the example's line
	sep       byte
}

// newAmountColumn decides the column's style as the other tables do: the
// mapping's, else what its unambiguous cells show, else its currency's.
func (t *Table) newAmountColumn(m Mapping, col int, expected lang.Key) *amountColumn {
	first := 0
	if m.Header {
		first = 1
	}
	ac := &amountColumn{t: t, m: m, col: col, expected: expected, style: m.Style}
	if col >= 0 && col < t.Columns {
		ac.style = t.newColumnReader(m, col, first).style
	}
	return ac
}

// read reads the amount of row r; a blank cell is reported as blank, a rate
// or a text that is no amount as an error.
func (ac *amountColumn) read(r int) (v calc.Money, blank bool, err *CellError) {
	s := ac.t.Cell(r, ac.col)
	if s == "" {
		return 0, true, nil
	}
	var p figure.Plain
	if scanPlain(&p, s) {
		v, sep := p.Amount(ac.style)
		if sep != 0 {
			ac.noteCell(s, r, sep)
		}
		return v, false, nil
	}
	rd, perr := figure.Scan(s)
	var problem lang.Msg
	if perr.None() {
		var f Figure
		if f, perr = rd.Figure(ac.style); perr.None() {
			if !f.Percent {
				if sep := rd.Ambiguous(); sep != 0 {
					ac.noteCell(s, r, sep)
				}
				return f.Amount, false, nil
			}
			problem = lang.M(problemRate)
		}
	}
	if problem.Key == "" {
		problem = perr.Msg()
	}
	return 0, false, &CellError{Row: ac.t.Line(r), Column: ac.t.ColumnName(ac.m, ac.col), Header: ac.t.namedByHeader(ac.m, ac.col), Text: clip(s), Expected: lang.M(ac.expected), Problem: problem}
}

// noteCell counts a cell of row r whose separator sep could mean either.
func (ac *amountColumn) noteCell(s string, r int, sep byte) {
	ac.ambiguous++
	if ac.example == "" {
		ac.example, ac.sep, ac.exampleAt = s, sep, ac.t.Line(r)
	}
}

// noteAmbiguous tells how the column's ambiguous cells, such as "1,998",
// were read.
func (ac *amountColumn) noteAmbiguous(rep *Report) {
	if ac.ambiguous == 0 {
		return
	}
	grouping := ac.style == StyleAuto || (ac.style == StyleDotDecimal) == (ac.sep == ',')
	rep.notice(styleNotice(ac.sep, grouping), ac.ambiguous, quoted(ac.example), ac.exampleAt, ac.t.columnArg(ac.m, ac.col))
}

// styleNotice is the notice of values whose separator sep could mean
// either, read as grouping thousands or as marking decimals.
func styleNotice(sep byte, grouping bool) lang.Key {
	switch {
	case grouping && sep == '.':
		return noticeStyleDot
	case grouping:
		return noticeStyleComma
	case sep == '.':
		return noticeStyleDecimalDot
	}
	return noticeStyleDecimalComma
}

// mulUint returns a × b, or false when it does not fit in 64 bits.
func mulUint(a, b uint64) (uint64, bool) {
	hi, lo := bits.Mul64(a, b)
	return lo, hi == 0
}
