package ingest

import (
	"fmt"
	"strconv"
	"strings"

	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

// CellError is a cell that cannot be read: its row as the user sees it, its
// column's name, its text, and what was expected there.
type CellError struct {
	Row      int
	Column   string
	Text     string
	Expected string
	// Problem says what is wrong with the text, when more can be said.
	Problem string
}

func (e *CellError) Error() string {
	s := "row " + strconv.Itoa(e.Row) + ", column " + e.Column + ": " + strconv.Quote(e.Text) + " cannot be read"
	if e.Problem != "" {
		s += " (" + e.Problem + ")"
	}
	return s + "; expected " + e.Expected
}

// MaxErrors caps the cell errors a Report lists; the rest are counted.
const MaxErrors = 100

// Report says what reading a table did: the rows read, the notices (totals
// left out, readings decided, duplicates), and every cell that could not be
// read. When it has errors and the mapping does not skip bad rows, nothing
// was imported.
type Report struct {
	Rows       int
	Notices    []string
	Errors     []*CellError
	MoreErrors int
	// Skipped counts rows left out because of errors (with SkipBadRows).
	Skipped int
}

// OK reports whether every cell was read.
func (r *Report) OK() bool { return len(r.Errors) == 0 }

func (r *Report) fail(e *CellError) {
	if len(r.Errors) < MaxErrors {
		r.Errors = append(r.Errors, e)
	} else {
		r.MoreErrors++
	}
}

func (r *Report) notice(format string, args ...any) {
	r.Notices = append(r.Notices, fmt.Sprintf(format, args...))
}

// conclude summarises the errors and says whether what was read may be
// used: always when every cell read, and with errors only when bad rows are
// skipped (the notice says how many).
func (r *Report) conclude(skipBadRows bool) bool {
	keep := r.OK() || skipBadRows
	if !keep || r.OK() {
		r.Skipped = 0
	}
	r.finish()
	return keep
}

// finish adds the notices that summarise the errors.
func (r *Report) finish() {
	if r.MoreErrors > 0 {
		r.notice(noticeMoreErrors, r.MoreErrors)
	}
	if r.Skipped > 0 {
		r.notice(noticeSkipped, r.Skipped)
	}
}

// columnReader reads the amounts of one column in the style its cells agree
// on, and notes the ambiguous readings once for the column.
type columnReader struct {
	t         *Table
	m         Mapping
	col       int
	style     Style
	ambiguous int
	example   string
	sep       byte
}

// newColumnReader decides the column's style: the mapping's, or else the one
// its unambiguous cells show, or else the one its currency implies.
func (t *Table) newColumnReader(m Mapping, col int, first int) *columnReader {
	cr := &columnReader{t: t, m: m, col: col, style: m.Style}
	if cr.style != StyleAuto {
		return cr
	}
	dot, comma := 0, 0
	var cur currency
	for r := first; r < t.Rows() && r < first+10_000; r++ {
		rd, perr := scan(t.Cell(r, col))
		if perr != "" {
			continue
		}
		if cur == noCurrency {
			cur = rd.cur
		}
		switch rd.evidence() {
		case StyleDotDecimal:
			dot++
		case StyleCommaDecimal:
			comma++
		}
	}
	switch {
	case dot > comma:
		cr.style = StyleDotDecimal
	case comma > dot:
		cr.style = StyleCommaDecimal
	default:
		cr.style = cur.defaultStyle()
	}
	return cr
}

// evidence returns the style a number's separators prove, or StyleAuto when
// they could be read either way or have no separator.
func (r *reading) evidence() Style {
	n := r.number
	dots, commas := strings.Count(n, "."), strings.Count(n, ",")
	switch {
	case dots > 0 && commas > 0:
		if n[strings.LastIndexAny(n, ".,")] == '.' {
			return StyleDotDecimal
		}
		return StyleCommaDecimal
	case dots > 1:
		return StyleCommaDecimal
	case commas > 1:
		return StyleDotDecimal
	case dots+commas == 1:
		sep := byte('.')
		if commas == 1 {
			sep = ','
		}
		i := strings.IndexByte(n, sep)
		if len(n)-i-1 == 3 && i >= 1 && i <= 3 && r.mag == 0 {
			return StyleAuto
		}
		if sep == '.' {
			return StyleDotDecimal
		}
		return StyleCommaDecimal
	}
	return StyleAuto
}

// read reads the cell of row r: an empty cell is zero, a negative amount is
// an error, a rate is an error.
func (cr *columnReader) read(r int, rep *Report) (calc.Money, bool) {
	s := cr.t.Cell(r, cr.col)
	if s == "" {
		return 0, true
	}
	rd, perr := scan(s)
	if perr == "" {
		var f Figure
		if f, perr = rd.figure(cr.style); perr == "" {
			switch {
			case f.Percent:
				perr = "a percentage is a rate"
			case f.Amount < 0:
				rep.fail(&CellError{Row: cr.t.Line(r), Column: cr.t.ColumnName(cr.m, cr.col), Text: s, Expected: expectNotNegative})
				return 0, false
			default:
				if rd.note == noteAsGrouping || rd.note == noteAsDecimal {
					cr.ambiguous++
					if cr.example == "" {
						cr.example, cr.sep = s, rd.sep
					}
				}
				if cr.m.Unit == monthly.MRR && cr.m.Shape == PerCustomer {
					var err error
					if f.Amount, err = mul12(f.Amount); err != nil {
						perr = problemTooLarge
						break
					}
				}
				return f.Amount, true
			}
		}
	}
	rep.fail(&CellError{Row: cr.t.Line(r), Column: cr.t.ColumnName(cr.m, cr.col), Text: s, Expected: expectAmount, Problem: perr})
	return 0, false
}

func mul12(m calc.Money) (calc.Money, error) {
	if m > calc.MaxMoney/12 {
		return 0, calc.ErrOverflow
	}
	return m * 12, nil
}

// noteAmbiguous tells how the column's ambiguous cells were read.
func (cr *columnReader) noteAmbiguous(rep *Report) {
	if cr.ambiguous == 0 {
		return
	}
	name := cr.t.ColumnName(cr.m, cr.col)
	sep := "comma"
	if cr.sep == '.' {
		sep = "dot"
	}
	grouping := cr.style == StyleAuto || (cr.style == StyleDotDecimal) == (cr.sep == ',')
	if grouping {
		rep.notice(noticeStyle, name, cr.ambiguous, cr.example, sep)
	} else {
		rep.notice(noticeStyleDecimal, name, cr.ambiguous, cr.example, sep)
	}
}

// checkColumn reports an error when a mapped column does not exist.
func (t *Table) checkColumn(c int) error {
	if c >= t.Columns || c < -1 {
		return fmt.Errorf(errColumnRange, c+1, t.Columns)
	}
	return nil
}

// dataRows calls f for every row of data: after the header, leaving out
// total rows, with a notice.
func (t *Table) dataRows(m Mapping, rep *Report, f func(r int)) {
	first := 0
	if m.Header {
		first = 1
	}
	var totals []string
	label := m.Customer
	if label < 0 {
		label = 0
	}
	for r := first; r < t.Rows(); r++ {
		if name := t.Cell(r, label); isTotal(name) || (label != 0 && isTotal(t.Cell(r, 0))) {
			totals = append(totals, "row "+strconv.Itoa(t.Line(r))+" ("+name+")")
			continue
		}
		rep.Rows++
		f(r)
	}
	if len(totals) > 0 {
		rep.notice(noticeTotals, len(totals), strings.Join(totals, ", "))
	}
}

// Accounts reads a per-customer table with mapping m into accounts, one per
// row: a customer on several rows stays on several rows, for the bridge to
// merge with its notice. With errors, it returns no accounts unless
// m.SkipBadRows, and the report lists every cell that could not be read.
func (t *Table) Accounts(m Mapping) ([]calc.Account, Report) {
	var rep Report
	for _, c := range []int{m.Customer, m.Start, m.End, m.Segment} {
		if err := t.checkColumn(c); err != nil {
			rep.fail(&CellError{Row: 1, Column: columnLetter(max(c, 0)), Expected: err.Error()})
			return nil, rep
		}
	}
	first := 0
	if m.Header {
		first = 1
	}
	start := t.newColumnReader(m, m.Start, first)
	end := t.newColumnReader(m, m.End, first)
	accounts := make([]calc.Account, 0, t.Rows())
	t.dataRows(m, &rep, func(r int) {
		name := t.Cell(r, m.Customer)
		a := calc.Account{Customer: name, Segment: t.Cell(r, m.Segment)}
		ok1 := true
		var ok2 bool
		a.Start, ok1 = start.read(r, &rep)
		a.End, ok2 = end.read(r, &rep)
		if name == "" && (a.Start != 0 || a.End != 0) {
			rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(m, m.Customer), Text: name, Expected: expectCustomer})
			ok1 = false
		}
		if !ok1 || !ok2 {
			rep.Skipped++
			return
		}
		accounts = append(accounts, a)
	})
	start.noteAmbiguous(&rep)
	end.noteAmbiguous(&rep)
	if m.Unit == monthly.MRR {
		rep.notice(noticeMRRToARR, t.ColumnName(m, m.Start))
	}
	if !rep.conclude(m.SkipBadRows) {
		return nil, rep
	}
	return accounts, rep
}

