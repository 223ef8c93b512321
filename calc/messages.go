package calc

// Every user-facing sentence of this package is here, so that a translation
// touches one file.

// Field names, as the user sees them on the calculator.
const (
	FieldStart             = "Starting ARR"
	FieldExpansion         = "Expansion"
	FieldContraction       = "Contraction"
	FieldChurn             = "Churn"
	FieldCustomersStart    = "Customers at start"
	FieldCustomersRetained = "Customers retained"
	FieldNRR               = "NRR"
	FieldTarget            = "Target ARR"
	FieldPeriods           = "Periods"
	FieldGrowth            = "Growth rate"
	FieldNewARR            = "New-logo ARR"
)

const (
	msgStartNotPositive    = "must be above zero: NRR needs starting revenue"
	msgNegative            = "must not be negative"
	msgLossExceedsStart    = "and contraction together cannot exceed starting ARR: a customer cannot lose more than it paid"
	msgLogosStartNegative  = "must be a count of customers, zero or more"
	msgRetainedNoStart     = "needs the number of customers at the start"
	msgRetainedExceeds     = "cannot exceed customers at start (%d retained of %d): new customers are not counted as retained"
	msgRateInvalid         = "must be a rate of zero or more, such as 105%%"
	msgPeriodsRange        = "must be a whole number from 1 to %d"
	msgTargetNotPositive   = "must be above zero"
	msgGrowthNotPositive   = "must be above zero to split growth between existing and new customers"
	msgTooLarge            = "is too large to compute exactly"
	msgRowNegative         = "row %d (%s): %s is negative; ARR cannot be below zero"
	msgRowOverflow         = "row %d (%s): the totals are too large to compute exactly"
	msgDuplicateMerged     = "%q appears on %d rows; its rows were added together into one customer"
	msgMoreDuplicates      = "%d more customers appear on several rows and were merged the same way"
	msgProjectionOverflow  = "the projection grows too large to compute exactly: shorten the horizon or lower the NRR"
	msgLabelStartARR       = "ARR at start"
	msgLabelEndARR         = "ARR at end"
	methodRetentionAnnual  = "NRR = (starting ARR + expansion − contraction − churn) ÷ starting ARR, over the customers paying at the start; new customers are left out. GRR is the same without expansion, so it is never above 100%."
	methodRetentionMonthly = "Monthly NRR = (starting MRR + expansion − contraction − churn) ÷ starting MRR, over the customers paying at the start; new customers are left out. The annual equivalent compounds it over twelve months (NRR¹²)."
	methodLogos            = " Logo retention = customers still paying at the end ÷ customers paying at the start."
	methodBridgePerRow     = "Each customer's change is classified on its own row: increases are expansion, decreases of customers still paying are contraction, the whole starting ARR of those paying nothing at the end is churn; customers with no ARR at the start are new and left out of NRR and GRR. GRR is capped per customer."
	methodBridgeTotals     = "Each customer's change is classified on its own row: increases are expansion, decreases of customers still paying are contraction, the whole starting ARR of those paying nothing at the end is churn; customers with no ARR at the start are new and left out of NRR and GRR. GRR is capped on totals: the retained customers' ARR at the end, at most the starting ARR, ÷ starting ARR."
	methodProjection       = "ARR each period = previous ARR × NRR + that period's new-logo ARR; new ARR starts compounding the period after it lands."
)
