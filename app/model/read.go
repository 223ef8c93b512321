package model

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"nrrlab/calc"
	"nrrlab/calc/figure"
	"nrrlab/calc/lang"
)

// Hints shown under fields: what each kind of field expects.
const (
	HintAmount   lang.Key = "such as 1,200,000, $1.2M or 500K"
	HintCount    lang.Key = "a whole number of customers; optional"
	HintOptional lang.Key = "optional; such as 250K"
	HintPercent  lang.Key = "such as 110%"
)

// Problems holds a message per field key that cannot be used, in the
// user's language, and the note of each field whose text was ambiguous.
type Problems map[string]string

// First returns one message, for a panic or a log.
func (p Problems) First() string {
	for k, v := range p {
		return k + ": " + v
	}
	return ""
}

// notePrefix keys a field's reading note among the problems, which are
// recomputed with them on every read.
const notePrefix = "note:"

// Hint returns how the field's text was read when that was ambiguous, or
// else the field's usual hint.
func (p Problems) Hint(key, usual string) string {
	if n := p[notePrefix+key]; n != "" {
		return n
	}
	return usual
}

// reader reads fields into problems in a language.
type reader struct {
	Problems
	p lang.Printer
}

// Amount reads a money field; an empty optional field is zero. How an
// ambiguous text was read ("1.200") is kept as the field's note.
func (r reader) Amount(key, text string, optional bool) (calc.Money, bool) {
	if optional && strings.TrimSpace(text) == "" {
		return 0, true
	}
	f, err := figure.ParseFigure(text, figure.StyleAuto)
	switch {
	case err != nil:
		r.Problems[key] = r.p.Error(err)
		return 0, false
	case f.Percent:
		r.Problems[key] = r.p.Text("%s is a rate, not an amount: expected an amount %s", lang.Quote(text), r.p.Text(HintAmount))
		return 0, false
	case f.Amount < 0:
		r.Problems[key] = r.p.Text("%s is below zero: ARR cannot be negative", lang.Quote(text))
		return 0, false
	}
	var note string
	if f.Note != nil {
		note = r.p.Msg(*f.Note)
	}
	if r.otherCurrency(f) {
		if note != "" {
			note += " "
		}
		note += r.p.Text("Typed in %s; NRR Lab shows %s and does not convert.", f.Currency.Name(), r.p.Currency.Name())
	}
	if note != "" {
		r.Problems[notePrefix+key] = note
	}
	return f.Amount, true
}

// otherCurrency reports whether a figure names a currency other than the
// one amounts are shown in: it is read as it is, never converted, and its
// field says so. A dollar sign alone is the shown currency's own when that
// is the Singapore or Australian dollar; plain numbers, as the user chose
// them, show any currency's figures without a symbol.
func (r reader) otherCurrency(f figure.Figure) bool {
	shown := r.p.Currency
	switch {
	case f.Currency == lang.None || shown == lang.None || f.Currency == shown:
		return false
	case f.DollarSign && (shown == lang.SGD || shown == lang.AUD):
		return false
	}
	return true
}

// Count reads a whole number of at least zero; empty is "not given".
func (r reader) Count(key, text string) (n int, given, ok bool) {
	t := strings.TrimSpace(text)
	if t == "" {
		return 0, false, true
	}
	n, err := strconv.Atoi(withoutGrouping(t))
	if err != nil || n < 0 {
		r.Problems[key] = r.p.Text("%s is not a number of customers: expected a whole number such as 120", lang.Quote(text))
		return 0, false, false
	}
	return n, true, true
}

// withoutGrouping drops the separators people group a count's digits with:
// 1,200, 1.200, 1 200.
func withoutGrouping(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch r {
		case ',', '.', ' ', '\u00a0':
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// Whole reads a whole number from lo to hi.
func (r reader) Whole(key, text string, lo, hi int) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(text))
	if err != nil || n < lo || n > hi {
		r.Problems[key] = r.p.Text("%s is not a number from %d to %d", lang.Quote(text), lo, hi)
		return 0, false
	}
	return n, true
}

// Percentage reads a rate typed as a percentage, "110%" or "110", as a
// fraction (1.10). Rates here are never negative.
func (r reader) Percentage(key, text string) (float64, bool) {
	f, err := figure.ParseFigure(text, figure.StyleAuto)
	rate := f.Rate
	if err == nil && !f.Percent {
		rate = f.Amount.Float() / 100
	}
	if err != nil || rate < 0 || math.IsInf(rate, 0) || math.IsNaN(rate) {
		r.Problems[key] = r.p.Text("%s is not a rate: expected a percentage %s", lang.Quote(text), r.p.Text(HintPercent))
		return 0, false
	}
	return rate, true
}

