package engine

import (
	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// page is what a page of the working state renders from: the model, the
// language it writes in, and the problems of the fields it read.
type page struct {
	// base is the site's base path without its trailing slash: "" at the
	// root, "/nrrlab" under a sub-path.
	base     string
	m        *model.Model
	p        lang.Printer
	problems model.Problems
}

// t writes a sentence in the page's language.
func (g *page) t(k lang.Key, args ...any) string { return g.p.Text(k, args...) }

// card is a section with a heading and a lede.
func card(id, heading, lede string, blocks ...api.Block) api.Block {
	return api.Block{ID: id, Card: true, Heading: heading, Lede: lede, Blocks: blocks}
}

// row is a row of fields.
func row(fields ...api.Field) api.Block { return api.Block{Class: "field-row", Fields: fields} }

// html is a piece of HTML.
func html(s string) api.Block { return api.Block{HTML: s} }

// text is a text field for a model key, with its problem or note.
func (g *page) text(key string, label lang.Key, hint string) api.Field {
	return api.Field{ID: key, Label: g.t(label), Value: g.m.Texts[key], Hint: g.problems.Hint(key, hint), Problem: g.problems[key]}
}

// problem is a paragraph saying what is wrong.
func problem(msg string) api.Block {
	return html(`<p class="problem">` + markup.Escape(msg) + `</p>`)
}

// hint is a paragraph of help.
func hint(msg string) api.Block {
	return html(`<p class="hint">` + markup.Escape(msg) + `</p>`)
}

// metrics is a row of headline figures.
func metrics(ms ...string) api.Block {
	h := `<div class="metrics">`
	for _, m := range ms {
		h += m
	}
	return html(h + `</div>`)
}

// method is the "how computed" sentence of a result.
func method(s string) api.Block {
	return html(`<p class="method">` + markup.Escape(s) + `</p>`)
}
