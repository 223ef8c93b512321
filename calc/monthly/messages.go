package monthly

// Every user-facing sentence of this package is here, so that a translation
// touches one file.

const (
	errNoMonths      = "the series has no months: it needs at least one"
	errTooManyMonths = "the series has %d months; at most %d can be analysed"
	errShape         = "the series has %d amounts for %d customers × %d months"
	errNegative      = "%s in %s: revenue is negative (%s); it can only be zero or more"
	errNames         = "the series names %d customers for %d rows of amounts"
	errOverflow      = "the revenue of %s is too large to add up exactly"
	errGrouping      = "unknown cohort grouping %d"

	methodMonthly             = "Monthly NRR for %s: revenue in %s from the %d customers paying in %s, divided by their revenue in %s; customers who start in %s count as new and those who return as reactivations, both outside this base."
	methodMonthlyAsNew        = "Monthly NRR for %s: revenue in %s from the %d customers paying in %s, divided by their revenue in %s; customers who start or return in %s count as new."
	methodMonthlyNone         = "No monthly NRR for %s: nobody was paying in %s."
	methodTrailing            = "Trailing 12-month NRR for %s: revenue in %s from the %d customers paying in %s, divided by their revenue in %s; customers who left and returned within the twelve months count as new."
	methodTrailingEnd         = "Trailing 12-month NRR for %s: revenue in %s from the %d customers paying in %s, divided by their revenue in %s, whatever happened in between (end-point, as surveys report it)."
	methodTrailingNone        = "No trailing 12-month NRR for %s: it needs a year of history and customers paying in %s."
	methodGRRPerCustomer      = " GRR counts each customer at most at its starting revenue."
	methodGRROnTotals         = " GRR caps the group's total at its starting revenue."
	methodMovementsBase       = "Movements compare each customer's revenue with the month before; %s is the opening month, whose %d paying customers are the starting base, with no movements."
	methodMovementsOpeningNew = "Movements compare each customer's revenue with the month before; the %d customers paying in the opening month, %s, count as new, starting from zero."
	methodReactivation        = "A customer who paid before, stopped and pays again counts as a reactivation."
	methodReactivationAsNew   = "A customer who paid before, stopped and pays again counts as new."
	methodAnnualised          = "Annualised NRR for %s: the last twelve monthly NRRs compounded (%s); the latest month's NRR to the twelfth power is %s."
	methodAnnualisedNone      = "No annualised NRR for %s: it needs twelve months of monthly NRR."
	methodAnnualisedDiffs     = " It differs from the trailing 12-month figure (%s) by more than %s points: the customers behind the two are not the same."
	methodCohort              = "Cohort %s: %d customers who first paid in it. Age 0 is their revenue in %s, the last month of the cohort's first %s, when all of them had joined; each age compares the revenue %s later."
	cohortMonth               = "month"
	cohortQuarter             = "quarter"
	cohortYear                = "year"
)
