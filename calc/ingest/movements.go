package ingest

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// MovementsShape is how a report of MRR movements is laid out.
type MovementsShape uint8

const (
	// MonthlyMovements has one row per month with a column per movement:
	// NRR Lab's own warehouse query, ChartMogul's metrics export
	// (date, mrr, mrr-new-business, mrr-expansion, mrr-contraction,
	// mrr-churn, mrr-reactivation), or a sheet with the same columns in
	// English, Indonesian or Malay.
	MonthlyMovements MovementsShape = iota
	// CustomerMovements has one row per customer movement with its type:
	// ChartMogul's MRR movements export (DATE, CUSTOMER_NAME, MRR_MOVEMENT
	// in signed cents, MRR, DESCRIPTION, MOVEMENT_TYPE, CURRENCY_CODE,
	// CUSTOMER_EXTERNAL_ID). Its rows add up to the monthly table and list
	// the customers behind each movement.
	CustomerMovements
)

// MovementsMapping says which column of a movements report holds what.
// DetectMovements proposes one; the user may change it. Column indexes
// count from 0; -1 means none.
type MovementsMapping struct {
	Shape MovementsShape
	// Month holds the month or a date within it (ChartMogul writes the
	// month's last day, or the day of the movement).
	Month int
	// MonthlyMovements: the month's MRR before and after, each movement's
	// amount, and the paying customers. Starting may be -1: it is then the
	// month before's ending.
	Starting, Ending, New, Expansion, Contraction, Churn, Reactivation, Paying int
	// CustomerMovements: the customer's name and id, the movement's signed
	// amount, the customer's MRR after it, its type and currency.
	Customer, CustomerID, Amount, MRR, Type, Currency int
	// Cents says the amounts are integer cents (ChartMogul's MRR_MOVEMENT).
	Cents bool
	// Style reads amounts whose separators are ambiguous.
	Style Style
}

// MovementMonth is one month of a movements report: the month's revenue and
// how it moved, with its starting revenue, which monthly.Movement leaves to
// the month before.
type MovementMonth struct {
	monthly.Movement
	Starting calc.Money
	// Line is the row of the report the month came from (0 when the month
	// was filled in between reported months or summed from customer rows).
	Line int
}

// MovementKind is the type of one customer movement.
type MovementKind uint8

const (
	// KindNew is a customer paying for the first time (ChartMogul's new_biz).
	KindNew MovementKind = iota
	// KindExpansion is a paying customer paying more.
	KindExpansion
	// KindContraction is a paying customer paying less, but still paying.
	KindContraction
	// KindChurn is a paying customer who stops paying.
	KindChurn
	// KindReactivation is a customer who paid before, stopped and pays again.
	KindReactivation
)

// String names the kind in English.
func (k MovementKind) String() string {
	if l := k.Label(); l != "" {
		return string(l)
	}
	return fmt.Sprintf("MovementKind(%d)", uint8(k))
}

// Label names the kind in the user's words, to write in their language; ""
// for a kind that does not exist.
func (k MovementKind) Label() lang.Key {
	names := [...]lang.Key{kindNew, kindExpansion, kindContraction, kindChurn, kindReactivation}
	if int(k) < len(names) {
		return names[k]
	}
	return ""
}

// CustomerMovement is one row of a per-customer movements report: who moved,
// when, how and by how much (Amount is the size of the move, positive for
// gains and losses alike), and the customer's MRR after it when the report
// says so (HasMRR).
type CustomerMovement struct {
	Month      monthly.Month
	Customer   string
	CustomerID string
	Kind       MovementKind
	Amount     calc.Money
	MRR        calc.Money
	HasMRR     bool
	Currency   string
	Line       int
}

// Mismatch is a place where a movements report does not add up: in Month,
// Expected is what the movements make and Found what the report says;
// Difference is Found − Expected. Carry says the month does not start where
// the month before ended (Expected is the month before's ending).
type Mismatch struct {
	Month                       monthly.Month
	Expected, Found, Difference calc.Money
	Carry                       bool
	Line                        int
}

