package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// beforeStart reports whether a control is rendered for a pre-rendered
// page. Such a page is shown while app.wasm downloads and starts, and the
// app then replaces its elements: what was typed into them would be lost,
// so they are disabled until then.
func beforeStart() bool { return goapp.IsServer }

// fieldID is the element id of a field key.
func fieldID(key string) string { return "field-" + key }

// field is a labelled text input. problem, when not empty, is shown at the
// field in place of the hint, and marks it invalid for assistive technology.
//
// Its handlers are scoped by the field's id: go-app keeps a handler whose
// function is the same and whose scope has not changed, so without the
// scope a field that takes another's place would call the other's handler.
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
		Attr("disabled", beforeStart()).
		ID(f.id).
		Attr("value", f.value).
		Attr("inputmode", "decimal").
		Attr("autocomplete", "off").
		Spellcheck(false).
		Aria("invalid", f.problem != "").
		Aria("describedby", describedBy).
		OnInput(func(ctx goapp.Context, e goapp.Event) {
			f.onInput(ctx, ctx.JSSrc().Get("value").String())
		}, goapp.EventScope(f.id))
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
				void("input").Attr("type", "radio").Attr("disabled", beforeStart()).ID(id).Attr("name", fieldID(key)).Attr("value", c.value).Attr("checked", c.value == current).
					OnChange(func(ctx goapp.Context, e goapp.Event) { onChange(ctx, c.value) }, goapp.EventScope(id)),
				goapp.Text(" "+c.label),
			)
		}),
	)
}

// selectField renders a labelled select; group is as for field.
func selectField(id, group, label, current string, choices []choice, onChange func(ctx goapp.Context, value string)) goapp.UI {
	sel := el("select").ID(id).Attr("disabled", beforeStart()).OnChange(func(ctx goapp.Context, e goapp.Event) {
		onChange(ctx, ctx.JSSrc().Get("value").String())
	}, goapp.EventScope(id))
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
