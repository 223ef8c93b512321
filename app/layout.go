package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// layout wraps a page's content in the site's chrome: a skip link, the
// header with navigation (current marks the active page), the update notice
// and the footer. The chrome is static HTML, which costs go-app one string
// comparison per update.
func layout(current string, content ...goapp.UI) goapp.UI {
	return el("div").Class("site").Body(
		goapp.Raw(header(current)),
		&updateNotice{},
		el("main").ID("main").Body(content...),
		el("p").Class("print-row no-print").Body(
			el("button").Attr("type", "button").Class("secondary").Text("Print report").OnClick(func(ctx goapp.Context, e goapp.Event) {
				if err := browser.Print(); err != nil {
					goapp.Log("printing failed:", err)
				}
			}),
		),
		goapp.Raw(`<footer class="site-footer"><p>Everything is computed in your browser: no figure you enter leaves this device.</p><p>`+
			Name+` version <span id="version">`+escape(goapp.Getenv("GOAPP_VERSION"))+`</span></p></footer>`),
	)
}

// header writes the skip link, the brand and the navigation.
func header(current string) string {
	var b strings.Builder
	b.WriteString(`<header class="site-header"><a class="skip" href="` + rawHref(current) + `#main">Skip to content</a><a class="brand" href="` +
		rawHref("/") + `"><img src="` + goapp.Getenv("GOAPP_STATIC_RESOURCES_URL") + `/icon.svg" aria-hidden="true" width="28" height="28"><span>` +
		Name + `</span></a><nav aria-label="Main"><ul>`)
	for _, p := range Pages {
		b.WriteString(`<li><a href="` + rawHref(p.Path) + `"`)
		if p.Path == current {
			b.WriteString(` aria-current="page"`)
		}
		b.WriteString(`>` + escape(p.Title) + `</a></li>`)
	}
	b.WriteString(`</ul></nav></header>`)
	return b.String()
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
					if err := browser.ApplyUpdate(); err != nil {
						ctx.Reload()
					}
				}),
			)
		}),
	)
}