// MovementsReading is what a movements report holds: its months in order,
// consecutive, and for a per-customer report the customer rows, which add
// up to the months. Mismatches lists every month that does not reconcile;
// the report's notices summarise them.
type MovementsReading struct {
	Months     []MovementMonth
	Customers  []CustomerMovement
	Mismatches []Mismatch
}

// movementRole is the role a header plays in a movements report.
type movementRole uint8

const (
	roleReactivation movementRole = iota
	roleChurnM
	roleExpansion
	roleContraction
	roleNew
	roleStartingM
	roleEndingM
	rolePaying
	roleMonthM
	roleTypeM
	roleMovementAmount
	roleCustomerIDM
	roleCustomerM
	roleCurrencyM
	roleNone
)

// movementWords are the header words of each role, in English, Indonesian
// and Malay, matched against the header in lower case with - and _ read as
// spaces. The first role whose words match wins, so the order matters:
// "reactivation" before "new", "churn" before "customers".
var movementWords = [...][]string{
	roleReactivation:   {"reactivation", "reactivated", "reaktivasi", "pengaktifan semula", "aktif semula", "aktif kembali"},
	roleChurnM:         {"churn", "cancel", "berhenti", "pembatalan", "hilang"},
	roleExpansion:      {"expansion", "upgrade", "ekspansi", "pengembangan", "peningkatan"},
	roleContraction:    {"contraction", "downgrade", "kontraksi", "penguncupan", "pengecutan", "penurunan"},
	roleNew:            {"new", "baru", "baharu"},
	roleStartingM:      {"starting", "start", "opening", "beginning", "awal", "permulaan"},
	roleEndingM:        {"ending", "end", "closing", "akhir"},
	rolePaying:         {"paying", "customers", "pelanggan membayar", "pelanggan aktif", "jumlah pelanggan", "bilangan pelanggan"},
	roleMonthM:         {"month", "date", "period", "bulan", "tanggal", "tarikh", "tempoh", "periode"},
	roleTypeM:          {"movement type", "type", "jenis"},
	roleMovementAmount: {"mrr movement", "movement", "perubahan", "pergerakan", "amount", "jumlah"},
	roleCustomerIDM:    {"external id", "customer id", "customer uuid", "id pelanggan"},
	roleCustomerM:      {"customer", "pelanggan", "nama", "name", "syarikat", "perusahaan"},
	roleCurrencyM:      {"currency", "mata uang", "mata wang"},
}

func normalHeader(h string) string {
	h = strings.ToLower(trimSpaces(h))
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' {
			return ' '
		}
		return r
	}, h)
}

// roleOf names the role a header plays in a movements report.
func roleOf(header string) movementRole {
	h := normalHeader(header)
	if h == "" {
		return roleNone
	}
	if h == "mrr" {
		return roleEndingM // ChartMogul's metrics: the month's MRR
	}
	for r, words := range movementWords {
		for _, w := range words {
			if strings.Contains(h, w) {
				return movementRole(r)
			}
		}
	}
	return roleNone
}

// movementKinds maps a movement type as reports write it to its kind.
var movementKinds = map[string]MovementKind{
	"new biz": KindNew, "new business": KindNew, "new": KindNew, "baru": KindNew, "baharu": KindNew,
	"expansion": KindExpansion, "upgrade": KindExpansion, "ekspansi": KindExpansion, "pengembangan": KindExpansion,
	"contraction": KindContraction, "downgrade": KindContraction, "kontraksi": KindContraction, "penguncupan": KindContraction, "pengecutan": KindContraction,
	"churn": KindChurn, "cancellation": KindChurn, "churned": KindChurn, "berhenti": KindChurn,
	"reactivation": KindReactivation, "reaktivasi": KindReactivation, "pengaktifan semula": KindReactivation,
}

func kindOf(s string) (MovementKind, bool) {
	k, ok := movementKinds[normalHeader(s)]
	return k, ok
}

