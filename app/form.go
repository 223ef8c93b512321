package app

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
	"nrrlab/calc/ingest"
)

// Field keys: stable names for the fields in the Model, whatever their labels.
const (
	keyStart             = "start"
	keyExpansion         = "expansion"
	keyContraction       = "contraction"
	keyChurn             = "churn"
	keyCustomersStart    = "customersStart"
	keyCustomersRetained = "customersRetained"
	keyPeriod            = "period"
	keyYears             = "years"
	keyNewARR            = "newARR"
	keyName              = "name"
	keyLever             = "lever"
	keyExpansionRate     = "expansionRate"
	keyContractionRate   = "contractionRate"
	keyChurnRate         = "churnRate"
	keyNRR               = "nrr"
	keyTargetARR         = "targetARR"
	keyInYears           = "inYears"
	keyTargetNRR         = "targetNRR"
	keyQuarters          = "quarters"
	keyGrowth            = "growth"
)

// Hints shown under fields: what each kind of field expects.
const (
	hintAmount   = "such as 1,200,000, $1.2M or 500K"
	hintCount    = "a whole number of customers; optional"
	hintOptional = "optional; such as 250K"
	hintPercent  = "such as 110%"
)

// problems holds a message per field key that cannot be used.
type problems map[string]string

// first returns one message, for a panic or a log.
func (p problems) first() string {
	for k, v := range p {
		return k + ": " + v
	}
	return ""
}

// amount reads a money field; an empty optional field is zero. How an
// ambiguous text was read ("1.200") is kept as the field's note.
func (p problems) amount(key, text string, optional bool) (calc.Money, bool) {
	if optional && strings.TrimSpace(text) == "" {
		return 0, true
	}
	v, note, err := parseAmount(text)
	if err != nil {
		p[key] = err.Error()
		return 0, false
	}
	if note != "" {
		p[notePrefix+key] = note
	}
	return v, true
}

// notePrefix keys a field's reading note among the problems, which are
// recomputed with them on every read.
const notePrefix = "note:"

// hint returns how the field's text was read when that was ambiguous, or
// else the field's usual hint.
func (p problems) hint(key, usual string) string {
	if n := p[notePrefix+key]; n != "" {
		return n
	}
	return usual
}

// count reads a whole number of at least zero; empty is "not given".
func (p problems) count(key, text string) (n int, given, ok bool) {
	t := strings.TrimSpace(text)
	if t == "" {
		return 0, false, true
	}
	n, err := strconv.Atoi(withoutGrouping(t))
	if err != nil || n < 0 {
		p[key] = strconv.Quote(text) + " is not a number of customers: expected a whole number such as 120"
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

// whole reads a whole number from lo to hi.
func (p problems) whole(key, text string, lo, hi int) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(text))
	if err != nil || n < lo || n > hi {
		p[key] = strconv.Quote(text) + " is not a number from " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi)
		return 0, false
	}
	return n, true
}

// percentage reads a rate typed as a percentage, "110%" or "110", as a
// fraction (1.10). Rates here are never negative.
func (p problems) percentage(key, text string) (float64, bool) {
	f, err := ingest.ParseFigure(text, ingest.StyleAuto)
	rate := f.Rate
	if err == nil && !f.Percent {
		rate = f.Amount.Float() / 100
	}
	if err != nil || rate < 0 || math.IsInf(rate, 0) || math.IsNaN(rate) {
		p[key] = strconv.Quote(text) + " is not a rate: expected a percentage " + hintPercent
		return 0, false
	}
	return rate, true
}

