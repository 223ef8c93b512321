package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"errors"
	"nrrlab/calc"
	"strconv"
)

// amountHint is what a money field expects, shown under the field.
const amountHint = "such as 1,200,000, $1.2M or 500K"

// parseAmount reads one money figure as typed. A rate such as "105%" is not an
// amount, and says so.
func parseAmount(text string) (calc.Money, error) {
	t := strings.TrimPrefix(strings.TrimSpace(strings.ReplaceAll(text, ",", "")), "$")
	mult := 1.0
	switch {
	case strings.HasSuffix(t, "M"):
		mult, t = 1e6, strings.TrimSuffix(t, "M")
	case strings.HasSuffix(t, "K"):
		mult, t = 1e3, strings.TrimSuffix(t, "K")
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, errors.New(strconv.Quote(text) + " is not an amount: expected a number " + amountHint)
	}
	return calc.FromFloat(v * mult)
}

// fieldID turns a label into an element id: "Starting ARR" is
// "field-starting-arr".
func fieldID(label string) string {
	return "field-" + strings.ToLower(strings.ReplaceAll(label, " ", "-"))
}

// textField renders a labelled text input. problem, when not empty, is shown
// at the field and marks it invalid for assistive technology.
func textField(label, value, hint, problem string, onInput func(ctx goapp.Context, value string)) goapp.UI {
	id := fieldID(label)
	describedBy := id + "-hint"
	if problem != "" {
		describedBy = id + "-problem"
	}
	return goapp.Div().Class("field").Body(
		goapp.Label().For(id).Text(label),
		goapp.Input().
			Type("text").
			ID(id).
			Value(value).
			Attr("inputmode", "decimal").
			AutoComplete(false).
			Spellcheck(false).
			Aria("invalid", problem != "").
			Aria("describedby", describedBy).
			OnInput(func(ctx goapp.Context, e goapp.Event) {
				onInput(ctx, ctx.JSSrc().Get("value").String())
			}),
		goapp.If(problem == "", func() goapp.UI {
			return goapp.P().Class("hint").ID(id + "-hint").Text(hint)
		}).Else(func() goapp.UI {
			return goapp.P().Class("problem").ID(id + "-problem").Text(problem)
		}),
	)
}