// DetectMovements reports whether t is a movements report and proposes its
// mapping: a header with a month column and either the month's MRR and at
// least three movement columns (one row per month), or a movement type
// column with an amount (one row per customer movement).
func DetectMovements(t *Table) (MovementsMapping, bool) {
	m := MovementsMapping{Month: -1, Starting: -1, Ending: -1, New: -1, Expansion: -1, Contraction: -1, Churn: -1, Reactivation: -1,
		Paying: -1, Customer: -1, CustomerID: -1, Amount: -1, MRR: -1, Type: -1, Currency: -1}
	if t.Rows() < 1 || t.Columns < 2 {
		return m, false
	}
	set := func(p *int, c int) {
		if *p < 0 {
			*p = c
		}
	}
	for c := 0; c < t.Columns; c++ {
		h := t.Cell(0, c)
		switch roleOf(h) {
		case roleReactivation:
			set(&m.Reactivation, c)
		case roleChurnM:
			set(&m.Churn, c)
		case roleExpansion:
			set(&m.Expansion, c)
		case roleContraction:
			set(&m.Contraction, c)
		case roleNew:
			set(&m.New, c)
		case roleStartingM:
			set(&m.Starting, c)
		case roleEndingM:
			if normalHeader(h) == "mrr" {
				set(&m.MRR, c)
			}
			set(&m.Ending, c)
		case rolePaying:
			set(&m.Paying, c)
		case roleMonthM:
			set(&m.Month, c)
		case roleTypeM:
			set(&m.Type, c)
		case roleMovementAmount:
			set(&m.Amount, c)
			if h := normalHeader(h); h == "mrr movement" || strings.Contains(h, "cents") {
				m.Cents = true
			}
		case roleCustomerIDM:
			set(&m.CustomerID, c)
		case roleCustomerM:
			set(&m.Customer, c)
		case roleCurrencyM:
			set(&m.Currency, c)
		}
	}
	if m.Month < 0 {
		return m, false
	}
	if m.Type >= 0 && m.Amount >= 0 && t.mostlyKinds(m.Type) {
		m.Shape = CustomerMovements
		if m.Customer < 0 {
			m.Customer = m.CustomerID
		}
		if m.Ending != m.MRR {
			m.MRR = -1
		}
		m.Starting, m.Ending, m.New, m.Expansion, m.Contraction, m.Churn, m.Reactivation, m.Paying = -1, -1, -1, -1, -1, -1, -1, -1
		return m, m.Customer >= 0
	}
	movements := 0
	for _, c := range []int{m.New, m.Expansion, m.Contraction, m.Churn, m.Reactivation} {
		if c >= 0 {
			movements++
		}
	}
	m.Shape = MonthlyMovements
	m.Customer, m.CustomerID, m.Amount, m.MRR, m.Type, m.Currency = -1, -1, -1, -1, -1, -1
	return m, m.Ending >= 0 && movements >= 3
}

// mostlyKinds reports whether most of the first rows of column c name a
// movement type: an invoice's Type (ACCREC, credit note) is not one.
func (t *Table) mostlyKinds(c int) bool {
	kinds, cells := 0, 0
	for r := 1; r < t.Rows() && cells < sampleRows; r++ {
		if s := t.Cell(r, c); s != "" {
			cells++
			if _, ok := kindOf(s); ok {
				kinds++
			}
		}
	}
	return kinds*2 > cells
}

// movementCell reads a signed amount, in cents when the mapping says so.
func (t *Table) movementCell(m MovementsMapping, r, c int, rep *Report) (calc.Money, bool) {
	s := t.Cell(r, c)
	if c < 0 || s == "" {
		return 0, true
	}
	f, err := ParseFigure(s, m.Style)
	if err != nil || f.Percent {
		var problem lang.Msg
		if fe, ok := err.(*FigureError); ok {
			problem = fe.Problem
		}
		rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(Mapping{Header: true}, c), Header: t.namedByHeader(Mapping{Header: true}, c), Text: s, Expected: lang.M(expectMovementAmount), Problem: problem})
		return 0, false
	}
	if m.Cents {
		// Whole cents were read as whole units: back to cents, rounding a
		// fraction of a cent half away from zero.
		q, r := f.Amount/calc.Cents, f.Amount%calc.Cents
		switch {
		case r >= calc.Cents/2:
			q++
		case r <= -calc.Cents/2:
			q--
		}
		return q, true
	}
	return f.Amount, true
}

