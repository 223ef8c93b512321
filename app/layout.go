package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// layout wraps a page's content in the site's chrome: a skip link, the
// header with navigation and the language switch (current marks the active
// page), the update notice and the footer. The chrome is static HTML, which
// costs go-app one string comparison per update.
func layout(p lang.Printer, current string, content ...goapp.UI) goapp.UI {
	return el("div").Class("site").Body(
		goapp.Raw(header(p, current)),
		&updateNotice{P: p},
		&workNotice{P: p, Path: current, State: currentNotice()},
		el("main").ID("main").Body(content...),
		el("p").Class("print-row no-print").Body(
			el("button").Attr("type", "button").Class("secondary").Text(p.Text("Present")).Aria("describedby", "present-hint").OnClick(func(ctx goapp.Context, e goapp.Event) {
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
		goapp.Raw(`<footer class="site-footer"><p>`+escape(p.Text("Everything is computed in your browser: no figure you enter leaves this device."))+`</p><p>`+
			escape(p.Text("%s version", Name))+` <span id="version">`+escape(goapp.Getenv("GOAPP_VERSION"))+`</span></p></footer>`),
	)
}

// header writes the skip link, the brand, the navigation and the language
// switch, each language named in itself.
func header(p lang.Printer, current string) string {
	var b strings.Builder
	b.WriteString(`<header class="site-header"><a class="skip" href="` + rawHref(model.PathIn(p.Lang, current)) + `#main">` + escape(p.Text("Skip to content")) +
		`</a><a class="brand" href="` + rawHref(model.PathIn(p.Lang, "/")) + `"><img src="` + goapp.Getenv("GOAPP_STATIC_RESOURCES_URL") + `/icon.svg" aria-hidden="true" width="28" height="28"><span>` +
		Name + `</span></a><nav aria-label="` + escape(p.Text("Main")) + `"><ul>`)
	for _, pg := range Pages {
		if pg.Hidden {
			continue
		}
		b.WriteString(`<li><a href="` + rawHref(model.PathIn(p.Lang, pg.Path)) + `"`)
		if pg.Path == current {
			b.WriteString(` aria-current="page"`)
		}
		b.WriteString(`>` + escape(p.Text(pg.Title)) + `</a></li>`)
	}
	b.WriteString(`</ul></nav><nav class="languages" aria-label="` + escape(p.Text("Language")) + `"><ul>`)
	for _, l := range lang.All {
		path := current
		if path == "" || path == "/404" {
			path = "/"
		}
		b.WriteString(`<li><a href="` + rawHref(model.PathIn(l, path)) + `" hreflang="` + l.Code() + `" lang="` + l.Code() + `"`)
		if l == p.Lang {
			b.WriteString(` aria-current="true"`)
		}
		b.WriteString(`>` + escape(l.Name()) + `</a></li>`)
	}
	b.WriteString(`</ul></nav></header>`)
	return b.String()
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
