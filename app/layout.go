package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// layout wraps a page's content in the site's chrome: a skip link, the
// header with navigation (current marks the active page), the update notice
// and the footer.
func layout(current string, content ...goapp.UI) goapp.UI {
	return el("div").Class("site").Body(
		el("a").Class("skip").Attr("href", href(current)+"#main").Text("Skip to content"),
		el("header").Class("site-header").Body(
			el("a").Class("brand").Attr("href", href("/")).Body(
				void("img").Attr("src", "/web/icon.svg").Aria("hidden", true).Attr("width", 28).Attr("height", 28),
				el("span").Text(Name),
			),
			el("nav").Aria("label", "Main").Body(
				el("ul").Body(
					goapp.Range(Pages).Slice(func(i int) goapp.UI {
						p := Pages[i]
						a := el("a").Attr("href", href(p.Path)).Text(p.Title)
						if p.Path == current {
							a = a.Aria("current", "page")
						}
						return el("li").Body(a)
					}),
				),
			),
		),
		&updateNotice{},
		el("main").ID("main").Body(content...),
		el("footer").Class("site-footer").Body(
			el("p").Text("Everything is computed in your browser: no figure you enter leaves this device."),
			el("p").Body(
				goapp.Text(Name+" version "),
				el("span").ID("version").Text(goapp.Getenv("GOAPP_VERSION")),
			),
		),
	)
}

// updateNotice tells the user when a new version has been downloaded and
// offers to reload into it; until then the running version keeps working.
type updateNotice struct {
	goapp.Compo
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
				goapp.Text("A new version of "+Name+" is ready. "),
				el("button").Attr("type", "button").Text("Reload").OnClick(func(ctx goapp.Context, e goapp.Event) {
					ctx.Reload()
				}),
			)
		}),
	)
}