// monthCell reads the month of a row; a timestamp stands for its date.
func (t *Table) monthCell(r, c int) (monthly.Month, bool) {
	s := t.Cell(r, c)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	return ParseMonth(s)
}

// Movements reads a movements report with mapping m. Every month is
// checked: starting + new + expansion + reactivation − contraction − churn
// must equal ending, and ending must be the next month's starting; where
// they do not, Mismatches says where and a notice summarises. Losses may be
// written negative or positive; gains cannot be negative. With unreadable
// cells, nothing is returned and the report lists them.
func (t *Table) Movements(m MovementsMapping) (*MovementsReading, Report) {
	var rep Report
	if m.Month < 0 || m.Month >= t.Columns {
		rep.fail(&CellError{Row: 1, Column: "A", Expected: lang.M(expectMovementsMonth)})
		return nil, rep
	}
	for _, c := range []int{m.Starting, m.Ending, m.New, m.Expansion, m.Contraction, m.Churn, m.Reactivation, m.Paying,
		m.Customer, m.CustomerID, m.Amount, m.MRR, m.Type, m.Currency} {
		if err := t.checkColumn(c); err != nil {
			rep.fail(&CellError{Row: 1, Column: columnLetter(max(c, 0)), Expected: msgOf(err)})
			return nil, rep
		}
	}
	var reading *MovementsReading
	if m.Shape == CustomerMovements {
		reading = t.customerMovements(m, &rep)
	} else {
		if m.Ending < 0 {
			rep.fail(&CellError{Row: 1, Column: "A", Expected: lang.M(expectMovementsTotals)})
			return nil, rep
		}
		reading = t.monthlyMovements(m, &rep)
	}
	if !rep.conclude(false) {
		return nil, rep
	}
	if reading != nil {
		reading.reconcile(&rep)
	}
	return reading, rep
}

// movementRows calls f for every row after the header, leaving out total
// rows (their month cell says Total, Jumlah, …) with one notice.
func (t *Table) movementRows(m MovementsMapping, rep *Report, f func(r int)) {
	totals, first, firstLabel := 0, 0, ""
	for r := 1; r < t.Rows(); r++ {
		if label := t.Cell(r, m.Month); isTotalWord(label) || (m.Customer >= 0 && isTotalWord(t.Cell(r, m.Customer)) && t.Cell(r, m.Type) == "") {
			if totals == 0 {
				first, firstLabel = t.Line(r), label
			}
			totals++
			continue
		}
		rep.Rows++
		f(r)
	}
	if totals > 0 {
		rep.notice(noticeMovementsTotals, totals, first, quoted(firstLabel))
	}
}

