package calc

import (
	"math"
)

// NRRForTarget returns the NRR that grows start to target in periods periods
// with no new logos: (T/S)^(1/n).
func NRRForTarget(start, target Money, periods int) (float64, error) {
	switch {
	case start <= 0:
		return 0, inputError(FieldStart, msgStartNotPositive)
	case target <= 0:
		return 0, inputError(FieldTarget, msgTargetNotPositive)
	case periods < 1 || periods > MaxPeriods:
		return 0, inputError(FieldPeriods, msgPeriodsRange, MaxPeriods)
	}
	return math.Pow(target.Ratio(start), 1/float64(periods)), nil
}

// ExpansionNeeded returns the expansion that reaches nrr given the starting
// ARR, contraction and churn of t: S × NRR − S + C + X. It is zero or less
// only when the target is at or below today's GRR, which needs no expansion.
func ExpansionNeeded(t Totals, nrr float64) (Money, error) {
	goal, err := goalFor(t, nrr)
	if err != nil {
		return 0, err
	}
	// S, C and X fit and C + X ≤ S, so only goal − S + (C + X) can overflow.
	need, err := goal.Sub(t.Start)
	if err == nil {
		need, err = need.Add(t.Contraction + t.Churn)
	}
	if err != nil {
		return 0, inputError(FieldNRR, msgNRRTooLarge)
	}
	return need, nil
}

// ChurnAllowed returns the churn that still reaches nrr given the starting
// ARR, expansion and contraction of t: S + E − C − S × NRR. A negative result
// means the target cannot be reached even with no churn at all.
func ChurnAllowed(t Totals, nrr float64) (Money, error) {
	goal, err := goalFor(t, nrr)
	if err != nil {
		return 0, err
	}
	// Validate checked S + E − C − X fits; X ≤ S keeps S + E − C in range
	// as well, since S + E − C = (S + E − C − X) + X.
	kept := t.Start + t.Expansion - t.Contraction
	allowed, err := kept.Sub(goal)
	if err != nil {
		return 0, inputError(FieldNRR, msgNRRTooLarge)
	}
	return allowed, nil
}

// goalFor checks t and nrr and returns the revenue the target NRR means at
// the end of the period: S × NRR, to the cent.
func goalFor(t Totals, nrr float64) (Money, error) {
	if err := t.Validate(); err != nil {
		return 0, err
	}
	if !validRate(nrr) {
		return 0, inputError(FieldNRR, msgNRRRate)
	}
	goal, err := FromFloat(t.Start.Float() * nrr)
	if err != nil {
		return 0, inputError(FieldNRR, msgNRRTooLarge)
	}
	return goal, nil
}
