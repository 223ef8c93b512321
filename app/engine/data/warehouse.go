package data

import (
	"time"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
	"nrrlab/calc/sql"
)

// Keys of the warehouse card's fields, among the data page's choices.
const (
	keySQLEngine = "sql-engine"
	keySQLShape  = "sql-shape"
	keySQLQuery  = "sql-query"
	keySQLTable  = "sql-table"
	keySQLUnit   = "sql-unit"
	keySQLFrom   = "sql-from"
	keySQLTo     = "sql-to"
	sqlColumn    = "sql-col-"
)

// sqlColumns are the columns a query reads, by shape, with their labels;
// the optional ones may be left empty.
var sqlColumns = []struct {
	key      string
	label    lang.Key
	role     ingest.Role
	shapes   []sql.Shape
	optional bool
}{
	{"customer", "Customer column", ingest.RoleCustomer, []sql.Shape{sql.Subscriptions, sql.Invoices, sql.MonthlyRows}, false},
	{"start", "Start date column", ingest.RoleStartDate, []sql.Shape{sql.Subscriptions, sql.Invoices}, false},
	{"end", "End date column", ingest.RoleEndDate, []sql.Shape{sql.Subscriptions, sql.Invoices}, false},
	{"month", "Month column", ingest.RoleMonth, []sql.Shape{sql.MonthlyRows}, false},
	{"amount", "Amount column", ingest.RoleAmount, []sql.Shape{sql.Subscriptions, sql.Invoices, sql.MonthlyRows}, false},
	{"interval", "Billing interval column (optional)", ingest.RoleInterval, []sql.Shape{sql.Subscriptions}, true},
	{"quantity", "Quantity column (optional)", ingest.RoleQuantity, []sql.Shape{sql.Subscriptions}, true},
	{"currency", "Currency column (optional)", ingest.RoleCurrency, []sql.Shape{sql.Subscriptions, sql.Invoices}, true},
}

