package ingest

// Every user-facing sentence of this package is here, so that a translation
// touches one file.

const (
	expectAmount        = "a number such as 1,200,000, $1.2M or 500K"
	expectRate          = "a percentage such as 105%"
	problemEmpty        = "empty"
	problemNoDigits     = "there is no number in it"
	problemTwoSigns     = "it has more than one minus sign"
	problemSeparators   = "its separators do not make a number: a comma or dot groups three digits, and only the last one can mark decimals"
	problemGroups       = "digits between separators must come in groups of three"
	problemUnknownWord  = "%q is not a currency or a magnitude such as K, M, jt or miliar"
	problemTooLarge     = "it is too large to compute exactly"
	problemPercentMoney = "it has both a currency and a percent sign"
	noteRounded         = "%q has more decimals than a cent; read as %s"
	noteGrouping        = "%q read as %s: the %s groups thousands"
	noteDecimal         = "%q read as %s: the %s marks decimals"
	noteMiliar          = "%q read with M as miliar (thousand million), as with rupiah"
)

const (
	errEmpty           = "there is nothing to read: paste a table or choose a file"
	errBinary          = "this is not text (it may be a spreadsheet file such as .xlsx): export it as CSV, or copy the cells and paste them"
	errTooLarge        = "the text is %d MB; the most NRR Lab reads at once is %d MB"
	errOpenQuote       = "row %d: a quote opens a field that never closes"
	errOneColumn       = "the table has a single column: it needs customers and their amounts side by side"
	errNoAmounts       = "no column holds amounts: expected two columns of ARR (start and end), one column per month, or a month column and an amount column"
	errNoCustomer      = "no column names the customers"
	errMonthGap        = "the month columns skip from %s to %s: add the missing months, even as empty columns"
	errMonthTwice      = "%s appears as two columns (%s and %s)"
	errColumnRange     = "column %d does not exist in a table of %d columns"
	errNoRows          = "the table has a header but no rows of figures"
	expectCustomer     = "a customer name"
	expectMonth        = "a month such as 2024-01, Jan 2024 or 31/01/2024"
	expectNotNegative  = "an amount of zero or more"
	noticeTotals       = "left out %d total row(s): %s"
	noticeDuplicates   = "%d customer(s) appear on several rows (such as %q); the bridge adds their rows together"
	noticeStyle        = "column %s: %d value(s) such as %q read with the %s grouping thousands"
	noticeStyleDecimal = "column %s: %d value(s) such as %q read with the %s marking decimals, as elsewhere in the column"
	noticeMRRToARR     = "amounts are MRR (column %s says so) and were multiplied by 12 into ARR"
	noticeSummed       = "%d customer-month(s) appeared twice and were added together (such as %q in %s)"
	noticeMoreErrors   = "and %d more cells that cannot be read"
	noticeSkipped      = "left out %d row(s) that could not be read"
	noticeDateOrder    = "dates in column %s were read as %s"
	noticeMapped       = "%s: column %s"
)

// Names of what a column is used for, in the mapping notices.
const (
	roleCustomer = "customers"
	roleStart    = "ARR at start"
	roleEnd      = "ARR at end"
	roleSegment  = "segment"
	rolePlan     = "plan"
	roleSignup   = "signup date"
	roleMonth    = "months"
	roleAmount   = "amounts"
)

// Subscription periods, invoice lines and dates.
const (
	expectDate              = "a date such as 2024-01-31 or 31/01/2024"
	expectEndAfterStart     = "an end date after the start date (%s)"
	expectInterval          = "an interval such as month, quarter, year, week, or a number of months such as 3"
	expectIntervalCount     = "a whole number of intervals such as 1 or 2"
	expectQuantity          = "a quantity such as 1 or 25"
	expectYesNo             = "yes or no (true, false, 1, 0, ya, tidak)"
	expectRevenueType       = "MRR, ARR or Non-recurring"
	expectDateWithin        = "a date less than %d years after the earliest start (%s)"
	expectBeforeAsOf        = "a start date on or before the as-of date (%s)"
	expectCustomerColumn    = "a column of customers: choose the column that names them"
	expectStartColumn       = "a column of start dates: choose the column that holds them"
	expectAmountColumn      = "a column of amounts: choose the column that holds them"
	problemRate             = "a percentage is a rate"
	problemDayFirstColumn   = "the other dates in the column put the day first"
	problemMonthFirstColumn = "the other dates in the column put the month first"
	problemDayFirstChosen   = "dates are read day first, as chosen"
	problemMonthFirstChosen = "dates are read month first, as chosen"
	errRoleWideMonth        = "a month column of a wide sheet is found from its header: name the column by its month, such as Jan 2024"

	noticeDayFirstSeen     = "dates in column %s were read day first (31/01/2024), as %q shows"
	noticeMonthFirstSeen   = "dates in column %s were read month first (01/31/2024), as %q shows"
	noticeDayFirstDefault  = "dates in column %s such as %q could be read either way and were read day first (31/01/2024); choose month first if they were written in the US style"
	noticeDayFirstChosen   = "dates in column %s were read day first (31/01/2024), as chosen"
	noticeMonthFirstChosen = "dates in column %s were read month first (01/31/2024), as chosen"
	noticeSerials          = "%d value(s) in column %s such as %q are spreadsheet serial numbers and were read as dates (%s is %s)"
	noticeEndInclusive     = "end dates in column %s are read as the last day of service: a period ending 2024-12-31 includes December"
	noticeCents            = "amounts in column %s are in cents and were divided by 100"
	noticeAnnual           = "amounts in column %s are annual (ARR) and were divided by 12 into MRR"
	noticeIntervalBlank    = "%d row(s) with no interval in column %s, such as row %d, were read as monthly"
	noticeTrials           = "left out %d trial row(s), such as row %d, worth %s in total"
	noticeNonRecurring     = "left out %d non-recurring row(s), such as row %d, worth %s in total"
	noticeTrialEnd         = "%d subscription(s), such as row %d, start paying at the end of their trial in column %s"
	noticeCurrencies       = "the analysis is in %s: left out %d row(s) in other currencies (%s)"
	noticeCredits          = "%d customer-month(s), such as %q in %s, had more credits than charges (%s in total) and count as no revenue"
	noticeRunning          = "%d subscription(s) with no end date, such as row %d, count as running through %s, the last month of the data"
	noticeAsOf             = "the series stops at %s, the month of the as-of date %s: later dates in the table are left out"
	noticeNoPeriod         = "%d invoice line(s), such as row %d, have no service period and count in full in the month of their date in column %s"
	noticeNamedByID        = "customers are told apart by column %s: %d of them have no usable name in column %s and are shown by their id, such as %q"
	noticeNothingCounted   = "no row of the table adds recurring revenue"
	noticeSharedName       = "%d customer(s) share a name with another id and are shown with their id, such as %q"
)

// Names of the roles of subscription and invoice columns, in the mapping
// notices and the column selects.
const (
	roleCustomerID    = "customer ids"
	roleStartDate     = "start dates"
	roleEndDate       = "end dates"
	roleInterval      = "billing intervals"
	roleIntervalCount = "intervals per bill"
	roleQuantity      = "quantities"
	roleCurrency      = "currencies"
	roleTrial         = "trial flags"
	roleTrialEnd      = "trial ends"
	roleRevenueType   = "revenue types"
	roleIgnored       = "not used"
)
