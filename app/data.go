package app

import (
	"encoding/json"
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/engine/api"
	"nrrlab/calc/lang"
)

// data is the data page: the user's own table (pasted, dropped, opened or a
// built-in sample) read and analysed by the engine in its web worker, which
// sends back what to show as HTML. The page keeps the user's choices with
// the working state; the engine keeps the table itself in IndexedDB.
type data struct {
	modelPage
	view *api.View
	// next numbers requests; current is the request whose view the page
	// waits for: replies to older ones are dropped.
	next, current int
	busy          bool
	stage         string
	progress      float64
	message       string
	drill         string
	query         api.Query
	rows          *api.Rows
	// typed counts keystrokes in the paste area, for the pause before
	// reading.
	typed int
}

// The customer table shows rowsShown rows of rowHeight pixels (the
// stylesheet's .customers row height) at a time, and asks the engine for a
// few more around them.
const (
	rowHeight = 32
	rowsShown = 15
	rowsAhead = 10
)

func (d *data) OnMount(ctx goapp.Context) {
	d.modelPage.OnMount(ctx)
	browser.Listen(func(b []byte) {
		ctx.Dispatch(func(ctx goapp.Context) { d.receive(ctx, b) })
	}, func(name string) {
		ctx.Dispatch(func(ctx goapp.Context) { d.send(ctx, api.OpLoad, "drop", func(r *api.Request) { r.Name = name }) })
	})
	if d.model.DataName != "" {
		d.send(ctx, api.OpRestore, "", nil)
	}
}

func (d *data) OnDismount() { browser.Listen(nil, nil) }

// settings are the user's choices with the page's language and currency
// and today's date, which caps the months of running subscriptions.
func (d *data) settings() api.Settings {
	s := api.Settings{"lang": d.model.Lang.Code(), "today": time.Now().Format("2006-01-02")}
	for k, v := range d.model.Data {
		s[k] = v
	}
	return s
}

// send asks the engine for op; file names a file or text to send with it
// (see Browser.Engine).
func (d *data) send(ctx goapp.Context, op, file string, set func(*api.Request)) {
	d.next++
	r := api.Request{ID: d.next, Op: op, Settings: d.settings()}
	if set != nil {
		set(&r)
	}
	switch op {
	case api.OpLoad, api.OpRestore, api.OpConfigure:
		d.current, d.busy, d.stage, d.progress, d.message, d.drill = r.ID, true, "", 0, "", ""
	}
	b, err := json.Marshal(r)
	if err == nil {
		err = browser.Engine(b, file)
	}
	if err != nil {
		d.busy, d.message = false, d.t("The data engine could not start: %s", err.Error())
	}
}

// receive takes one reply of the engine.
func (d *data) receive(ctx goapp.Context, b []byte) {
	var r api.Response
	if json.Unmarshal(b, &r) != nil {
		return
	}
	switch {
	case r.ID == -1:
		d.busy, d.message = false, d.t("The data engine could not start: %s", r.Error)
	case r.Storage != "":
		d.message = r.Storage
	}
	if r.Rows != nil {
		d.rows = r.Rows
	}
	if r.HTML != "" {
		d.drill = r.HTML
		ctx.Defer(func(goapp.Context) { ctx.ScrollTo("drill") })
	}
	if r.ID != d.current {
		return
	}
	if !r.Done {
		d.stage, d.progress = r.Stage, r.Progress
		return
	}
	d.busy = false
	if r.Error != "" {
		d.message = r.Error
		return
	}
	if r.View != nil {
		d.view = r.View
		d.model.DataName = r.View.Name
		saveModel(ctx, d.model)
		d.query.Offset = 0
		if r.View.Customers > 0 {
			d.askRows(ctx)
		}
	}
}

// choose stores a choice and reads the table again with it.
func (d *data) choose(key string) func(goapp.Context, string) {
	return func(ctx goapp.Context, v string) {
		if d.model.Data == nil {
			d.model.Data = api.Settings{}
		}
		d.model.Data[key] = v
		saveModel(ctx, d.model)
		d.send(ctx, api.OpConfigure, "", nil)
	}
}

// load reads a new table; the choices of the last one (its columns'
// roles) do not apply to it, the conventions do.
func (d *data) load(ctx goapp.Context, file string, set func(*api.Request)) {
	for k := range d.model.Data {
		switch k {
		case "shape", "unit", "style", "dates", "end", "analysed-currency", "from", "to":
			delete(d.model.Data, k)
		default:
			if len(k) > 5 && k[:5] == "role:" {
				delete(d.model.Data, k)
			}
		}
	}
	d.send(ctx, api.OpLoad, file, set)
}

// askRows asks for the customer table's rows around the scroll position.
func (d *data) askRows(ctx goapp.Context) {
	q := d.query
	q.Limit = rowsShown + 2*rowsAhead
	d.send(ctx, api.OpCustomers, "", func(r *api.Request) { r.Query = &q })
}

// onClick opens what a button inside the engine's HTML asks for: a
// drill-down, a row of the preview, a sort.
func (d *data) onClick(ctx goapp.Context, e goapp.Event) {
	btn := e.Get("target").Call("closest", "button")
	if !btn.Truthy() {
		return
	}
	attr := func(name string) string {
		v := btn.Call("getAttribute", name)
		if !v.Truthy() {
			return ""
		}
		return v.String()
	}
	switch {
	case attr("data-drill") != "":
		key := attr("data-drill")
		d.send(ctx, api.OpDrill, "", func(r *api.Request) { r.Drill = key })
	case attr("data-row") != "":
		row, _ := strconv.Atoi(attr("data-row"))
		d.send(ctx, api.OpPreview, "", func(r *api.Request) { r.Row = row })
		ctx.Defer(func(goapp.Context) { ctx.ScrollTo("preview-row-" + strconv.Itoa(row)) })
	case attr("data-sort") != "":
		col, _ := strconv.Atoi(attr("data-sort"))
		d.query.Desc = col == d.query.Sort && !d.query.Desc
		d.query.Sort, d.query.Offset = col, 0
		d.askRows(ctx)
	}
}

// onScroll asks for the rows that came into view.
func (d *data) onScroll(ctx goapp.Context, e goapp.Event) {
	top := ctx.JSSrc().Get("scrollTop").Int()
	offset := max(0, top/rowHeight-rowsAhead)
	if d.rows == nil || offset < d.rows.Offset || offset+rowsShown+rowsAhead > d.rows.Offset+rowsShown+2*rowsAhead {
		d.query.Offset = offset
		d.askRows(ctx)
	}
}

// useTotals fills the calculator with the bridge's totals and opens it.
func (d *data) useTotals(ctx goapp.Context, e goapp.Event) {
	t := d.view.Totals
	for k, v := range map[string]string{keyStart: t.Start, keyExpansion: t.Expansion, keyContraction: t.Contraction, keyChurn: t.Churn,
		keyCustomersStart: t.CustomersStart, keyCustomersRetained: t.CustomersRetained, keyPeriod: "annual"} {
		d.model.Texts[k] = v
	}
	readCalculator(&d.model)
	saveModel(ctx, d.model)
	ctx.Navigate(href(pathIn(d.model.Lang, "/")))
}

// forget drops the table, here and in the browser's storage.
func (d *data) forget(ctx goapp.Context, e goapp.Event) {
	d.model.DataName, d.model.Data = "", nil
	saveModel(ctx, d.model)
	d.view, d.rows, d.drill = nil, nil, ""
	d.send(ctx, api.OpForget, "", nil)
}

// t writes a sentence of the page in its language.
func (d *data) t(k lang.Key, args ...any) string { return d.printer().Text(k, args...) }
