package calc

// MaxQuarters bounds a target path: 25 years.
const MaxQuarters = 100

// Milestone is the NRR to reach by the end of a quarter.
type Milestone struct {
	Quarter int
	NRR     float64
}

// TargetPath returns quarterly milestones from the current NRR to the target,
// in equal steps: milestone q is current + (target − current) × q / quarters,
// so the last is the target. The user may then edit them.
func TargetPath(current, target float64, quarters int) ([]Milestone, error) {
	switch {
	case !validRate(current):
		return nil, inputError(FieldNRR, msgNRRRate)
	case !validRate(target):
		return nil, inputError(FieldNRR, msgNRRRate)
	case quarters < 1 || quarters > MaxQuarters:
		return nil, inputError(FieldPeriods, msgPeriodsRange, MaxQuarters)
	}
	path := make([]Milestone, quarters)
	for q := 1; q <= quarters; q++ {
		path[q-1] = Milestone{Quarter: q, NRR: current + (target-current)*float64(q)/float64(quarters)}
	}
	return path, nil
}

// GrowthFromBase returns the share of a company's annual growth that comes
// from its existing customers: (NRR − 1) / growth. At 40% growth and 110% NRR
// it is 25%; at 130% NRR, 75%. Above 1 the base grows faster than the company
// (new logos do not make up for it); below 0 the base shrinks.
func GrowthFromBase(growth, nrr float64) (float64, error) {
	switch {
	case !(growth > 0) || !validRate(growth):
		return 0, inputError(FieldGrowth, msgGrowthNotPositive)
	case !validRate(nrr):
		return 0, inputError(FieldNRR, msgNRRRate)
	}
	return (nrr - 1) / growth, nil
}
