package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFound is shown for any path that is not a page of the site.
type notFound struct {
	goapp.Compo
}

func (n *notFound) Render() goapp.UI {
	return layout("", goapp.Section().Class("card").Body(
		goapp.H1().Text("Page not found"),
		goapp.P().Body(
			goapp.Text("There is no page at this address. "),
			goapp.A().Href(href("/")).Text("Open the calculator"),
			goapp.Text("."),
		),
	))
}