// Rate reads the exchange rate of currency c typed in field key: how many
// units of c one US dollar is worth. An empty field is the default rate. A
// number whose one separator could group thousands or mark decimals
// ("16.650", "4.150") is read whichever way comes nearer the default: an
// exchange rate does not move a thousandfold. For plain numbers, which have
// no market rate, the user's language decides.
func (r reader) Rate(key, text string, c lang.Currency) (calc.ExchangeRate, bool) {
	d := calc.DefaultRateOf(c)
	def := d.Rate
	if strings.TrimSpace(text) == "" {
		return def, true
	}
	dot, _, ok1 := figure.ParseScaled(text, calc.RateDecimals, figure.StyleDotDecimal)
	comma, _, ok2 := figure.ParseScaled(text, calc.RateDecimals, figure.StyleCommaDecimal)
	// Plain numbers have no market rate to come near: their language
	// decides, as Indonesian writes 1.000 and English 1,000.
	commaFirst := r.p.Lang == lang.Indonesian
	if d.Month != 0 {
		commaFirst = distance(comma, def) < distance(dot, def)
	}
	v := dot
	if !ok1 || ok2 && commaFirst {
		v = comma
	}
	if !ok1 && !ok2 || v <= 0 {
		r.Problems[key] = r.p.Text("%s is not an exchange rate: expected a number above zero, such as %s.", lang.Quote(text), lang.Printer{Lang: r.p.Lang, Currency: lang.None}.ExchangeRate(int64(def)))
		return def, false
	}
	return calc.ExchangeRate(v), true
}

// distance is how far apart two rates are, as a ratio: 10 and 1000 are as
// far from 100.
func distance(v int64, def calc.ExchangeRate) float64 {
	if v <= 0 {
		return math.Inf(1)
	}
	return math.Abs(math.Log(float64(v) / float64(def)))
}

// Read returns a reader that writes its problems in p's language.
func Read(p lang.Printer) reader { return reader{Problems: Problems{}, p: p} }

// amountFields are the calculator's money fields, in order, with calc's
// names for them, by which its errors name them.
var amountFields = []struct {
	key   string
	field lang.Key
}{
	{KeyStart, calc.FieldStart},
	{KeyExpansion, calc.FieldExpansion},
	{KeyContraction, calc.FieldContraction},
	{KeyChurn, calc.FieldChurn},
}

// keyOfField maps calc's field names back to field keys, so that a
// validation error shows at its field.
var keyOfField = map[lang.Key]string{
	calc.FieldStart:             KeyStart,
	calc.FieldExpansion:         KeyExpansion,
	calc.FieldContraction:       KeyContraction,
	calc.FieldChurn:             KeyChurn,
	calc.FieldCustomersStart:    KeyCustomersStart,
	calc.FieldCustomersRetained: KeyCustomersRetained,
}

// ReadCalculator parses the calculator's fields of m and, for each group
// that is complete and valid, makes it m's last good value. It returns a
// message per field that is not; the figures then keep their last good
// values.
func ReadCalculator(m *Model, p lang.Printer) Problems {
	r := Read(p)
	t := calc.Totals{}
	amounts := []*calc.Money{&t.Start, &t.Expansion, &t.Contraction, &t.Churn}
	ok := true
	for i, f := range amountFields {
		v, good := r.Amount(f.key, m.Texts[f.key], false)
		*amounts[i] = v
		ok = ok && good
	}
	start, _, ok1 := r.Count(KeyCustomersStart, m.Texts[KeyCustomersStart])
	retained, retainedGiven, ok2 := r.Count(KeyCustomersRetained, m.Texts[KeyCustomersRetained])
	// Customers at start alone give no logo retention.
	if retainedGiven {
		t.Logos = &calc.Logos{Start: start, Retained: retained}
	}
	if m.Texts[KeyPeriod] == "monthly" {
		t.Period = calc.Monthly
	}
	if ok && ok1 && ok2 {
		if err := t.Validate(); err != nil {
			key := KeyStart
			// Validate returns *calc.InputError itself: a type assertion
			// does, without the reflection errors.As would link in.
			if ie, ok := err.(*calc.InputError); ok {
				key = keyOfField[ie.Field]
			}
			r.Problems[key] = p.Error(err)
		} else {
			m.Figures = t
		}
	}
	if years, good := r.Whole(KeyYears, m.Texts[KeyYears], 1, 50); good {
		m.Years = years
	}
	if n, good := r.Amount(KeyNewARR, m.Texts[KeyNewARR], true); good {
		m.NewARR = n
	}
	return r.Problems
}
