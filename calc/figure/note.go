package figure

import (
	"fmt"
	"strconv"
	"strings"

	"nrrlab/calc"
)

// noteKind is what a reading had to decide, formatted only when asked.
type noteKind uint8

const (
	noteNone noteKind = iota
	noteAsGrouping
	noteAsDecimal
	noteAsMiliar
	noteAsRounded
	noteAsScientific
)

// describe formats the note of a reading of text, read as f.
func (r *Reading) describe(text string, f Figure) string {
	sep := "comma"
	if r.sep == '.' {
		sep = "dot"
	}
	shown := shorten(text)
	switch r.note {
	case noteAsGrouping:
		return fmt.Sprintf(noteGrouping, shown, r.show(f), sep)
	case noteAsDecimal:
		return fmt.Sprintf(noteDecimal, shown, r.show(f), sep)
	case noteAsMiliar:
		return fmt.Sprintf(noteMiliar, shown)
	case noteAsRounded:
		return fmt.Sprintf(noteRounded, shown, f.Amount.String())
	case noteAsScientific:
		return fmt.Sprintf(noteScientific, shown, r.show(f), int(r.digits))
	}
	return ""
}

// show writes a figure as a note shows what was read: an amount without
// cents when it has none (1200), a rate as the percentage it was (1200%).
func (r *Reading) show(f Figure) string {
	if !f.Percent {
		return trimAmount(f.Amount)
	}
	if e := int(r.shownExp); e > quoteLimit || e < -quoteLimit {
		// A rate such as 1E-400%: its digits would not fit a note.
		return strconv.FormatFloat(f.Rate*100, 'g', -1, 64) + "%"
	}
	var b []byte
	if r.neg && r.shown != 0 {
		b = append(b, '-')
	}
	digits := strconv.FormatUint(r.shown, 10)
	switch e := int(r.shownExp); {
	case e >= 0:
		b = append(b, digits...)
		for ; e > 0; e-- {
			b = append(b, '0')
		}
	case -e < len(digits):
		point := len(digits) + e
		b = append(append(append(b, digits[:point]...), '.'), digits[point:]...)
	default:
		b = append(b, "0."...)
		for k := len(digits); k < -e; k++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	}
	return string(append(b, '%'))
}

// trimAmount writes an amount without cents when it has none: 1200.
func trimAmount(m calc.Money) string {
	return strings.TrimSuffix(m.String(), ".00")
}

// quoteLimit is how many characters of a text a message quotes: enough to
// recognise a cell, never a whole paste.
const quoteLimit = 40

// shorten returns the first quoteLimit characters of s, with an ellipsis
// when there were more, for a message to quote.
func shorten(s string) string {
	if len(s) <= quoteLimit {
		return s
	}
	n := 0
	for i := range s {
		if n == quoteLimit {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
