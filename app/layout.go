package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// layout wraps a page's content in the site's chrome: a skip link, the
// header with navigation (current marks the active page), the update notice
// and the footer.
func layout(current string, content ...goapp.UI) goapp.UI {
	return goapp.Div().Class("site").Body(
		goapp.A().Class("skip").Href(href(current)+"#main").Text("Skip to content"),
		goapp.Header().Class("site-header").Body(
			goapp.A().Class("brand").Href(href("/")).Body(
				goapp.Img().Src("/web/icon.svg").Aria("hidden", true).Width(28).Height(28),
				goapp.Span().Text(Name),
			),
			goapp.Nav().Aria("label", "Main").Body(
				goapp.Ul().Body(
					goapp.Range(Pages).Slice(func(i int) goapp.UI {
						p := Pages[i]
						a := goapp.A().Href(href(p.Path)).Text(p.Title)
						if p.Path == current {
							a = a.Aria("current", "page")
						}
						return goapp.Li().Body(a)
					}),
				),
			),
		),
		&updateNotice{},
		goapp.Main().ID("main").Body(content...),
		goapp.Footer().Class("site-footer").Body(
			goapp.P().Text("Everything is computed in your browser: no figure you enter leaves this device."),
			goapp.P().Body(
				goapp.Text(Name+" version "),
				goapp.Span().ID("version").Text(goapp.Getenv("GOAPP_VERSION")),
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
	return goapp.Div().Class("update-slot").Aria("live", "polite").Body(
		goapp.If(u.available, func() goapp.UI {
			return goapp.P().Class("update").Body(
				goapp.Text("A new version of "+Name+" is ready. "),
				goapp.Button().Type("button").Text("Reload").OnClick(func(ctx goapp.Context, e goapp.Event) {
					ctx.Reload()
				}),
			)
		}),
	)
}
