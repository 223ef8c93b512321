package app

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/engine/api"
	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// shell is every page but the calculator: the engine, in its web worker,
// renders the page as blocks from the working state; the shell shows them,
// renders their fields as components, and sends back what the user types,
// chooses, clicks, scrolls, pastes and drops.
type shell struct {
	modelPage
	// Path and Lang are the page's, exported so that go-app, which keeps
	// the shell from one page to the next (the component is the same type),
	// sees that the page changed.
	Path string
	Lang lang.Lang
	page *api.Page
	// stale says the page shown was rendered for the built-in sample while
	// the engine renders the saved work.
	stale bool
	// next numbers requests; current is the one whose page the shell waits
	// for: replies to older ones are dropped.
	next, current int
	busy          bool
	stage         string
	progress      float64
	message       string
	// typed counts keystrokes in a textarea, for the pause before reading.
	typed int
	// pasted says the table was pasted last as a long one, which the
	// textarea does not show (see Browser.Listen).
	pasted bool
	// typing is the text field being typed into, and typingFrom the value
	// it showed when typing began (see value).
	typing, typingFrom string
	// work is how much of the page a render may show while a new page is
	// shown in steps, 0 when it shows all; left is what the render under way
	// may still spend, and cut says it left something out. steps numbers
	// the pages shown in steps, and pending is the page waiting for its
	// first step (see showInSteps).
	work, left, steps int
	cut               bool
	pending           *api.Page
	// inSteps is the request whose page is shown in steps: a page opened,
	// or a table loaded; the answer to a keystroke or a choice replaces a
	// page that is shown whole, and is shown whole.
	inSteps int
	// htmls are the blocks' HTML rendered last (see html).
	htmls []shownHTML
	// booting says the first screen is being mounted, in steps and hidden,
	// behind the pre-rendered page; started says it has been shown (see
	// boot).
	booting, started bool
	// bare says how little of the site a render shows while booting: the
	// page's root alone (2) in the first render, then its header (1); the
	// rest of the chrome, then the page, come in steps of their own.
	bare int
	// ctx is the shell's, for the work done after each render.
	ctx goapp.Context
}

// prerender renders an engine page natively, for the page generator; nil
// in the browser, where the engine runs in its worker.
var prerender func(api.Request) api.Reply

// SetPrerender lets the page generator render engine pages with the engine
// itself, so that they are complete before app.wasm runs.
func SetPrerender(f func(api.Request) api.Reply) { prerender = f }

func (s *shell) OnInit() {
	s.modelPage.lang = s.Lang
	s.modelPage.OnInit()
	if prerender != nil {
		r := prerender(api.Request{Page: s.Path, Model: s.model, Base: basePath()})
		s.page = r.Page
		return
	}
	// The page as pre-rendered, until the engine answers: shown in steps
	// behind the pre-rendered page (see boot).
	s.booting = len(browser.Embedded()) > 0
	if s.booting {
		s.bare = 2
	}
}

func (s *shell) OnMount(ctx goapp.Context) {
	s.ctx = ctx
	if s.booting {
		s.boot(ctx)
	} else {
		s.showHTML()
		s.start(ctx)
	}
	_, saved := loadModel()
	s.modelPage.OnMount(ctx)
	// The page shown until the engine answers is the sample, pre-rendered.
	s.stale = saved && s.booting
	browser.Listen(func(b []byte) {
		ctx.Dispatch(func(ctx goapp.Context) { s.receive(ctx, b) })
	}, func(name string) {
		ctx.Dispatch(func(ctx goapp.Context) {
			s.pasted = false
			s.send(ctx, &api.Event{Kind: api.EventLoad, Value: "drop", Target: name}, "drop")
		})
	}, func() {
		ctx.Dispatch(func(ctx goapp.Context) {
			s.pasted = true
			s.send(ctx, &api.Event{Kind: api.EventLoad, Value: "paste"}, "paste")
		})
	})
	// The not-found page is pre-rendered once, in English (GitHub Pages
	// serves one 404.html for every address): until the engine has written
	// it in the address's language, it is marked as being updated.
	s.busy = s.Path == "/404" && s.Lang != lang.English
	s.describe(ctx)
}

// describe gives the document the page's language, title and description:
// a move between languages inside the app loads no new HTML, and the
// not-found page is pre-rendered in English only.
func (s *shell) describe(ctx goapp.Context) {
	p := lang.Printer{Lang: s.Lang}
	ctx.Page().SetLang(s.Lang.Code())
	ctx.Page().SetTitle(Name + " — " + p.Text(Tagline))
	ctx.Page().SetDescription("%s", p.Text(Description))
}

