package figure

import (
	"strconv"
	"strings"

	"nrrlab/calc"
	"nrrlab/calc/lang"
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

// describe is the note of a reading of text, read as f.
func (r *Reading) describe(text string, f Figure) *lang.Msg {
	shown := Quoted(text)
	var m lang.Msg
	switch r.note {
	case noteAsGrouping:
		k := noteGroupingComma
		if r.sep == '.' {
			k = noteGroupingDot
		}
		m = lang.M(k, shown, r.show(f))
	case noteAsDecimal:
		k := noteDecimalComma
		if r.sep == '.' {
			k = noteDecimalDot
		}
		m = lang.M(k, shown, r.show(f))
	case noteAsMiliar:
		m = lang.M(noteMiliar, shown)
	case noteAsRounded:
		m = lang.M(noteRounded, shown, f.Amount.String())
	case noteAsScientific:
		m = lang.M(noteScientific, shown, r.show(f), int(r.digits))
	default:
		return nil
	}
	return &m
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
