package ingest

import (
	"fmt"
	"strconv"
	"strings"

	"nrrlab/calc"
	"nrrlab/calc/figure"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// CellError is a cell that cannot be read: its row as the user sees it, its
// column's name, its text, and what was expected there. It writes itself in
// the user's language (Localize): where and what the text is, what is wrong
// with it when that can be said, and what was expected, a sentence each.
type CellError struct {
	Row int
	// Column is the column's header, or its letter when Header is false.
	Column string
	// Header says Column is the text of the column's header, which a
	// message quotes, rather than its letter.
	Header   bool
	Text     string
	Expected lang.Msg
	// Problem says what is wrong with the text, when more can be said; the
	// zero Msg when not.
	Problem lang.Msg
}

// Error is the message in English.
func (e *CellError) Error() string { return e.Localize(lang.Printer{}) }

// Localize writes the message in p's language.
func (e *CellError) Localize(p lang.Printer) string {
	where := lang.M(errCell, e.Row, e.ColumnArg(), quoted(e.Text))
	if e.Text == "" {
		where = lang.M(errCellEmpty, e.Row, e.ColumnArg())
	}
	return p.Sentences(e.sentences(where)...)
}

// Address is the cell's row and column as a label, for a link to the row.
func (e *CellError) Address() lang.Msg { return lang.M(cellAddress, e.Row, e.ColumnArg()) }

// Details are the sentences that follow the Address: the text cannot be
// read, what is wrong with it when that can be said, and what was expected.
func (e *CellError) Details() []lang.Msg {
	what := lang.M(cellText, quoted(e.Text))
	if e.Text == "" {
		what = lang.M(cellEmpty)
	}
	return e.sentences(what)
}

func (e *CellError) sentences(first lang.Msg) []lang.Msg {
	out := []lang.Msg{first}
	// An empty cell's first sentence already says it is empty.
	if e.Problem.Key != "" && !(e.Text == "" && e.Problem.Key == problemEmpty) {
		out = append(out, e.Problem)
	}
	if e.Expected.Key != "" {
		out = append(out, e.Expected)
	}
	return out
}

// ColumnArg is the column as an argument of a message: its header quoted,
// or its letter.
func (e *CellError) ColumnArg() any {
	if e.Header {
		return quoted(e.Column)
	}
	return e.Column
}

// msgOf is an error of this package as the sentence it is.
func msgOf(err error) lang.Msg {
	if m, ok := err.(lang.Msg); ok {
		return m
	}
	return lang.M(lang.Key(err.Error()))
}

// groupDigits writes a row number as people read it: 7,003.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	for i, c := range []byte(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// quoted is a text as a message quotes it (see figure.Quoted).
func quoted(s string) lang.Quote { return figure.Quoted(s) }

// monthArg is a month as an argument of a message.
func monthArg(m monthly.Month) lang.Month { return lang.MonthOf(m.Year(), int(m.Month())) }

// MaxErrors caps the cell errors a Report lists; the rest are counted.
const MaxErrors = 100

// Report says what reading a table did: the rows read, the notices (totals
// left out, readings decided, duplicates), and every cell that could not be
// read. When it has errors and the mapping does not skip bad rows, nothing
// was imported.
type Report struct {
	Rows int
	// Notices say what was decided or left out, a sentence each, to write
	// in the user's language.
	Notices    []lang.Msg
	Errors     []*CellError
	MoreErrors int
	// Skipped counts rows left out because of errors (with SkipBadRows).
	Skipped int
	// SkippedAmount is the revenue the skipped rows held: the sum of the
	// amounts that could be read in them, as they would have been imported
	// (credits as zero, MRR per customer as ARR).
	SkippedAmount calc.Money
}

// NoticesIn writes the notices in p's language, one sentence each.
func (r *Report) NoticesIn(p lang.Printer) []string {
	out := make([]string, len(r.Notices))
	for i, n := range r.Notices {
		out[i] = p.Msg(n)
	}
	return out
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

func (r *Report) notice(k lang.Key, args ...any) {
	r.Notices = append(r.Notices, lang.M(k, args...))
}

// tally counts the cells or rows of one kind of notice, adds up their
// amounts, and keeps the first as the example.
type tally struct {
	n      int
	sum    calc.Money
	text   string
	line   int
	column any // as columnArg gives it
	name   string
}

func (k *tally) add(text string, line int, column any) {
	if k.n == 0 {
		k.text, k.line, k.column = text, line, column
	}
	k.n++
}

// sheetProblem says what a cell holds when a spreadsheet wrote something
// other than a value: an error, a formula, hashes for a narrow column, or a
// date where amounts belong. It returns the zero Msg for anything else.
func sheetProblem(s string) lang.Msg {
	switch {
	case s[0] == '=' && len(s) > 1:
		return lang.M(problemFormula)
	case s[0] == '#':
		if strings.Trim(s, "#") == "" {
			return lang.M(problemNarrow)
		}
		switch strings.ToUpper(s) {
		case "#N/A", "#NA", "#N/A!":
			return lang.M(problemErrNA)
		case "#REF!":
			return lang.M(problemErrRef)
		case "#DIV/0!":
			return lang.M(problemErrDiv0)
		case "#VALUE!":
			return lang.M(problemErrValue)
		case "#NAME?":
			return lang.M(problemErrName)
		case "#NUM!":
			return lang.M(problemErrNum)
		case "#NULL!", "#SPILL!", "#CALC!", "#ERROR!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#GETTING_DATA":
			return lang.M(problemErrOther, strings.ToUpper(s))
		}
	case isMonthValue(s) || isDayAndMonth(s):
		return lang.M(problemDate)
	}
	return lang.Msg{}
}

// isDayAndMonth reports whether a cell is a day and a month name without a
// year, as a spreadsheet shows a number it took for a date: "2-Jan", "Mar 5".
func isDayAndMonth(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == ' ' || r == '.' })
	if len(parts) != 2 {
		return false
	}
	day, name := parts[0], parts[1]
	if !isDigitString(day) {
		day, name = name, day
	}
	_, ok := monthNames[strings.ToLower(name)]
	return ok && isDigitString(day) && len(day) <= 2
}

