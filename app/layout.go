package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup/escape"
	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// layout wraps a page's content in the site's chrome: a skip link, the
// header with navigation and the language switch (current marks the active
// page), the update notice and the footer. The chrome is static HTML, which
// costs go-app one string comparison per update.
func layout(p lang.Printer, current string, content ...goapp.UI) goapp.HTMLElem {
	return el("div").Class("site").Body(
		header(p, current),
		&updateNotice{P: p},
		&workNotice{P: p, Path: current, State: currentNotice()},
		el("main").ID("main").Body(content...),
		el("p").Class("print-row no-print").Body(
			el("button").Attr("type", "button").Attr("disabled", beforeStart()).Class("secondary").Text(p.Text("Present")).Aria("describedby", "present-hint").OnClick(func(ctx goapp.Context, e goapp.Event) {
				pages := make([]string, 0, len(Pages))
				for _, pg := range Pages {
					if pg.Present {
						pages = append(pages, href(model.PathIn(p.Lang, pg.Path)))
					}
				}
				if err := browser.Present(pages); err != nil {
					goapp.Log("presenting failed:", err)
				}
			}),
			el("span").Class("hint").ID("present-hint").Text(p.Text("Full screen with large type: the arrow keys step through the pages, Esc leaves.")),
			el("a").Class("button secondary").Attr("href", href(model.PathIn(p.Lang, "/report"))).Text(p.Text("Print report")),
		),
		goapp.Raw(`<footer class="site-footer"><p>`+escape.HTML(p.Text("Everything is computed in your browser: no figure you enter leaves this device."))+`</p><p>`+
			escape.HTML(p.Text("%s version", Name))+` <span id="version">`+escape.HTML(goapp.Getenv("GOAPP_VERSION"))+`</span></p></footer>`),
	)
}

// header renders the skip link, the brand, the navigation and the language
// switch, each language named in itself. It is made of elements, not of
// static HTML: a move to another language then changes their text in
// place, and the link just chosen keeps the focus (replacing a focused
// element made the browser lay the whole page out at once, in the click's
// task).
func header(p lang.Printer, current string) goapp.UI {
	pages := make([]goapp.UI, 0, len(Pages))
	for _, pg := range Pages {
		if pg.Hidden {
			continue
		}
		a := el("a").Attr("href", href(model.PathIn(p.Lang, pg.Path)))
		if pg.Path == current {
			a = a.Aria("current", "page")
		}
		pages = append(pages, el("li").Body(a.Text(p.Text(pg.Title))))
	}
	path := current
	if path == "" || path == "/404" {
		path = "/"
	}
	languages := make([]goapp.UI, len(lang.All))
	for i, l := range lang.All {
		a := el("a").Attr("href", href(model.PathIn(l, path))).Attr("hreflang", l.Code()).Attr("lang", l.Code())
		if l == p.Lang {
			a = a.Aria("current", "true")
		}
		languages[i] = el("li").Body(a.Text(l.Name()))
	}
	skip := href(model.PathIn(p.Lang, current)) + "#main"
	if current == "/404" {
		// The not-found page is at the address that was asked for, which
		// is no route of the app's: its skip link stays at it.
		skip = "#main"
	}
	return el("header").Class("site-header").Body(
		el("a").Class("skip").Attr("href", skip).Text(p.Text("Skip to content")),
		el("a").Class("brand").Attr("href", href(model.PathIn(p.Lang, "/"))).Body(
			void("img").Attr("src", "/web/icon.svg").Aria("hidden", "true").Attr("width", "28").Attr("height", "28"),
			el("span").Text(Name),
		),
		el("nav").Aria("label", p.Text("Main")).Body(el("ul").Body(pages...)),
		el("nav").Class("languages").Aria("label", p.Text("Language")).Body(el("ul").Body(languages...)),
	)
}

// updateNotice tells the user when a new version has been downloaded and
// offers to reload into it; until then the running version keeps working.
type updateNotice struct {
	goapp.Compo
	P         lang.Printer
	available bool
}

func (u *updateNotice) OnMount(ctx goapp.Context) {
	u.available = ctx.AppUpdateAvailable()
}

func (u *updateNotice) OnAppUpdate(ctx goapp.Context) {
	u.available = ctx.AppUpdateAvailable()
}

func (u *updateNotice) Render() goapp.UI {
	return el("div").Class("update-slot").Aria("live", "polite").Body(
		goapp.If(u.available, func() goapp.UI {
			return el("p").Class("update").Body(
				goapp.Text(u.P.Text("A new version of %s is ready.", Name)+" "),
				el("button").Attr("type", "button").Text(u.P.Text("Reload")).OnClick(func(ctx goapp.Context, e goapp.Event) {
					if err := browser.ApplyUpdate(); err != nil {
						ctx.Reload()
					}
				}),
			)
		}),
	)
}
