package ingest

// Every user-facing sentence of this package is here, so that a translation
// touches one file.

// Amounts and rates, in the words of the figure reader (calc/figure), for
// the cells and sums this package reports itself.
const (
	expectAmount    = "a number such as 1,200,000, $1.2M or 500K"
	expectRate      = "a percentage such as 105%"
	problemEmpty    = "empty"
	problemTooLarge = "it is too large to compute exactly"
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
	errCell            = "row %s, column %s: %s cannot be read; expected %s"
	errCellProblem     = "row %s, column %s: %s cannot be read (%s); expected %s"
	expectMonth        = "a month such as 2024-01, Jan 2024 or 31/01/2024"
	expectCustomerName = "a customer name"
	noticePeriodTotals = "left out %d total line(s) with no start date, such as row %s (%q)"
	noticeMRRToARR     = "amounts are MRR (column %s says so) and were multiplied by 12 into ARR"
	noticeMoreErrors   = "and %d more cells that cannot be read"
	noticeDateOrder    = "dates in column %s were read as %s"
	noticeMapped       = "%s: column %s"
	noticeStyle        = "%d value(s) were read with the %s grouping thousands, such as %q in row %s, column %s"
	noticeStyleDecimal = "%d value(s) were read with the %s marking decimals, as elsewhere in their column, such as %q in row %s, column %s"
)

// Notices about total rows. A row is a total when its figures are the sums
// of the rows above it, whatever its name says.
const (
	noticeTotalsNamed     = "left out %d total row(s) whose figures are the sums of the rows above them, such as row %s (%q)"
	noticeTotalsUnnamed   = "left out %d total row(s) whose figures are the sums of the rows above them, such as row %s, which has no name"
	noticeTotalDrift1     = "row %s is the total of the rows above: it matches in %d of %d columns; %s differs by %s"
	noticeTotalDrift2     = "row %s is the total of the rows above: it matches in %d of %d columns; %s differs by %s and %s by %s"
	noticeTotalDriftFar   = "row %s is the total of the rows above: it matches in %d of %d columns; it differs in %d columns, most in %s, by %s"
	noticeTotalUnreadable = "row %s is the total of the rows above: it matches in %d of %d columns; %s holds %q, which cannot be read"
	noticeMoreDrift       = "%d more total row(s) differ from the sums of their rows in a few columns"
	noticeNotTotal        = "%d row(s) named like a total, such as row %s (%q), hold figures that are not the sums of the rows above; they were read as customers"
)

// Notices about rows whose customer has no name: they are kept, each named
// after its row, because their revenue is real.
const (
	nameRow               = "Row %s"
	noticeNoName          = "%d row(s) have figures but no customer name, such as row %s; each was read as a customer named after its row, such as %q"
	noticePlaceholderName = "%d row(s) have figures and a placeholder for a name, such as %q in row %s; each was read as a customer named after its row, such as %q"
	noticeCreditsMonthly  = "%d cell(s) below zero (credits), adding up to %s, were read as no revenue for that customer and month, such as %q in row %s, column %s"
	noticeCreditsARR      = "%d amount(s) of ARR below zero (credits), adding up to %s, were read as zero ARR, such as %q in row %s, column %s"
	noticeDashZero        = "%d cell(s) hold only a dash, as spreadsheets show zero in accounting format, and were read as zero, such as %q in row %s, column %s"
	noticeSummedWide      = "%d row(s) repeat a customer named on an earlier row, and their amounts were added together, such as %q in row %s"
	noticeSummed          = "%d customer-month(s) appear on several rows and were added together, such as %q in %s"
	noticeSkipped         = "left out %d row(s) that could not be read; the amounts that could be read in them add up to %s"
	noticeSkippedARR      = "left out %d row(s) that could not be read; the amounts that could be read in them add up to %s of ARR at start and %s at end"
)

// Problems of cells that hold what a sheet shows instead of a value.
const (
	problemRate      = "a percentage is a rate"
	problemFormula   = "it is a formula, not its value: the sheet was exported with formulas; export or paste the values instead"
	problemNarrow    = "the column was too narrow to show this number: widen it in the sheet and copy again"
	problemDate      = "it is a date, and this column holds amounts"
	problemSerial    = "it looks like a date stored as a spreadsheet serial number: format the column as dates and export again"
	problemNoSuchDay = "it is written like a date, but no such month exists"
	problemErrNA     = "it is the spreadsheet error #N/A: a lookup or formula found no value"
	problemErrRef    = "it is the spreadsheet error #REF!: a formula refers to cells that were deleted"
	problemErrDiv0   = "it is the spreadsheet error #DIV/0!: a formula divides by zero"
	problemErrValue  = "it is the spreadsheet error #VALUE!: a formula was given text where it needed a number"
	problemErrName   = "it is the spreadsheet error #NAME?: a formula uses a name or function the spreadsheet does not know"
	problemErrNum    = "it is the spreadsheet error #NUM!: a formula's result is not a number the spreadsheet can hold"
	problemErrOther  = "it is the spreadsheet error %s: the formula behind this cell failed"
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
