package engine

import (
	"strconv"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// goalSeek answers "what NRR do we need": for a target ARR in n years, and,
// at today's other figures, the expansion needed or the churn allowed.
func (g *page) goalSeek() api.Block {
	r := model.Read(g.p)
	target, okT := r.Amount(model.KeyTargetARR, g.m.Texts[model.KeyTargetARR], false)
	years, okY := r.Whole(model.KeyInYears, g.m.Texts[model.KeyInYears], 1, 50)
	for k, v := range r.Problems {
		g.problems[k] = v
	}
	body := hint(g.t("Enter a target ARR and a number of years."))
	if okT && okY {
		body = g.goalSeekResults(target, years)
	}
	return card("goal", g.t("Goal seek"), g.t("The NRR that grows today's starting ARR to a target with no new logos, and what it takes at today's other figures."),
		row(g.text(model.KeyTargetARR, "Target ARR", g.t(model.HintAmount)), g.text(model.KeyInYears, "In years", g.t("from 1 to 50"))),
		body,
	)
}

func (g *page) goalSeekResults(target calc.Money, years int) api.Block {
	t := g.m.Figures
	nrr, err := calc.NRRForTarget(t.Start, target, years)
	if err != nil {
		return problem(g.p.Msg(lang.Of(err)))
	}
	// Expansion and churn are per period: for a monthly period, the monthly
	// NRR whose twelfth power is the annual one needed.
	periodNRR := nrr
	if t.Period == calc.Monthly {
		periodNRR = calc.MonthlyEquivalent(nrr)
	}
	need, errE := calc.ExpansionNeeded(t, periodNRR)
	allowed, errX := calc.ChurnAllowed(t, periodNRR)
	expansionText, churnText := "—", "—"
	expansionNote, churnNote := "", ""
	if errE == nil {
		if need <= 0 {
			expansionText, expansionNote = g.p.Short(0), g.t("today's contraction and churn already leave room")
		} else {
			expansionText, expansionNote = g.p.Short(int64(need)), g.t("today: %s, at today's contraction and churn", lang.ShortAmount(t.Expansion))
		}
	}
	if errX == nil {
		if allowed < 0 {
			churnText, churnNote = g.t("Out of reach"), g.t("even with no churn, today's expansion and contraction fall %s short", lang.ShortAmount(-allowed))
		} else {
			churnText, churnNote = g.p.Short(int64(allowed)), g.t("today: %s, at today's expansion and contraction", lang.ShortAmount(t.Churn))
		}
	}
	note := func(s string) string { return markup.Escape(s) }
	return metrics(
		markup.Metric("nrr-needed", g.t("NRR needed"), g.p.Percent(nrr), note(g.t("each year, from %s to %s", lang.ShortAmount(t.Start), lang.ShortAmount(target)))),
		markup.Metric("expansion-needed", g.t("Expansion needed"), expansionText, note(expansionNote)),
		markup.Metric("churn-allowed", g.t("Churn allowed"), churnText, note(churnNote)),
	)
}

// targetPath lays out quarterly NRR milestones from today's NRR to a
// target: a straight line by default, each milestone editable.
func (g *page) targetPath() api.Block {
	r := model.Read(g.p)
	ret, err := calc.Retain(g.m.Figures)
	target, okT := r.Percentage(model.KeyTargetNRR, g.m.Texts[model.KeyTargetNRR])
	quarters, okQ := r.Whole(model.KeyQuarters, g.m.Texts[model.KeyQuarters], 1, calc.MaxQuarters)
	for k, v := range r.Problems {
		g.problems[k] = v
	}
	body := []api.Block{hint(g.t("Enter a target NRR and a number of quarters."))}
	edited := false
	if err == nil && okT && okQ {
		path, perr := calc.TargetPath(ret.AnnualNRR, target, quarters)
		if perr != nil {
			body = []api.Block{problem(g.p.Msg(lang.Of(perr)))}
		} else {
			mr := model.Read(g.p)
			for i := range path {
				key := model.MilestoneKey(path[i].Quarter)
				if text, ok := g.m.Texts[key]; ok {
					edited = true
					if v, good := mr.Percentage(key, text); good {
						path[i].NRR = v
					}
				}
			}
			body = g.milestones(ret.AnnualNRR, path, mr.Problems)
		}
	}
	c := card("path", g.t("Target path"), g.t("Quarterly NRR milestones from today's NRR to a target, in equal steps until you change one."),
		row(g.text(model.KeyTargetNRR, "Target NRR", g.t(model.HintPercent)), g.text(model.KeyQuarters, "Quarters", g.t("from 1 to %d", calc.MaxQuarters))))
	c.Blocks = append(c.Blocks, body...)
	if edited {
		c.Blocks = append(c.Blocks, api.Block{Class: "no-print", Fields: []api.Field{{ID: "reset-path", Kind: "button", Label: g.t("Back to equal steps"), Action: "reset-path", Class: "secondary"}}})
	}
	return c
}

func (g *page) milestones(today float64, path []calc.Milestone, p model.Problems) []api.Block {
	labels := make([]string, len(path)+1)
	values := make([]float64, len(path)+1)
	labels[0], values[0] = g.t("Today"), today
	fields := make([]api.Field, len(path))
	for i, ms := range path {
		q := "Q" + strconv.Itoa(ms.Quarter)
		labels[i+1], values[i+1] = q, ms.NRR
		key := model.MilestoneKey(ms.Quarter)
		text, ok := g.m.Texts[key]
		if !ok {
			text = g.p.Percent(ms.NRR)
		}
		fields[i] = api.Field{ID: key, Label: g.t("%s target NRR", q), Value: text, Problem: p[key]}
	}
	summary := g.t("Target path: NRR from %s today to %s in %d quarters.", lang.Percent(today), lang.Percent(path[len(path)-1].NRR), len(path))
	return []api.Block{
		html(markup.LineChart(g.p, summary, labels, []markup.Line{{Name: g.t("NRR milestone"), Values: values}}, g.p.Percent, false)),
		{ID: "milestones", Legend: g.t("Milestones"), Class: "milestones", Fields: fields},
	}
}

// growthShare shows how much of a company's growth comes from its existing
// customers at today's NRR.
func (g *page) growthShare() api.Block {
	r := model.Read(g.p)
	ret, err := calc.Retain(g.m.Figures)
	growth, ok := r.Percentage(model.KeyGrowth, g.m.Texts[model.KeyGrowth])
	for k, v := range r.Problems {
		g.problems[k] = v
	}
	body := hint(g.t("Enter an annual growth rate."))
	if err == nil && ok {
		share, serr := calc.GrowthFromBase(growth, ret.AnnualNRR)
		if serr != nil {
			body = problem(g.p.Msg(lang.Of(serr)))
		} else {
			var note string
			switch {
			case share > 1:
				note = g.t("at %s NRR and %s growth a year: (NRR − 100%%) ÷ growth; the base alone grows faster than the company, so new logos do not replace what they should", lang.Percent(ret.AnnualNRR), lang.Percent(growth))
			case share < 0:
				note = g.t("at %s NRR and %s growth a year: (NRR − 100%%) ÷ growth; the base shrinks, and new logos carry all the growth and more", lang.Percent(ret.AnnualNRR), lang.Percent(growth))
			default:
				note = g.t("at %s NRR and %s growth a year: (NRR − 100%%) ÷ growth", lang.Percent(ret.AnnualNRR), lang.Percent(growth))
			}
			body = metrics(markup.Metric("growth-share", g.t("Share of growth from existing customers"), g.p.Percent(share), markup.Escape(note)))
		}
	}
	return card("share", g.t("Growth from existing customers"), "",
		row(g.text(model.KeyGrowth, "Annual growth rate", g.t(model.HintPercent))),
		body,
	)
}