// Series reads a wide or long monthly table with mapping m into a series of
// customers by month. Customers are in the order they first appear. With
// errors, it returns no series unless m.SkipBadRows.
func (t *Table) Series(m Mapping) (*monthly.Series, Report) {
	if m.Shape == Long {
		return t.longSeries(m)
	}
	var rep Report
	if len(m.Months) == 0 {
		rep.fail(&CellError{Row: 1, Column: "A", Expected: expectMonth})
		return nil, rep
	}
	for _, c := range append([]int{m.Customer}, monthColumns(m.Months)...) {
		if err := t.checkColumn(c); err != nil {
			rep.fail(&CellError{Row: 1, Column: columnLetter(max(c, 0)), Expected: err.Error()})
			return nil, rep
		}
	}
	first := 0
	if m.Header {
		first = 1
	}
	readers := make([]*columnReader, len(m.Months))
	for i, mc := range m.Months {
		readers[i] = t.newColumnReader(m, mc.Column, first)
	}
	s := &monthly.Series{Start: m.Months[0].Month, Months: len(m.Months), Unit: m.Unit}
	s.Amounts = make([]calc.Money, 0, len(m.Months)*t.Rows())
	s.Customers = make([]string, 0, t.Rows())
	index := map[string]int{}
	summed, sumExample, sumMonth := 0, "", ""
	row := make([]calc.Money, len(m.Months))
	t.dataRows(m, &rep, func(r int) {
		name := t.Cell(r, m.Customer)
		ok := true
		for i, cr := range readers {
			var good bool
			row[i], good = cr.read(r, &rep)
			ok = ok && good
		}
		if name == "" {
			rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(m, m.Customer), Text: name, Expected: expectCustomer})
			ok = false
		}
		if !ok {
			rep.Skipped++
			return
		}
		if at, dup := index[name]; dup {
			for i, v := range row {
				sum, err := s.Amounts[at*s.Months+i].Add(v)
				if err != nil {
					rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(m, m.Months[i].Column), Text: t.Cell(r, m.Months[i].Column), Expected: expectAmount, Problem: problemTooLarge})
					return
				}
				s.Amounts[at*s.Months+i] = sum
			}
			summed++
			if sumExample == "" {
				sumExample, sumMonth = name, "every month"
			}
			return
		}
		index[name] = len(s.Customers)
		s.Customers = append(s.Customers, name)
		s.Amounts = append(s.Amounts, row...)
	})
	for _, cr := range readers {
		cr.noteAmbiguous(&rep)
	}
	if summed > 0 {
		rep.notice(noticeSummed, summed, sumExample, sumMonth)
	}
	return t.finishSeries(s, m, rep)
}

