package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// modelState is the go-app state key of the working state.
const modelState = "nrrlab.model"

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
	if saved, ok := loadModel(ctx); ok {
		p.model = saved
	}
	p.model.Lang = p.lang
}

// printer writes sentences, numbers and money in the page's language and
// the user's currency.
func (p *modelPage) printer() lang.Printer { return p.model.Printer() }

// loadModel reads the saved working state, if there is one.
func loadModel(ctx goapp.Context) (model.Model, bool) {
	var saved model.Model
	ctx.GetState(modelState, &saved)
	if saved.Texts == nil {
		return model.Model{}, false
	}
	return saved, true
}

// saveModel keeps the working state across pages and reloads.
func saveModel(ctx goapp.Context, m model.Model) {
	ctx.SetState(modelState, m).Persist()
}
