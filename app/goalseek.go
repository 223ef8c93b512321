package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
)

// goalSeekCard answers "what NRR do we need": for a target ARR in n years,
// and, at today's other figures, the expansion needed or the churn allowed.
func goalSeekCard(m Model, p problems, set func(string) func(goapp.Context, string)) goapp.UI {
	target, okT := p.amount(keyTargetARR, m.Texts[keyTargetARR], false)
	years, okY := p.whole(keyInYears, m.Texts[keyInYears], 1, 50)
	var body goapp.UI = el("p").Class("hint").Text("Enter a target ARR and a number of years.")
	if okT && okY {
		body = goalSeekResults(m.Figures, target, years)
	}
	return el("section").Class("card").Aria("labelledby", "goal-title").Body(
		el("h2").ID("goal-title").Text("Goal seek"),
		el("p").Class("lede").Text("The NRR that grows today's starting ARR to a target with no new logos, and what it takes at today's other figures."),
		el("div").Class("field-row").Body(
			textField(keyTargetARR, "Target ARR", m.Texts[keyTargetARR], p.hint(keyTargetARR, hintAmount), p[keyTargetARR], set(keyTargetARR)),
			textField(keyInYears, "In years", m.Texts[keyInYears], "from 1 to 50", p[keyInYears], set(keyInYears)),
		),
		body,
	)
}

func goalSeekResults(t calc.Totals, target calc.Money, years int) goapp.UI {
	nrr, err := calc.NRRForTarget(t.Start, target, years)
	if err != nil {
		return el("p").Class("problem").Text(err.Error())
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
		switch {
		case need <= 0:
			expansionText, expansionNote = shortMoney(0), "today's contraction and churn already leave room"
		default:
			expansionText, expansionNote = shortMoney(need), "today: "+shortMoney(t.Expansion)+", at today's contraction and churn"
		}
	}
	if errX == nil {
		if allowed < 0 {
			churnText, churnNote = "Out of reach", "even with no churn, today's expansion and contraction fall "+shortMoney(-allowed)+" short"
		} else {
			churnText, churnNote = shortMoney(allowed), "today: "+shortMoney(t.Churn)+", at today's expansion and contraction"
		}
	}
	return el("div").Class("metrics").Body(
		metric("nrr-needed", "NRR needed", percent(nrr), "each year, from "+shortMoney(t.Start)+" to "+shortMoney(target)),
		metric("expansion-needed", "Expansion needed", expansionText, expansionNote),
		metric("churn-allowed", "Churn allowed", churnText, churnNote),
	)
}