// monthProblem says why a cell of a month column is not a month, when it
// looks like one.
func monthProblem(s string) lang.Msg {
	if s == "" {
		return lang.Msg{}
	}
	if p := sheetProblem(s); p.Key != "" && p.Key != problemDate {
		return p
	}
	if isDigitString(s) && len(s) == 5 && s >= "10000" && s <= "73050" {
		return lang.M(problemSerial) // days since 1899-12-30: 1927 to 2099
	}
	if strings.IndexFunc(s, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '/' || r == '-' || r == '.' || r == ' ') }) < 0 {
		return lang.M(problemNoSuchDay)
	}
	return lang.Msg{}
}

func mul12(m calc.Money) (calc.Money, error) {
	if m > calc.MaxMoney/12 {
		return 0, calc.ErrOverflow
	}
	return m * 12, nil
}

// checkColumn reports an error when a mapped column does not exist.
func (t *Table) checkColumn(c int) error {
	if c >= t.Columns || c < -1 {
		return lang.M(errColumnRange, c+1, t.Columns)
	}
	return nil
}

// sheet reads the rows of a table under a mapping, one row at a time: the
// amount cells as written, whether the row totals the rows above it, the
// name its customer goes by, and the notices all this needs, one per kind.
type sheet struct {
	t       *Table
	m       Mapping
	rep     *Report
	readers []*columnReader
	first   int // the first row of data, after the header
	vals    []calc.Money
	bad     []bool
	pending []*CellError // the row's errors, kept until it is known not to be a total
	totals  *totalCheck
	cur     lang.Currency

	totalRows   tally
	drift       lang.Msg // how the first total that drifts differs from its sums
	drifts      int
	notTotal    tally
	noName      tally
	placeholder tally
	credits     tally
}

func (t *Table) newSheet(m Mapping, rep *Report, cols []int) *sheet {
	sh := &sheet{t: t, m: m, rep: rep, vals: make([]calc.Money, len(cols)), bad: make([]bool, len(cols)), totals: newTotalCheck(len(cols)), cur: lang.None}
	if m.Header {
		sh.first = 1
	}
	sh.readers = t.newColumnReaders(m, cols, sh.first)
	for _, cr := range sh.readers {
		if sh.cur == lang.None {
			sh.cur = cr.cur
		}
	}
	return sh
}

// readRow reads the amount cells of row r into vals and bad, and keeps
// their errors pending. It reports whether every cell was read.
func (sh *sheet) readRow(r int) bool {
	sh.pending = sh.pending[:0]
	ok := true
	for i, cr := range sh.readers {
		v, err := cr.read(r)
		sh.vals[i], sh.bad[i] = v, err != nil
		if err != nil {
			sh.pending = append(sh.pending, err)
			ok = false
		}
	}
	return ok
}

