// Package engine renders every page but the calculator. It runs in a web
// worker (wasm/engine, compiled to engine.wasm), so that a large table is
// read and analysed without freezing the page, and so that the code of these
// pages is not in app.wasm, which every visitor downloads first. The page
// shell (package app) sends it the working state and what the user did
// (api.Request); it answers with the page as blocks of fields and HTML
// (api.Reply), in the user's language and currency. It is plain Go: the
// page generator runs it natively to pre-render the same pages, and its
// tests run natively.
package engine

import (
	"strconv"
	"strings"

	"nrrlab/app/engine/api"
	"nrrlab/app/engine/data"
	"nrrlab/app/markup"
	"nrrlab/app/markup/sheet"
	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// Engine answers the shell's requests. It keeps the data page's table
// between requests; everything else comes with each request.
type Engine struct {
	data data.Page
	// top is the customer table's scroll position.
	top int
	// store keeps the saved models.
	store Store
	// The models page's state between requests: the model being renamed,
	// the one whose opening waits for a confirmation, the one just deleted
	// (for its undo).
	renaming, confirm string
	deleted           *SavedModel
}

// New returns an engine with no table that keeps saved models in store
// (in memory when nil).
func New(store Store) *Engine {
	if store == nil {
		store = MemoryStore{}
	}
	return &Engine{store: store}
}

// Input is a table the worker read for a request: a file, a sample, a paste,
// or the table kept from an earlier visit.
type Input struct {
	Name string
	Data []byte
}

// Progress reports what the engine is doing, in the user's language, and
// how far it is, from 0 to 1.
type Progress = data.Progress

// Pages are the paths the engine renders, without the language.
var Pages = []string{"/", "/data", "/scenarios", "/benchmarks", "/metrics", "/models", "/report"}

// Handle answers one request. in is the table an EventLoad brings, or the
// one the worker restored; progress, which may be nil, hears of long work.
func (e *Engine) Handle(r api.Request, in *Input, progress Progress) api.Reply {
	var linkProblem string
	if r.Link != "" {
		shared, err := model.FromLink(r.Link)
		if err != nil {
			linkProblem = r.Model.Printer().Error(err)
		} else {
			shared.Lang = r.Model.Lang
			r.Model = shared
		}
	}
	reply := e.handle(r, in, progress)
	if r.Link != "" {
		if linkProblem != "" {
			reply.LinkProblem = linkProblem
		} else {
			reply.Shared = true
			if reply.Model == nil {
				reply.Model = &r.Model
			}
		}
	}
	return reply
}

func (e *Engine) handle(r api.Request, in *Input, progress Progress) api.Reply {
	m := r.Model
	if m.Texts == nil {
		m.Texts = map[string]string{}
	}
	g := &page{base: r.Base, m: &m, p: m.Printer()}
	reply := api.Reply{ID: r.ID, Done: true}
	var pg api.Page
	changed := false
	switch r.Page {
	case "/":
		pg, changed = g.calculator(), true
	case "/scenarios":
		pg, changed = g.scenarios(r.Event)
	case "/benchmarks":
		pg = g.benchmarks()
	case "/metrics":
		pg = g.metrics()
	case "/data":
		return e.dataPage(g, r, in, progress)
	case "/models":
		return e.models(g, r, in)
	case "/report":
		if in != nil {
			e.data.Load(in.Name, in.Data, &m, r.Today, nil)
		}
		pg = e.report(g, r)
	default:
		pg = g.notFound()
	}
	if changed {
		reply.Model = &m
	}
	reply.Page = &pg
	return reply
}

// HasTable reports whether the data page holds a table.
func (e *Engine) HasTable() bool { return e.data.Has() }

// DropTable lets the data page's table go, as a new one is about to be
// read: the worker collects its memory before copying the new bytes in.
func (e *Engine) DropTable() { e.data.Forget() }

// Table returns the data page's table as it came, for storage.
func (e *Engine) Table() (name string, data []byte) { return e.data.Name(), e.data.Data() }

// tableKeys are the data page's choices that belong to one table: a new
// table starts without them, and keeps the conventions.
func tableKey(k string) bool {
	switch k {
	case "shape", "unit", "style", "dates", "end", "analysed-currency", "from", "to", "search":
		return true
	}
	return strings.HasPrefix(k, "role:")
}

// dataPage answers the data page's requests.
func (e *Engine) dataPage(g *page, r api.Request, in *Input, progress Progress) api.Reply {
	m, p := g.m, g.p
	reply := api.Reply{ID: r.ID, Done: true}
	ev := r.Event
	if ev == nil {
		ev = &api.Event{}
	}
	switch {
	case in != nil:
		// A new table (not the one kept from an earlier visit) starts from
		// its own reading and currency.
		fresh := ev.Kind == api.EventLoad || (ev.Kind == api.EventClick && strings.HasPrefix(ev.Target, "sample:"))
		if fresh {
			for k := range m.Data {
				if tableKey(k) {
					delete(m.Data, k)
				}
			}
		}
		e.data.Load(in.Name, in.Data, m, r.Today, progress)
		// It shows its amounts in the currency it is written in, until the
		// user picks another.
		if fresh {
			if c := e.data.Currency(); c != lang.None {
				m.Currency = c
			}
		}
		e.top = 0
		m.DataName = e.data.Name()
		if m.DataName == "" {
			m.DataName = p.Text("Pasted table")
		}
		m.DataSummary = e.data.Summary()
		reply.Model = m
	case ev.Kind == api.EventInput && ev.Target == "data-search":
		e.top = 0
		reply.Region = ptr(e.data.Search(m))
		return reply
	case ev.Kind == api.EventInput:
		e.data.Configure(m, r.Today, progress)
		m.DataSummary = e.data.Summary()
		reply.Model = m
	case ev.Kind == api.EventScroll:
		e.top, _ = strconv.Atoi(ev.Value)
		reply.Region = ptr(e.data.Window(e.top))
		return reply
	case ev.Kind == api.EventClick:
		action, arg, _ := strings.Cut(ev.Target, ":")
		switch action {
		case "use-totals":
			if e.data.UseTotals(m) {
				reply.Model, reply.Navigate = m, "/"
			}
			return reply
		case "forget":
			e.data.Forget()
			m.DataName, m.Data, m.DataSummary = "", nil, nil
			reply.Model = m
		case "drill":
			reply.Region, reply.Focus = ptr(e.data.Drill(arg)), "drill"
			return reply
		case "close-drill":
			reply.Region = &api.Block{ID: "drill"}
			return reply
		case "row":
			n, _ := strconv.Atoi(arg)
			reply.Region, reply.Focus = ptr(e.data.Preview(n)), "preview-row-"+arg
			return reply
		case "sort":
			n, _ := strconv.Atoi(arg)
			e.data.Sort(n)
			reply.Region = ptr(e.data.Window(e.top))
			return reply
		case "customers":
			if arg == "csv" {
				reply.Download = &api.Download{Name: "customers.csv", Type: "text/csv;charset=utf-8", Data: sheet.CSVFile(e.data.CustomersText(arg))}
			} else {
				reply.Copy = e.data.CustomersText("tsv")
			}
			return reply
		}
	}
	reply.Page = &api.Page{Heading: p.Text("Your data"),
		Lede:   p.Text("Paste a table from your spreadsheet, open a file, or drop one anywhere on this page: a list of customers with their ARR, a monthly MRR sheet, subscriptions or invoice lines. It is read and analysed in this browser; nothing leaves your device."),
		Blocks: e.data.Blocks(m)}
	return reply
}

func ptr[T any](v T) *T { return &v }

// notFound is the page for an address the site does not have.
func (g *page) notFound() api.Page {
	return api.Page{Heading: g.t("Page not found"), Blocks: []api.Block{card("not-found", "", "",
		html(`<p>`+markup.Escape(g.t("There is no page at this address."))+` <a href="`+markup.Escape(g.href("/"))+`">`+markup.Escape(g.t("Open the calculator"))+`</a>.</p>`))}}
}
