package ingest

import (
	"fmt"
	"slices"
	"strings"

	"nrrlab/calc"
	"nrrlab/calc/figure"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// Shape is the layout of a table of customers.
type Shape uint8

const (
	// PerCustomer has a row per customer with ARR at the start and at the end.
	PerCustomer Shape = iota
	// Wide has a row per customer and a column per month.
	Wide
	// Long has a row per customer and month, with an amount.
	Long
	// Subscriptions has a row per subscription period: a customer, a start
	// date, an end date (blank while running) and a recurring amount per
	// billing interval. See SubscriptionSeries for how it becomes MRR.
	Subscriptions
	// Invoices has a row per invoice line: a customer, an amount (negative
	// for credits) and the service period it pays for. See InvoiceSeries.
	Invoices
)

// MonthColumn is a column of a wide sheet and the month it holds.
type MonthColumn struct {
	Column int
	Month  monthly.Month
}

// Mapping says what each column of a table is used for. Detect proposes
// one; the user may change it, and reading again with it needs no second
// parse of the text. Column indexes count from 0; -1 means none.
type Mapping struct {
	Shape  Shape
	Header bool // the first row names the columns

	Customer int
	// Per customer.
	Start, End, Segment, Plan, Signup int
	// Wide: the month columns, in calendar order.
	Months []MonthColumn
	// Long.
	Month, Amount int

	// Unit is whether amounts are MRR or ARR: from a header that says so,
	// otherwise MRR for monthly shapes and ARR per customer.
	Unit monthly.Unit
	// Style reads amounts whose separators are ambiguous; StyleAuto decides
	// per column from the rest of the column.
	Style Style
	// SkipBadRows leaves out rows with unreadable cells, with a notice,
	// instead of importing nothing.
	SkipBadRows bool

	// Subscription periods and invoice lines. Customer names the customers
	// and Amount holds the amounts, as in a long table.
	Periods
}

// Periods are the columns and choices of subscription periods and invoice
// lines. Columns count from 0; -1 means none (NewMapping sets them so).
type Periods struct {
	// CustomerID holds customer ids when the table also has their names in
	// Customer: the ids tell customers apart, the names are shown.
	CustomerID int
	// StartDate is the first day of a period (an invoice's date when it has
	// no service period); EndDate its end, blank while running.
	StartDate, EndDate int
	// Interval is the billing interval of a subscription's amount (month,
	// year, 3 months…); IntervalCount multiplies it.
	Interval, IntervalCount int
	// Quantity multiplies the amount, such as seats at a unit price.
	Quantity int
	// Currency holds each row's currency code.
	Currency int
	// Trial flags trial rows; TrialEnd is when paying starts.
	Trial, TrialEnd int
	// RevenueType says per row whether the amount is MRR, ARR or
	// non-recurring.
	RevenueType int

	// EndInclusive reads end dates as the last day of service (a period
	// 2024-01-01 to 2024-12-31 is the whole year); by default an end date is
	// the first day no longer served (2024-01-01 to 2025-01-01).
	EndInclusive bool
	// DateStyle reads numeric dates such as 03/04/2024.
	DateStyle DateStyle
	// Cents says the amounts are in cents (1999 is 19.99).
	Cents bool
	// AnalysedCurrency is the currency analysed, such as USD; rows in other
	// currencies are left out. Empty means the currency with the most rows.
	AnalysedCurrency string
	// AsOf is the last day the figures may reach, such as today; the zero
	// Date does not cap them.
	AsOf Date
}

// NewMapping returns a mapping of shape s that uses no column yet, for a
// caller that sets the columns itself.
func NewMapping(s Shape) Mapping {
	m := Mapping{Shape: s, Header: true, Customer: -1, Start: -1, End: -1, Segment: -1, Plan: -1, Signup: -1, Month: -1, Amount: -1}
	m.Periods = noPeriodColumns()
	if s == PerCustomer {
		m.Unit = monthly.ARR
	}
	return m
}

func noPeriodColumns() Periods {
	return Periods{CustomerID: -1, StartDate: -1, EndDate: -1, Interval: -1, IntervalCount: -1, Quantity: -1,
		Currency: -1, Trial: -1, TrialEnd: -1, RevenueType: -1}
}

// ColumnName is the header text of column c, or its letter (A, B, …, AA)
// when the table has no header.
func (t *Table) ColumnName(m Mapping, c int) string {
	if m.Header {
		if h := t.Cell(0, c); h != "" {
			return h
		}
	}
	return columnLetter(c)
}

// namedByHeader reports whether ColumnName names column c by its header.
func (t *Table) namedByHeader(m Mapping, c int) bool { return m.Header && t.Cell(0, c) != "" }

// columnArg is column c as an argument of a message: its header quoted, or
// its letter.
func (t *Table) columnArg(m Mapping, c int) any {
	if t.namedByHeader(m, c) {
		return quoted(t.Cell(0, c))
	}
	return columnLetter(c)
}

func columnLetter(c int) string {
	s := ""
	for c++; c > 0; c = (c - 1) / 26 {
		s = string(rune('A'+(c-1)%26)) + s
	}
	return s
}

// Keywords that name a column's role in a header, in English, Indonesian
// and Malay, lower case; a header matches when it contains one.
var (
	wordsCustomer = []string{"customer", "client", "account", "company", "pelanggan", "nama", "name", "klien", "akun", "syarikat", "perusahaan"}
	wordsStart    = []string{"start", "begin", "open", "previous", "prior", "last", "awal", "mula", "sebelum", "lalu", "before"}
	wordsEnd      = []string{"end", "clos", "current", "now", "this", "akhir", "kini", "sekarang", "after", "latest"}
	wordsSegment  = []string{"segment", "segmen", "tier", "size"}
	wordsPlan     = []string{"plan", "paket", "pelan", "product", "produk"}
	wordsSignup   = []string{"signup", "sign-up", "sign up", "joined", "since", "daftar", "created"}
	wordsMonth    = []string{"month", "date", "period", "bulan", "tanggal", "tarikh", "tempoh", "periode"}
	wordsAmount   = []string{"amount", "mrr", "arr", "revenue", "jumlah", "nilai", "pendapatan", "hasil", "value", "total"}
	wordsTotal    = []string{"total", "grand total", "subtotal", "sub-total", "sub total", "jumlah", "jumlah keseluruhan", "jumlah besar", "totals", "sum"}
)

func hasWord(header string, words []string) bool {
	h := strings.ToLower(header)
	for _, w := range words {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// mentions reports whether header has word as a word of its own, in any
// case: "ARR 2024" mentions ARR, "Carrier" does not.
func mentions(header, word string) bool {
	for _, w := range strings.FieldsFunc(header, func(r rune) bool { return !isLetter(r) }) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

// rowLabel is what a row's name says about the row before its figures are
// weighed: only figures make a row a total.
type rowLabel uint8

const (
	// labelName is an ordinary customer name: the row is a customer.
	labelName rowLabel = iota
	// labelTotal starts or ends with a total word (Total, Grand Total,
	// Jumlah, "Enterprise Total", and also "Total Brain"): a total when its
	// figures add up, a customer otherwise.
	labelTotal
	// labelNone is blank or a placeholder such as -, N/A, (blank) or
	// [Business Name]: a total when its figures add up, otherwise a
	// customer named after its row.
	labelNone
)

// placeholders are names, in lower case, that stand for a missing name.
var placeholders = []string{"n/a", "na", "n.a.", "#n/a", "null", "nil", "none", "(blank)", "(empty)", "(none)", "blank", "empty", "tbd", "tba", "unknown", "tiada", "tidak ada"}

// classifyLabel reads a row's label: its customer cell, as Cell trims it.
// It runs on every row of a million, so the common case, a name that starts
// with a letter or digit and has no total word at either end, costs a few
// byte comparisons.
func classifyLabel(l string) rowLabel {
	// Most names: longer than a placeholder, starting with a letter that
	// starts no total word and ending with one that ends none.
	if len(l) > 8 && nameStarts[l[0]] && nameEnds[l[len(l)-1]] {
		return labelName
	}
	return classifyAnyLabel(l)
}

// nameStarts and nameEnds mark the bytes that a label longer than eight
// bytes can start and end with and be a name, whatever is between: a
// letter that starts no total word (Total, Grand total, Sum, Jumlah), and
// anything but a colon or a letter that ends one (total, sum, jumlah).
var nameStarts, nameEnds = func() (starts, ends [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		starts[c], starts[c-'a'+'A'] = true, true
	}
	for _, c := range "tgsjTGSJ" {
		starts[c] = false
	}
	for c := range ends {
		ends[c] = true
	}
	for _, c := range ":lsmhLSMH" {
		ends[c] = false
	}
	return starts, ends
}()

// classifyAnyLabel is classifyLabel for any label.
func classifyAnyLabel(l string) rowLabel {
	if l == "" {
		return labelNone
	}
	if c := l[0] | 0x20; c < 'a' || c > 'z' || len(l) <= 8 {
		if isPlaceholder(l) {
			return labelNone
		}
	}
	if isTotalLabel(l) {
		return labelTotal
	}
	return labelName
}

// isPlaceholder reports whether a name only stands in for one: nothing but
// dashes, dots and such; a word that means none; or a template field in
// brackets such as [Business Name] or <Customer Name>. Markup such as
// <img src=x> is a name: it is kept as text, never read as a placeholder.
func isPlaceholder(l string) bool {
	if strings.IndexFunc(l, func(r rune) bool {
		return isLetter(r) || r >= '0' && r <= '9' || r >= 0x80 && !strings.ContainsRune("–—‐−…·", r)
	}) < 0 {
		return true
	}
	if len(l) >= 2 {
		for _, p := range []string{"[]", "<>", "{}"} {
			if l[0] == p[0] && l[len(l)-1] == p[1] {
				inner := strings.Trim(l, p)
				return inner != "" && strings.IndexFunc(inner, func(r rune) bool { return !isLetter(r) && r != ' ' && r != '_' && r != '-' }) < 0
			}
		}
	}
	if len(l) > 8 {
		return false
	}
	for _, p := range placeholders {
		if strings.EqualFold(l, p) {
			return true
		}
	}
	return false
}

// isTotalLabel reports whether a label begins or ends with a total word:
// "Total", "Grand Total:", "Jumlah Keseluruhan", "Enterprise Total". It
// compares without lowering the case of a copy, and looks at the words only
// when the first or last letter could start or end one.
func isTotalLabel(l string) bool {
	if l == "" {
		return false
	}
	if l[len(l)-1] == ':' {
		if l = trimSpaces(l[:len(l)-1]); l == "" {
			return false
		}
	}
	switch l[0] | 0x20 {
	case 't', 'g', 's', 'j':
		for _, w := range wordsTotal {
			n := len(w)
			if len(l) >= n && strings.EqualFold(l[:n], w) && (len(l) == n || l[n] == ' ' || l[n] == ':') {
				return true
			}
		}
	}
	// "Enterprise Total", "Q1 Sum": the last word, which ends as one of
	// these ends.
	switch l[len(l)-1] | 0x20 {
	case 'l', 's', 'm', 'h':
	default:
		return false
	}
	sp := strings.LastIndexByte(l, ' ')
	if sp < 0 {
		return false
	}
	last := l[sp+1:]
	switch len(last) {
	case 3, 5, 6, 8, 9:
	default:
		return false
	}
	for _, w := range []string{"total", "totals", "subtotal", "sub-total", "sum", "jumlah"} {
		if strings.EqualFold(last, w) {
			return true
		}
	}
	return false
}

// isTotalWord reports whether a label is nothing but a total word, such as
// "Total" or "Jumlah:", as opposed to a name that starts with one.
func isTotalWord(l string) bool {
	l = strings.TrimSuffix(trimSpaces(l), ":")
	for _, w := range wordsTotal {
		if strings.EqualFold(l, w) {
			return true
		}
	}
	return false
}

// How closely a row's figures must match the sums of the rows above it to be
// their total. Totals typed by hand or left stale drift by a few units in a
// column or two, so a column agrees within half a percent of its sum or
// within five units of currency, whichever is more, and nine in ten columns
// that hold a figure must agree.
const (
	totalSlack      calc.Money = 5 * calc.Cents
	totalSlackRatio            = 200 // 1/200 is 0.5%
	totalShareNum              = 9
	totalShareDen              = 10
)

// totalCheck keeps the running sums of the amount columns of the data rows
// read so far: of the section since the last total row, and of the whole
// table. A row is a total when its figures match either.
type totalCheck struct {
	section, grand         []calc.Money
	sectionRows, grandRows int
}

func newTotalCheck(columns int) *totalCheck {
	return &totalCheck{section: make([]calc.Money, columns), grand: make([]calc.Money, columns)}
}

// add counts a data row's amounts into the sums.
func (tc *totalCheck) add(vals []calc.Money) {
	for i, v := range vals {
		tc.section[i] = addSaturating(tc.section[i], v)
		tc.grand[i] = addSaturating(tc.grand[i], v)
	}
	tc.sectionRows++
	tc.grandRows++
}

// addSaturating adds exactly, and stops at the ends of the range: a sum that
// far out can match no total row, which is all the sums are for.
func addSaturating(a, b calc.Money) calc.Money {
	// The sum overflowed when it moved the other way from b's sign, as
	// calc.Money.Add tells, without its error: this runs on every amount.
	if s := a + b; (s > a) == (b > 0) {
		return s
	}
	if b > 0 {
		return calc.MaxMoney
	}
	return -calc.MaxMoney
}

// totalMatch is how a row compares with the sums it may total.
type totalMatch struct {
	sums     []calc.Money
	exact    int // columns equal to their sum, zeros included
	agree    int // columns within the slack of their sum
	evidence int // columns where the row or the sum holds a figure
}

// isTotal reports whether a row with the given label and amounts (bad marks
// the cells that could not be read) totals the rows above it, and how it
// compares. A blank or placeholder label needs two rows above to total, so
// that a nameless customer paying what the customer above pays stays a
// customer.
func (tc *totalCheck) isTotal(label rowLabel, vals []calc.Money, bad []bool) (totalMatch, bool) {
	need := 1
	if label == labelNone {
		need = 2
	}
	if tc.sectionRows >= need {
		if m := compareSums(vals, bad, tc.section); m.total() {
			return m, true
		}
	}
	if tc.grandRows >= need && tc.grandRows > tc.sectionRows {
		if m := compareSums(vals, bad, tc.grand); m.total() {
			return m, true
		}
	}
	return totalMatch{}, false
}

// closeTotal starts a new section after a total row.
func (tc *totalCheck) closeTotal() {
	clear(tc.section)
	tc.sectionRows = 0
}

func compareSums(vals []calc.Money, bad []bool, sums []calc.Money) totalMatch {
	m := totalMatch{sums: sums}
	for i, v := range vals {
		if bad[i] {
			m.evidence++
			continue
		}
		s := sums[i]
		if v == s {
			m.exact++
			if v != 0 {
				m.agree++
				m.evidence++
			}
			continue
		}
		m.evidence++
		d, err := v.Sub(s)
		if err != nil {
			continue
		}
		slack := max(totalSlack, absMoney(s)/totalSlackRatio)
		if absMoney(d) <= slack {
			m.agree++
		}
	}
	return m
}

func (m totalMatch) total() bool {
	return m.evidence > 0 && m.agree*totalShareDen >= m.evidence*totalShareNum
}

func absMoney(m calc.Money) calc.Money {
	switch {
	case m == -calc.MaxMoney-1:
		return calc.MaxMoney
	case m < 0:
		return -m
	}
	return m
}

// isFigure reports whether a cell reads as a figure (an empty one does not).
func isFigure(s string) bool {
	if s == "" {
		return false
	}
	var p figure.Plain
	if scanPlain(&p, s) {
		return true
	}
	r, perr := figure.Scan(s)
	return perr.None() && r.IsNumber()
}

// sampleRows is how many rows detection looks at.
const sampleRows = 200

// Detect proposes a mapping for t: whether its first row is a header, its
// shape, and which column is which.
func (t *Table) Detect() (Mapping, error) {
	m := Mapping{Customer: -1, Start: -1, End: -1, Segment: -1, Plan: -1, Signup: -1, Month: -1, Amount: -1}
	m.Periods = noPeriodColumns()
	if t.Columns < 2 {
		return m, lang.M(errOneColumn)
	}
	m.Header = t.hasHeader()
	first := 0
	if m.Header {
		first = 1
		if t.Rows() < 2 {
			return m, lang.M(errNoRows)
		}
	}
	// Subscription periods and invoice lines are recognised by their headers.
	if pm, ok, err := t.detectPeriods(m); ok {
		return pm, err
	}
	// What each column mostly holds, over a sample of rows.
	figures := make([]int, t.Columns)
	months := make([]int, t.Columns)
	texts := make([]int, t.Columns)
	rows := 0
	for r := first; r < t.Rows() && rows < sampleRows; r++ {
		if isTotalWord(t.Cell(r, 0)) {
			continue
		}
		rows++
		for c := 0; c < t.Columns; c++ {
			s := t.Cell(r, c)
			switch {
			case s == "":
			case isFigure(s):
				figures[c]++
			case isMonthValue(s):
				months[c]++
			default:
				texts[c]++
			}
		}
	}
	mostly := func(counts []int, c int) bool { return counts[c]*2 > rows }
	header := func(c int) string {
		if m.Header {
			return t.Cell(0, c)
		}
		return ""
	}

	// Wide: two or more headers are months.
	if m.Header {
		for c := 0; c < t.Columns; c++ {
			if mo, ok := ParseMonth(header(c)); ok {
				m.Months = append(m.Months, MonthColumn{Column: c, Month: mo})
			}
		}
	}
	if len(m.Months) >= 2 {
		m.Shape, m.Unit = Wide, monthly.MRR
		slices.SortFunc(m.Months, func(a, b MonthColumn) int { return int(a.Month) - int(b.Month) })
		for i := 1; i < len(m.Months); i++ {
			a, b := m.Months[i-1], m.Months[i]
			if a.Month == b.Month {
				return m, lang.M(errMonthTwice, monthArg(a.Month), t.columnArg(m, a.Column), t.columnArg(m, b.Column))
			}
			if b.Month != a.Month+1 {
				return m, lang.M(errMonthGap, monthArg(a.Month), monthArg(b.Month))
			}
		}
		m.Customer = t.pickText(m, texts, rows, func(c int) bool { return !isMonthColumn(m.Months, c) })
		m.Segment = t.pickHeader(m, wordsSegment, -1)
		m.Plan = t.pickHeader(m, wordsPlan, -1)
		for _, mc := range m.Months {
			if mentions(header(mc.Column), "ARR") {
				m.Unit = monthly.ARR
			}
		}
		if m.Customer < 0 {
			return m, lang.M(errNoCustomer)
		}
		return m, nil
	}

	// Long: a column of months with a column of amounts. A column of
	// signup dates is when a customer came, not the month of an amount: a
	// per-customer list often has one.
	for c := 0; c < t.Columns; c++ {
		if mostly(months, c) && !hasWord(header(c), wordsSignup) && (m.Month < 0 || hasWord(header(c), wordsMonth)) {
			m.Month = c
		}
	}
	if m.Month >= 0 {
		m.Shape, m.Unit = Long, monthly.MRR
		for c := 0; c < t.Columns; c++ {
			if c != m.Month && mostly(figures, c) && (m.Amount < 0 || hasWord(header(c), wordsAmount)) {
				m.Amount = c
			}
		}
		if m.Amount < 0 {
			return m, lang.M(errNoAmounts)
		}
		if mentions(header(m.Amount), "ARR") {
			m.Unit = monthly.ARR
		}
		m.Customer = t.pickText(m, texts, rows, func(c int) bool { return c != m.Month && c != m.Amount })
		m.Segment = t.pickHeader(m, wordsSegment, m.Customer)
		m.Plan = t.pickHeader(m, wordsPlan, m.Customer)
		if m.Customer < 0 {
			return m, lang.M(errNoCustomer)
		}
		return m, nil
	}

	// Per customer: two columns of figures, start on the left unless the
	// headers say otherwise.
	m.Shape, m.Unit = PerCustomer, monthly.ARR
	// A column of amounts has at least as many figures as other text, or a
	// header that says it holds ARR or MRR (its cells may all be bad).
	var numeric []int
	for c := 0; c < t.Columns; c++ {
		h := header(c)
		if (figures[c] > 0 && figures[c] >= texts[c]) || mentions(h, "ARR") || mentions(h, "MRR") {
			numeric = append(numeric, c)
		}
	}
	if len(numeric) < 2 {
		return m, lang.M(errNoAmounts)
	}
	m.Start, m.End = numeric[0], numeric[1]
	if m.Header {
		for _, c := range numeric {
			h := header(c)
			if hasWord(h, wordsEnd) && !hasWord(h, wordsStart) {
				m.End = c
			} else if hasWord(h, wordsStart) && !hasWord(h, wordsEnd) {
				m.Start = c
			}
		}
		if m.Start == m.End {
			m.Start, m.End = numeric[0], numeric[1]
		}
		if mentions(header(m.Start), "MRR") || mentions(header(m.End), "MRR") {
			m.Unit = monthly.MRR
		}
	}
	m.Customer = t.pickText(m, texts, rows, func(c int) bool { return c != m.Start && c != m.End })
	if m.Customer < 0 {
		return m, lang.M(errNoCustomer)
	}
	m.Segment = t.pickHeader(m, wordsSegment, m.Customer)
	m.Plan = t.pickHeader(m, wordsPlan, m.Customer)
	m.Signup = t.pickHeader(m, wordsSignup, m.Customer)
	return m, nil
}

// hasHeader decides whether the first row names the columns: it does when it
// has a text cell above figures or months in the next rows, or month names.
// It looks a few rows down, because the first customer may have blank cells.
func (t *Table) hasHeader() bool {
	if t.Rows() < 2 {
		return !isFigure(t.Cell(0, 1))
	}
	months := 0
	for c := 0; c < t.Columns; c++ {
		h := t.Cell(0, c)
		if _, ok := ParseMonth(h); ok {
			months++
		}
		if h == "" || isFigure(h) || isMonthValue(h) {
			continue
		}
		for r := 1; r < t.Rows() && r <= 5; r++ {
			if below := t.Cell(r, c); below != "" {
				if isFigure(below) || isMonthValue(below) {
					return true
				}
				break
			}
		}
	}
	return months >= 2
}

// isMonthValue reports whether a cell is a month or a date.
func isMonthValue(s string) bool {
	_, ok := ParseMonth(s)
	return ok
}

func isMonthColumn(ms []MonthColumn, c int) bool {
	for _, mc := range ms {
		if mc.Column == c {
			return true
		}
	}
	return false
}

// pickText chooses the customer column among those ok admits: one whose
// header names customers, else the first that mostly holds text.
func (t *Table) pickText(m Mapping, texts []int, rows int, ok func(int) bool) int {
	if m.Header {
		for c := 0; c < t.Columns; c++ {
			if ok(c) && hasWord(t.Cell(0, c), wordsCustomer) {
				return c
			}
		}
	}
	for c := 0; c < t.Columns; c++ {
		if ok(c) && texts[c]*2 > rows {
			return c
		}
	}
	return -1
}

// pickHeader returns the first column other than not whose header has one of
// words, or -1.
func (t *Table) pickHeader(m Mapping, words []string, not int) int {
	if !m.Header {
		return -1
	}
	for c := 0; c < t.Columns; c++ {
		if c != not && c != m.Customer && c != m.Start && c != m.End && c != m.Month && c != m.Amount &&
			!isMonthColumn(m.Months, c) && hasWord(t.Cell(0, c), words) {
			return c
		}
	}
	return -1
}

// monthName writes a month as "Jan 2024" for messages.
func monthName(m monthly.Month) string {
	return m.Month().String()[:3] + " " + fmt.Sprint(m.Year())
}

// Describe says which column the mapping uses for what, for the UI to show
// before the user confirms: a label per role, such as Customers: column
// “Name”, to write in the user's language.
func (t *Table) Describe(m Mapping) []lang.Msg {
	var out []lang.Msg
	add := func(role lang.Key, c int) {
		if c >= 0 && c < t.Columns {
			out = append(out, lang.M(noticeMapped, role, t.columnArg(m, c)))
		}
	}
	add(roleCustomer, m.Customer)
	switch m.Shape {
	case PerCustomer:
		add(roleStart, m.Start)
		add(roleEnd, m.End)
		add(roleSignup, m.Signup)
	case Wide:
		if len(m.Months) > 0 {
			first, last := m.Months[0], m.Months[len(m.Months)-1]
			out = append(out, lang.M(noticeMappedMonths, t.columnArg(m, first.Column), monthArg(first.Month),
				t.columnArg(m, last.Column), monthArg(last.Month)))
		}
	case Long:
		add(roleMonth, m.Month)
		add(roleAmount, m.Amount)
	case Subscriptions, Invoices:
		out = append(out, t.describePeriods(m)...)
	}
	add(roleSegment, m.Segment)
	add(rolePlan, m.Plan)
	return out
}
