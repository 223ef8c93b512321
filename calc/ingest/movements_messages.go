package ingest

// Every user-facing sentence of the movements reader is here, beside
// messages.go, so that a translation touches these two files.

const (
	expectMovementsMonth   = "a column of months, such as month, date or bulan"
	expectMovementsTotals  = "a column of the month's MRR, such as ending_mrr, mrr or MRR akhir"
	errMovementsMonthTwice = "%s appears on two rows (%d and %d): each month can be reported once"
	expectMovementRows     = "at least one row of movements under the header"
	expectMovementType     = "a movement type such as new_biz, expansion, contraction, churn or reactivation"
	expectGain             = "an amount of zero or more: a gain cannot be negative"
	expectMovementAmount   = "an amount such as 1,200.00 or -350"
	expectPaying           = "a whole number of customers"

	noticeMovementsReconcile = "%d month(s) do not add up: in %s, starting %s + new %s + expansion %s + reactivation %s − contraction %s − churn %s = %s, but the ending MRR is %s (a difference of %s)"
	noticeMovementsCarry     = "%d month(s) do not start where the month before ended: %s starts at %s, but %s ended at %s (a difference of %s)"
	noticeMovementsGap       = "the months skip %d time(s), such as from %s to %s: the movements of the months between are missing"
	noticeMovementsCustomer  = "%d customer movement(s) do not lead to the MRR the row reports: %q on row %d moves %s from %s, which makes %s, but the row says %s (a difference of %s)"
	noticeMovementsTotals    = "left out %d total row(s), such as row %d (%s)"
	noticeMovementsCents     = "column %s holds cents: its amounts were divided by 100"
	noticeMovementsLosses    = "losses are written as negative amounts (such as %s in column %s); they were read as losses"
	noticeMovementsCurrency  = "the movements are in %d currencies (%s); they were added as they are, without conversion"
)

// Names of the movement kinds, in the user's words.
const (
	kindNew          = "new"
	kindExpansion    = "expansion"
	kindContraction  = "contraction"
	kindChurn        = "churn"
	kindReactivation = "reactivation"
)