func (t *Table) monthlyMovements(m MovementsMapping, rep *Report) *MovementsReading {
	reading := &MovementsReading{}
	lossExample, lossColumn := "", any(nil)
	seen := map[monthly.Month]int{}
	t.movementRows(m, rep, func(r int) {
		mo, ok := t.monthCell(r, m.Month)
		if !ok {
			rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(Mapping{Header: true}, m.Month), Header: t.namedByHeader(Mapping{Header: true}, m.Month), Text: t.Cell(r, m.Month), Expected: lang.M(expectMonth)})
			return
		}
		if line, dup := seen[mo]; dup {
			rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(Mapping{Header: true}, m.Month), Header: t.namedByHeader(Mapping{Header: true}, m.Month), Text: t.Cell(r, m.Month),
				Problem: lang.M(errMovementsMonthTwice, monthArg(mo), line, t.Line(r)), Expected: lang.M(expectMonthOnce)})
			return
		}
		seen[mo] = t.Line(r)
		mm := MovementMonth{Line: t.Line(r)}
		mm.Month = mo
		good := true
		read := func(c int) calc.Money {
			v, ok := t.movementCell(m, r, c, rep)
			good = good && ok
			return v
		}
		mm.Starting = read(m.Starting)
		mm.Total = read(m.Ending)
		mm.New, mm.Expansion, mm.Reactivation = read(m.New), read(m.Expansion), read(m.Reactivation)
		for _, g := range []struct {
			c int
			v calc.Money
		}{{m.New, mm.New}, {m.Expansion, mm.Expansion}, {m.Reactivation, mm.Reactivation}} {
			if g.v < 0 {
				rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(Mapping{Header: true}, g.c), Header: t.namedByHeader(Mapping{Header: true}, g.c), Text: t.Cell(r, g.c), Expected: lang.M(expectGain)})
				good = false
			}
		}
		for _, l := range []struct {
			c int
			v *calc.Money
		}{{m.Contraction, &mm.Contraction}, {m.Churn, &mm.Churn}} {
			*l.v = read(l.c)
			if *l.v < 0 {
				if lossExample == "" {
					lossExample, lossColumn = t.Cell(r, l.c), t.columnArg(Mapping{Header: true}, l.c)
				}
				*l.v = -*l.v
			}
		}
		if m.Paying >= 0 {
			if s := t.Cell(r, m.Paying); s != "" {
				f, err := ParseFigure(s, m.Style)
				if err != nil || f.Percent || f.Amount < 0 || f.Amount%calc.Cents != 0 {
					rep.fail(&CellError{Row: t.Line(r), Column: t.ColumnName(Mapping{Header: true}, m.Paying), Header: t.namedByHeader(Mapping{Header: true}, m.Paying), Text: s, Expected: lang.M(expectPaying)})
					good = false
				} else {
					mm.Paying = int(f.Amount / calc.Cents)
				}
			}
		}
		if good {
			reading.Months = append(reading.Months, mm)
		}
	})
	if lossExample != "" {
		rep.notice(noticeMovementsLosses, quoted(lossExample), lossColumn)
	}
	if m.Cents {
		rep.notice(noticeMovementsCents, t.columnArg(Mapping{Header: true}, m.Ending))
	}
	if len(reading.Months) == 0 && rep.OK() {
		rep.fail(&CellError{Row: 1, Column: t.ColumnName(Mapping{Header: true}, m.Month), Header: t.namedByHeader(Mapping{Header: true}, m.Month), Expected: lang.M(expectMovementRows)})
	}
	slices.SortFunc(reading.Months, func(a, b MovementMonth) int { return int(a.Month) - int(b.Month) })
	if m.Starting < 0 {
		// No starting column: each month starts where the one before ended,
		// and the first where its movements say it did.
		for i := range reading.Months {
			mm := &reading.Months[i]
			if i > 0 && reading.Months[i-1].Month == mm.Month-1 {
				mm.Starting = reading.Months[i-1].Total
			} else {
				mm.Starting = mm.Total - mm.New - mm.Expansion - mm.Reactivation + mm.Contraction + mm.Churn
			}
		}
	}
	return reading
}

