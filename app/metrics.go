package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc/ops"
)

// metrics is every operations calculator of the source articles, generated
// from the ops catalogue and grouped: renewal, expansion, predictive.
type metrics struct {
	modelPage
}

// opsKey is the Model key of input k of calculator id.
func opsKey(id string, k int) string { return "ops:" + id + ":" + strconv.Itoa(k) }

func (m *metrics) Render() goapp.UI {
	var body []goapp.UI
	for _, group := range []string{ops.GroupRenewal, ops.GroupExpansion, ops.GroupPredictive} {
		var cards []goapp.UI
		for i := range ops.Catalogue {
			if c := &ops.Catalogue[i]; c.Group == group {
				cards = append(cards, m.calculatorCard(c))
			}
		}
		id := "group-" + group
		body = append(body, el("section").Aria("labelledby", id).Body(
			el("h2").ID(id).Text(group+" metrics"),
			el("div").Class("placements").Body(cards...),
		))
	}
	return layout("/metrics", append([]goapp.UI{
		el("h1").Text("Operations metrics"),
		el("p").Class("lede").Text("Every renewal, expansion and predictive calculator from the source articles, each with its verdict against the article's benchmark."),
	}, body...)...)
}

// calculatorCard renders one calculator: its inputs, its figure as an output
// named by its title, and the verdict.
func (m *metrics) calculatorCard(c *ops.Calculator) goapp.UI {
	p := problems{}
	values := make([]ops.Value, len(c.Inputs))
	fields := make([]goapp.UI, len(c.Inputs))
	ok := true
	head := "calc-" + c.ID
	for k, in := range c.Inputs {
		key := opsKey(c.ID, k)
		text, given := m.model.Texts[key]
		if !given {
			text = in.Example
		}
		var good bool
		hint := hintAmount
		switch in.Kind {
		case ops.Money:
			values[k].Money, good = p.amount(key, text, false)
		case ops.Count:
			var n int
			n, given, good = p.count(key, text)
			if good && !given {
				p[key] = "enter a whole number"
				good = false
			}
			values[k].Count, hint = n, "a whole number"
		default:
			var n int
			n, good = p.whole(key, text, 0, 100)
			values[k].Score, hint = float64(n), "a score from 0 to 100"
		}
		ok = ok && good
		fields[k] = field{id: fieldID(key), label: in.Label, value: text, hint: hint, problem: p[key], group: head, onInput: m.set(key)}.render()
	}
	var result goapp.UI = el("p").Class("hint").Text("Correct the marked field to see the figure.")
	if ok {
		r, err := c.Compute(values)
		if err != nil {
			result = el("p").Class("problem").Attr("role", "alert").Text(err.Error())
		} else {
			band := r.Placement.BandOf()
			set := r.Placement.Set
			ranges := bandNames(set)
			result = el("div").Body(
				el("div").Class("metric").Body(
					el("span").Class("metric-label").ID(head+"-result").Text(c.Title),
					el("output").Class("metric-value").Aria("labelledby", head+"-result").Aria("live", "off").Text(formatFor(set.Metric)(r.Value)),
					el("span").Class("metric-note").Body(verdictPill(band), goapp.Text(" "+band.Meaning)),
				),
				el("p").Class("source").Text("Benchmark: "+ranges+". Source: "+set.Source.Article+", “"+set.Source.Section+"”."),
			)
		}
	}
	return el("section").Class("card").Aria("labelledby", head).Body(
		el("h3").ID(head).Text(c.Title),
		el("p").Class("formula").Text(c.Title+" = "+c.Formula),
		el("div").Class("field-row").Body(fields...),
		result,
	)
}
