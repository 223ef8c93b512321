package ingest

import (
	"slices"
	"strconv"
	"strings"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// maxCells bounds the customer × month grid a table may fill.
const maxCells = 50_000_000

// why says whether a readable row counts, and why not.
type why uint8

const (
	counted why = iota
	leftTrial
	leftNonRecurring
	leftCurrency
)

// periodRow is one readable row of subscription periods or invoice lines.
type periodRow struct {
	row      int32 // table row, for messages
	customer int32
	currency int32 // index in the reader's currencies; -1 for a blank cell
	why      why
	// start is the first day paid for (after a trial); end the first day no
	// longer paid for, or 0 while running.
	start, end Date
	// amount is a subscription's MRR, or an invoice line's whole amount.
	amount calc.Money
}

// periodReader holds what reading subscription periods or invoice lines
// shares: customers, currencies, dates, amounts and the data's span.
type periodReader struct {
	t   *Table
	m   Mapping
	rep *Report

	start, end, trialEnd *dateColumn
	amount, quantity     *amountColumn

	rows []periodRow

	// Customers are keyed by id when the row has one, else by name.
	byID, byName  map[string]int32
	customerKeys  []string // the id or the name
	customerNames []string // the first usable name, or ""
	customerIDs   []string // the id, or "" for a customer keyed by name

	currencyIndex map[string]int32
	currencies    []string

	// The span of the data: the earliest start and the latest date in the
	// start and end columns, and where that latest date is.
	earliest, latest      Date
	latestRow, latestCol  int
	earliestRow           int
	trialStarts, trialRow int
	// running says rows without an end run to the last month (subscriptions),
	// rather than being one month long (invoice lines).
	running bool
}

// newPeriodReader checks the mapping's columns and prepares their readers.
func (t *Table) newPeriodReader(m Mapping, rep *Report) (*periodReader, bool) {
	for _, c := range []int{m.Customer, m.CustomerID, m.StartDate, m.EndDate, m.Amount, m.Interval, m.IntervalCount,
		m.Quantity, m.Currency, m.Trial, m.TrialEnd, m.RevenueType, m.Segment, m.Plan} {
		if err := t.checkColumn(c); err != nil {
			rep.fail(&CellError{Row: 1, Column: columnLetter(max(c, 0)), Expected: msgOf(err)})
			return nil, false
		}
	}
	missing := func(expected lang.Key) (*periodReader, bool) {
		rep.fail(&CellError{Row: 1, Column: columnLetter(0), Expected: lang.M(expected)})
		return nil, false
	}
	switch {
	case m.Customer < 0 && m.CustomerID < 0:
		return missing(expectCustomerColumn)
	case m.StartDate < 0:
		return missing(expectStartColumn)
	case m.Amount < 0:
		return missing(expectAmountColumn)
	}
	p := &periodReader{t: t, m: m, rep: rep,
		start: t.newDateColumn(m, m.StartDate), end: t.newDateColumn(m, m.EndDate), trialEnd: t.newDateColumn(m, m.TrialEnd),
		amount: t.newAmountColumn(m, m.Amount, expectAmount), quantity: t.newAmountColumn(m, m.Quantity, expectQuantity),
		byID: map[string]int32{}, byName: map[string]int32{}, currencyIndex: map[string]int32{},
		rows: make([]periodRow, 0, t.Rows()),
	}
	return p, true
}

// rowErrors collects the errors of one row.
type rowErrors struct {
	rep *Report
	bad bool
}

func (e *rowErrors) add(err *CellError) {
	if err != nil {
		e.rep.fail(err)
		e.bad = true
	}
}

func (p *periodReader) cellError(r, c int, expected lang.Msg, problem lang.Key) *CellError {
	e := &CellError{Row: p.t.Line(r), Column: p.t.ColumnName(p.m, c), Header: p.t.namedByHeader(p.m, c), Text: clip(p.t.Cell(r, c)), Expected: expected}
	if problem != "" {
		e.Problem = lang.M(problem)
	}
	return e
}

// readCommon reads what every row has: customer, dates, amount × quantity,
// currency, trial flag and revenue type. It returns the row with its amount
// in cents times 100 when m.Cents, and its quantity in hundredths.
func (p *periodReader) readCommon(r int, errs *rowErrors) (row periodRow, amount calc.Money, quantity int64, kind revenueKind) {
	t, m := p.t, p.m
	row = periodRow{row: int32(r), currency: -1}
	row.customer, _ = p.customerOf(r, errs)

	if m.Trial >= 0 {
		trial, ok := parseYesNo(t.Cell(r, m.Trial))
		if !ok {
			errs.add(p.cellError(r, m.Trial, lang.M(expectYesNo), ""))
		}
		if trial {
			row.why = leftTrial
		}
	}
	if m.RevenueType >= 0 {
		var ok bool
		if kind, ok = parseRevenueKind(t.Cell(r, m.RevenueType)); !ok {
			errs.add(p.cellError(r, m.RevenueType, lang.M(expectRevenueType), ""))
		}
		if kind == revenueNonRecurring && row.why == counted {
			row.why = leftNonRecurring
		}
	}
	start, blank, err := p.start.read(r)
	errs.add(err)
	// A row left out as a trial or as non-recurring needs no dates: a
	// one-off charge often has no service period.
	if blank && row.why == counted {
		errs.add(p.cellError(r, m.StartDate, lang.M(expectDate), problemEmpty))
	}
	var end Date
	if m.EndDate >= 0 {
		end, _, err = p.end.read(r)
		errs.add(err)
		if err == nil && end != 0 && start != 0 && end <= start {
			errs.add(p.cellError(r, m.EndDate, lang.M(expectEndAfterStart, quoted(t.Cell(r, m.StartDate))), ""))
		}
	}
	row.start, row.end = start, end
	if end != 0 && m.EndInclusive {
		row.end = end + 1
	}
	if m.TrialEnd >= 0 {
		trialEnd, _, err := p.trialEnd.read(r)
		errs.add(err)
		if trialEnd > start && start != 0 {
			row.start = trialEnd
			p.trialStarts++
			if p.trialStarts == 1 {
				p.trialRow = r
			}
		}
	}

	amount, blank, err = p.amount.read(r)
	errs.add(err)
	if blank {
		errs.add(p.cellError(r, m.Amount, lang.M(expectAmount), problemEmpty))
	}
	quantity = 100
	if m.Quantity >= 0 {
		q, blank, err := p.quantity.read(r)
		errs.add(err)
		if !blank && err == nil {
			quantity = int64(q)
		}
	}
	if m.Currency >= 0 {
		if code := currencyCode(t.Cell(r, m.Currency)); code != "" {
			i, ok := p.currencyIndex[code]
			if !ok {
				i = int32(len(p.currencies))
				p.currencyIndex[code] = i
				p.currencies = append(p.currencies, code)
			}
			row.currency = i
		}
	}
	if !errs.bad && start != 0 {
		p.widen(r, start, end)
	}
	return row, amount, quantity, kind
}

// widen stretches the data's span to the row's dates, as written.
func (p *periodReader) widen(r int, start, end Date) {
	if p.earliest == 0 || start < p.earliest {
		p.earliest, p.earliestRow = start, r
	}
	if start > p.latest {
		p.latest, p.latestRow, p.latestCol = start, r, p.m.StartDate
	}
	if end > p.latest {
		p.latest, p.latestRow, p.latestCol = end, r, p.m.EndDate
	}
}

// customerOf returns the customer of row r. With an id column, ids tell
// customers apart and the first usable name of an id is shown; a row with
// neither an id nor a usable name is an error.
func (p *periodReader) customerOf(r int, errs *rowErrors) (int32, bool) {
	t, m := p.t, p.m
	name, id := "", ""
	if m.Customer >= 0 {
		name = t.Cell(r, m.Customer)
	}
	if m.CustomerID >= 0 {
		id = t.Cell(r, m.CustomerID)
	}
	usable := name != "" && !isPlaceholder(name)
	index, key := p.byName, name
	switch {
	case id != "":
		index, key = p.byID, id
	case usable:
	default:
		col := m.Customer
		if col < 0 {
			col = m.CustomerID
		}
		errs.add(p.cellError(r, col, lang.M(expectCustomerName), ""))
		return -1, false
	}
	c, seen := index[key]
	if !seen {
		c = int32(len(p.customerKeys))
		index[key] = c
		p.customerKeys = append(p.customerKeys, key)
		p.customerNames = append(p.customerNames, "")
		p.customerIDs = append(p.customerIDs, id)
	}
	if usable && p.customerNames[c] == "" {
		p.customerNames[c] = name
	}
	return c, true
}

// decideCurrency leaves out the rows in currencies other than the one
// analysed: the mapping's, else the one with the most rows (the first in
// alphabetical order on a tie). A blank currency cell goes with the one
// analysed.
func (p *periodReader) decideCurrency() {
	if len(p.currencies) == 0 {
		return
	}
	counts := make([]int, len(p.currencies))
	for _, row := range p.rows {
		if row.currency >= 0 {
			counts[row.currency]++
		}
	}
	chosen := int32(-1)
	if want := currencyCode(p.m.AnalysedCurrency); want != "" {
		if i, ok := p.currencyIndex[want]; ok {
			chosen = i
		}
	} else {
		for i, n := range counts {
			if chosen < 0 || n > counts[chosen] || (n == counts[chosen] && p.currencies[i] < p.currencies[chosen]) {
				chosen = int32(i)
			}
		}
	}
	totals := make([]calc.Money, len(p.currencies))
	left := 0
	for i := range p.rows {
		row := &p.rows[i]
		if row.currency < 0 || row.currency == chosen {
			continue
		}
		row.why = leftCurrency
		left++
		if sum, err := totals[row.currency].Add(row.amount); err == nil {
			totals[row.currency] = sum
		}
	}
	if left == 0 {
		return
	}
	var parts []string
	order := make([]int, 0, len(p.currencies))
	for i := range p.currencies {
		if int32(i) != chosen && counts[i] > 0 {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(p.currencies[a], p.currencies[b]) })
	for _, i := range order {
		parts = append(parts, p.currencies[i]+" "+totals[i].String())
	}
	analysed := currencyCode(p.m.AnalysedCurrency)
	if chosen >= 0 {
		analysed = p.currencies[chosen]
	}
	p.rep.notice(noticeCurrencies, strings.ToValidUTF8(analysed, "\uFFFD"), left, strings.ToValidUTF8(strings.Join(parts, ", "), "\uFFFD"))
}

// noteLeftOut says how many rows were left out as trials and as
// non-recurring, and what they were worth.
func (p *periodReader) noteLeftOut() {
	var trials, oneOff int
	var trialSum, oneOffSum calc.Money
	trialRow, oneOffRow := 0, 0
	for _, row := range p.rows {
		switch row.why {
		case leftTrial:
			if trials == 0 {
				trialRow = int(row.row)
			}
			trials++
			trialSum, _ = trialSum.Add(row.amount)
		case leftNonRecurring:
			if oneOff == 0 {
				oneOffRow = int(row.row)
			}
			oneOff++
			oneOffSum, _ = oneOffSum.Add(row.amount)
		}
	}
	if trials > 0 {
		p.rep.notice(noticeTrials, trials, p.t.Line(trialRow), lang.Amount(trialSum))
	}
	if oneOff > 0 {
		p.rep.notice(noticeNonRecurring, oneOff, p.t.Line(oneOffRow), lang.Amount(oneOffSum))
	}
	if p.trialStarts > 0 {
		p.rep.notice(noticeTrialEnd, p.trialStarts, p.t.Line(p.trialRow), p.t.columnArg(p.m, p.m.TrialEnd))
	}
}

// span returns the series' months: from the earliest start to the month of
// the latest date, capped at the as-of date's month.
func (p *periodReader) span() (lo, hi monthly.Month, ok bool) {
	lo, hi = p.earliest.Month(), p.latest.Month()
	if p.m.AsOf != 0 && p.m.AsOf.Month() < hi {
		hi = p.m.AsOf.Month()
		p.rep.notice(noticeAsOf, monthArg(hi), p.m.AsOf.String())
		if hi < lo {
			p.rep.fail(p.cellError(p.earliestRow, p.m.StartDate, lang.M(expectBeforeAsOf, p.m.AsOf.String()), ""))
			return 0, 0, false
		}
	}
	if int(hi-lo)+1 > monthly.MaxMonths {
		p.rep.fail(p.cellError(p.latestRow, p.latestCol, lang.M(expectDateWithin, monthly.MaxMonths/12, p.earliest.String()), ""))
		return 0, 0, false
	}
	return lo, hi, true
}

// grid is the customer × month matrix being filled.
type grid struct {
	lo, hi  monthly.Month
	months  int
	amounts []calc.Money
}

// add adds v to customer c in month m, when m is in the series.
func (g *grid) add(c int32, m monthly.Month, v calc.Money) bool {
	if m < g.lo || m > g.hi || v == 0 {
		return true
	}
	i := int(c)*g.months + int(m-g.lo)
	sum, err := g.amounts[i].Add(v)
	if err != nil {
		return false
	}
	g.amounts[i] = sum
	return true
}

// addRange adds v to customer c in every month from first to last that is
// in the series.
func (g *grid) addRange(c int32, first, last monthly.Month, v calc.Money) bool {
	first, last = max(first, g.lo), min(last, g.hi)
	if v == 0 || first > last {
		return true
	}
	row := g.amounts[int(c)*g.months+int(first-g.lo) : int(c)*g.months+int(last-g.lo)+1]
	for i, x := range row {
		sum := x + v
		if (v > 0 && sum < x) || (v < 0 && sum > x) {
			return false
		}
		row[i] = sum
	}
	return true
}

// build fills the series with fill, which spreads each counted row over
// months, then floors negative customer-months at zero and keeps the
// customers who paid in some month.
func (p *periodReader) build(fill func(g *grid, row *periodRow) bool) (*monthly.Series, Report) {
	rep := p.rep
	p.start.noteOrder(rep)
	if p.m.EndDate >= 0 {
		p.end.noteOrder(rep)
	}
	if p.m.TrialEnd >= 0 {
		p.trialEnd.noteOrder(rep)
	}
	p.amount.noteAmbiguous(rep)
	if p.m.Quantity >= 0 {
		p.quantity.noteAmbiguous(rep)
	}
	if !rep.conclude(p.m.SkipBadRows) {
		return nil, *rep
	}
	if len(p.rows) == 0 || p.earliest == 0 {
		rep.notice(noticeNothingCounted)
		return nil, *rep
	}
	p.decideCurrency()
	p.noteLeftOut()
	lo, hi, ok := p.span()
	if !ok {
		return nil, *rep
	}
	p.noteRunning(hi)
	g := &grid{lo: lo, hi: hi, months: int(hi-lo) + 1}
	if len(p.customerKeys)*g.months > maxCells {
		rep.fail(p.cellError(p.latestRow, p.latestCol, lang.M(expectDate), problemTooLarge))
		return nil, *rep
	}
	g.amounts = make([]calc.Money, len(p.customerKeys)*g.months)
	for i := range p.rows {
		row := &p.rows[i]
		if row.why != counted {
			continue
		}
		if !fill(g, row) {
			rep.fail(p.cellError(int(row.row), p.m.Amount, lang.M(expectAmount), problemTooLarge))
			return nil, *rep
		}
	}
	// Credits larger than charges leave no revenue, not negative revenue.
	floored, flooredCustomer, flooredMonth := 0, int32(-1), monthly.Month(0)
	var flooredSum calc.Money
	for i, v := range g.amounts {
		if v < 0 {
			if floored == 0 {
				flooredCustomer, flooredMonth = int32(i/g.months), lo+monthly.Month(i%g.months)
			}
			floored++
			flooredSum, _ = flooredSum.Add(v)
			g.amounts[i] = 0
		}
	}
	s := &monthly.Series{Start: lo, Months: g.months, Unit: monthly.MRR}
	keep := make([]bool, len(p.customerKeys))
	kept := 0
	for c := range p.customerKeys {
		for _, v := range g.amounts[c*g.months : (c+1)*g.months] {
			if v != 0 {
				keep[c] = true
				kept++
				break
			}
		}
	}
	names := p.displayNames(keep)
	// Keep the customers who pay, in place: row c moves up to row k <= c.
	s.Customers = make([]string, 0, kept)
	for c := range p.customerKeys {
		if keep[c] {
			k := len(s.Customers)
			if k != c {
				copy(g.amounts[k*g.months:(k+1)*g.months], g.amounts[c*g.months:(c+1)*g.months])
			}
			s.Customers = append(s.Customers, names[c])
		}
	}
	s.Amounts = g.amounts[: kept*g.months : kept*g.months]
	if floored > 0 {
		rep.notice(noticeCredits, floored, quoted(names[flooredCustomer]), monthArg(flooredMonth), lang.Amount(flooredSum))
	}
	return s, *rep
}

// displayNames names the customers kept: by their name, or their id when no
// row names them usably; a name shared by two ids gets its id after it.
func (p *periodReader) displayNames(keep []bool) []string {
	names := make([]string, len(p.customerKeys))
	used := make(map[string]bool, len(p.customerKeys))
	byID, byIDExample, shared, sharedExample := 0, "", 0, ""
	for c, key := range p.customerKeys {
		name := p.customerNames[c]
		id := p.customerIDs[c]
		if name == "" {
			name = key
			if p.m.Customer >= 0 && p.m.CustomerID >= 0 && keep[c] {
				byID++
				if byIDExample == "" {
					byIDExample = name
				}
			}
		} else if used[name] && id != "" {
			name += " (" + id + ")"
			if keep[c] {
				shared++
				if sharedExample == "" {
					sharedExample = name
				}
			}
		}
		// Two keys may still read alike ("A (1)" named so by hand).
		for n, base := 2, name; used[name]; n++ {
			name = base + " #" + strconv.Itoa(n)
		}
		used[name] = true
		names[c] = name
	}
	if byID > 0 {
		p.rep.notice(noticeNamedByID, p.t.columnArg(p.m, p.m.CustomerID), byID, p.t.columnArg(p.m, p.m.Customer), quoted(byIDExample))
	}
	if shared > 0 {
		p.rep.notice(noticeSharedName, shared, quoted(sharedExample))
	}
	return names
}

// noteRunning says through which month subscriptions without an end count.
func (p *periodReader) noteRunning(hi monthly.Month) {
	if !p.running {
		return
	}
	n, example := 0, 0
	for _, row := range p.rows {
		if row.end == 0 && row.why == counted {
			if n == 0 {
				example = int(row.row)
			}
			n++
		}
	}
	if n > 0 {
		p.rep.notice(noticeRunning, n, p.t.Line(example), monthArg(hi))
	}
}

// ReadSeries reads a monthly table of any shape with mapping m: wide and
// long sheets as Series does, subscription periods as SubscriptionSeries
// and invoice lines as InvoiceSeries.
func (t *Table) ReadSeries(m Mapping) (*monthly.Series, Report) {
	switch m.Shape {
	case Subscriptions:
		return t.SubscriptionSeries(m)
	case Invoices:
		return t.InvoiceSeries(m)
	}
	return t.Series(m)
}