func (t *Table) customerMovements(m MovementsMapping, rep *Report) *MovementsReading {
	reading := &MovementsReading{}
	currencies := map[string]bool{}
	t.movementRows(m, rep, func(r int) {
		// cellError names column c by its header, quoted as the user's
		// text, or by its letter, as the other readers do.
		cellError := func(c int, text string, expected lang.Key) *CellError {
			hm := Mapping{Header: true}
			return &CellError{Row: t.Line(r), Column: t.ColumnName(hm, c), Header: t.namedByHeader(hm, c), Text: text, Expected: lang.M(expected)}
		}
		mo, ok := t.monthCell(r, m.Month)
		if !ok {
			rep.fail(cellError(m.Month, t.Cell(r, m.Month), expectMonth))
		}
		kind, okKind := kindOf(t.Cell(r, m.Type))
		if !okKind {
			rep.fail(cellError(m.Type, t.Cell(r, m.Type), expectMovementType))
		}
		amount, okAmount := t.movementCell(m, r, m.Amount, rep)
		cm := CustomerMovement{Month: mo, Kind: kind, Customer: t.Cell(r, m.Customer), CustomerID: t.Cell(r, m.CustomerID),
			Currency: strings.ToUpper(t.Cell(r, m.Currency)), Line: t.Line(r)}
		if cm.Customer == "" {
			cm.Customer = cm.CustomerID
		}
		if cm.Customer == "" {
			rep.fail(cellError(m.Customer, "", expectCustomerName))
			ok = false
		}
		switch {
		case !okAmount:
		case kind == KindContraction || kind == KindChurn:
			cm.Amount = max(amount, -amount)
		case amount < 0:
			rep.fail(cellError(m.Amount, t.Cell(r, m.Amount), expectGain))
			okAmount = false
		default:
			cm.Amount = amount
		}
		if m.MRR >= 0 && t.Cell(r, m.MRR) != "" {
			v, okMRR := t.movementCell(m, r, m.MRR, rep)
			cm.MRR, cm.HasMRR = v, okMRR
			okAmount = okAmount && okMRR
		}
		if ok && okKind && okAmount {
			if cm.Currency != "" {
				currencies[cm.Currency] = true
			}
			reading.Customers = append(reading.Customers, cm)
		}
	})
	if m.Cents {
		rep.notice(noticeMovementsCents, t.columnArg(Mapping{Header: true}, m.Amount))
	}
	if len(currencies) > 1 {
		var list []string
		for c := range currencies {
			list = append(list, c)
		}
		sort.Strings(list)
		rep.notice(noticeMovementsCurrency, len(list), strings.ToValidUTF8(strings.Join(list, ", "), "\uFFFD"))
	}
	if len(reading.Customers) == 0 {
		if rep.OK() {
			rep.fail(&CellError{Row: 1, Column: t.ColumnName(Mapping{Header: true}, m.Month), Header: t.namedByHeader(Mapping{Header: true}, m.Month), Expected: lang.M(expectMovementRows)})
		}
		return reading
	}
	sort.SliceStable(reading.Customers, func(i, j int) bool { return reading.Customers[i].Month < reading.Customers[j].Month })
	// The months, summed from the customer rows, from zero MRR before the
	// first movement, every month between the first and the last.
	first, last := reading.Customers[0].Month, reading.Customers[len(reading.Customers)-1].Month
	reading.Months = make([]MovementMonth, int(last-first)+1)
	for i := range reading.Months {
		reading.Months[i].Month = first + monthly.Month(i)
	}
	var expected struct {
		count          int
		example        CustomerMovement
		before, result calc.Money
	}
	mrr := map[string]calc.Money{}
	for i, cm := range reading.Customers {
		mv := &reading.Months[cm.Month-first].Movement
		key := cm.Customer
		if cm.CustomerID != "" {
			key = cm.CustomerID
		}
		before := mrr[key]
		signed := cm.Amount
		switch cm.Kind {
		case KindNew:
			mv.New += cm.Amount
			mv.NewCount++
		case KindExpansion:
			mv.Expansion += cm.Amount
			mv.ExpansionCount++
		case KindContraction:
			mv.Contraction += cm.Amount
			mv.ContractionCount++
			signed = -signed
		case KindChurn:
			mv.Churn += cm.Amount
			mv.ChurnCount++
			signed = -signed
		case KindReactivation:
			mv.Reactivation += cm.Amount
			mv.ReactivationCount++
		}
		mrr[key] = before + signed
		if cm.HasMRR && cm.MRR != before+signed {
			if expected.count == 0 {
				expected.example, expected.before, expected.result = reading.Customers[i], before, before+signed
			}
			expected.count++
			mrr[key] = cm.MRR // follow the report from here on
		}
	}
	if expected.count > 0 {
		e := expected.example
		signed := e.Amount
		if e.Kind == KindContraction || e.Kind == KindChurn {
			signed = -signed
		}
		rep.notice(noticeMovementsCustomer, expected.count, quoted(e.Customer), e.Line, lang.Amount(signed), lang.Amount(expected.before), lang.Amount(expected.result), lang.Amount(e.MRR), lang.Amount(e.MRR-expected.result))
	}
	// Totals and paying customers month by month.
	var total calc.Money
	count := 0
	byMonth := map[monthly.Month][]CustomerMovement{}
	for _, cm := range reading.Customers {
		byMonth[cm.Month] = append(byMonth[cm.Month], cm)
	}
	state := map[string]calc.Money{}
	for i := range reading.Months {
		mm := &reading.Months[i]
		mm.Starting = total
		for _, cm := range byMonth[mm.Month] {
			key := cm.Customer
			if cm.CustomerID != "" {
				key = cm.CustomerID
			}
			was := state[key] > 0
			switch cm.Kind {
			case KindContraction, KindChurn:
				state[key] -= cm.Amount
			default:
				state[key] += cm.Amount
			}
			if now := state[key] > 0; now != was {
				if now {
					count++
				} else {
					count--
				}
			}
		}
		total = mm.Starting + mm.New + mm.Expansion + mm.Reactivation - mm.Contraction - mm.Churn
		mm.Total, mm.Paying = total, count
	}
	return reading
}

