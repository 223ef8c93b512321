package monthly

import "nrrlab/calc/lang"

// Every user-facing sentence of this package is here, as a lang.Key, so that
// a translation touches one file and the page writes each in the user's
// language. Months are lang.Month arguments, rates lang.Percent, amounts
// lang.Amount and customers' names lang.Quote.

// What is wrong with a series.
const (
	errNoMonths      lang.Key = "The series has no months: it needs at least one."
	errTooManyMonths lang.Key = "The series has %d months; at most %d can be analysed."
	errShape         lang.Key = "The series has %d amounts for %d customers × %d months."
	errNegative      lang.Key = "The revenue of %s in %s is negative (%s); it can only be zero or more."
	errNames         lang.Key = "The series names %d customers for %d rows of amounts."
	errOverflow      lang.Key = "The revenue of %s is too large to add up exactly."
	errGrouping      lang.Key = "The cohort grouping %d is not one NRR Lab knows: choose months, quarters or years."
)

// How each figure was computed, one whole sentence per variant.
const (
	methodMonthly             lang.Key = "Monthly NRR for %s: revenue in %s from the %d customers paying in %s, divided by their revenue in %s; customers who start in %s count as new and those who return as reactivations, both outside this base."
	methodMonthlyAsNew        lang.Key = "Monthly NRR for %s: revenue in %s from the %d customers paying in %s, divided by their revenue in %s; customers who start or return in %s count as new."
	methodMonthlyNone         lang.Key = "No monthly NRR for %s: nobody was paying in %s."
	methodTrailing            lang.Key = "Trailing 12-month NRR for %s: revenue in %s from the %d customers paying in %s, divided by their revenue in %s; customers who left and returned within the twelve months count as new."
	methodTrailingEnd         lang.Key = "Trailing 12-month NRR for %s: revenue in %s from the %d customers paying in %s, divided by their revenue in %s, whatever happened in between (end-point, as surveys report it)."
	methodTrailingNone        lang.Key = "No trailing 12-month NRR for %s: it needs a year of history and customers paying in %s."
	methodGRRPerCustomer      lang.Key = "GRR counts each customer at most at its starting revenue."
	methodGRROnTotals         lang.Key = "GRR caps the group's total at its starting revenue."
	methodMovementsBase       lang.Key = "Movements compare each customer's revenue with the month before; %s is the opening month, whose %d paying customers are the starting base, with no movements."
	methodMovementsOpeningNew lang.Key = "Movements compare each customer's revenue with the month before; the %d customers paying in the opening month, %s, count as new, starting from zero."
	methodReactivation        lang.Key = "A customer who paid before, stopped and pays again counts as a reactivation."
	methodReactivationAsNew   lang.Key = "A customer who paid before, stopped and pays again counts as new."
	methodAnnualised          lang.Key = "Annualised NRR for %s: the last twelve monthly NRRs compounded (%s); the latest month's NRR to the twelfth power is %s."
	methodAnnualisedNone      lang.Key = "No annualised NRR for %s: it needs twelve months of monthly NRR."
	methodAnnualisedDiffs     lang.Key = "It differs from the trailing 12-month figure (%s) by more than %s: the customers behind the two are not the same."
	methodCohort              lang.Key = "Cohort %s: %d customer first paid in it.|Cohort %s: %d customers first paid in it."
	methodCohortAgesMonth     lang.Key = "Age 0 is their revenue in %s, their first month; each age compares the revenue one month and more later."
	methodCohortAgesQuarter   lang.Key = "Age 0 is their revenue in %s, the last month of the cohort's first quarter, when all of them had joined; each age compares the revenue one quarter and more later."
	methodCohortAgesYear      lang.Key = "Age 0 is their revenue in %s, the last month of the cohort's first year, when all of them had joined; each age compares the revenue one year and more later."
)
