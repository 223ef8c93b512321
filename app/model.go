package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// modelPage is what every page shares: the working state, the built-in
// sample until saved work is read on mount (so the pre-rendered page and a
// first visit show the sample), and saving on every change. Its language is
// its route's (see Register), whatever the saved work says.
type modelPage struct {
	goapp.Compo
	model model.Model
	lang  lang.Lang
}

func (p *modelPage) OnInit() {
	if p.model.Texts == nil {
		p.model = model.Sample()
	}
	p.model.Lang = p.lang
}

func (p *modelPage) OnMount(ctx goapp.Context) {
	if saved, ok := loadModel(); ok {
		p.model = saved
	}
	if p.model.Lang != p.lang {
		// The language the user reads the site in is the one they chose
		// last: it travels with the working state.
		p.model.Lang = p.lang
		saveModel(p.model)
	}
}

// printer writes sentences, numbers and money in the page's language and
// the user's currency.
func (p *modelPage) printer() lang.Printer { return p.model.Printer() }
