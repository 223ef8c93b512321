package ops

// Every user-facing sentence of this package is here, so that a translation
// touches one file.

const (
	msgPositive    = "must be above zero"
	msgNotNegative = "must not be negative"
	msgNotMoreThan = "cannot be more than %s"
	msgScore       = "must be a score from 0 to 100"
)

// Input labels, as the metrics page shows them.
const (
	labelSaved             = "ARR saved"
	labelAtRisk            = "At-risk ARR"
	labelActual            = "Actual renewals"
	labelForecast          = "Forecast renewals"
	labelWeightedPipeline  = "Weighted renewal pipeline"
	labelRenewalTarget     = "Renewal target"
	labelExpansionPipeline = "Expansion pipeline"
	labelExpansionTarget   = "Expansion target"
	labelDiscounts         = "Discounts given"
	labelListValue         = "List value of renewals"
	labelEscalated         = "Renewals escalated"
	labelRenewals          = "Renewals"
	labelEarly             = "Early renewals"
	labelMultiYear         = "Multi-year renewals"
	labelWithExpansion     = "Renewals with expansion"
	labelExpansionMRR      = "Expansion MRR"
	labelStartingMRR       = "Starting MRR"
	labelExpanded          = "Customers who expanded"
	labelCustomers         = "Customers"
	labelWithBoth          = "Customers with both products"
	labelWithA             = "Customers with the first product"
	labelExpansionCost     = "Expansion cost"
	labelExpansionARR      = "Expansion ARR added"
	labelExpansionLTV      = "Expansion lifetime value"
	labelWon               = "Opportunities won"
	labelOpportunities     = "Opportunities"
	labelUsageTrend        = "Usage trending up"
	labelFeatureAdoption   = "Feature adoption"
	labelExecutive         = "Executive engagement"
	labelSatisfaction      = "CSAT or NPS"
	labelTeamGrowth        = "Team growth"
	labelBudgetTiming      = "Budget timing"
	labelWhitespace        = "Whitespace"
	labelHealthScore       = "Health score"
)

// Groups of the catalogue.
const (
	GroupRenewal    = "Renewal"
	GroupExpansion  = "Expansion"
	GroupPredictive = "Predictive"
)