// isTotal reports whether row r, just read, totals the rows above it; a
// total row is left out and noted, its unreadable cells forgotten.
func (sh *sheet) isTotal(r int, name string, label rowLabel) bool {
	// A name totals nothing: the test is apart, so that this one inlines.
	return label != labelName && sh.totalRow(r, name, label)
}

// totalRow is isTotal for a row without a name, or labelled as a total.
func (sh *sheet) totalRow(r int, name string, label rowLabel) bool {
	match, ok := sh.totals.isTotal(label, sh.vals, sh.bad)
	if !ok {
		if label == labelTotal && isTotalWord(name) {
			sh.notTotal.add(name, sh.t.Line(r), "")
		}
		return false
	}
	sh.totalRows.add(name, sh.t.Line(r), "")
	if match.exact < len(sh.vals) {
		if sh.drifts == 0 {
			sh.drift = sh.describeDrift(r, match)
		}
		sh.drifts++
	}
	sh.totals.closeTotal()
	sh.pending = sh.pending[:0]
	return true
}

// describeDrift says in which columns a total row differs from its sums.
func (sh *sheet) describeDrift(r int, match totalMatch) lang.Msg {
	type diff struct {
		col int
		by  calc.Money
	}
	var diffs []diff
	largest := -1
	for i, v := range sh.vals {
		if sh.bad[i] || v == match.sums[i] {
			continue
		}
		d, err := v.Sub(match.sums[i])
		if err != nil {
			continue
		}
		diffs = append(diffs, diff{i, absMoney(d)})
		if largest < 0 || absMoney(d) > diffs[largest].by {
			largest = len(diffs) - 1
		}
	}
	line, n, differ := sh.t.Line(r), len(sh.vals), len(sh.vals)-match.exact
	name := func(d diff) any { return sh.readers[d.col].arg }
	money := func(d diff) lang.Amount { return lang.Amount(d.by) }
	switch {
	case len(diffs) == 0:
		for i, b := range sh.bad {
			if b {
				return lang.M(noticeTotalUnreadable, line, match.exact, n, sh.readers[i].arg, quoted(sh.t.Cell(r, sh.readers[i].col)))
			}
		}
		return lang.Msg{}
	case differ == 1 && len(diffs) == 1:
		return lang.M(noticeTotalDrift1, line, match.exact, n, name(diffs[0]), money(diffs[0]))
	case differ == 2 && len(diffs) == 2:
		return lang.M(noticeTotalDrift2, line, match.exact, n, name(diffs[0]), money(diffs[0]), name(diffs[1]), money(diffs[1]))
	}
	return lang.M(noticeTotalDriftFar, line, match.exact, n, differ, name(diffs[largest]), money(diffs[largest]))
}

// keep counts a data row into the sums total rows are checked against, and
// files its errors.
func (sh *sheet) keep() {
	sh.totals.add(sh.vals)
	for _, e := range sh.pending {
		sh.rep.fail(e)
	}
}

// hasFigures reports whether the row just read holds anything: an amount
// other than zero, or a cell that could not be read.
func (sh *sheet) hasFigures() bool {
	if len(sh.pending) > 0 {
		return true
	}
	for _, v := range sh.vals {
		if v != 0 {
			return true
		}
	}
	return false
}

// customerName returns the name row r's customer goes by: its own, or, when
// it is blank or a placeholder, "Row 7,003" after its line, so that its
// revenue is kept and never merged with another nameless row. A nameless row
// without figures holds nothing and is left out (false).
func (sh *sheet) customerName(r int, name string, label rowLabel) (string, bool) {
	if label != labelNone {
		return name, true
	}
	return sh.rowName(r, name)
}

// rowName is customerName for a row with a blank or placeholder name.
func (sh *sheet) rowName(r int, name string) (string, bool) {
	if !sh.hasFigures() {
		return "", false
	}
	line := sh.t.Line(r)
	named := fmt.Sprintf(nameRow, groupDigits(line))
	k := &sh.noName
	if name != "" {
		k = &sh.placeholder
	}
	if k.n == 0 {
		k.name = named
	}
	k.add(name, line, "")
	return named, true
}

