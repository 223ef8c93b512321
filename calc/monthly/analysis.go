package monthly

import (
	"math"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// MaxMonths bounds a series: fifty years of months.
const MaxMonths = 600

// Validate reports the first thing wrong with s, in words a user can act on:
// no months, amounts that do not fill the customer × month grid, or a
// negative amount (naming the customer and the month).
func (s *Series) Validate() error {
	switch {
	case s.Months < 1:
		return lang.M(errNoMonths)
	case s.Months > MaxMonths:
		return lang.M(errTooManyMonths, s.Months, MaxMonths)
	case len(s.Amounts) != len(s.Customers)*s.Months:
		if len(s.Amounts)%s.Months == 0 {
			return lang.M(errNames, len(s.Customers), len(s.Amounts)/s.Months)
		}
		return lang.M(errShape, len(s.Amounts), len(s.Customers), s.Months)
	}
	for i, a := range s.Amounts {
		if a < 0 {
			c, m := i/s.Months, i%s.Months
			return lang.M(errNegative, lang.Quote(s.Customers[c]), lang.Month(s.Start+Month(m)), lang.Amount(a))
		}
	}
	return nil
}

// Options choose the conventions of an analysis. The zero value is SPEC.md's:
// GRR capped per customer; customers who return are outside the retention
// base, as new customers are, and count as reactivations in the movements;
// the first month is the starting base.
type Options struct {
	// GRRCap caps expansion out of GRR per customer (the default) or on the
	// group's totals.
	GRRCap calc.GRRCap
	// EndPoint counts a customer who left and returned within the trailing
	// twelve months as retained, at its revenue at the end, as survey-style
	// trailing figures do.
	EndPoint bool
	// Tolerance is how far, as a fraction, the annualised monthly NRR may be
	// from the trailing one before the analysis says so; zero means 0.01.
	Tolerance float64
	// ReactivationAsNew counts a customer who paid before, stopped and pays
	// again as a new customer in the movements, instead of as a
	// reactivation. Retention rates are the same either way: a returning
	// customer was not paying in the base month.
	ReactivationAsNew bool
	// OpeningAsNew counts the first month's paying customers as new
	// movements from zero, as dbt's mrr-playbook does, instead of as the
	// starting base with no movements.
	OpeningAsNew bool
}

// Movement is the revenue of one month and how it moved from the month
// before: Total = previous Total + New + Expansion + Reactivation −
// Contraction − Churn, exactly.
type Movement struct {
	Month Month
	Total calc.Money
	// Paying counts the customers with revenue this month.
	Paying int

	New, Expansion, Contraction, Churn, Reactivation calc.Money
	// Counts of customers in each movement.
	NewCount, ExpansionCount, ContractionCount, ChurnCount, ReactivationCount int
}

// Retention is a revenue retention over a window: the customers paying at the
// window's first month (Customers, with revenue Base) and what they pay at
// its last. Defined is false when nobody paid at the start or the window
// does not fit in the series; NRR and GRR are then zero, never NaN.
type Retention struct {
	Defined   bool
	Customers int
	Base      calc.Money
	Retained  calc.Money // their revenue at the end, as the convention counts it
	NRR, GRR  float64
	// Method says in sentences how the figures were computed.
	Method []lang.Msg
}

// Annualised compares a year of monthly NRRs with the trailing figure.
type Annualised struct {
	Defined bool
	// Compounded is the product of the last twelve monthly NRRs.
	Compounded float64
	// Latest is the latest monthly NRR to the twelfth power.
	Latest float64
	// Differs says the compounded figure is further from the trailing one
	// than the tolerance.
	Differs bool
	// Method says in sentences how the figure was computed and, when it
	// Differs, by how much.
	Method []lang.Msg
}

// Analysis is a series' monthly movements and retention rates, indexed by
// month (0 is the series' first month).
type Analysis struct {
	Options    Options
	Movements  []Movement
	Monthly    []Retention // month m against m−1
	Trailing   []Retention // month m against m−12
	Annualised []Annualised
	// MovementsMethod says in sentences how the movements were counted:
	// the opening month and the convention for returning customers.
	MovementsMethod []lang.Msg
}

// accumulators for a window's retention, per month.
type window struct {
	customers              []int
	base, num, grr, numEnd []calc.Money
	grrEnd                 []calc.Money
}

func newWindow(n int) window {
	return window{customers: make([]int, n), base: make([]calc.Money, n), num: make([]calc.Money, n),
		grr: make([]calc.Money, n), numEnd: make([]calc.Money, n), grrEnd: make([]calc.Money, n)}
}

// Analyse computes the movements of every month and the monthly, trailing
// and annualised retention of s, in one pass over its amounts.
func Analyse(s *Series, opt Options) (*Analysis, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if opt.Tolerance == 0 {
		opt.Tolerance = 0.01
	}
	n := s.Months
	a := &Analysis{Options: opt, Movements: make([]Movement, n)}
	for m := range a.Movements {
		a.Movements[m].Month = s.Start + Month(m)
	}
	monthly, trailing := newWindow(n), newWindow(n)
	var overflow error
	add := func(x *calc.Money, v calc.Money, m int) {
		if sum, err := x.Add(v); err != nil {
			overflow = lang.M(errOverflow, lang.Month(s.Start+Month(m)))
		} else {
			*x = sum
		}
	}
	for c := range s.Customers {
		row := s.Amounts[c*n : (c+1)*n]
		everPaid, lastZero := false, -1
		for m, cur := range row {
			mv := &a.Movements[m]
			if cur > 0 {
				mv.Paying++
				add(&mv.Total, cur, m)
			} else {
				lastZero = m
			}
			if m == 0 && cur > 0 && opt.OpeningAsNew {
				mv.NewCount++
				add(&mv.New, cur, m)
			}
			if m > 0 {
				prev := row[m-1]
				switch {
				case prev == 0 && cur > 0 && everPaid && !opt.ReactivationAsNew:
					mv.ReactivationCount++
					add(&mv.Reactivation, cur, m)
				case prev == 0 && cur > 0:
					mv.NewCount++
					add(&mv.New, cur, m)
				case prev > 0 && cur == 0:
					mv.ChurnCount++
					add(&mv.Churn, prev, m)
				case cur > prev:
					mv.ExpansionCount++
					add(&mv.Expansion, cur-prev, m)
				case cur < prev:
					mv.ContractionCount++
					add(&mv.Contraction, prev-cur, m)
				}
				if prev > 0 {
					monthly.customers[m]++
					add(&monthly.base[m], prev, m)
					add(&monthly.num[m], cur, m)
					add(&monthly.grr[m], min(prev, cur), m)
				}
			}
			if m >= 12 && row[m-12] > 0 {
				b := row[m-12]
				trailing.customers[m]++
				add(&trailing.base[m], b, m)
				add(&trailing.numEnd[m], cur, m)
				add(&trailing.grrEnd[m], min(b, cur), m)
				// Paying throughout the window: no zero after the base month.
				if lastZero <= m-12 {
					add(&trailing.num[m], cur, m)
					add(&trailing.grr[m], min(b, cur), m)
				}
			}
			if cur > 0 {
				everPaid = true
			}
		}
	}
	if overflow != nil {
		return nil, overflow
	}
	a.MovementsMethod = describeMovements(a.Movements[0], opt)
	a.Monthly = make([]Retention, n)
	a.Trailing = make([]Retention, n)
	a.Annualised = make([]Annualised, n)
	for m := 0; m < n; m++ {
		month := s.Start + Month(m)
		a.Monthly[m] = monthly.retention(m, false, opt)
		a.Monthly[m].Method = describeMonthly(a.Monthly[m], month, opt)
		a.Trailing[m] = trailing.retention(m, opt.EndPoint, opt)
		a.Trailing[m].Method = describeTrailing(a.Trailing[m], month, opt)
		a.Annualised[m] = a.annualise(m, month)
	}
	return a, nil
}

// retention turns a window's sums at month m into rates.
func (w *window) retention(m int, endPoint bool, opt Options) Retention {
	r := Retention{Customers: w.customers[m], Base: w.base[m]}
	if r.Base <= 0 {
		return r
	}
	num, grr := w.num[m], w.grr[m]
	if endPoint {
		num, grr = w.numEnd[m], w.grrEnd[m]
	}
	r.Defined, r.Retained = true, num
	r.NRR = num.Ratio(r.Base)
	if opt.GRRCap == calc.CapOnTotals {
		r.GRR = math.Min(1, r.NRR)
	} else {
		r.GRR = grr.Ratio(r.Base)
	}
	return r
}

// annualise compounds the twelve monthly NRRs ending at month m.
func (a *Analysis) annualise(m int, month Month) Annualised {
	if m < 12 {
		return Annualised{Method: []lang.Msg{lang.M(methodAnnualisedNone, lang.Month(month))}}
	}
	prod := 1.0
	for k := m - 11; k <= m; k++ {
		if !a.Monthly[k].Defined {
			return Annualised{Method: []lang.Msg{lang.M(methodAnnualisedNone, lang.Month(month))}}
		}
		prod *= a.Monthly[k].NRR
	}
	an := Annualised{Defined: true, Compounded: prod, Latest: calc.Annualise(a.Monthly[m].NRR)}
	an.Method = []lang.Msg{lang.M(methodAnnualised, lang.Month(month), lang.Percent(an.Compounded), lang.Percent(an.Latest))}
	if t := a.Trailing[m]; t.Defined && math.Abs(an.Compounded-t.NRR) > a.Options.Tolerance {
		an.Differs = true
		an.Method = append(an.Method, lang.M(methodAnnualisedDiffs, lang.Percent(t.NRR), lang.Percent(a.Options.Tolerance)))
	}
	return an
}

func describeMonthly(r Retention, month Month, opt Options) []lang.Msg {
	m, prev := lang.Month(month), lang.Month(month-1)
	if !r.Defined {
		return []lang.Msg{lang.M(methodMonthlyNone, m, prev)}
	}
	f := methodMonthly
	if opt.ReactivationAsNew {
		f = methodMonthlyAsNew
	}
	return []lang.Msg{lang.M(f, m, m, lang.Count(r.Customers), prev, prev, m), lang.M(grrMethod(opt))}
}

func grrMethod(opt Options) lang.Key {
	if opt.GRRCap == calc.CapOnTotals {
		return methodGRROnTotals
	}
	return methodGRRPerCustomer
}

func describeMovements(opening Movement, opt Options) []lang.Msg {
	first := lang.M(methodMovementsBase, lang.Month(opening.Month), lang.Count(opening.Paying))
	if opt.OpeningAsNew {
		first = lang.M(methodMovementsOpeningNew, lang.Count(opening.Paying), lang.Month(opening.Month))
	}
	if opt.ReactivationAsNew {
		return []lang.Msg{first, lang.M(methodReactivationAsNew)}
	}
	return []lang.Msg{first, lang.M(methodReactivation)}
}

func describeTrailing(r Retention, month Month, opt Options) []lang.Msg {
	m, start := lang.Month(month), lang.Month(month-12)
	if !r.Defined {
		return []lang.Msg{lang.M(methodTrailingNone, m, start)}
	}
	f := methodTrailing
	if opt.EndPoint {
		f = methodTrailingEnd
	}
	return []lang.Msg{lang.M(f, m, m, lang.Count(r.Customers), start, start), lang.M(grrMethod(opt))}
}
