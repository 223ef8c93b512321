package data

import (
	"nrrlab/app/engine/api"
	"nrrlab/app/model"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// option is a choice's value and its label in English.
type option struct {
	value string
	label lang.Key
}

// choice is a select of one of the user's choices, in the group its
// fieldset names; value is the current value, hint explains it.
type choice struct {
	group lang.Key
	api.Field
}

// choice writes a select of the choice key in the user's language.
func (e *Page) choice(group lang.Key, key string, label lang.Key, value, hint string, options ...option) choice {
	p := e.s.p
	c := choice{group: group, Field: api.Field{ID: model.DataField(key), Kind: "select", Label: p.Text(label), Value: value, Hint: hint}}
	for _, o := range options {
		c.Options = append(c.Options, api.Option{Value: o.value, Label: p.Text(o.label)})
	}
	return c
}

// fieldsets groups choices into the fieldsets their groups name, in order.
func (e *Page) fieldsets(cs []choice) []api.Block {
	var out []api.Block
	for _, c := range cs {
		if len(out) == 0 || out[len(out)-1].ID != string(c.group) {
			out = append(out, api.Block{ID: string(c.group), Legend: e.s.p.Text(c.group), Class: "choices"})
		}
		out[len(out)-1].Fields = append(out[len(out)-1].Fields, c.Field)
	}
	for i := range out {
		out[i].ID = "data-group-" + string(rune('a'+i))
	}
	return out
}

// Groups of choices, as the page's fieldsets name them.
const (
	groupReading     = "How the table is read"
	groupConventions = "Conventions"
	groupDisplay     = "What is shown"
)

// readingChoices are how the table is read: its shape, MRR or ARR, the
// number style, dates, currencies, and whether to skip unreadable rows.
func (e *Page) readingChoices(m ingest.Mapping) []choice {
	p := e.s.p
	monthlyShape := m.Shape != ingest.PerCustomer
	out := []choice{
		e.choice(groupReading, keyShape, "Shape of the table", keyOf(shapeKeys, m.Shape), "",
			option{"per-customer", "One row per customer: ARR at the start and at the end"},
			option{"wide", "One row per customer, one column per month"},
			option{"long", "One row per customer and month"},
			option{"subscriptions", "One row per subscription: start, end, amount"},
			option{"invoices", "One row per invoice line with its service period"}),
	}
	unit := "arr"
	if m.Unit == monthly.MRR {
		unit = "mrr"
	}
	unitHint := ""
	if m.Shape == ingest.PerCustomer && unit == "mrr" {
		unitHint = p.Text("MRR is multiplied by 12 into ARR.")
	}
	out = append(out, e.choice(groupReading, keyUnit, "Amounts are", unit, unitHint,
		option{"mrr", "Monthly recurring revenue (MRR)"}, option{"arr", "Annual recurring revenue (ARR)"}))
	style := "auto"
	switch m.Style {
	case ingest.StyleDotDecimal:
		style = "dot"
	case ingest.StyleCommaDecimal:
		style = "comma"
	}
	out = append(out, e.choice(groupReading, keyStyle, "Numbers are written", style, "",
		option{"auto", "Decided from each column"}, option{"dot", "1,234,567.89"}, option{"comma", "1.234.567,89"}))
	if monthlyShape && m.Shape != ingest.Wide {
		dates := "auto"
		switch m.DateStyle {
		case ingest.DatesDayFirst:
			dates = "day-first"
		case ingest.DatesMonthFirst:
			dates = "month-first"
		}
		out = append(out, e.choice(groupReading, keyDates, "Dates such as 03/04/2024 are", dates, "",
			option{"auto", "Decided from each column"}, option{"day-first", "Day first: 3 April 2024"}, option{"month-first", "Month first: March 4, 2024"}))
	}
	if m.Shape == ingest.Subscriptions || m.Shape == ingest.Invoices {
		end := "exclusive"
		if m.EndInclusive {
			end = "inclusive"
		}
		out = append(out, e.choice(groupReading, keyEnd, "End dates are", end, "",
			option{"exclusive", "The first day no longer paid for (2024-01-01 to 2025-01-01 is a year)"},
			option{"inclusive", "The last day paid for (2024-01-01 to 2024-12-31 is a year)"}))
	}
	skip := ""
	if m.SkipBadRows {
		skip = "on"
	}
	out = append(out, choice{group: groupReading, Field: api.Field{ID: model.DataField(keySkip), Kind: "check", Label: p.Text("Skip unreadable rows"), Value: skip,
		Hint: p.Text("Rows with a cell that cannot be read are left out, and the page says how many and how much revenue they held.")}})
	return out
}

// conventionChoices are the definitions a founder may need to match a
// board deck, and what the page shows: cohorts, the bridge's months, the
// currency.
func (e *Page) conventionChoices() []choice {
	st := e.s
	var out []choice
	grr := "per-customer"
	if st.grrCap == 1 {
		grr = "totals"
	}
	out = append(out, e.choice(groupConventions, keyGRR, "GRR is capped", grr, "",
		option{"per-customer", "Per customer: one customer's expansion never offsets another's loss"},
		option{"totals", "On the totals: expansion can offset losses up to 100%"}))
	if e.series != nil {
		react := "reactivation"
		if st.reactivationAsNew {
			react = "new"
		}
		out = append(out, e.choice(groupConventions, keyReactivated, "A customer who returns counts as", react, "",
			option{"reactivation", "Reactivation"}, option{"new", "New"}))
		trailing := "window"
		if st.endPoint {
			trailing = "end-point"
		}
		out = append(out, e.choice(groupConventions, keyTrailing, "Trailing 12-month NRR counts", trailing, "",
			option{"window", "Customers paying throughout the twelve months"},
			option{"end-point", "Customers paying at both ends, whatever happened in between"}))
		opening := "base"
		if st.openingAsNew {
			opening = "new"
		}
		out = append(out, e.choice(groupConventions, keyOpening, "Customers paying in the first month", opening, "",
			option{"base", "Are the starting base"}, option{"new", "Count as new"}))
		cohort := "month"
		switch st.cohort {
		case monthly.ByQuarter:
			cohort = "quarter"
		case monthly.ByYear:
			cohort = "year"
		}
		out = append(out, e.choice(groupDisplay, keyCohort, "Cohorts by", cohort, "",
			option{"month", "Month"}, option{"quarter", "Quarter"}, option{"year", "Year"}))
		of := "revenue"
		if st.logos {
			of = "logos"
		}
		out = append(out, e.choice(groupDisplay, keyCohortOf, "Cohort retention of", of, "",
			option{"revenue", "Revenue"}, option{"logos", "Customers (logos)"}))
		month := func(i int) monthly.Month { return e.series.Start + monthly.Month(i) }
		from := e.choice(groupDisplay, keyFrom, "Bridge from", month(e.from).String(), "")
		to := e.choice(groupDisplay, keyTo, "Bridge to", month(e.to).String(), "")
		for i := 0; i < e.series.Months; i++ {
			o := api.Option{Value: month(i).String(), Label: e.monthName(month(i))}
			from.Options = append(from.Options, o)
			to.Options = append(to.Options, o)
		}
		out = append(out, from, to)
	}
	current := st.p.Currency.Code()
	if current == "" {
		current = "none"
	}
	cur := e.choice(groupDisplay, "", "Show amounts in", current, "")
	cur.ID = model.FieldCurrency
	for _, c := range lang.Currencies {
		o := api.Option{Value: c.Code(), Label: c.Code() + " " + c.Symbol(st.p.Lang)}
		if c == lang.None {
			o = api.Option{Value: "none", Label: st.p.Text("No currency: plain numbers")}
		}
		cur.Options = append(cur.Options, o)
	}
	out = append(out, cur)
	return out
}
