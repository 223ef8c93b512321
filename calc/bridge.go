package calc

import (
	"fmt"
	"strings"

	"nrrlab/calc/lang"
)

// Movement is how one customer's ARR moved over the period.
type Movement uint8

const (
	// Flat: paying the same at the start and at the end.
	Flat Movement = iota
	// Expanded: paying more at the end than at the start.
	Expanded
	// Contracted: paying less at the end, but still paying.
	Contracted
	// Churned: paying at the start and nothing at the end.
	Churned
	// New: paying nothing at the start and something at the end (new or
	// reactivated); left out of NRR and GRR.
	New
	// Inactive: paying nothing at either end; counted nowhere.
	Inactive
	movements
)

var movementNames = [movements]string{"flat", "expanded", "contracted", "churned", "new", "inactive"}

// String names the movement in lower case, as a table cell shows it.
func (m Movement) String() string {
	if m < movements {
		return movementNames[m]
	}
	return fmt.Sprintf("Movement(%d)", uint8(m))
}

// Classify returns the movement from start to end ARR.
func Classify(start, end Money) Movement {
	switch {
	case start == 0 && end == 0:
		return Inactive
	case start == 0:
		return New
	case end == 0:
		return Churned
	case end > start:
		return Expanded
	case end < start:
		return Contracted
	}
	return Flat
}

// GRRCap is the convention for keeping expansion out of GRR.
type GRRCap uint8

const (
	// CapPerCustomer counts each retained customer at most at its starting
	// ARR: GRR = (S − C − X) / S. The default, and SPEC.md's.
	CapPerCustomer GRRCap = iota
	// CapOnTotals caps the cohort as a whole: GRR = min(S, S + E − C − X) / S,
	// so one customer's expansion can offset another's contraction.
	CapOnTotals
)

// BridgeOptions choose the conventions of a Bridge.
type BridgeOptions struct {
	GRRCap GRRCap
	Period Period
}

// Bridge is the ARR bridge of a per-customer table: how the period's starting
// ARR became its ending ARR. It reconciles exactly:
// Start + Expansion − Contraction − Churn + New = End.
type Bridge struct {
	BridgeTotals

	// Rows are the customers after duplicates were merged, in the order each
	// first appeared, with their movement.
	Rows []BridgeRow

	// Retention holds the starting cohort's rates, with logo counts.
	Retention Retention
	// RetentionErr says why Retention is empty: no starting ARR, so no NRR.
	RetentionErr error

	// ExpansionPenetration is the share of the starting customers that
	// expanded: expanded / customers at start.
	ExpansionPenetration float64
	// AverageExpansion is Expansion / expanded customers (zero when none).
	AverageExpansion Money

	// Segments holds one bridge per segment named in the rows, in the order
	// each first appeared; empty when no row names a segment.
	Segments []SegmentBridge

	// Notices say what was done to the input, such as merged duplicates.
	Notices []lang.Msg
}

// BridgeRow is one customer of a Bridge.
type BridgeRow struct {
	Account
	Movement Movement
}

// BridgeTotals are the sums of a bridge's rows.
type BridgeTotals struct {
	Start, Expansion, Contraction, Churn, New, End Money
	// Counts holds the number of customers per Movement.
	Counts [movements]int
}

// Customers returns the number of customers paying at the start.
func (b *BridgeTotals) Customers() int {
	return b.Counts[Flat] + b.Counts[Expanded] + b.Counts[Contracted] + b.Counts[Churned]
}

// SegmentBridge is the bridge totals and retention of one segment.
type SegmentBridge struct {
	Segment string
	BridgeTotals
	Retention Retention
	// RetentionErr is set when the segment has no starting ARR, so no NRR.
	RetentionErr error
}

// NewBridge classifies every account and totals the bridge. Accounts with the
// same customer name (compared after trimming surrounding space; blank names
// are never merged) are merged into one by adding their amounts, with a
// notice. A negative amount or totals beyond Money's range are errors naming
// the row (1-based, in input order). A table without starting ARR still
// gives its bridge, with RetentionErr saying why there is no NRR.
func NewBridge(accounts []Account, opt BridgeOptions) (*Bridge, error) {
	rows := make([]BridgeRow, len(accounts))
	for i := range accounts {
		yield(i)
		rows[i].Account = accounts[i]
	}
	return NewBridgeOf(rows, opt)
}