// amount returns amount i of the row just read as it is imported: a credit
// below zero counts as no revenue, and is noted.
func (sh *sheet) amount(r, i int) calc.Money {
	if v := sh.vals[i]; v >= 0 {
		return v
	}
	return sh.credit(r, i)
}

// credit notes amount i of row r, below zero, as a credit: no revenue.
func (sh *sheet) credit(r, i int) calc.Money {
	v := sh.vals[i]
	if sh.credits.n == 0 {
		sh.credits.text, sh.credits.line, sh.credits.column = sh.t.Cell(r, sh.readers[i].col), sh.t.Line(r), sh.readers[i].arg
	}
	sh.credits.n++
	sh.credits.sum = addSaturating(sh.credits.sum, v)
	return 0
}

// skip counts a row left out for its errors, and the revenue it held.
func (sh *sheet) skip(amounts ...calc.Money) {
	sh.rep.Skipped++
	for _, a := range amounts {
		sh.rep.SkippedAmount = addSaturating(sh.rep.SkippedAmount, a)
	}
}

// note adds the notices of the rows read, one per kind, each with its count
// and an example.
func (sh *sheet) note(creditsNotice lang.Key) {
	rep := sh.rep
	if k := sh.totalRows; k.n > 0 {
		if k.text == "" {
			rep.notice(noticeTotalsUnnamed, k.n, k.line)
		} else {
			rep.notice(noticeTotalsNamed, k.n, k.line, quoted(k.text))
		}
	}
	if sh.drift.Key != "" {
		rep.Notices = append(rep.Notices, sh.drift)
		if sh.drifts > 1 {
			rep.notice(noticeMoreDrift, sh.drifts-1)
		}
	}
	if k := sh.notTotal; k.n > 0 {
		rep.notice(noticeNotTotal, k.n, k.line, quoted(k.text))
	}
	if k := sh.noName; k.n > 0 {
		rep.notice(noticeNoName, k.n, k.line, quoted(k.name))
	}
	if k := sh.placeholder; k.n > 0 {
		rep.notice(noticePlaceholderName, k.n, quoted(k.text), k.line, quoted(k.name))
	}
	if k := sh.credits; k.n > 0 {
		rep.notice(creditsNotice, k.n, lang.Amount(k.sum), quoted(k.text), k.line, k.column)
	}
	var dashes, grouping, decimal [2]tally // by separator: comma, dot
	for _, cr := range sh.readers {
		merge(&dashes[0], cr.dashes)
		if cr.ambiguous.n == 0 {
			continue
		}
		i := 0
		if cr.sep == '.' {
			i = 1
		}
		if cr.style == StyleAuto || (cr.style == StyleDotDecimal) == (cr.sep == ',') {
			merge(&grouping[i], cr.ambiguous)
		} else {
			merge(&decimal[i], cr.ambiguous)
		}
	}
	if k := dashes[0]; k.n > 0 {
		rep.notice(noticeDashZero, k.n, quoted(k.text), k.line, k.column)
	}
	for i, sep := range []byte{',', '.'} {
		if k := grouping[i]; k.n > 0 {
			rep.notice(styleNotice(sep, true), k.n, quoted(k.text), k.line, k.column)
		}
		if k := decimal[i]; k.n > 0 {
			rep.notice(styleNotice(sep, false), k.n, quoted(k.text), k.line, k.column)
		}
	}
}

// merge adds the count of b to a, keeping the example of whichever came
// first in the sheet.
func merge(a *tally, b tally) {
	if b.n == 0 {
		return
	}
	if a.n == 0 || b.line < a.line {
		n := a.n
		*a = b
		a.n += n
		return
	}
	a.n += b.n
}

// conclude summarises the errors and says whether what was read may be
// used: always when every cell read, and with errors only when bad rows are
// skipped (the notice says how many, and how much revenue they held).
func (sh *sheet) conclude(skippedNotice func(*Report)) bool {
	rep := sh.rep
	keep := rep.OK() || sh.m.SkipBadRows
	if !keep || rep.OK() {
		rep.Skipped, rep.SkippedAmount = 0, 0
	}
	if rep.MoreErrors > 0 {
		rep.notice(noticeMoreErrors, rep.MoreErrors)
	}
	if rep.Skipped > 0 {
		skippedNotice(rep)
	}
	return keep
}

// skippedMonthly is the notice of rows left out of a monthly table.
func (sh *sheet) skippedMonthly(rep *Report) {
	rep.notice(noticeSkipped, rep.Skipped, lang.Amount(rep.SkippedAmount))
}

