package calc

import (
	"math"

	"nrrlab/calc/lang"
)

// MaxPeriods bounds a projection's horizon: 50 years of months.
const MaxPeriods = 600

// Projection is ARR compounded at a constant NRR with new-logo ARR added each
// period: ARRₜ = ARRₜ₋₁ × NRR + Nₜ, where new ARR starts compounding the
// period after it lands. Points[0] is the start; Points[t] is after t periods.
type Projection struct {
	NRR    float64
	Points []ProjectionPoint
	// Method says in a sentence how the projection was computed.
	Method lang.Msg
}

// ProjectionPoint is the projected ARR after Period periods, rounded to the
// cent. ARR = FromBase + FromNew.
type ProjectionPoint struct {
	Period int
	// ARR is the total projected ARR.
	ARR Money
	// FromBase is what the starting base alone grows to: S × NRRᵗ.
	FromBase Money
	// FromNew is what new-logo ARR added so far has grown to.
	FromNew Money
	// Growth is ARR − the previous period's ARR (zero at the start).
	Growth Money
	// NewARR is the new-logo ARR that landed this period.
	NewARR Money
}

// Project compounds start at nrr for periods periods. newARR[t−1] is the
// new-logo ARR landing in period t; a shorter slice repeats its last value,
// and an empty one means none. The amounts are computed in float64 from the
// exact start and rounded to the cent at each point, so a table of them is
// exact while no rounding error compounds. A result beyond Money's range is
// an error rather than a wrong figure.
func Project(start Money, nrr float64, periods int, newARR []Money) (Projection, error) {
	switch {
	case start < 0:
		return Projection{}, inputError(FieldStart, msgStartNegative)
	case !validRate(nrr):
		return Projection{}, inputError(FieldNRR, msgNRRRate)
	case periods < 1 || periods > MaxPeriods:
		return Projection{}, inputError(FieldPeriods, msgPeriodsRange, MaxPeriods)
	}
	for _, n := range newARR {
		if n < 0 {
			return Projection{}, inputError(FieldNewARR, msgNewARRNegative)
		}
	}
	p := Projection{NRR: nrr, Points: make([]ProjectionPoint, periods+1), Method: lang.M(methodProjection)}
	p.Points[0] = ProjectionPoint{ARR: start, FromBase: start}
	base, fromNew := start.Float(), 0.0
	for t := 1; t <= periods; t++ {
		var landed Money
		if len(newARR) > 0 {
			landed = newARR[min(t, len(newARR))-1]
		}
		base *= nrr
		fromNew = fromNew*nrr + landed.Float()
		pt := ProjectionPoint{Period: t, NewARR: landed}
		var err1, err2 error
		pt.FromBase, err1 = FromFloat(base)
		pt.FromNew, err2 = FromFloat(fromNew)
		total, err3 := pt.FromBase.Add(pt.FromNew)
		if err1 != nil || err2 != nil || err3 != nil || math.IsInf(base+fromNew, 0) {
			return Projection{}, lang.M(msgProjectionOverflow)
		}
		pt.ARR = total
		pt.Growth = total - p.Points[t-1].ARR
		p.Points[t] = pt
	}
	return p, nil
}

// validRate reports whether r is a usable retention rate: finite and not
// negative.
func validRate(r float64) bool {
	return r >= 0 && !math.IsInf(r, 0) // NaN fails r >= 0
}
