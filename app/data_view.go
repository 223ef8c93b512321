package app

import (
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/engine/api"
	"nrrlab/calc/lang"
)

// samples are the built-in tables, by the name the engine knows them by.
var samples = []struct {
	name  string
	label lang.Key
}{
	{"customers", "Sample: 200 customers, ARR at start and end"},
	{"mrr", "Sample: monthly MRR of 300 customers over 24 months"},
	{"mrr-id", "Sample: Indonesian MRR sheet in rupiah"},
}

func (d *data) Render() goapp.UI {
	return layout("/data",
		el("h1").Text(d.t("Your data")),
		el("p").Class("lede").Text(d.t("Paste a table from your spreadsheet, open a file, or drop one anywhere on this page: a list of customers with their ARR, a monthly MRR sheet, subscriptions or invoice lines. It is read and analysed in this browser; nothing leaves your device.")),
		d.input(),
		d.status(),
		goapp.If(d.view != nil, d.reading),
		goapp.If(d.view != nil && d.view.Results != "", d.results),
		goapp.If(d.view != nil && d.view.Customers > 0, d.customers),
	)
}

// input is where a table comes in.
func (d *data) input() goapp.UI {
	var buttons []goapp.UI
	for _, s := range samples {
		buttons = append(buttons, el("button").Attr("type", "button").Class("secondary").Text(d.t(s.label)).
			OnClick(func(ctx goapp.Context, e goapp.Event) { d.load(ctx, "", func(r *api.Request) { r.Name = s.name }) }))
	}
	return el("section").Class("card").Aria("labelledby", "input-title").Body(
		el("h2").ID("input-title").Text(d.t("Your table")),
		el("div").Class("field").Body(
			el("label").Attr("for", "data-paste").Text(d.t("Paste your table")),
			el("textarea").ID("data-paste").Attr("rows", "8").Attr("spellcheck", "false").Aria("describedby", "data-paste-hint").
				OnInput(func(ctx goapp.Context, e goapp.Event) {
					d.typed++
					if e.Get("inputType").String() == "insertFromPaste" {
						d.load(ctx, "text:data-paste", nil)
						return
					}
					n := d.typed
					ctx.After(600*time.Millisecond, func(ctx goapp.Context) {
						if n == d.typed {
							d.load(ctx, "text:data-paste", nil)
						}
					})
				}),
			el("p").Class("hint").ID("data-paste-hint").Text(d.t("Copy the cells in Excel, Google Sheets, Numbers or LibreOffice and paste them here; CSV text works too.")),
		),
		el("div").Class("field-row").Body(
			void("input").Attr("type", "file").ID("data-file").Class("visually-hidden").Attr("accept", ".csv,.tsv,.txt,.xlsx,text/csv,text/plain").
				OnChange(func(ctx goapp.Context, e goapp.Event) { d.load(ctx, "input:data-file", nil) }),
			el("label").Class("button").Attr("for", "data-file").Text(d.t("Open a file")),
			el("span").Class("hint").Text(d.t("CSV, TSV, text or Excel (.xlsx), or drop a file anywhere on this page.")),
		),
		el("div").Class("field-row samples").Body(buttons...),
	)
}

// status shows the engine's progress and messages.
func (d *data) status() goapp.UI {
	return el("div").Class("data-status").Attr("role", "status").Body(
		goapp.If(d.busy, func() goapp.UI {
			return el("p").Body(
				el("progress").Attr("max", "100").Attr("value", strconv.Itoa(int(d.progress*100))).Aria("label", d.t("Reading the table")),
				goapp.Text(" "+d.stage),
			)
		}),
		goapp.If(d.message != "", func() goapp.UI { return el("p").Class("problem").Text(d.message) }),
	)
}

