package ops

import (
	"nrrlab/calc"
	"nrrlab/calc/benchmark"
	"nrrlab/calc/lang"
)

// Kind is what an input of a calculator holds.
type Kind uint8

const (
	// Money is an amount, such as $1.2M.
	Money Kind = iota
	// Count is a whole number of customers, renewals or opportunities.
	Count
	// Score is a score from 0 to 100.
	Score
)

// Input is one labelled input of a calculator, with the figure a first visit
// shows (from the source article's example where it has one).
type Input struct {
	Label   lang.Key
	Kind    Kind
	Example string
}

// Value is an input's figure, in the field its Kind names.
type Value struct {
	Money calc.Money
	Count int
	Score float64
}

// Calculator describes one operations metric for a page generated from data.
type Calculator struct {
	ID    string
	Group lang.Key
	Title lang.Key
	// Formula is the calculation in words, after "Title =".
	Formula lang.Key
	Inputs  []Input
	// Set is the id of the benchmark set that gives the verdict.
	Set     string
	compute func([]Value) (float64, error)
}

// Result is a calculator's figure, in its benchmark's unit (a fraction for
// rates and scores, a multiple for coverage, dollars per dollar for CAC),
// and where it sits on the benchmark.
type Result struct {
	Value     float64
	Placement benchmark.Placement
}

// Compute runs the calculator on one value per input.
func (c *Calculator) Compute(values []Value) (Result, error) {
	if len(values) != len(c.Inputs) {
		return Result{}, lang.M(msgInputs, c.Title, len(c.Inputs), len(values))
	}
	x, err := c.compute(values)
	if err != nil {
		return Result{}, err
	}
	p, err := benchmark.ByID(c.Set).Place(x)
	return Result{Value: x, Placement: p}, err
}

func money(f func(a, b calc.Money) (float64, error)) func([]Value) (float64, error) {
	return func(v []Value) (float64, error) { return f(v[0].Money, v[1].Money) }
}

func counts(f func(a, b int) (float64, error)) func([]Value) (float64, error) {
	return func(v []Value) (float64, error) { return f(v[0].Count, v[1].Count) }
}

