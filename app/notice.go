package app

import (
	"encoding/json"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/engine/api"
	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// workNotice tells, on every page, what happened to the user's work: saved
// work that could not be read (and its text, to download), a browser that
// keeps nothing, a model opened from a shared link (with its choices), a
// link that could not be opened.
type workNotice struct {
	goapp.Compo
	P lang.Printer
	// Path is the page's, to go back to one's own work on it.
	Path string
	// State is what the notice says, as its page last saw it: go-app
	// renders a child again only when one of its exported fields changes,
	// and what the notice reads changes after the page has mounted (saved
	// work read, a link opened by the engine).
	State     noticeState
	dismissed bool
}

// noticeState is what the work notices read, so that a page passes a new
// value to its notice whenever one of them changes.
type noticeState struct {
	problem, storage, shared, kept bool
	linkProblem                    string
}

// currentNotice is the work's noticeState now.
func currentNotice() noticeState {
	return noticeState{work.problem != nil, work.storage != nil, work.shared != nil, work.kept, work.linkProblem}
}

func (n *workNotice) Render() goapp.UI {
	p := n.P
	var items []goapp.UI
	if work.problem != nil && !n.dismissed {
		items = append(items, el("div").Class("notice problem-notice").Attr("role", "alert").Body(
			el("p").Text(p.Text("Your saved work could not be read: %s. NRR Lab started from the sample; nothing of it is lost.", p.Error(work.problem))),
			el("button").Attr("type", "button").Text(p.Text("Download the unreadable text")).OnClick(func(ctx goapp.Context, e goapp.Event) {
				if browser.Download("nrrlab-unreadable-work.txt", "text/plain", []byte(work.unreadable)) == nil {
					browser.Remove(unreadableKey)
				}
			}),
			el("button").Attr("type", "button").Class("secondary").Text(p.Text("Dismiss")).OnClick(func(ctx goapp.Context, e goapp.Event) { n.dismissed = true }),
		))
	}
	if work.storage != nil {
		items = append(items, el("p").Class("notice").Attr("role", "status").Text(
			p.Text("This browser does not let NRR Lab keep your work (%s): it stays until you close the page.", work.storage.Error())))
	}
	if work.linkProblem != "" {
		items = append(items, el("p").Class("notice problem-notice").Attr("role", "alert").Text(
			p.Text("This link could not be opened: %s. Your own work is as you left it.", work.linkProblem)))
	}
	if work.shared != nil {
		kept := ""
		if work.kept {
			kept = " " + p.Text("A copy is in Your models.")
		}
		items = append(items, el("div").Class("notice shared-notice").Attr("role", "status").Body(
			el("p").Text(p.Text("Opened from a shared link: nothing you change here is saved, and your own work is as you left it.")+kept),
			goapp.If(!work.kept, func() goapp.UI {
				return el("button").Attr("type", "button").Text(p.Text("Keep a copy")).OnClick(n.keep)
			}),
			el("button").Attr("type", "button").Class("secondary").Text(p.Text("Back to my work")).OnClick(func(ctx goapp.Context, e goapp.Event) {
				// A fresh load of the page, without the link.
				browser.Open(href(model.PathIn(p.Lang, n.Path)))
			}),
		))
	}
	return el("div").Class("work-notices").Body(items...)
}

// keep saves the shared model among the user's models, by the engine,
// which keeps them.
func (n *workNotice) keep(ctx goapp.Context, e goapp.Event) {
	m := *work.shared
	name := n.P.Text("Shared model, %s", time.Now().Format("2006-01-02 15:04"))
	m.Texts["model-name"] = name
	r := api.Request{ID: -2, Page: "/models", Model: m, Base: basePath(), Today: time.Now().Format("2006-01-02"),
		Event: &api.Event{Kind: api.EventClick, Target: "save"}}
	if b, err := json.Marshal(r); err == nil && browser.Engine(b, "") == nil {
		work.kept = true
	}
}
