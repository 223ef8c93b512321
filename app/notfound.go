package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFound is shown for any path that is not a page of the site.
type notFound struct {
	goapp.Compo
}

func (n *notFound) Render() goapp.UI {
	return layout("", el("section").Class("card").Body(
		el("h1").Text("Page not found"),
		el("p").Body(
			goapp.Text("There is no page at this address. "),
			el("a").Attr("href", href("/")).Text("Open the calculator"),
			goapp.Text("."),
		),
	))
}