// NewBridgeOf is NewBridge for accounts read as the rows of a bridge, such
// as ingest's Table.BridgeRows reads them: it merges and classifies them in
// place, and the Bridge keeps them as its Rows, so that a million customers
// are not held twice at once, as accounts and as rows (48 MB more in
// WebAssembly's memory, which never shrinks). The rows' Movement is set
// here; the caller gives the rows up.
func NewBridgeOf(rows []BridgeRow, opt BridgeOptions) (*Bridge, error) {
	if rows == nil {
		rows = []BridgeRow{} // as NewBridge's, for no accounts
	}
	rows, notices, err := mergeRows(rows)
	if err != nil {
		return nil, err
	}
	b := &Bridge{Rows: rows, Notices: notices}
	segIndex := map[string]int{}
	for i := range rows {
		r := &rows[i]
		r.Movement = Classify(r.Start, r.End)
		if err := b.add(r); err != nil {
			return nil, lang.M(msgRowOverflow, i+1, lang.Quote(r.Customer))
		}
		if r.Segment == "" {
			continue
		}
		si, ok := segIndex[r.Segment]
		if !ok {
			si = len(b.Segments)
			segIndex[r.Segment] = si
			b.Segments = append(b.Segments, SegmentBridge{Segment: r.Segment})
		}
		// The segment totals are bounded by the whole-table totals above.
		_ = b.Segments[si].add(r)
	}
	if n := b.Counts[Expanded]; n > 0 {
		b.AverageExpansion = b.Expansion / Money(n)
	}
	if n := b.Customers(); n > 0 {
		b.ExpansionPenetration = float64(b.Counts[Expanded]) / float64(n)
	}
	retained := b.Customers() - b.Counts[Churned]
	b.Retention, b.RetentionErr = bridgeRetention(b.Start, b.Expansion, b.Contraction, b.Churn, b.Customers(), retained, opt)
	for i := range b.Segments {
		s := &b.Segments[i]
		n := s.Customers()
		s.Retention, s.RetentionErr = bridgeRetention(s.Start, s.Expansion, s.Contraction, s.Churn, n, n-s.Counts[Churned], opt)
	}
	return b, nil
}

func bridgeRetention(s, e, c, x Money, customers, retained int, opt BridgeOptions) (Retention, error) {
	r, err := Retain(Totals{Start: s, Expansion: e, Contraction: c, Churn: x, Period: opt.Period,
		Logos: &Logos{Start: customers, Retained: retained}})
	if err != nil {
		return r, err
	}
	if opt.GRRCap == CapOnTotals {
		r.GRR = min(r.NRR, 1)
		r.AnnualGRR = r.GRR
		if opt.Period == Monthly {
			r.AnnualGRR = Annualise(r.GRR)
		}
		r.Method = []lang.Msg{lang.M(methodBridgeTotals)}
	} else {
		r.Method = []lang.Msg{lang.M(methodBridgePerRow)}
	}
	return r, nil
}

// add puts one classified row into the totals, checking every sum.
func (b *BridgeTotals) add(r *BridgeRow) error {
	var err error
	b.Counts[r.Movement]++
	if b.Start, err = b.Start.Add(r.Start); err != nil {
		return err
	}
	if b.End, err = b.End.Add(r.End); err != nil {
		return err
	}
	// Each movement amount is at most the larger of the row's start and
	// end, so when both totals above fit, these sums fit too.
	switch r.Movement {
	case Expanded:
		b.Expansion += r.End - r.Start
	case Contracted:
		b.Contraction += r.Start - r.End
	case Churned:
		b.Churn += r.Start
	case New:
		b.New += r.End
	}
	return nil
}

// mergeRows checks every amount and merges the rows of the same customer
// into the first, in place, keeping the rows' order.
func mergeRows(rows []BridgeRow) ([]BridgeRow, []lang.Msg, error) {
	dupOf := sameNames(len(rows), func(i int) string { return rows[i].Customer })
	var rowOf []int32 // the row each account went to, when names repeat
	if dupOf != nil {
		rowOf = make([]int32, len(rows))
	}
	var dups map[int]int // row index → number of input rows merged into it
	n := 0               // the rows kept, all before row i
	for i := range rows {
		yield(i)
		a := &rows[i].Account
		switch {
		case a.Start < 0:
			return nil, nil, lang.M(msgRowStartNegative, i+1, lang.Quote(a.Customer))
		case a.End < 0:
			return nil, nil, lang.M(msgRowEndNegative, i+1, lang.Quote(a.Customer))
		}
		if dupOf == nil || dupOf[i] == 0 {
			if rowOf != nil {
				rowOf[i] = int32(n)
			}
			if n < i {
				rows[n] = BridgeRow{Account: *a}
			}
			n++
			continue
		}
		j := int(rowOf[dupOf[i]-1])
		r := &rows[j]
		var err error
		if r.Start, err = r.Start.Add(a.Start); err != nil {
			return nil, nil, lang.M(msgRowOverflow, i+1, lang.Quote(a.Customer))
		}
		if r.End, err = r.End.Add(a.End); err != nil {
			return nil, nil, lang.M(msgRowOverflow, i+1, lang.Quote(a.Customer))
		}
		if r.Segment == "" {
			r.Segment = a.Segment
		}
		if dups == nil {
			dups = map[int]int{}
		}
		if dups[j] == 0 {
			dups[j] = 1
		}
		dups[j]++
	}
	clear(rows[n:]) // what was merged, no longer held
	rows = rows[:n:n]
	return rows, duplicateNotices(rows, dups), nil
}

// maxNotices caps the notices about duplicates so that a table of thousands
// of them still reads.
const maxNotices = 20

func duplicateNotices(rows []BridgeRow, dups map[int]int) []lang.Msg {
	if len(dups) == 0 {
		return nil
	}
	var notices []lang.Msg
	for i := range rows {
		n := dups[i]
		if n == 0 {
			continue
		}
		if len(notices) == maxNotices {
			notices = append(notices, lang.M(msgMoreDuplicates, len(dups)-maxNotices))
			break
		}
		notices = append(notices, lang.M(msgDuplicateMerged, lang.Quote(strings.TrimSpace(rows[i].Customer)), n))
	}
	return notices
}
