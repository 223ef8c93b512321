package calc

import "nrrlab/calc/lang"

// Every user-facing sentence of this package is here, as a lang.Key, so that
// a translation touches one file and the page writes each in the user's
// language.

// Field names, as the user sees them on the calculator: labels, which an
// InputError carries so that a form can show its sentence at that field.
const (
	FieldStart             lang.Key = "Starting ARR"
	FieldExpansion         lang.Key = "Expansion"
	FieldContraction       lang.Key = "Contraction"
	FieldChurn             lang.Key = "Churn"
	FieldCustomersStart    lang.Key = "Customers at start"
	FieldCustomersRetained lang.Key = "Customers retained"
	FieldNRR               lang.Key = "NRR"
	FieldTarget            lang.Key = "Target ARR"
	FieldPeriods           lang.Key = "Periods"
	FieldGrowth            lang.Key = "Growth rate"
	FieldNewARR            lang.Key = "New-logo ARR"
)

// What is wrong with an input: one whole sentence per field it names, so
// that each reads naturally in every language.
const (
	msgStartNotPositive       lang.Key = "Starting ARR must be above zero: NRR needs starting revenue."
	msgStartNegative          lang.Key = "Starting ARR must not be negative."
	msgExpansionNegative      lang.Key = "Expansion must not be negative."
	msgContractionNegative    lang.Key = "Contraction must not be negative."
	msgChurnNegative          lang.Key = "Churn must not be negative."
	msgNewARRNegative         lang.Key = "New-logo ARR must not be negative."
	msgLossExceedsStart       lang.Key = "Churn and contraction together cannot exceed starting ARR: a customer cannot lose more than it paid."
	msgLossRatesExceedAll     lang.Key = "Churn and contraction together cannot exceed 100% of starting ARR: a customer cannot lose more than it paid."
	msgExpansionTooLarge      lang.Key = "Expansion is too large to compute exactly."
	msgNRRTooLarge            lang.Key = "NRR is too large to compute exactly."
	msgCustomersStartCount    lang.Key = "Customers at start must be a count of customers, zero or more."
	msgCustomersRetainedCount lang.Key = "Customers retained must be a count of customers, zero or more."
	msgRetainedNoStart        lang.Key = "Customers retained needs the number of customers at the start."
	msgRetainedExceeds        lang.Key = "Customers retained cannot exceed customers at start (%d retained of %d): new customers are not counted as retained."
	msgNRRRate                lang.Key = "NRR must be a rate of zero or more, such as 105%."
	msgExpansionRate          lang.Key = "Expansion must be a rate of zero or more, such as 10%."
	msgContractionRate        lang.Key = "Contraction must be a rate of zero or more, such as 5%."
	msgChurnRate              lang.Key = "Churn must be a rate of zero or more, such as 5%."
	msgPeriodsRange           lang.Key = "Periods must be a whole number from 1 to %d."
	msgTargetNotPositive      lang.Key = "Target ARR must be above zero."
	msgGrowthNotPositive      lang.Key = "Growth rate must be above zero to split growth between existing and new customers."
)

// Errors and notices of the bridge and the projections.
const (
	msgAmountTooLarge     lang.Key = "An amount is too large to compute exactly."
	msgRateNotPositive    lang.Key = "An exchange rate must be above zero."
	msgRowStartNegative   lang.Key = "Row %d (%s): ARR at start is negative; ARR cannot be below zero."
	msgRowEndNegative     lang.Key = "Row %d (%s): ARR at end is negative; ARR cannot be below zero."
	msgRowOverflow        lang.Key = "Row %d (%s): the totals are too large to compute exactly."
	msgDuplicateMerged    lang.Key = "%s appears on %d rows; its rows were added together into one customer."
	msgMoreDuplicates     lang.Key = "%d more customer appears on several rows and was merged the same way.|%d more customers appear on several rows and were merged the same way."
	msgProjectionOverflow lang.Key = "The projection grows too large to compute exactly: shorten the horizon or lower the NRR."
	msgScenario           lang.Key = "The scenario %s cannot be computed."
	msgScenarioUnnamed    lang.Key = "Scenario %d cannot be computed."
	msgBaselineUnnamed    lang.Key = "The baseline cannot be computed."
	msgLever              lang.Key = "The scenario's lever (%d) is not one NRR Lab knows: choose amounts, rates or an NRR."
)

// How the figures were computed, one sentence each.
const (
	methodRetentionAnnual  lang.Key = "NRR = (starting ARR + expansion − contraction − churn) ÷ starting ARR, over the customers paying at the start; new customers are left out. GRR is the same without expansion, so it is never above 100%."
	methodRetentionMonthly lang.Key = "Monthly NRR = (starting MRR + expansion − contraction − churn) ÷ starting MRR, over the customers paying at the start; new customers are left out. The annual equivalent compounds it over twelve months (NRR¹²)."
	methodLogos            lang.Key = "Logo retention = customers still paying at the end ÷ customers paying at the start."
	methodBridgePerRow     lang.Key = "Each customer's change is classified on its own row: increases are expansion, decreases of customers still paying are contraction, the whole starting ARR of those paying nothing at the end is churn; customers with no ARR at the start are new and left out of NRR and GRR. GRR is capped per customer."
	methodBridgeTotals     lang.Key = "Each customer's change is classified on its own row: increases are expansion, decreases of customers still paying are contraction, the whole starting ARR of those paying nothing at the end is churn; customers with no ARR at the start are new and left out of NRR and GRR. GRR is capped on totals: the retained customers' ARR at the end, at most the starting ARR, ÷ starting ARR."
	methodProjection       lang.Key = "ARR each period = previous ARR × NRR + that period's new-logo ARR; new ARR starts compounding the period after it lands."
)
