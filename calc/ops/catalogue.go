package ops

import (
	"fmt"

	"nrrlab/calc"
	"nrrlab/calc/benchmark"
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
	Label   string
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
	ID      string
	Group   string
	Title   string
	Formula string
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
		return Result{}, fmt.Errorf("%s takes %d inputs, not %d", c.Title, len(c.Inputs), len(values))
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
	{ID: "save-rate", Group: GroupRenewal, Title: "Save rate", Formula: "ARR saved ÷ at-risk ARR", Set: "save-rate",
		Inputs:  []Input{{labelSaved, Money, "$700K"}, {labelAtRisk, Money, "$1M"}},
		compute: money(SaveRate)},
	{ID: "forecast-accuracy", Group: GroupRenewal, Title: "Forecast accuracy", Formula: "actual renewals ÷ forecast renewals", Set: "forecast-accuracy",
		Inputs:  []Input{{labelActual, Money, "$920K"}, {labelForecast, Money, "$1M"}},
		compute: money(ForecastAccuracy)},
	{ID: "renewal-coverage", Group: GroupRenewal, Title: "Renewal pipeline coverage", Formula: "weighted renewal pipeline ÷ renewal target", Set: "renewal-coverage",
		Inputs:  []Input{{labelWeightedPipeline, Money, "$1.2M"}, {labelRenewalTarget, Money, "$1M"}},
		compute: money(RenewalCoverage)},
	{ID: "average-discount", Group: GroupRenewal, Title: "Average renewal discount", Formula: "discounts given ÷ list value of the renewals", Set: "average-discount",
		Inputs:  []Input{{labelDiscounts, Money, "$80K"}, {labelListValue, Money, "$1M"}},
		compute: money(AverageDiscount)},
	{ID: "escalation-rate", Group: GroupRenewal, Title: "Escalation rate", Formula: "renewals escalated ÷ renewals", Set: "escalation-rate",
		Inputs:  []Input{{labelEscalated, Count, "12"}, {labelRenewals, Count, "100"}},
		compute: counts(EscalationRate)},
	{ID: "early-renewal-rate", Group: GroupRenewal, Title: "Early renewal rate", Formula: "early renewals ÷ renewals", Set: "early-renewal-rate",
		Inputs:  []Input{{labelEarly, Count, "18"}, {labelRenewals, Count, "100"}},
		compute: counts(EarlyRenewalRate)},
	{ID: "multi-year-rate", Group: GroupRenewal, Title: "Multi-year renewal rate", Formula: "multi-year renewals ÷ renewals", Set: "multi-year-rate",
		Inputs:  []Input{{labelMultiYear, Count, "25"}, {labelRenewals, Count, "100"}},
		compute: counts(MultiYearRate)},
	{ID: "expansion-at-renewal", Group: GroupRenewal, Title: "Expansion at renewal", Formula: "renewals with expansion ÷ renewals", Set: "expansion-at-renewal",
		Inputs:  []Input{{labelWithExpansion, Count, "35"}, {labelRenewals, Count, "100"}},
		compute: counts(ExpansionAtRenewal)},

	{ID: "monthly-expansion-rate", Group: GroupExpansion, Title: "Monthly expansion rate", Formula: "expansion MRR ÷ starting MRR", Set: "expansion-rate-health",
		Inputs:  []Input{{labelExpansionMRR, Money, "$23K"}, {labelStartingMRR, Money, "$487K"}},
		compute: money(MonthlyExpansionRate)},
	{ID: "expansion-penetration", Group: GroupExpansion, Title: "Expansion penetration", Formula: "customers who expanded ÷ customers", Set: "penetration-health",
		Inputs:  []Input{{labelExpanded, Count, "32"}, {labelCustomers, Count, "100"}},
		compute: counts(ExpansionPenetration)},
	{ID: "expansion-coverage", Group: GroupExpansion, Title: "Expansion pipeline coverage", Formula: "expansion pipeline ÷ expansion target", Set: "expansion-coverage",
		Inputs:  []Input{{labelExpansionPipeline, Money, "$300K"}, {labelExpansionTarget, Money, "$100K"}},
		compute: money(ExpansionCoverage)},
	{ID: "attach-rate", Group: GroupExpansion, Title: "Attach rate", Formula: "customers with both products ÷ customers with the first", Set: "attach-rate",
		Inputs:  []Input{{labelWithBoth, Count, "40"}, {labelWithA, Count, "100"}},
		compute: counts(AttachRate)},
	{ID: "expansion-cac", Group: GroupExpansion, Title: "Expansion CAC", Formula: "expansion cost ÷ expansion ARR added", Set: "expansion-cac",
		Inputs:  []Input{{labelExpansionCost, Money, "$47K"}, {labelExpansionARR, Money, "$215K"}},
		compute: money(ExpansionCAC)},
	{ID: "expansion-roi", Group: GroupExpansion, Title: "Expansion ROI", Formula: "(expansion lifetime value − expansion cost) ÷ expansion cost", Set: "expansion-roi",
		Inputs:  []Input{{labelExpansionLTV, Money, "$860K"}, {labelExpansionCost, Money, "$215K"}},
		compute: func(v []Value) (float64, error) { return ExpansionROI(v[0].Money, v[1].Money) }},
	{ID: "upsell-conversion", Group: GroupExpansion, Title: "Upsell conversion", Formula: "upsell opportunities won ÷ worked", Set: "upsell-conversion",
		Inputs:  []Input{{labelWon, Count, "25"}, {labelOpportunities, Count, "100"}},
		compute: counts(Conversion)},
	{ID: "cross-sell-conversion", Group: GroupExpansion, Title: "Cross-sell conversion", Formula: "cross-sell opportunities won ÷ worked", Set: "cross-sell-conversion",
		Inputs:  []Input{{labelWon, Count, "15"}, {labelOpportunities, Count, "100"}},
		compute: counts(Conversion)},
	{ID: "usage-conversion", Group: GroupExpansion, Title: "Usage expansion conversion", Formula: "usage opportunities won ÷ worked", Set: "usage-conversion",
		Inputs:  []Input{{labelWon, Count, "40"}, {labelOpportunities, Count, "100"}},
		compute: counts(Conversion)},

	{ID: "readiness-score", Group: GroupPredictive, Title: "Expansion readiness score",
		Formula: "usage 25% + adoption 20% + executive engagement 15% + CSAT/NPS 15% + team growth 10% + budget timing 10% + whitespace 5%", Set: "readiness-score",
		Inputs: []Input{{labelUsageTrend, Score, "80"}, {labelFeatureAdoption, Score, "70"}, {labelExecutive, Score, "60"}, {labelSatisfaction, Score, "75"},
			{labelTeamGrowth, Score, "50"}, {labelBudgetTiming, Score, "40"}, {labelWhitespace, Score, "90"}},
		compute: func(v []Value) (float64, error) {
			s, err := ReadinessScore(Signals{v[0].Score, v[1].Score, v[2].Score, v[3].Score, v[4].Score, v[5].Score, v[6].Score})
			return s / 100, err
		}},
	{ID: "health-score", Group: GroupPredictive, Title: "Health score at T-90", Formula: "your health score 90 days before renewal", Set: "health-score",
		Inputs: []Input{{labelHealthScore, Score, "68"}},
		compute: func(v []Value) (float64, error) {
			s, err := HealthScore(v[0].Score)
			return s / 100, err
		}},
}
