package engine

import (
	"strconv"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc/lang"
	"nrrlab/calc/ops"
)

// opsKey is the Model key of input k of calculator id.
func opsKey(id string, k int) string { return "ops:" + id + ":" + strconv.Itoa(k) }

// metrics is every operations calculator of the source articles, generated
// from the ops catalogue and grouped: renewal, expansion, predictive.
func (g *page) metrics() api.Page {
	var blocks []api.Block
	for _, group := range []lang.Key{ops.GroupRenewal, ops.GroupExpansion, ops.GroupPredictive} {
		b := api.Block{ID: "group-" + string(group), Heading: g.t("%s metrics", g.t(group)), Class: "placements"}
		for i := range ops.Catalogue {
			if c := &ops.Catalogue[i]; c.Group == group {
				b.Blocks = append(b.Blocks, g.opsCalculator(c))
			}
		}
		blocks = append(blocks, b)
	}
	return api.Page{Heading: g.t("Operations metrics"),
		Lede:   g.t("Every renewal, expansion and predictive calculator from the source articles, each with its verdict against the article's benchmark."),
		Blocks: blocks}
}

// opsCalculator is one calculator: its inputs, its figure as an output named
// by its title, and the verdict.
func (g *page) opsCalculator(c *ops.Calculator) api.Block {
	r := model.Read(g.p)
	values := make([]ops.Value, len(c.Inputs))
	fields := make([]api.Field, len(c.Inputs))
	ok := true
	head := "calc-" + c.ID
	for k, in := range c.Inputs {
		key := opsKey(c.ID, k)
		text, given := g.m.Texts[key]
		if !given {
			text = in.Example
		}
		var good bool
		hint := g.t(model.HintAmount)
		switch in.Kind {
		case ops.Money:
			values[k].Money, good = r.Amount(key, text, false)
		case ops.Count:
			var n int
			n, given, good = r.Count(key, text)
			if good && !given {
				r.Problems[key] = g.t("enter a whole number")
				good = false
			}
			values[k].Count, hint = n, g.t("a whole number")
		default:
			var n int
			n, good = r.Whole(key, text, 0, 100)
			values[k].Score, hint = float64(n), g.t("a score from 0 to 100")
		}
		ok = ok && good
		fields[k] = api.Field{ID: key, Label: g.t(in.Label), Value: text, Hint: r.Problems.Hint(key, hint), Problem: r.Problems[key], Group: head + "-title"}
	}
	title := g.t(c.Title)
	result := hint(g.t("Correct the marked field to see the figure."))
	if ok {
		res, err := c.Compute(values)
		if err != nil {
			result = problem(g.p.Error(err))
		} else {
			band := res.Placement.BandOf()
			set := res.Placement.Set
			result = html(markup.Metric(head+"-result", title, markup.FormatFor(set.Metric, g.p)(res.Value),
				markup.Pill(band.Verdict.String(), g.t(band.Name))+" "+markup.Escape(g.t(band.Meaning))) +
				`<p class="source">` + markup.Escape(g.t("Benchmark: %s. Source: %s, “%s”.", markup.Bands(set, g.p), g.t(set.Source.Article), g.t(set.Source.Section))) + `</p>`)
		}
	}
	return api.Block{ID: head, Card: true, Heading: title, Blocks: []api.Block{
		html(`<p class="formula">` + markup.Escape(title+" = "+g.t(c.Formula)) + `</p>`),
		{Class: "field-row", Fields: fields},
		result,
	}}
}
