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