// reading shows how the table was read, and lets the user change it.
func (d *data) reading() goapp.UI {
	v := d.view
	var cols []goapp.UI
	for _, c := range v.Columns {
		options := make([]choice, len(c.Options))
		for i, o := range c.Options {
			options[i] = choice{o.Value, o.Label}
		}
		cols = append(cols, selectField("data-"+c.Key, "", c.Name, c.Role, options, d.choose(c.Key)))
	}
	var groups []goapp.UI
	var group []goapp.UI
	name := ""
	flush := func() {
		if len(group) > 0 {
			groups = append(groups, el("fieldset").Class("choices").Body(append([]goapp.UI{el("legend").Text(name)}, group...)...))
		}
		group = nil
	}
	for _, c := range v.Choices {
		if c.Group != name {
			flush()
			name = c.Group
		}
		group = append(group, d.choiceField(c))
	}
	flush()
	var notices []goapp.UI
	for _, n := range v.Notices {
		notices = append(notices, el("li").Text(n))
	}
	return el("section").Class("card").Aria("labelledby", "reading-title").OnClick(d.onClick).Body(
		el("h2").ID("reading-title").Text(d.t("How %s was read", v.Name)),
		el("p").Text(v.Summary),
		goapp.If(len(notices) > 0, func() goapp.UI { return el("ul").Class("notices").Body(notices...) }),
		goapp.If(v.ProblemCount > 0, func() goapp.UI {
			return el("div").Class("problems-box").Body(
				el("h3").Text(d.t("%d cells cannot be read", v.ProblemCount)),
				goapp.Raw(v.Problems),
			)
		}),
		el("fieldset").Class("columns").Body(append([]goapp.UI{el("legend").Text(d.t("Columns"))}, cols...)...),
		el("div").Class("choice-groups").Body(groups...),
		goapp.Raw(v.Preview),
	)
}

// choiceField is a select, or a checkbox, for one choice.
func (d *data) choiceField(c api.Choice) goapp.UI {
	id := "data-" + c.Key
	if c.Check {
		return el("div").Class("field check").Body(
			void("input").Attr("type", "checkbox").ID(id).Attr("checked", c.Value == "on").Aria("describedby", id+"-hint").
				OnChange(func(ctx goapp.Context, e goapp.Event) {
					v := ""
					if ctx.JSSrc().Get("checked").Bool() {
						v = "on"
					}
					d.choose(c.Key)(ctx, v)
				}),
			el("label").Attr("for", id).Text(c.Label),
			el("p").Class("hint").ID(id+"-hint").Text(c.Hint),
		)
	}
	options := make([]choice, len(c.Options))
	for i, o := range c.Options {
		options[i] = choice{o.Value, o.Label}
	}
	return selectField(id, "", c.Label, c.Value, options, d.choose(c.Key))
}

// results are the analyses, the drill-down and the calculator button.
func (d *data) results() goapp.UI {
	return el("div").Class("data-results").OnClick(d.onClick).Body(
		goapp.If(d.view.Totals != nil, func() goapp.UI {
			return el("p").Class("actions").Body(
				el("button").Attr("type", "button").Text(d.t("Use these totals in the calculator")).OnClick(d.useTotals),
			)
		}),
		goapp.Raw(d.view.Results),
		goapp.If(d.drill != "", func() goapp.UI {
			return el("section").Class("card drill").ID("drill").Aria("label", d.t("Customers behind the figure")).Body(
				goapp.Raw(d.drill),
				el("button").Attr("type", "button").Class("secondary").Text(d.t("Close the list")).
					OnClick(func(ctx goapp.Context, e goapp.Event) { d.drill = "" }),
			)
		}),
	)
}

// customers is the customer table: sortable, searchable, and only the rows
// on screen are in the page, whatever its size.
func (d *data) customers() goapp.UI {
	total, offset, body := d.view.Customers, 0, ""
	if d.rows != nil {
		total, offset, body = d.rows.Total, d.rows.Offset, d.rows.HTML
	}
	shown := 0
	if d.rows != nil {
		shown = min(total-offset, rowsShown+2*rowsAhead)
	}
	spacer := func(rows int) string {
		return `<tr class="spacer" aria-hidden="true"><td colspan="6"><svg width="1" height="` + strconv.Itoa(max(rows, 0)*rowHeight) + `"></svg></td></tr>`
	}
	table := `<table class="customers" aria-rowcount="` + strconv.Itoa(total+1) + `"><caption>` + escape(d.t("Customers")) + `</caption><thead>` + d.view.CustomerHead +
		`</thead><tbody>` + spacer(offset) + body + spacer(total-offset-shown) + `</tbody></table>`
	return el("section").Class("card").Aria("labelledby", "customers-title").Body(
		el("h2").ID("customers-title").Text(d.t("Customers")),
		el("div").Class("field").Body(
			el("label").Attr("for", "data-search").Text(d.t("Search customers")),
			void("input").Attr("type", "search").ID("data-search").Attr("autocomplete", "off").
				OnInput(func(ctx goapp.Context, e goapp.Event) {
					d.query.Search, d.query.Offset = ctx.JSSrc().Get("value").String(), 0
					d.askRows(ctx)
				}),
		),
		el("p").Class("hint").Text(d.t("%d customers", total)),
		el("div").Class("customer-scroll").OnScroll(d.onScroll).OnClick(d.onClick).Body(goapp.Raw(table)),
		el("p").Body(el("button").Attr("type", "button").Class("secondary").Text(d.t("Forget this table")).OnClick(d.forget)),
	)
}