// reconcile checks every month and the carry from one month to the next,
// and records where they fail.
func (r *MovementsReading) reconcile(rep *Report) {
	var sums, carries []Mismatch
	var sumExample, carryExample, gaps int
	var gapFrom, gapTo monthly.Month
	for i, mm := range r.Months {
		want := mm.Starting + mm.New + mm.Expansion + mm.Reactivation - mm.Contraction - mm.Churn
		if want != mm.Total {
			if len(sums) == 0 {
				sumExample = i
			}
			sums = append(sums, Mismatch{Month: mm.Month, Expected: want, Found: mm.Total, Difference: mm.Total - want, Line: mm.Line})
		}
		if i == 0 {
			continue
		}
		prev := r.Months[i-1]
		if prev.Month != mm.Month-1 {
			if gaps == 0 {
				gapFrom, gapTo = prev.Month, mm.Month
			}
			gaps++
			continue
		}
		if prev.Total != mm.Starting {
			if len(carries) == 0 {
				carryExample = i
			}
			carries = append(carries, Mismatch{Month: mm.Month, Expected: prev.Total, Found: mm.Starting, Difference: mm.Starting - prev.Total, Carry: true, Line: mm.Line})
		}
	}
	if gaps > 0 {
		rep.notice(noticeMovementsGap, gaps, monthArg(gapFrom), monthArg(gapTo))
	}
	if len(sums) > 0 {
		mm, mis := r.Months[sumExample], sums[0]
		rep.notice(noticeMovementsReconcile, len(sums), monthArg(mm.Month), lang.Amount(mm.Starting), lang.Amount(mm.New), lang.Amount(mm.Expansion), lang.Amount(mm.Reactivation),
			lang.Amount(mm.Contraction), lang.Amount(mm.Churn), lang.Amount(mis.Expected), lang.Amount(mis.Found), lang.Amount(mis.Difference))
	}
	if len(carries) > 0 {
		mm, mis := r.Months[carryExample], carries[0]
		rep.notice(noticeMovementsCarry, len(carries), monthArg(mm.Month), lang.Amount(mis.Found), monthArg(mm.Month-1), lang.Amount(mis.Expected), lang.Amount(mis.Difference))
	}
	r.Mismatches = append(sums, carries...)
	slices.SortStableFunc(r.Mismatches, func(a, b Mismatch) int { return int(a.Month) - int(b.Month) })
}
