package ingest

import (
	"nrrlab/calc/figure"
	"nrrlab/calc/lang"
)

// Every user-facing sentence of this package is here (and, for the
// movements and workbook readers, in movements_messages.go and
// xlsx_messages.go), each a whole sentence or a whole label: a key of the
// catalogues in calc/lang. Arguments are typed so that each language writes
// them its way: row numbers and counts as int, a user's text as lang.Quote,
// a column as columnArg gives it (its header quoted, or its letter), months
// as lang.Month, money as lang.Amount. A key whose first count picks a form
// has the English singular before "|" and the plural after it.

// Amounts and rates, in the words of the figure reader (calc/figure), for
// the cells and sums this package reports itself: the same sentences, the
// same keys.
const (
	expectAmount    = figure.ExpectAmount
	problemEmpty    = figure.ProblemEmpty
	problemTooLarge = figure.ProblemTooLarge
)

// A cell that cannot be read, as CellError writes it: where, then what is
// wrong and what was expected, in sentences of their own.
const (
	errCell      lang.Key = "Row %d, column %s: %s cannot be read."
	errCellEmpty lang.Key = "Row %d, column %s is empty."
	// The same without the row and column, after a link that names them.
	cellText    lang.Key = "%s cannot be read."
	cellEmpty   lang.Key = "The cell is empty."
	cellAddress lang.Key = "Row %d, column %s"
)

const (
	errEmpty           lang.Key = "There is nothing to read: paste a table or choose a file."
	errBinary          lang.Key = "This is not text (it may be a spreadsheet file such as .xlsx): export it as CSV, or copy the cells and paste them."
	errTooLarge        lang.Key = "The text is %d MB; the most NRR Lab reads at once is %d MB."
	errOpenQuote       lang.Key = "Row %d: a quote opens a field that never closes."
	errOneColumn       lang.Key = "The table has a single column: it needs customers and their amounts side by side."
	errNoAmounts       lang.Key = "No column holds amounts: expected two columns of ARR (start and end), one column per month, or a month column and an amount column."
	errNoCustomer      lang.Key = "No column names the customers."
	errMonthGap        lang.Key = "The month columns skip from %s to %s: add the missing months, even as empty columns."
	errMonthTwice      lang.Key = "%s appears as two columns (%s and %s)."
	errColumnRange     lang.Key = "Column %d does not exist in a table of %d columns."
	errNoRows          lang.Key = "The table has a header but no rows of figures."
	expectMonth        lang.Key = "Expected a month such as 2024-01, Jan 2024 or 31/01/2024."
	expectCustomerName lang.Key = "Expected a customer name."
	noticePeriodTotals lang.Key = "Left out %d total line with no start date: row %d (%s).|Left out %d total lines with no start date, such as row %d (%s)."
	noticeMRRToARR     lang.Key = "Amounts are MRR (column %s says so) and were multiplied by 12 into ARR."
	noticeMoreErrors   lang.Key = "%d more cell cannot be read.|%d more cells cannot be read."
	noticeDateOrder    lang.Key = "Dates in column %s were read as month/day/year."
	noticeMapped       lang.Key = "%s: column %s"
	noticeMappedMonths lang.Key = "Months: columns %s (%s) to %s (%s)"

	noticeStyleComma        lang.Key = "%d value was read with the comma grouping thousands: %s in row %d, column %s.|%d values were read with the comma grouping thousands, such as %s in row %d, column %s."
	noticeStyleDot          lang.Key = "%d value was read with the dot grouping thousands: %s in row %d, column %s.|%d values were read with the dot grouping thousands, such as %s in row %d, column %s."
	noticeStyleDecimalComma lang.Key = "%d value was read with the comma marking decimals, as elsewhere in its column: %s in row %d, column %s.|%d values were read with the comma marking decimals, as elsewhere in their column, such as %s in row %d, column %s."
	noticeStyleDecimalDot   lang.Key = "%d value was read with the dot marking decimals, as elsewhere in its column: %s in row %d, column %s.|%d values were read with the dot marking decimals, as elsewhere in their column, such as %s in row %d, column %s."
)

// Notices about total rows. A row is a total when its figures are the sums
// of the rows above it, whatever its name says.
const (
	noticeTotalsNamed     lang.Key = "Left out %d total row whose figures are the sums of the rows above it: row %d (%s).|Left out %d total rows whose figures are the sums of the rows above them, such as row %d (%s)."
	noticeTotalsUnnamed   lang.Key = "Left out %d total row whose figures are the sums of the rows above it: row %d, which has no name.|Left out %d total rows whose figures are the sums of the rows above them, such as row %d, which has no name."
	noticeTotalDrift1     lang.Key = "Row %d is the total of the rows above: it matches in %d of %d columns; %s differs by %s."
	noticeTotalDrift2     lang.Key = "Row %d is the total of the rows above: it matches in %d of %d columns; %s differs by %s and %s by %s."
	noticeTotalDriftFar   lang.Key = "Row %d is the total of the rows above: it matches in %d of %d columns; it differs in %d columns, most in %s, by %s."
	noticeTotalUnreadable lang.Key = "Row %d is the total of the rows above: it matches in %d of %d columns; %s holds %s, which cannot be read."
	noticeMoreDrift       lang.Key = "%d more total row differs from the sums of its rows in a few columns.|%d more total rows differ from the sums of their rows in a few columns."
	noticeNotTotal        lang.Key = "%d row named like a total, row %d (%s), holds figures that are not the sums of the rows above; it was read as a customer.|%d rows named like a total, such as row %d (%s), hold figures that are not the sums of the rows above; they were read as customers."
)

