package calc

import (
	"math"

	"nrrlab/calc/lang"
)

// Period is the length of the interval a retention figure covers.
type Period uint8

const (
	// Annual compares ARR a year apart; the default.
	Annual Period = iota
	// Monthly compares MRR a month apart.
	Monthly
)

// Totals are the amounts of a period's starting cohort, the customers paying
// at the start: Start (S) is their revenue then, Expansion (E) the sum of
// their increases, Contraction (C) the sum of decreases of those still paying
// at the end, and Churn (X) the starting revenue of those paying nothing at
// the end. Logos optionally counts the customers.
type Totals struct {
	Start       Money
	Expansion   Money
	Contraction Money
	Churn       Money
	Logos       *Logos
	Period      Period
}

// Logos counts the starting cohort's customers: Start paying at the start,
// Retained of them still paying at the end.
type Logos struct {
	Start    int
	Retained int
}

// Retention is what Totals mean: the retention rates of the starting cohort.
type Retention struct {
	Totals

	// End is the cohort's revenue at the end: S + E − C − X.
	End Money
	// NetExpansion is E − C − X, the cohort's change in revenue.
	NetExpansion Money

	// NRR is net revenue retention, (S + E − C − X) / S.
	NRR float64
	// GRR is gross revenue retention, (S − C − X) / S, never above 1.
	GRR float64
	// ExpansionRate is E/S; NRR = GRR + ExpansionRate.
	ExpansionRate float64
	// ContractionRate is C/S.
	ContractionRate float64
	// ChurnRate is X/S.
	ChurnRate float64

	// LogoRetention is customers retained / customers at start, when Logos
	// was given (HasLogos).
	LogoRetention float64
	HasLogos      bool

	// AnnualNRR and AnnualGRR are the annual equivalents, compounded over
	// twelve months for a Monthly period (NRR¹²) and equal to NRR and GRR for
	// an Annual one.
	AnnualNRR float64
	AnnualGRR float64

	// Method says in sentences how the figures were computed: the formula,
	// and that of logo retention when customers were counted.
	Method []lang.Msg
}

// Validate reports the first thing wrong with t, as an *InputError naming
// the field: S ≤ 0, a negative amount, C + X > S, a negative count, or more
// customers retained than at the start.
func (t Totals) Validate() error {
	if t.Start <= 0 {
		return inputError(FieldStart, msgStartNotPositive)
	}
	for _, f := range []struct {
		name lang.Key
		m    Money
		msg  lang.Key
	}{{FieldExpansion, t.Expansion, msgExpansionNegative}, {FieldContraction, t.Contraction, msgContractionNegative}, {FieldChurn, t.Churn, msgChurnNegative}} {
		if f.m < 0 {
			return inputError(f.name, f.msg)
		}
	}
	if loss, err := t.Contraction.Add(t.Churn); err != nil || loss > t.Start {
		return inputError(FieldChurn, msgLossExceedsStart)
	}
	if _, err := t.end(); err != nil {
		return inputError(FieldExpansion, msgExpansionTooLarge)
	}
	if l := t.Logos; l != nil {
		switch {
		case l.Start < 0:
			return inputError(FieldCustomersStart, msgCustomersStartCount)
		case l.Retained < 0:
			return inputError(FieldCustomersRetained, msgCustomersRetainedCount)
		case l.Start == 0 && l.Retained > 0:
			return inputError(FieldCustomersRetained, msgRetainedNoStart)
		case l.Retained > l.Start:
			return inputError(FieldCustomersRetained, msgRetainedExceeds, l.Retained, l.Start)
		}
	}
	return nil
}

// end returns S + E − C − X, or ErrOverflow.
func (t Totals) end() (Money, error) {
	e, err := t.Start.Add(t.Expansion)
	if err != nil {
		return 0, err
	}
	if e, err = e.Sub(t.Contraction); err != nil {
		return 0, err
	}
	return e.Sub(t.Churn)
}

// Retain computes the retention rates of t, or returns the *InputError that
// Validate reports.
func Retain(t Totals) (Retention, error) {
	if err := t.Validate(); err != nil {
		return Retention{}, err
	}
	end, _ := t.end() // Validate checked it
	r := Retention{
		Totals:          t,
		End:             end,
		NetExpansion:    end - t.Start,
		ExpansionRate:   t.Expansion.Ratio(t.Start),
		ContractionRate: t.Contraction.Ratio(t.Start),
		ChurnRate:       t.Churn.Ratio(t.Start),
	}
	// Computed from integers rather than as 1 − C/S − X/S so that GRR is
	// exactly 1 when nothing was lost, and NRR from the exact end amount.
	r.NRR = end.Ratio(t.Start)
	r.GRR = (t.Start - t.Contraction - t.Churn).Ratio(t.Start)
	r.AnnualNRR, r.AnnualGRR = r.NRR, r.GRR
	method := methodRetentionAnnual
	if t.Period == Monthly {
		r.AnnualNRR, r.AnnualGRR = Annualise(r.NRR), Annualise(r.GRR)
		method = methodRetentionMonthly
	}
	r.Method = []lang.Msg{lang.M(method)}
	if l := t.Logos; l != nil && l.Start > 0 {
		r.HasLogos = true
		r.LogoRetention = float64(l.Retained) / float64(l.Start)
		r.Method = append(r.Method, lang.M(methodLogos))
	}
	return r, nil
}

// Annualise compounds a monthly retention rate over twelve months: r¹².
func Annualise(monthly float64) float64 { return math.Pow(monthly, 12) }

// MonthlyEquivalent is the monthly retention rate that compounds to an annual
// one: annual^(1/12), the inverse of Annualise.
func MonthlyEquivalent(annual float64) float64 { return math.Pow(annual, 1.0/12) }
