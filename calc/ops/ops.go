// Package ops holds the operations calculators of NRR Lab's source articles:
// renewal, expansion and predictive metrics, each a small formula with its
// verdict against the article's benchmark (the bands live in package
// benchmark, so every range is written once).
package ops

import (
	"math"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// InputError says which input of a calculator is wrong, in a whole sentence
// a user can act on: Input is the input's label, so that a form can show the
// sentence at that input, and Msg the sentence, which names it.
type InputError struct {
	Input lang.Key
	Msg   lang.Msg
}

// Error writes the sentence in English.
func (e *InputError) Error() string { return e.Localize(lang.Printer{}) }

// Localize writes the sentence in p's language.
func (e *InputError) Localize(p lang.Printer) string { return p.Msg(e.Msg) }

// problem is the error of input: k names it as its first argument, then args.
func problem(input, k lang.Key, args ...any) error {
	return &InputError{Input: input, Msg: lang.M(k, append([]any{input}, args...)...)}
}

// share returns part / whole for counts, checking both.
func share(part, whole int, partLabel, wholeLabel lang.Key) (float64, error) {
	switch {
	case whole <= 0:
		return 0, problem(wholeLabel, msgPositive)
	case part < 0:
		return 0, problem(partLabel, msgNotNegative)
	case part > whole:
		return 0, problem(partLabel, msgNotMoreThan, wholeLabel)
	}
	return float64(part) / float64(whole), nil
}

// ratio returns a / b for amounts, checking both.
func ratio(a, b calc.Money, aLabel, bLabel lang.Key) (float64, error) {
	switch {
	case b <= 0:
		return 0, problem(bLabel, msgPositive)
	case a < 0:
		return 0, problem(aLabel, msgNotNegative)
	}
	return a.Ratio(b), nil
}

// SaveRate is the share of at-risk ARR kept: saved ARR / at-risk ARR.
// Strong teams save 50–70%; under 40% the interventions are not working.
func SaveRate(saved, atRisk calc.Money) (float64, error) {
	if saved > atRisk && atRisk > 0 {
		return 0, problem(labelSaved, msgNotMoreThan, labelAtRisk)
	}
	return ratio(saved, atRisk, labelSaved, labelAtRisk)
}

// ForecastAccuracy is actual renewals / forecast renewals. Thirty days before
// quarter end it should be 90–95%; early in the quarter 80–90% is fair.
func ForecastAccuracy(actual, forecast calc.Money) (float64, error) {
	return ratio(actual, forecast, labelActual, labelForecast)
}

// RenewalCoverage is the weighted renewal pipeline / the renewal target.
// Teams want 150–200%; under 100% they are already behind.
func RenewalCoverage(weightedPipeline, target calc.Money) (float64, error) {
	return ratio(weightedPipeline, target, labelWeightedPipeline, labelRenewalTarget)
}

// ExpansionCoverage is the expansion pipeline / the quarter's expansion
// target, as a multiple: 3–4× is the target, under 2.5× an alert.
func ExpansionCoverage(pipeline, target calc.Money) (float64, error) {
	return ratio(pipeline, target, labelExpansionPipeline, labelExpansionTarget)
}

// AverageDiscount is the average renewal discount. The renewal article
// divides the sum of all discounts by the number of renewals; here it is the
// discounts given in money over the list value of the renewals, the same
// average weighted by each renewal's size. 5–10% is normal, over 15% a
// pricing or value problem.
func AverageDiscount(discounts, listValue calc.Money) (float64, error) {
	if discounts > listValue && listValue > 0 {
		return 0, problem(labelDiscounts, msgNotMoreThan, labelListValue)
	}
	return ratio(discounts, listValue, labelDiscounts, labelListValue)
}

// EscalationRate is renewals that needed escalation / all renewals: under
// 15% is healthy.
func EscalationRate(escalated, renewals int) (float64, error) {
	return share(escalated, renewals, labelEscalated, labelRenewals)
}

// EarlyRenewalRate is renewals signed early / all renewals: 15–25% shows a
// healthy program, 25%+ is best in class.
func EarlyRenewalRate(early, renewals int) (float64, error) {
	return share(early, renewals, labelEarly, labelRenewals)
}

// MultiYearRate is renewals signed for several years / all renewals: 20–35%
// is strong for SaaS.
func MultiYearRate(multiYear, renewals int) (float64, error) {
	return share(multiYear, renewals, labelMultiYear, labelRenewals)
}

// ExpansionAtRenewal is renewals that came with an expansion / all
// renewals: 30–50% is strong.
func ExpansionAtRenewal(withExpansion, renewals int) (float64, error) {
	return share(withExpansion, renewals, labelWithExpansion, labelRenewals)
}

// MonthlyExpansionRate is expansion MRR / starting MRR for a month: 2–4% is
// healthy, above 5% exceptional.
func MonthlyExpansionRate(expansion, starting calc.Money) (float64, error) {
	return ratio(expansion, starting, labelExpansionMRR, labelStartingMRR)
}

// ExpansionPenetration is customers who expanded / all customers: strong
// software companies see 30–40% expand within two years.
func ExpansionPenetration(expanded, customers int) (float64, error) {
	return share(expanded, customers, labelExpanded, labelCustomers)
}

// AttachRate is customers of product A who also bought product B /
// customers of product A: 40% is strong, under 10% weak.
func AttachRate(both, withA int) (float64, error) {
	return share(both, withA, labelWithBoth, labelWithA)
}

// ExpansionCAC is the cost of expansion / the expansion ARR it added, in
// dollars per dollar: $0.20–0.35 is typical, against $1.00–1.50 for new
// logos.
func ExpansionCAC(cost, expansionARR calc.Money) (float64, error) {
	return ratio(cost, expansionARR, labelExpansionCost, labelExpansionARR)
}

// ExpansionROI is (expansion LTV − expansion cost) / expansion cost: the
// target is 300–500%.
func ExpansionROI(ltv, cost calc.Money) (float64, error) {
	if ltv < 0 {
		return 0, problem(labelExpansionLTV, msgNotNegative)
	}
	if cost <= 0 {
		return 0, problem(labelExpansionCost, msgPositive)
	}
	return (ltv - cost).Ratio(cost), nil
}

// Conversion is opportunities won / opportunities worked. Upsell typically
// converts at 20–30%, cross-sell at 10–20%, usage expansion at 30–50%.
func Conversion(won, opportunities int) (float64, error) {
	return share(won, opportunities, labelWon, labelOpportunities)
}

// Signals are the expansion readiness signals of an account, each scored
// from 0 to 100.
type Signals struct {
	UsageTrend          float64 // product usage trending up
	FeatureAdoption     float64 // high feature adoption
	ExecutiveEngagement float64 // strong executive engagement
	Satisfaction        float64 // positive CSAT/NPS
	TeamGrowth          float64 // team size growth
	BudgetTiming        float64 // budget cycle timing
	Whitespace          float64 // whitespace opportunity size
}

// Weights of the readiness signals, from the expansion-metrics article:
// usage 25%, adoption 20%, executive engagement 15%, satisfaction 15%, team
// growth 10%, budget timing 10%, whitespace 5%.
var Weights = Signals{UsageTrend: 0.25, FeatureAdoption: 0.20, ExecutiveEngagement: 0.15, Satisfaction: 0.15, TeamGrowth: 0.10, BudgetTiming: 0.10, Whitespace: 0.05}

// ReadinessScore is the weighted sum of the signals, from 0 to 100: above 70
// reach out, under 40 fix adoption first.
func ReadinessScore(s Signals) (float64, error) {
	values := []struct {
		label lang.Key
		v, w  float64
	}{
		{labelUsageTrend, s.UsageTrend, Weights.UsageTrend},
		{labelFeatureAdoption, s.FeatureAdoption, Weights.FeatureAdoption},
		{labelExecutive, s.ExecutiveEngagement, Weights.ExecutiveEngagement},
		{labelSatisfaction, s.Satisfaction, Weights.Satisfaction},
		{labelTeamGrowth, s.TeamGrowth, Weights.TeamGrowth},
		{labelBudgetTiming, s.BudgetTiming, Weights.BudgetTiming},
		{labelWhitespace, s.Whitespace, Weights.Whitespace},
	}
	total := 0.0
	for _, x := range values {
		if err := checkScore(x.label, x.v); err != nil {
			return 0, err
		}
		total += x.v * x.w
	}
	return total, nil
}

func checkScore(label lang.Key, v float64) error {
	if math.IsNaN(v) || v < 0 || v > 100 {
		return problem(label, msgScore)
	}
	return nil
}

// HealthScore checks a health score at T-90 (0–100) and returns it as given:
// its bucket says how often such customers renewed (75+: ~95%, 50–75: ~70%,
// under 50: ~40%).
func HealthScore(score float64) (float64, error) {
	return score, checkScore(labelHealthScore, score)
}