// Series reads a wide or long monthly table with mapping m into a series of
// customers by month. Customers are in the order they first appear; a
// customer named on several rows has them added together. It reads total
// rows, credits, nameless rows, blanks, dashes and spreadsheet errors as
// Accounts does, over every month column: a total row matches the sums of
// the rows above it in nine columns in ten, and a month below zero counts as
// no revenue that month without losing the customer's other months. With
// errors, it returns no series unless m.SkipBadRows.
func (t *Table) Series(m Mapping) (*monthly.Series, Report) {
	if m.Shape == Long {
		return t.longSeries(m)
	}
	var rep Report
	if len(m.Months) == 0 {
		rep.fail(&CellError{Row: 1, Column: "A", Expected: lang.M(expectMonth)})
		return nil, rep
	}
	for _, c := range append([]int{m.Customer}, monthColumns(m.Months)...) {
		if err := t.checkColumn(c); err != nil {
			rep.fail(&CellError{Row: 1, Column: columnLetter(max(c, 0)), Expected: msgOf(err)})
			return nil, rep
		}
	}
	sh := t.newSheet(m, &rep, monthColumns(m.Months))
	s := &monthly.Series{Start: m.Months[0].Month, Months: len(m.Months), Unit: m.Unit}
	s.Amounts = make([]calc.Money, 0, len(m.Months)*t.Rows())
	s.Customers = make([]string, 0, t.Rows())
	index := map[string]int{}
	var summed tally
	row := make([]calc.Money, len(m.Months))
rows:
	for r := sh.first; r < t.Rows(); r++ {
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
		var held calc.Money
		for i := range row {
			row[i] = sh.amount(r, i)
			held = addSaturating(held, row[i])
		}
		if !ok {
			sh.skip(held)
			continue
		}
		if at, dup := index[name]; dup {
			for i, v := range row {
				sum, err := s.Amounts[at*s.Months+i].Add(v)
				if err != nil {
					rep.fail(&CellError{Row: t.Line(r), Column: sh.readers[i].name, Text: t.Cell(r, m.Months[i].Column), Expected: lang.M(expectAmount), Problem: lang.M(problemTooLarge)})
					sh.skip(held)
					continue rows
				}
				s.Amounts[at*s.Months+i] = sum
			}
			summed.add(name, t.Line(r), "")
			continue
		}
		index[name] = len(s.Customers)
		s.Customers = append(s.Customers, name)
		s.Amounts = append(s.Amounts, row...)
	}
	sh.note(noticeCreditsMonthly)
	if summed.n > 0 {
		rep.notice(noticeSummedWide, summed.n, quoted(summed.text), summed.line)
	}
	if !sh.conclude(sh.skippedMonthly) {
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
// month paid nothing that month. A row without a month whose amount is the
// sum of the rows above it is a total (Excel's subtotals write "Acme Total"
// under Acme's rows).
func (t *Table) longSeries(m Mapping) (*monthly.Series, Report) {
	var rep Report
	for _, c := range []int{m.Customer, m.Month, m.Amount} {
		if err := t.checkColumn(c); err != nil || c < 0 {
			rep.fail(&CellError{Row: 1, Column: columnLetter(max(c, 0)), Expected: lang.M(expectMonth)})
			return nil, rep
		}
	}
	sh := t.newSheet(m, &rep, []int{m.Amount})
	// Numeric dates: which order does the column use?
	order, dayFirstSeen, monthFirstSeen := dayFirst, false, false
	for r := sh.first; r < t.Rows(); r++ {
		d, mf := dateEvidence(t.Cell(r, m.Month))
		dayFirstSeen, monthFirstSeen = dayFirstSeen || d, monthFirstSeen || mf
	}
	if monthFirstSeen && !dayFirstSeen {
		order = monthFirst
		rep.notice(noticeDateOrder, t.columnArg(m, m.Month))
	}
	type entry struct {
		customer int
		month    monthly.Month
		amount   calc.Money
	}
	entries := make([]entry, 0, t.Rows())
	index := map[string]int{}
	var customers []string
	lo, hi := monthly.Month(1<<30), monthly.Month(-1)
	for r := sh.first; r < t.Rows(); r++ {
		name := t.Cell(r, m.Customer)
		label := classifyLabel(name)
		monthText := t.Cell(r, m.Month)
		mo, okMonth := parseMonth(monthText, order)
		ok := sh.readRow(r) && okMonth
		if !okMonth {
			// Only a row without a month can total others.
			if label == labelName && isTotalLabel(monthText) {
				label = labelTotal
			}
			if sh.isTotal(r, name, label) {
				continue
			}
			sh.pending = append(sh.pending, &CellError{Row: t.Line(r), Column: t.ColumnName(m, m.Month), Header: t.namedByHeader(m, m.Month), Text: monthText, Expected: lang.M(expectMonth), Problem: monthProblem(monthText)})
		}
		name, found := sh.customerName(r, name, label)
		sh.keep()
		if !found {
			continue
		}
		rep.Rows++
		v := sh.amount(r, 0)
		if !ok {
			sh.skip(v)
			continue
		}
		c, seen := index[name]
		if !seen {
			c = len(customers)
			index[name] = c
			customers = append(customers, name)
		}
		lo, hi = min(lo, mo), max(hi, mo)
		entries = append(entries, entry{c, mo, v})
	}
	sh.note(noticeCreditsMonthly)
	if len(entries) == 0 {
		sh.conclude(sh.skippedMonthly)
		return nil, rep
	}
	s := &monthly.Series{Start: lo, Months: int(hi-lo) + 1, Customers: customers, Unit: m.Unit}
	if len(customers)*s.Months > 50_000_000 {
		rep.fail(&CellError{Row: 1, Column: t.ColumnName(m, m.Month), Header: t.namedByHeader(m, m.Month), Text: monthName(lo) + "–" + monthName(hi), Expected: lang.M(expectMonth), Problem: lang.M(problemTooLarge)})
		sh.conclude(sh.skippedMonthly)
		return nil, rep
	}
	s.Amounts = make([]calc.Money, len(customers)*s.Months)
	// How many lines each customer-month has had: none, one, or several.
	lines := make([]uint8, len(s.Amounts))
	var summed tally
	for _, e := range entries {
		i := e.customer*s.Months + int(e.month-lo)
		if lines[i] > 0 {
			if summed.n == 0 {
				summed.text, summed.column = customers[e.customer], monthArg(e.month)
			}
			if lines[i] == 1 {
				summed.n++
				lines[i] = 2
			}
			sum, err := s.Amounts[i].Add(e.amount)
			if err != nil {
				rep.fail(&CellError{Row: 1, Column: t.ColumnName(m, m.Amount), Header: t.namedByHeader(m, m.Amount), Text: customers[e.customer], Expected: lang.M(expectAmount), Problem: lang.M(problemTooLarge)})
				sh.conclude(sh.skippedMonthly)
				return nil, rep
			}
			s.Amounts[i] = sum
			continue
		}
		lines[i] = 1
		s.Amounts[i] = e.amount
	}
	if summed.n > 0 {
		rep.notice(noticeSummed, summed.n, quoted(summed.text), summed.column)
	}
	if !sh.conclude(sh.skippedMonthly) {
		return nil, rep
	}
	return s, rep
}

// Currency is the currency the mapping's amounts are written in: the first
// symbol or code found in the first hundred rows of its amount columns, else
// the code that the currency column names most often; lang.None when none
// does. The page shows amounts in it until the user picks another.
func (t *Table) Currency(m Mapping) lang.Currency {
	first := 0
	if m.Header {
		first = 1
	}
	var cols []int
	switch m.Shape {
	case PerCustomer:
		cols = []int{m.Start, m.End}
	case Wide:
		for _, mc := range m.Months {
			cols = append(cols, mc.Column)
		}
	default:
		cols = []int{m.Amount}
	}
	for _, c := range cols {
		if c < 0 || c >= t.Columns {
			continue
		}
		if cur := t.newColumnReader(m, c, first).cur; cur != lang.None {
			return cur
		}
	}
	if m.Shape == Subscriptions || m.Shape == Invoices {
		if c := m.Periods.Currency; c >= 0 && c < t.Columns {
			counts := map[lang.Currency]int{}
			best := lang.None
			for r := first; r < t.Rows(); r++ {
				if cur, ok := lang.ParseCurrency(currencyCode(t.Cell(r, c))); ok && cur != lang.None {
					counts[cur]++
					if best == lang.None || counts[cur] > counts[best] {
						best = cur
					}
				}
			}
			return best
		}
	}
	return lang.None
}