// nameRow names a customer who has no name after its row. It is data, not
// a sentence: the name is the customer's in the analysis and its exports,
// the same whatever language the page is in.
const nameRow = "Row %s"

// Notices about rows whose customer has no name: they are kept, each named
// after its row, because their revenue is real.
const (
	noticeNoName          lang.Key = "%d row has figures but no customer name: row %d; it was read as a customer named %s.|%d rows have figures but no customer name, such as row %d; each was read as a customer named after its row, such as %s."
	noticePlaceholderName lang.Key = "%d row has figures and a placeholder for a name, %s in row %d; it was read as a customer named %s.|%d rows have figures and a placeholder for a name, such as %s in row %d; each was read as a customer named after its row, such as %s."
	noticeCreditsMonthly  lang.Key = "%d cell below zero (a credit) of %s was read as no revenue for that customer and month: %s in row %d, column %s.|%d cells below zero (credits), adding up to %s, were read as no revenue for that customer and month, such as %s in row %d, column %s."
	noticeCreditsARR      lang.Key = "%d amount of ARR below zero (a credit) of %s was read as zero ARR: %s in row %d, column %s.|%d amounts of ARR below zero (credits), adding up to %s, were read as zero ARR, such as %s in row %d, column %s."
	noticeDashZero        lang.Key = "%d cell holds only a dash, as spreadsheets show zero in accounting format, and was read as zero: %s in row %d, column %s.|%d cells hold only a dash, as spreadsheets show zero in accounting format, and were read as zero, such as %s in row %d, column %s."
	noticeSummedWide      lang.Key = "%d row repeats a customer named on an earlier row, and its amounts were added to theirs: %s in row %d.|%d rows repeat a customer named on an earlier row, and their amounts were added together, such as %s in row %d."
	noticeSummed          lang.Key = "%d customer-month appears on several rows, which were added together: %s in %s.|%d customer-months appear on several rows and were added together, such as %s in %s."
	noticeSkipped         lang.Key = "Left out %d row that could not be read; the amounts that could be read in it add up to %s.|Left out %d rows that could not be read; the amounts that could be read in them add up to %s."
	noticeSkippedARR      lang.Key = "Left out %d row that could not be read; the amounts that could be read in it add up to %s of ARR at start and %s at end.|Left out %d rows that could not be read; the amounts that could be read in them add up to %s of ARR at start and %s at end."
)

// Problems of cells that hold what a sheet shows instead of a value.
const (
	problemRate      lang.Key = "It is a percentage: a rate, not an amount."
	problemFormula   lang.Key = "It is a formula, not its value: the sheet was exported with formulas; export or paste the values instead."
	problemNarrow    lang.Key = "The column was too narrow to show this number: widen it in the sheet and copy again."
	problemDate      lang.Key = "It is a date, and this column holds amounts."
	problemSerial    lang.Key = "It looks like a date stored as a spreadsheet serial number: format the column as dates and export again."
	problemNoSuchDay lang.Key = "It is written like a date, but no such month exists."
	problemErrNA     lang.Key = "It is the spreadsheet error #N/A: a lookup or formula found no value."
	problemErrRef    lang.Key = "It is the spreadsheet error #REF!: a formula refers to cells that were deleted."
	problemErrDiv0   lang.Key = "It is the spreadsheet error #DIV/0!: a formula divides by zero."
	problemErrValue  lang.Key = "It is the spreadsheet error #VALUE!: a formula was given text where it needed a number."
	problemErrName   lang.Key = "It is the spreadsheet error #NAME?: a formula uses a name or function the spreadsheet does not know."
	problemErrNum    lang.Key = "It is the spreadsheet error #NUM!: a formula's result is not a number the spreadsheet can hold."
	problemErrOther  lang.Key = "It is the spreadsheet error %s: the formula behind this cell failed."
)

// Names of what a column is used for, in the mapping notices and the
// column selects: labels.
const (
	roleCustomer = lang.Key("Customers")
	roleStart    = lang.Key("ARR at start")
	roleEnd      = lang.Key("ARR at end")
	roleSegment  = lang.Key("Segment")
	rolePlan     = lang.Key("Plan")
	roleSignup   = lang.Key("Signup date")
	roleMonth    = lang.Key("Months")
	roleAmount   = lang.Key("Amounts")
)