func (s *shell) OnDismount() { browser.Listen(nil, nil, nil) }

// OnUpdate is a move to another page: go-app keeps the shell, with the new
// route's Path and Lang, so the page shown is dropped and asked for anew.
func (s *shell) OnUpdate(ctx goapp.Context) {
	s.modelPage.lang = s.Lang
	if s.model.Lang != s.Lang {
		s.model.Lang = s.Lang
		saveModel(s.model)
	}
	s.page, s.stale, s.message, s.typing, s.pasted = nil, false, "", "", false
	s.steps++
	s.pending, s.work = nil, 0
	s.send(ctx, nil, "")
	s.busy = true
	s.describe(ctx)
	if s.booting {
		// A move while booting (back or forward in history): the page
		// behind is another's now, so the app shows itself at once, busy.
		s.endBoot(ctx)
	}
}

// send asks the engine to render the page after event (nil when the page
// opens); file names a file or text to send with it (see Browser.Engine).
func (s *shell) send(ctx goapp.Context, ev *api.Event, file string) {
	s.next++
	r := api.Request{ID: s.next, Page: s.Path, Model: s.model, Event: ev, Base: basePath(), Origin: origin(),
		Today: time.Now().Format("2006-01-02")}
	if work.link != "" {
		r.Link, work.link = work.link, ""
	}
	region := ev != nil && (ev.Kind == api.EventScroll || ev.Kind == api.EventClick && isRegionAction(ev.Target))
	if !region {
		s.current = r.ID
		if ev == nil || ev.Kind == api.EventLoad || ev.Kind == api.EventClick && strings.HasPrefix(ev.Target, "sample:") {
			s.inSteps = r.ID
		}
		if ev != nil && (ev.Kind == api.EventLoad || ev.Kind == api.EventClick) {
			if ev.Kind == api.EventClick {
				s.pasted = false
			}
			s.busy, s.stage, s.progress, s.message = true, "", 0, ""
			// The engine may change any field now.
			s.typing = ""
		}
	}
	b, err := json.Marshal(r)
	if err == nil {
		err = browser.Engine(b, file)
	}
	if err != nil {
		s.busy, s.message = false, s.printer().Text("The page's engine could not start: %s", err.Error())
	}
}

// isRegionAction reports whether a click's answer replaces one region of
// the page rather than the page.
func isRegionAction(action string) bool {
	for _, p := range []string{"drill:", "close-drill", "row:", "sort:"} {
		if len(action) >= len(p) && action[:len(p)] == p {
			return true
		}
	}
	return false
}

// receive takes one reply of the engine.
func (s *shell) receive(ctx goapp.Context, b []byte) {
	var r api.Reply
	if json.Unmarshal(b, &r) != nil {
		return
	}
	if r.ID == -1 {
		s.busy, s.message = false, s.printer().Text("The page's engine could not start: %s", r.Error)
		return
	}
	if r.Notice != "" {
		s.message = r.Notice
	}
	// A share link's model, whichever request it came with.
	if r.LinkProblem != "" {
		work.linkProblem = r.LinkProblem
	}
	if r.Shared && r.Model != nil {
		shared := *r.Model
		work.shared = &shared
		s.model = shared
	}
	if r.Region != nil && s.page != nil {
		keyBlocks([]api.Block{*r.Region})
		if replaceBlock(s.page.Blocks, *r.Region) {
			showBlocksHTML([]api.Block{*r.Region}, "")
		}
	}
	if r.Focus != "" {
		// What to focus may be in HTML that the render after this shows.
		id := r.Focus
		ctx.Defer(func(ctx goapp.Context) {
			s.showHTML()
			browser.Focus(id)
		})
	}
	if r.ID != s.current {
		return
	}
	if !r.Done {
		s.busy, s.stage, s.progress = true, r.Stage, r.Progress
		return
	}
	s.busy, s.stale = false, false
	if r.Error != "" {
		s.message = r.Error
		return
	}
	if r.Model != nil {
		s.model = *r.Model
		s.model.Lang = s.lang
		saveModel(s.model)
	}
	if d := r.Download; d != nil {
		if err := browser.Download(d.Name, d.Type, d.Data); err != nil {
			s.message = err.Error()
		}
	}
	if r.Copy != "" {
		s.message = s.printer().Text("Copied: paste it into a spreadsheet.")
		if err := browser.Copy(r.Copy); err != nil {
			s.message = s.printer().Text("The export failed: %s", err.Error())
		}
	}
	if r.Page != nil {
		keyBlocks(r.Page.Blocks)
		if r.ID == s.inSteps && blocksWork(r.Page.Blocks) > stepWork {
			s.showInSteps(ctx, r.Page)
		} else {
			s.steps++
			s.page, s.pending, s.work = r.Page, nil, 0
			showBlocksHTML(r.Page.Blocks, "")
		}
	}
	if r.Navigate != "" {
		ctx.Navigate(href(model.PathIn(s.model.Lang, r.Navigate)))
	}
}