// parseAmount reads one money figure as typed. A rate such as "105%" is not
// an amount, and neither is a negative one: ARR is never below zero.
func parseAmount(text string) (calc.Money, string, error) {
	f, err := ingest.ParseFigure(text, ingest.StyleAuto)
	switch {
	case err != nil:
		return 0, "", err
	case f.Percent:
		return 0, "", &ingest.FigureError{Text: text, Problem: "a percentage is a rate", Expected: "an amount " + hintAmount}
	case f.Amount < 0:
		return 0, "", &ingest.FigureError{Text: text, Problem: "ARR cannot be negative", Expected: "an amount " + hintAmount}
	}
	return f.Amount, f.Note, nil
}

// fieldID is the element id of a field key.
func fieldID(key string) string { return "field-" + key }

// textField renders a labelled text input for a field key.
func textField(key, label, value, hint, problem string, onInput func(ctx goapp.Context, value string)) goapp.UI {
	return field{id: fieldID(key), label: label, value: value, hint: hint, problem: problem, onInput: onInput}.render()
}

// field is a labelled text input. problem, when not empty, is shown at the
// field in place of the hint, and marks it invalid for assistive technology.
type field struct {
	id, label, value, hint, problem string
	// group, when set, is the id of an element (a fieldset's legend) whose
	// text begins the accessible name: "Scenario 2" + "NRR".
	group   string
	onInput func(ctx goapp.Context, value string)
}

func (f field) render() goapp.UI {
	describedBy := f.id + "-hint"
	if f.problem != "" {
		describedBy = f.id + "-problem"
	}
	input := void("input").
		Attr("type", "text").
		ID(f.id).
		Attr("value", f.value).
		Attr("inputmode", "decimal").
		Attr("autocomplete", "off").
		Spellcheck(false).
		Aria("invalid", f.problem != "").
		Aria("describedby", describedBy).
		OnInput(func(ctx goapp.Context, e goapp.Event) {
			f.onInput(ctx, ctx.JSSrc().Get("value").String())
		})
	if f.group != "" {
		input = input.Aria("labelledby", f.group+" "+f.id+"-label")
	}
	return el("div").Class("field").Body(
		el("label").Attr("for", f.id).ID(f.id+"-label").Text(f.label),
		input,
		goapp.If(f.problem == "", func() goapp.UI {
			return el("p").Class("hint").ID(f.id + "-hint").Text(f.hint)
		}).Else(func() goapp.UI {
			return el("p").Class("problem").ID(f.id + "-problem").Text(f.problem)
		}),
	)
}

// choice is one option of a radio group or select.
type choice struct {
	value, label string
}

// radioGroup renders a fieldset of radio buttons: arrow keys move between
// them, as the platform does.
func radioGroup(key, legend, current string, choices []choice, onChange func(ctx goapp.Context, value string)) goapp.UI {
	return el("fieldset").Class("field radios").Body(
		el("legend").Text(legend),
		goapp.Range(choices).Slice(func(i int) goapp.UI {
			c := choices[i]
			id := fieldID(key) + "-" + c.value
			return el("label").Attr("for", id).Body(
				void("input").Attr("type", "radio").ID(id).Attr("name", fieldID(key)).Attr("value", c.value).Attr("checked", c.value == current).
					OnChange(func(ctx goapp.Context, e goapp.Event) { onChange(ctx, c.value) }),
				goapp.Text(" "+c.label),
			)
		}),
	)
}

// selectField renders a labelled select; group is as for field.
func selectField(id, group, label, current string, choices []choice, onChange func(ctx goapp.Context, value string)) goapp.UI {
	sel := el("select").ID(id).OnChange(func(ctx goapp.Context, e goapp.Event) {
		onChange(ctx, ctx.JSSrc().Get("value").String())
	})
	if group != "" {
		sel = sel.Aria("labelledby", group+" "+id+"-label")
	}
	return el("div").Class("field").Body(
		el("label").Attr("for", id).ID(id+"-label").Text(label),
		sel.Body(
			goapp.Range(choices).Slice(func(i int) goapp.UI {
				c := choices[i]
				return el("option").Attr("value", c.value).Attr("selected", c.value == current).Text(c.label)
			}),
		),
	)
}