func (t *Table) finishSeries(s *monthly.Series, m Mapping, rep Report) (*monthly.Series, Report) {
	if !rep.conclude(m.SkipBadRows) {
		return nil, rep
	}
	return s, rep
}

func monthColumns(ms []MonthColumn) []int {
	cols := make([]int, len(ms))
	for i, mc := range ms {
		cols[i] = mc.Column
	}
	return cols
}

// longSeries reads a table of customer, month and amount rows. Months span
// from the earliest to the latest in the table; a customer with no row for a
// month paid nothing that month.
func (t *Table) longSeries(m Mapping) (*monthly.Series, Report) {
	var rep Report
	for _, c := range []int{m.Customer, m.Month, m.Amount} {
		if err := t.checkColumn(c); err != nil || c < 0 {
			rep.fail(&CellError{Row: 1, Column: columnLetter(max(c, 0)), Expected: expectMonth})
			return nil, rep
		}
	}
	first := 0
	if m.Header {
		first = 1
	}
	// Numeric dates: which order does the column use?
	order, dayFirstSeen, monthFirstSeen := dayFirst, false, false
	for r := first; r < t.Rows(); r++ {
		d, mf := dateEvidence(t.Cell(r, m.Month))
		dayFirstSeen, monthFirstSeen = dayFirstSeen || d, monthFirstSeen || mf
	}
	if monthFirstSeen && !dayFirstSeen {
		order = monthFirst
		rep.notice(noticeDateOrder, t.ColumnName(m, m.Month), "month/day/year")
	}
	amounts := t.newColumnReader(m, m.Amount, first)
	type entry struct {
		customer int
		month    monthly.Month
		amount   calc.Money
	}
	entries := make([]entry, 0, t.Rows())
	index := map[string]int{}
	var customers []string
	lo, hi := monthly.Month(1<<30), monthly.Month(-1)
	t.dataRows(m, &rep, func(r int) {
		name := t.Cell(r, m.Customer)
		mo, okMonth := parseMonth(t.Cell(r, m.Month), order)
		if !okMonth {
			rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(m, m.Month), Text: t.Cell(r, m.Month), Expected: expectMonth})
		}
		v, okAmount := amounts.read(r, &rep)
		if name == "" {
			rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(m, m.Customer), Text: name, Expected: expectCustomer})
		}
		if !okMonth || !okAmount || name == "" {
			rep.Skipped++
			return
		}
		c, seen := index[name]
		if !seen {
			c = len(customers)
			index[name] = c
			customers = append(customers, name)
		}
		lo, hi = min(lo, mo), max(hi, mo)
		entries = append(entries, entry{c, mo, v})
	})
	amounts.noteAmbiguous(&rep)
	if len(entries) == 0 {
		return t.finishSeries(nil, m, rep)
	}
	s := &monthly.Series{Start: lo, Months: int(hi-lo) + 1, Customers: customers, Unit: m.Unit}
	if len(customers)*s.Months > 50_000_000 {
		rep.fail(&CellError{Row: 1, Column: t.ColumnName(m, m.Month), Text: monthName(lo) + "–" + monthName(hi), Expected: expectMonth, Problem: problemTooLarge})
		return t.finishSeries(nil, m, rep)
	}
	s.Amounts = make([]calc.Money, len(customers)*s.Months)
	filled := make([]bool, len(s.Amounts))
	summed, sumExample, sumMonth := 0, "", ""
	for _, e := range entries {
		i := e.customer*s.Months + int(e.month-lo)
		if filled[i] {
			summed++
			if sumExample == "" {
				sumExample, sumMonth = customers[e.customer], monthName(e.month)
			}
			sum, err := s.Amounts[i].Add(e.amount)
			if err != nil {
				rep.fail(&CellError{Row: 1, Column: t.ColumnName(m, m.Amount), Text: customers[e.customer], Expected: expectAmount, Problem: problemTooLarge})
				return t.finishSeries(nil, m, rep)
			}
			s.Amounts[i] = sum
			continue
		}
		filled[i] = true
		s.Amounts[i] = e.amount
	}
	if summed > 0 {
		rep.notice(noticeSummed, summed, sumExample, sumMonth)
	}
	return t.finishSeries(s, m, rep)
}
