package ops

import "nrrlab/calc/lang"

// Every user-facing sentence of this package is here, as a lang.Key, so that
// a translation touches one file and the page writes each in the user's
// language.

// What is wrong with an input: each names the input by its label (a noun
// phrase, written in the language), the sentence around it whole.
const (
	msgPositive    lang.Key = "%s must be above zero."
	msgNotNegative lang.Key = "%s must not be negative."
	msgNotMoreThan lang.Key = "%s cannot be more than %s."
	msgScore       lang.Key = "%s must be a score from 0 to 100."
	msgInputs      lang.Key = "%s takes %d inputs, not %d."
)

// Input labels, as the metrics page shows them.
const (
	labelSaved             lang.Key = "ARR saved"
	labelAtRisk            lang.Key = "At-risk ARR"
	labelActual            lang.Key = "Actual renewals"
	labelForecast          lang.Key = "Forecast renewals"
	labelWeightedPipeline  lang.Key = "Weighted renewal pipeline"
	labelRenewalTarget     lang.Key = "Renewal target"
	labelExpansionPipeline lang.Key = "Expansion pipeline"
	labelExpansionTarget   lang.Key = "Expansion target"
	labelDiscounts         lang.Key = "Discounts given"
	labelListValue         lang.Key = "List value of renewals"
	labelEscalated         lang.Key = "Renewals escalated"
	labelRenewals          lang.Key = "Renewals"
	labelEarly             lang.Key = "Early renewals"
	labelMultiYear         lang.Key = "Multi-year renewals"
	labelWithExpansion     lang.Key = "Renewals with expansion"
	labelExpansionMRR      lang.Key = "Expansion MRR"
	labelStartingMRR       lang.Key = "Starting MRR"
	labelExpanded          lang.Key = "Customers who expanded"
	labelCustomers         lang.Key = "Customers"
	labelWithBoth          lang.Key = "Customers with both products"
	labelWithA             lang.Key = "Customers with the first product"
	labelExpansionCost     lang.Key = "Expansion cost"
	labelExpansionARR      lang.Key = "Expansion ARR added"
	labelExpansionLTV      lang.Key = "Expansion lifetime value"
	labelWon               lang.Key = "Opportunities won"
	labelOpportunities     lang.Key = "Opportunities"
	labelUsageTrend        lang.Key = "Usage trending up"
	labelFeatureAdoption   lang.Key = "Feature adoption"
	labelExecutive         lang.Key = "Executive engagement"
	labelSatisfaction      lang.Key = "CSAT or NPS"
	labelTeamGrowth        lang.Key = "Team growth"
	labelBudgetTiming      lang.Key = "Budget timing"
	labelWhitespace        lang.Key = "Whitespace"
	labelHealthScore       lang.Key = "Health score"
)

// Groups of the catalogue.
const (
	GroupRenewal    lang.Key = "Renewal"
	GroupExpansion  lang.Key = "Expansion"
	GroupPredictive lang.Key = "Predictive"
)

// Calculator titles, as the metrics page heads them.
const (
	titleSaveRate             lang.Key = "Save rate"
	titleForecastAccuracy     lang.Key = "Forecast accuracy"
	titleRenewalCoverage      lang.Key = "Renewal pipeline coverage"
	titleAverageDiscount      lang.Key = "Average renewal discount"
	titleEscalationRate       lang.Key = "Escalation rate"
	titleEarlyRenewalRate     lang.Key = "Early renewal rate"
	titleMultiYearRate        lang.Key = "Multi-year renewal rate"
	titleExpansionAtRenewal   lang.Key = "Expansion at renewal"
	titleMonthlyExpansionRate lang.Key = "Monthly expansion rate"
	titleExpansionPenetration lang.Key = "Expansion penetration"
	titleExpansionCoverage    lang.Key = "Expansion pipeline coverage"
	titleAttachRate           lang.Key = "Attach rate"
	titleExpansionCac         lang.Key = "Expansion CAC"
	titleExpansionRoi         lang.Key = "Expansion ROI"
	titleUpsellConversion     lang.Key = "Upsell conversion"
	titleCrossSellConversion  lang.Key = "Cross-sell conversion"
	titleUsageConversion      lang.Key = "Usage expansion conversion"
	titleReadinessScore       lang.Key = "Expansion readiness score"
	titleHealthScore          lang.Key = "Health score at T-90"
)

// Formulas in words, as the metrics page writes them after "Title =".
const (
	formulaSaveRate             lang.Key = "ARR saved ÷ at-risk ARR"
	formulaForecastAccuracy     lang.Key = "actual renewals ÷ forecast renewals"
	formulaRenewalCoverage      lang.Key = "weighted renewal pipeline ÷ renewal target"
	formulaAverageDiscount      lang.Key = "discounts given ÷ list value of the renewals"
	formulaEscalationRate       lang.Key = "renewals escalated ÷ renewals"
	formulaEarlyRenewalRate     lang.Key = "early renewals ÷ renewals"
	formulaMultiYearRate        lang.Key = "multi-year renewals ÷ renewals"
	formulaExpansionAtRenewal   lang.Key = "renewals with expansion ÷ renewals"
	formulaMonthlyExpansionRate lang.Key = "expansion MRR ÷ starting MRR"
	formulaExpansionPenetration lang.Key = "customers who expanded ÷ customers"
	formulaExpansionCoverage    lang.Key = "expansion pipeline ÷ expansion target"
	formulaAttachRate           lang.Key = "customers with both products ÷ customers with the first"
	formulaExpansionCac         lang.Key = "expansion cost ÷ expansion ARR added"
	formulaExpansionRoi         lang.Key = "(expansion lifetime value − expansion cost) ÷ expansion cost"
	formulaUpsellConversion     lang.Key = "upsell opportunities won ÷ worked"
	formulaCrossSellConversion  lang.Key = "cross-sell opportunities won ÷ worked"
	formulaUsageConversion      lang.Key = "usage opportunities won ÷ worked"
	formulaReadinessScore       lang.Key = "usage 25% + adoption 20% + executive engagement 15% + CSAT/NPS 15% + team growth 10% + budget timing 10% + whitespace 5%"
	formulaHealthScore          lang.Key = "your health score 90 days before renewal"
)