// warehouse is the card that writes NRR Lab's definitions as SQL for the
// user's own engine: the table and column names (from the table on the page
// when there is one), the engine, and the query to copy, with what it
// returns; its result, pasted back, is read as a report of movements or a
// per-customer table.
func (e *Page) warehouse() api.Block {
	p, raw := e.s.p, e.s.raw
	get := func(key, fallback string) string {
		if v, ok := raw[key]; ok {
			return v
		}
		return fallback
	}
	shape := sql.Subscriptions
	switch get(keySQLShape, e.sqlShapeGuess()) {
	case "invoices":
		shape = sql.Invoices
	case "monthly":
		shape = sql.MonthlyRows
	}
	dialect := sql.DuckDB
	for _, d := range sql.Dialects {
		if d.String() == get(keySQLEngine, "") {
			dialect = d
		}
	}
	field := func(key string, label lang.Key, value string, options ...api.Option) api.Field {
		f := api.Field{ID: model.DataField(key), Label: p.Text(label), Value: value}
		if len(options) > 0 {
			f.Kind, f.Options = "select", options
		}
		return f
	}
	engines := make([]api.Option, len(sql.Dialects))
	for i, d := range sql.Dialects {
		engines[i] = api.Option{Value: d.String(), Label: d.String()}
	}
	src := sql.Source{Shape: shape, Table: get(keySQLTable, "subscriptions"), Unit: monthly.MRR}
	if get(keySQLUnit, "mrr") == "arr" {
		src.Unit = monthly.ARR
	}
	fields := []api.Field{
		field(keySQLEngine, "Engine", dialect.String(), engines...),
		field(keySQLShape, "Your table holds", map[sql.Shape]string{sql.Subscriptions: "subscriptions", sql.Invoices: "invoices", sql.MonthlyRows: "monthly"}[shape],
			api.Option{Value: "subscriptions", Label: p.Text("One row per subscription: start, end, amount")},
			api.Option{Value: "invoices", Label: p.Text("One row per invoice line with its service period")},
			api.Option{Value: "monthly", Label: p.Text("One row per customer and month")}),
		field(keySQLTable, "Table", src.Table),
		field(keySQLUnit, "Amounts are", get(keySQLUnit, "mrr"), api.Option{Value: "mrr", Label: "MRR"}, api.Option{Value: "arr", Label: "ARR"}),
	}
	for _, c := range sqlColumns {
		if !hasShape(c.shapes, shape) {
			continue
		}
		value := get(sqlColumn+c.key, e.columnFor(c.role))
		fields = append(fields, field(sqlColumn+c.key, c.label, value))
		switch c.key {
		case "customer":
			src.Customer = value
		case "start":
			src.Start = value
		case "end":
			src.End = value
		case "month":
			src.Month = value
		case "amount":
			src.Amount = value
			src.Cents = sql.GuessCents(value)
		case "interval":
			src.Interval = value
		case "quantity":
			src.Quantity = value
		case "currency":
			src.Currency = value
		}
	}
	query := get(keySQLQuery, "movements")
	fields = append(fields, field(keySQLQuery, "Query", query,
		api.Option{Value: "movements", Label: p.Text("Monthly movements: one row per month")},
		api.Option{Value: "customers", Label: p.Text("Customers in two months: one row per customer")}))
	conv := sql.Conventions{ReactivationAsNew: e.s.reactivationAsNew, OpeningAsNew: e.s.openingAsNew, EndInclusive: raw[keyEnd] == "inclusive",
		GRRCap: e.s.grrCap}
	now := time.Now()
	if e.s.today != 0 {
		y, m, d := e.s.today.Civil()
		now = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		conv.AsOf = now
	}
	var text, returns string
	var err error
	if query == "customers" {
		to := monthly.MonthOf(now.Year(), now.Month()) - 1
		from := to - 12
		if m, ok := ingest.ParseMonth(get(keySQLFrom, "")); ok {
			from = m
		}
		if m, ok := ingest.ParseMonth(get(keySQLTo, "")); ok {
			to = m
		}
		fields = append(fields, field(keySQLFrom, "From month", from.String()), field(keySQLTo, "To month", to.String()))
		text, err = sql.Customers(dialect, src, conv, from, to)
		returns = p.Text("It returns one row per customer paying in %s or %s, with its MRR in each. Paste the result here for the ARR bridge between the two months and the customers behind each movement.", e.monthName(from), e.monthName(to))
	} else {
		text, err = sql.Movements(dialect, src, conv)
		returns = p.Text("It returns one row per month: the month, starting MRR, new, expansion, contraction, churn, reactivation, ending MRR and paying customers, by the definitions of this page. Paste the result here for the monthly charts, NRR and GRR, and benchmarks.")
	}
	b := api.Block{ID: "warehouse", Card: true, Heading: p.Text("Run it in your warehouse"),
		Lede:   p.Text("When your billing lives in a warehouse, run the same definitions where the data is: NRR Lab writes them as one query for your engine. Name your table and its columns (taken from the table above when there is one), copy the query, run it, and paste its result here."),
		Blocks: []api.Block{{Class: "field-row sql-fields", Fields: fields}}}
	if err != nil {
		b.Blocks = append(b.Blocks, api.Block{HTML: `<p class="problem">` + markup.Escape(e.message(err)) + `</p>`})
		return b
	}
	b.Blocks = append(b.Blocks,
		api.Block{HTML: `<p>` + markup.Escape(returns) + `</p><pre class="sql" tabindex="0" aria-label="` + markup.Escape(p.Text("The query")) + `"><code>` + markup.Escape(text) + `</code></pre>`},
		api.Block{Fields: []api.Field{{ID: "copy-sql", Kind: "copy", Label: p.Text("Copy the query"), Value: text}}},
	)
	return b
}

func hasShape(shapes []sql.Shape, s sql.Shape) bool {
	for _, x := range shapes {
		if x == s {
			return true
		}
	}
	return false
}

// sqlShapeGuess is the warehouse shape of the table on the page.
func (e *Page) sqlShapeGuess() string {
	switch e.mapping.Shape {
	case ingest.Invoices:
		return "invoices"
	case ingest.Long, ingest.Wide:
		return "monthly"
	}
	return "subscriptions"
}

// columnFor is the header of the table's column in a role, as a starting
// point for the column's name in the warehouse.
func (e *Page) columnFor(r ingest.Role) string {
	if e.table == nil {
		return ""
	}
	for c := 0; c < e.table.Columns; c++ {
		if e.mapping.Role(c) == r && e.mapping.Header {
			return e.table.ColumnName(e.mapping, c)
		}
	}
	return ""
}