// Catalogue is every operations calculator, grouped as the metrics page
// shows them.
var Catalogue = []Calculator{
	{ID: "save-rate", Group: GroupRenewal, Title: titleSaveRate, Formula: formulaSaveRate, Set: "save-rate",
		Inputs:  []Input{{labelSaved, Money, "$700K"}, {labelAtRisk, Money, "$1M"}},
		compute: money(SaveRate)},
	{ID: "forecast-accuracy", Group: GroupRenewal, Title: titleForecastAccuracy, Formula: formulaForecastAccuracy, Set: "forecast-accuracy",
		Inputs:  []Input{{labelActual, Money, "$920K"}, {labelForecast, Money, "$1M"}},
		compute: money(ForecastAccuracy)},
	{ID: "renewal-coverage", Group: GroupRenewal, Title: titleRenewalCoverage, Formula: formulaRenewalCoverage, Set: "renewal-coverage",
		Inputs:  []Input{{labelWeightedPipeline, Money, "$1.2M"}, {labelRenewalTarget, Money, "$1M"}},
		compute: money(RenewalCoverage)},
	{ID: "average-discount", Group: GroupRenewal, Title: titleAverageDiscount, Formula: formulaAverageDiscount, Set: "average-discount",
		Inputs:  []Input{{labelDiscounts, Money, "$80K"}, {labelListValue, Money, "$1M"}},
		compute: money(AverageDiscount)},
	{ID: "escalation-rate", Group: GroupRenewal, Title: titleEscalationRate, Formula: formulaEscalationRate, Set: "escalation-rate",
		Inputs:  []Input{{labelEscalated, Count, "12"}, {labelRenewals, Count, "100"}},
		compute: counts(EscalationRate)},
	{ID: "early-renewal-rate", Group: GroupRenewal, Title: titleEarlyRenewalRate, Formula: formulaEarlyRenewalRate, Set: "early-renewal-rate",
		Inputs:  []Input{{labelEarly, Count, "18"}, {labelRenewals, Count, "100"}},
		compute: counts(EarlyRenewalRate)},
	{ID: "multi-year-rate", Group: GroupRenewal, Title: titleMultiYearRate, Formula: formulaMultiYearRate, Set: "multi-year-rate",
		Inputs:  []Input{{labelMultiYear, Count, "25"}, {labelRenewals, Count, "100"}},
		compute: counts(MultiYearRate)},
	{ID: "expansion-at-renewal", Group: GroupRenewal, Title: titleExpansionAtRenewal, Formula: formulaExpansionAtRenewal, Set: "expansion-at-renewal",
		Inputs:  []Input{{labelWithExpansion, Count, "35"}, {labelRenewals, Count, "100"}},
		compute: counts(ExpansionAtRenewal)},

	{ID: "monthly-expansion-rate", Group: GroupExpansion, Title: titleMonthlyExpansionRate, Formula: formulaMonthlyExpansionRate, Set: "expansion-rate-health",
		Inputs:  []Input{{labelExpansionMRR, Money, "$23K"}, {labelStartingMRR, Money, "$487K"}},
		compute: money(MonthlyExpansionRate)},
	{ID: "expansion-penetration", Group: GroupExpansion, Title: titleExpansionPenetration, Formula: formulaExpansionPenetration, Set: "penetration-health",
		Inputs:  []Input{{labelExpanded, Count, "32"}, {labelCustomers, Count, "100"}},
		compute: counts(ExpansionPenetration)},
	{ID: "expansion-coverage", Group: GroupExpansion, Title: titleExpansionCoverage, Formula: formulaExpansionCoverage, Set: "expansion-coverage",
		Inputs:  []Input{{labelExpansionPipeline, Money, "$300K"}, {labelExpansionTarget, Money, "$100K"}},
		compute: money(ExpansionCoverage)},
	{ID: "attach-rate", Group: GroupExpansion, Title: titleAttachRate, Formula: formulaAttachRate, Set: "attach-rate",
		Inputs:  []Input{{labelWithBoth, Count, "40"}, {labelWithA, Count, "100"}},
		compute: counts(AttachRate)},
	{ID: "expansion-cac", Group: GroupExpansion, Title: titleExpansionCac, Formula: formulaExpansionCac, Set: "expansion-cac",
		Inputs:  []Input{{labelExpansionCost, Money, "$47K"}, {labelExpansionARR, Money, "$215K"}},
		compute: money(ExpansionCAC)},
	{ID: "expansion-roi", Group: GroupExpansion, Title: titleExpansionRoi, Formula: formulaExpansionRoi, Set: "expansion-roi",
		Inputs:  []Input{{labelExpansionLTV, Money, "$860K"}, {labelExpansionCost, Money, "$215K"}},
		compute: func(v []Value) (float64, error) { return ExpansionROI(v[0].Money, v[1].Money) }},
	{ID: "upsell-conversion", Group: GroupExpansion, Title: titleUpsellConversion, Formula: formulaUpsellConversion, Set: "upsell-conversion",
		Inputs:  []Input{{labelWon, Count, "25"}, {labelOpportunities, Count, "100"}},
		compute: counts(Conversion)},
	{ID: "cross-sell-conversion", Group: GroupExpansion, Title: titleCrossSellConversion, Formula: formulaCrossSellConversion, Set: "cross-sell-conversion",
		Inputs:  []Input{{labelWon, Count, "15"}, {labelOpportunities, Count, "100"}},
		compute: counts(Conversion)},
	{ID: "usage-conversion", Group: GroupExpansion, Title: titleUsageConversion, Formula: formulaUsageConversion, Set: "usage-conversion",
		Inputs:  []Input{{labelWon, Count, "40"}, {labelOpportunities, Count, "100"}},
		compute: counts(Conversion)},

	{ID: "readiness-score", Group: GroupPredictive, Title: titleReadinessScore,
		Formula: formulaReadinessScore, Set: "readiness-score",
		Inputs: []Input{{labelUsageTrend, Score, "80"}, {labelFeatureAdoption, Score, "70"}, {labelExecutive, Score, "60"}, {labelSatisfaction, Score, "75"},
			{labelTeamGrowth, Score, "50"}, {labelBudgetTiming, Score, "40"}, {labelWhitespace, Score, "90"}},
		compute: func(v []Value) (float64, error) {
			s, err := ReadinessScore(Signals{v[0].Score, v[1].Score, v[2].Score, v[3].Score, v[4].Score, v[5].Score, v[6].Score})
			return s / 100, err
		}},
	{ID: "health-score", Group: GroupPredictive, Title: titleHealthScore, Formula: formulaHealthScore, Set: "health-score",
		Inputs: []Input{{labelHealthScore, Score, "68"}},
		compute: func(v []Value) (float64, error) {
			s, err := HealthScore(v[0].Score)
			return s / 100, err
		}},
}
