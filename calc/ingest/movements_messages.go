package ingest

import "nrrlab/calc/lang"

// Every user-facing sentence of the movements reader is here, beside
// messages.go and with its conventions, so that a translation touches these
// files.

const (
	expectMovementsMonth   lang.Key = "Expected a column of months, such as month, date or bulan."
	expectMovementsTotals  lang.Key = "Expected a column of the month's MRR, such as ending_mrr, mrr or MRR akhir."
	errMovementsMonthTwice lang.Key = "%s appears on two rows (%d and %d): each month can be reported once."
	expectMonthOnce        lang.Key = "Expected a month that no other row reports."
	expectMovementRows     lang.Key = "Expected at least one row of movements under the header."
	expectMovementType     lang.Key = "Expected a movement type such as new_biz, expansion, contraction, churn or reactivation."
	expectGain             lang.Key = "Expected an amount of zero or more: a gain cannot be negative."
	expectMovementAmount   lang.Key = "Expected an amount such as 1,200.00 or -350."
	expectPaying           lang.Key = "Expected a whole number of customers."

	noticeMovementsReconcile lang.Key = "%d month does not add up: in %s, starting %s + new %s + expansion %s + reactivation %s − contraction %s − churn %s = %s, but the ending MRR is %s (a difference of %s).|%d months do not add up: in %s, starting %s + new %s + expansion %s + reactivation %s − contraction %s − churn %s = %s, but the ending MRR is %s (a difference of %s)."
	noticeMovementsCarry     lang.Key = "%d month does not start where the month before ended: %s starts at %s, but %s ended at %s (a difference of %s).|%d months do not start where the month before ended: %s starts at %s, but %s ended at %s (a difference of %s)."
	noticeMovementsGap       lang.Key = "The months skip %d time, from %s to %s: the movements of the months between are missing.|The months skip %d times, such as from %s to %s: the movements of the months between are missing."
	noticeMovementsCustomer  lang.Key = "%d customer movement does not lead to the MRR the row reports: %s on row %d moves %s from %s, which makes %s, but the row says %s (a difference of %s).|%d customer movements do not lead to the MRR the row reports: %s on row %d moves %s from %s, which makes %s, but the row says %s (a difference of %s)."
	noticeMovementsTotals    lang.Key = "Left out %d total row, row %d (%s).|Left out %d total rows, such as row %d (%s)."
	noticeMovementsCents     lang.Key = "Column %s holds cents: its amounts were divided by 100."
	noticeMovementsLosses    lang.Key = "Losses are written as negative amounts (such as %s in column %s); they were read as losses."
	noticeMovementsCurrency  lang.Key = "The movements are in %d currencies (%s); they were added as they are, without conversion."
)

// Names of the movement kinds, in the user's words: labels.
const (
	kindNew          = lang.Key("new")
	kindExpansion    = lang.Key("expansion")
	kindContraction  = lang.Key("contraction")
	kindChurn        = lang.Key("churn")
	kindReactivation = lang.Key("reactivation")
)