// Subscription periods, invoice lines and dates.
const (
	expectDate              lang.Key = "Expected a date such as 2024-01-31 or 31/01/2024."
	expectEndAfterStart     lang.Key = "Expected an end date after the start date (%s)."
	expectInterval          lang.Key = "Expected an interval such as month, quarter, year, week, or a number of months such as 3."
	expectIntervalCount     lang.Key = "Expected a whole number of intervals such as 1 or 2."
	expectQuantity          lang.Key = "Expected a quantity such as 1 or 25."
	expectYesNo             lang.Key = "Expected yes or no (true, false, 1, 0, ya, tidak)."
	expectRevenueType       lang.Key = "Expected MRR, ARR or Non-recurring."
	expectDateWithin        lang.Key = "Expected a date less than %d years after the earliest start (%s)."
	expectBeforeAsOf        lang.Key = "Expected a start date on or before the as-of date (%s)."
	expectCustomerColumn    lang.Key = "Expected a column of customers: choose the column that names them."
	expectStartColumn       lang.Key = "Expected a column of start dates: choose the column that holds them."
	expectAmountColumn      lang.Key = "Expected a column of amounts: choose the column that holds them."
	problemDayFirstColumn   lang.Key = "The other dates in the column put the day first."
	problemMonthFirstColumn lang.Key = "The other dates in the column put the month first."
	problemDayFirstChosen   lang.Key = "Dates are read day first, as chosen."
	problemMonthFirstChosen lang.Key = "Dates are read month first, as chosen."
	errRoleWideMonth        lang.Key = "A month column of a wide sheet is found from its header: name the column by its month, such as Jan 2024."

	noticeDayFirstSeen     lang.Key = "Dates in column %s were read day first (31/01/2024), as %s shows."
	noticeMonthFirstSeen   lang.Key = "Dates in column %s were read month first (01/31/2024), as %s shows."
	noticeDayFirstDefault  lang.Key = "Dates in column %s such as %s could be read either way and were read day first (31/01/2024); choose month first if they were written in the US style."
	noticeDayFirstChosen   lang.Key = "Dates in column %s were read day first (31/01/2024), as chosen."
	noticeMonthFirstChosen lang.Key = "Dates in column %s were read month first (01/31/2024), as chosen."
	noticeSerials          lang.Key = "%d value in column %s, %s, is a spreadsheet serial number and was read as a date (%s is %s).|%d values in column %s such as %s are spreadsheet serial numbers and were read as dates (%s is %s)."
	noticeEndInclusive     lang.Key = "End dates in column %s are read as the last day of service: a period ending 2024-12-31 includes December."
	noticeCents            lang.Key = "Amounts in column %s are in cents and were divided by 100."
	noticeAnnual           lang.Key = "Amounts in column %s are annual (ARR) and were divided by 12 into MRR."
	noticeIntervalBlank    lang.Key = "%d row with no interval in column %s, row %d, was read as monthly.|%d rows with no interval in column %s, such as row %d, were read as monthly."
	noticeTrials           lang.Key = "Left out %d trial row, row %d, worth %s.|Left out %d trial rows, such as row %d, worth %s in total."
	noticeNonRecurring     lang.Key = "Left out %d non-recurring row, row %d, worth %s.|Left out %d non-recurring rows, such as row %d, worth %s in total."
	noticeTrialEnd         lang.Key = "%d subscription, row %d, starts paying at the end of its trial in column %s.|%d subscriptions, such as row %d, start paying at the end of their trial in column %s."
	noticeCurrencies       lang.Key = "The analysis is in %s: left out %d row in another currency (%s).|The analysis is in %s: left out %d rows in other currencies (%s)."
	noticeCredits          lang.Key = "%d customer-month, %s in %s, had more credits than charges (%s) and counts as no revenue.|%d customer-months, such as %s in %s, had more credits than charges (%s in total) and count as no revenue."
	noticeRunning          lang.Key = "%d subscription with no end date, row %d, counts as running through %s, the last month of the data.|%d subscriptions with no end date, such as row %d, count as running through %s, the last month of the data."
	noticeAsOf             lang.Key = "The series stops at %s, the month of the as-of date %s: later dates in the table are left out."
	noticeNoPeriod         lang.Key = "%d invoice line, row %d, has no service period and counts in full in the month of its date in column %s.|%d invoice lines, such as row %d, have no service period and count in full in the month of their date in column %s."
	noticeNamedByID        lang.Key = "Customers are told apart by column %s: %d of them have no usable name in column %s and are shown by their id, such as %s."
	noticeNothingCounted   lang.Key = "No row of the table adds recurring revenue."
	noticeSharedName       lang.Key = "%d customer shares a name with another id and is shown with its id: %s.|%d customers share a name with another id and are shown with their id, such as %s."
)

// Names of the roles of subscription and invoice columns, in the mapping
// notices and the column selects: labels.
const (
	roleCustomerID    = lang.Key("Customer ids")
	roleStartDate     = lang.Key("Start dates")
	roleEndDate       = lang.Key("End dates")
	roleInterval      = lang.Key("Billing intervals")
	roleIntervalCount = lang.Key("Intervals per bill")
	roleQuantity      = lang.Key("Quantities")
	roleCurrency      = lang.Key("Currencies")
	roleTrial         = lang.Key("Trial flags")
	roleTrialEnd      = lang.Key("Trial ends")
	roleRevenueType   = lang.Key("Revenue types")
	roleIgnored       = lang.Key("Not used")
)