// set stores a field's value and asks for the page again. The request goes
// first, the working state is saved while the engine answers; and the page
// is not rendered for the event itself, which changes nothing go-app shows
// (the browser shows what was typed or chosen): a render then could delay
// the engine's answer, which is rendered in the next frame.
func (s *shell) set(id string) func(goapp.Context, string) {
	return func(ctx goapp.Context, v string) {
		s.model.Set(id, v)
		message := s.message
		s.send(ctx, &api.Event{Kind: api.EventInput, Target: id, Value: v}, "")
		saveModel(s.model)
		if s.message == message {
			ctx.PreventUpdate()
		}
	}
}

// onClick sends the action of a button inside the engine's HTML, or does
// it here when it is an export.
func (s *shell) onClick(ctx goapp.Context, e goapp.Event) {
	action := actionOf(e)
	if action == "" {
		return
	}
	if exported, msg := export(s.printer(), action); exported {
		s.message = msg
		return
	}
	s.send(ctx, &api.Event{Kind: api.EventClick, Target: action}, "")
}

// actionOf is the data-action of the button an event came from, if any.
func actionOf(e goapp.Event) string {
	btn := e.Get("target").Call("closest", "[data-action]")
	if !btn.Truthy() {
		return ""
	}
	return btn.Call("getAttribute", "data-action").String()
}

// export does an "export:" action of a table or chart: it reports whether
// the action was one, and what to tell the user.
func export(p lang.Printer, action string) (bool, string) {
	what, ok := strings.CutPrefix(action, "export:")
	if !ok {
		return false, ""
	}
	if err := browser.Export(what, p.Lang); err != nil {
		return true, p.Text("The export failed: %s", err.Error())
	}
	if strings.HasPrefix(what, "tsv:") {
		return true, p.Text("Copied: paste it into a spreadsheet.")
	}
	return true, ""
}

func (s *shell) Render() goapp.UI {
	if s.bare > 0 {
		// The page is left out: the steps go on (see stepped).
		s.cut = true
		root := el("div").Class("site mounting")
		if s.bare == 1 {
			root = root.Body(header(s.printer(), s.Path))
		}
		return root
	}
	var body []goapp.UI
	if s.page != nil {
		body = append(body, el("h1").Text(s.page.Heading))
		if s.page.Lede != "" {
			body = append(body, el("p").Class("lede").Text(s.page.Lede))
		}
	}
	body = append(body, s.status())
	clear(s.htmls)
	s.cut, s.htmls = false, s.htmls[:0]
	if s.ctx.Src() != nil {
		s.ctx.Defer(s.rendered)
	}
	if s.page != nil {
		s.left = s.work
		if s.work == 0 {
			s.left = math.MaxInt
		}
		blocks := s.blocks(s.page.Blocks, 2, "")
		body = append(body, el("div").Class("engine-page").Aria("busy", s.stale || s.busy || s.cut || s.pending != nil).OnClick(s.onClick).Body(blocks...))
	}
	root := layout(s.printer(), s.Path, body...)
	if s.booting {
		root = root.Class("mounting")
	}
	return root
}

// status shows the engine's progress and messages.
func (s *shell) status() goapp.UI {
	p := s.printer()
	return el("div").Class("data-status").Attr("role", "status").Body(
		goapp.If(s.stale, func() goapp.UI {
			return el("p").Class("stale").Text(p.Text("Showing the sample while your saved work is read…"))
		}),
		goapp.If(s.busy, func() goapp.UI {
			return el("p").Body(
				el("progress").Attr("max", "100").Attr("value", strconv.Itoa(int(s.progress*100))).Aria("label", p.Text("Working")),
				goapp.Text(" "+s.stage),
			)
		}),
		goapp.If(s.message != "", func() goapp.UI { return el("p").Class("problem").Text(s.message) }),
	)
}
