package engine

import (
	"strconv"
	"strings"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// previewRows is how many rows of the table the preview shows.
const previewRows = 12

// fillView writes what the page shows of the table last read.
func (e *Engine) fillView(v *api.View) {
	p, m := e.s.p, e.mapping
	v.Summary = e.summary()
	v.Columns = e.columns(m)
	v.Choices = append(e.readingChoices(m), e.conventionChoices()...)
	v.Notices = append(v.Notices, e.report.Notices...)
	if e.bridge != nil {
		v.Notices = append(v.Notices, e.bridge.Notices...)
	}
	v.Preview = e.preview(m, 0)
	v.ProblemCount = len(e.report.Errors) + e.report.MoreErrors
	if v.ProblemCount > 0 {
		v.Problems = e.problems()
	}
	v.Blocked = e.bridge == nil && e.analysis == nil
	if v.Blocked && v.ProblemCount > 0 {
		v.Notices = append([]string{p.Text("Nothing is analysed while cells cannot be read: correct them in your sheet and paste it again, change a column's role, or choose \"Skip unreadable rows\".")}, v.Notices...)
	}
	var results strings.Builder
	if e.analysis != nil {
		results.WriteString(e.monthlyResults())
	}
	if e.bridge != nil {
		results.WriteString(e.bridgeResults())
		v.Customers = len(e.bridge.Rows)
		v.CustomerHead = e.customerHead()
		v.Totals = e.totals()
	}
	v.Results = results.String()
}

// summary says in one sentence what was found.
func (e *Engine) summary() string {
	p := e.s.p
	rows := e.report.Rows
	switch {
	case e.series != nil:
		s := e.series
		first, last := s.Start, s.Start+monthly.Month(s.Months-1)
		return p.Text(shapeSentence[e.mapping.Shape], rows, len(s.Customers), e.monthName(first), e.monthName(last))
	case e.bridge != nil:
		return p.Text("A list of customers with ARR at the start and at the end: %d rows, %d customers.", rows, len(e.bridge.Rows))
	}
	return p.Text("The table has %d rows and %d columns.", e.table.Rows(), e.table.Columns)
}

// shapeSentence describes a monthly table that was read: its rows, its
// customers, its first and last month.
var shapeSentence = map[ingest.Shape]lang.Key{
	ingest.Wide:          "A monthly MRR sheet, one column per month: %d rows, %d customers, from %s to %s.",
	ingest.Long:          "Monthly amounts, one row per customer and month: %d rows, %d customers, from %s to %s.",
	ingest.Subscriptions: "Subscription periods: %d rows, %d customers, from %s to %s.",
	ingest.Invoices:      "Invoice lines with service periods: %d rows, %d customers, from %s to %s.",
}

// monthNames are the months as the page writes them, in English; the
// catalogues translate them.
var monthNames = [12]lang.Key{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// monthName writes a month as "Mar 2024" in the user's language.
func (e *Engine) monthName(m monthly.Month) string {
	return e.s.p.Text(monthNames[m.Month()-1]) + " " + strconv.Itoa(m.Year())
}

// columns lists the table's columns with their roles and the roles the
// shape allows.
func (e *Engine) columns(m ingest.Mapping) []api.Column {
	p := e.s.p
	roles := m.Shape.Roles()
	options := make([]api.Option, len(roles))
	for i, r := range roles {
		options[i] = api.Option{Value: keyOf(roleKeys, r), Label: p.Text(roleNames[r])}
	}
	cols := make([]api.Column, e.table.Columns)
	for c := range cols {
		cols[c] = api.Column{
			Key:     keyRolePrefix + strconv.Itoa(c),
			Name:    e.table.ColumnName(m, c),
			Role:    keyOf(roleKeys, m.Role(c)),
			Options: options,
		}
	}
	return cols
}

// roleNames are the roles as a column's select shows them.
var roleNames = map[ingest.Role]lang.Key{
	ingest.RoleIgnored: "Not used", ingest.RoleCustomer: "Customer", ingest.RoleCustomerID: "Customer ID",
	ingest.RoleSegment: "Segment", ingest.RolePlan: "Plan", ingest.RoleSignup: "Signup date",
	ingest.RoleStartARR: "ARR at start", ingest.RoleEndARR: "ARR at end", ingest.RoleMonth: "Month",
	ingest.RoleAmount: "Amount", ingest.RoleStartDate: "Start date", ingest.RoleEndDate: "End date",
	ingest.RoleInterval: "Billing interval", ingest.RoleIntervalCount: "Intervals per bill", ingest.RoleQuantity: "Quantity",
	ingest.RoleCurrency: "Currency", ingest.RoleTrial: "Trial", ingest.RoleTrialEnd: "Trial end",
	ingest.RoleRevenueType: "Revenue type",
}

// preview writes the table's first rows (or those around row) as read: each
// cell as written, and, where reading changed it, the value read beside it.
func (e *Engine) preview(m ingest.Mapping, around int) string {
	p := e.s.p
	t := e.table
	first := 0
	if m.Header {
		first = 1
	}
	start := first
	if around > 0 {
		for r := first; r < t.Rows(); r++ {
			if t.Line(r) >= around {
				start = max(first, r-previewRows/2)
				break
			}
		}
	}
	end := min(t.Rows(), start+previewRows)
	var b strings.Builder
	b.WriteString(`<div class="table-wrap preview"><table id="preview"><caption>` + markup.Escape(p.Text("The table as read")) + `</caption><thead><tr><th scope="col">` +
		markup.Escape(p.Text("Row")) + `</th>`)
	for c := 0; c < t.Columns; c++ {
		b.WriteString(`<th scope="col">` + markup.Escape(t.ColumnName(m, c)) + `<span class="role">` + markup.Escape(p.Text(roleNames[m.Role(c)])) + `</span></th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for r := start; r < end; r++ {
		line := t.Line(r)
		b.WriteString(`<tr id="preview-row-` + strconv.Itoa(line) + `"><th scope="row">` + p.Int(int64(line)) + `</th>`)
		for c := 0; c < t.Columns; c++ {
			text := t.Cell(r, c)
			b.WriteString(`<td>` + markup.Escape(text))
			if read, ok := e.readCell(m, c, text); ok && read != text {
				b.WriteString(`<span class="read">` + markup.Escape(read) + `</span>`)
			}
			b.WriteString(`</td>`)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table></div>`)
	return b.String()
}

// readCell returns a cell's value as its column's role reads it, written
// the way the page writes values, when it is a figure, a month or a date.
func (e *Engine) readCell(m ingest.Mapping, c int, text string) (string, bool) {
	if text == "" {
		return "", false
	}
	switch m.Role(c) {
	case ingest.RoleStartARR, ingest.RoleEndARR, ingest.RoleAmount:
		f, err := ingest.ParseFigure(text, m.Style)
		if err != nil || f.Percent {
			return "", false
		}
		return e.plain(f.Amount), true
	case ingest.RoleMonth:
		if mo, ok := ingest.ParseMonth(text); ok {
			return e.monthName(mo), true
		}
	case ingest.RoleStartDate, ingest.RoleEndDate, ingest.RoleTrialEnd, ingest.RoleSignup:
		if d, ok := ingest.ParseDate(text); ok {
			return d.String(), true
		}
	}
	return "", false
}

// plain writes an amount in full without a currency, as read.
func (e *Engine) plain(m calc.Money) string {
	p := e.s.p
	p.Currency = lang.None
	return p.Money(int64(m))
}

// problems lists every unreadable cell with its row, column, text and what
// was expected; each is a button whose data-row is the row, which the page
// scrolls the preview to.
func (e *Engine) problems() string {
	p := e.s.p
	var b strings.Builder
	b.WriteString(`<ul class="problems">`)
	for _, ce := range e.report.Errors {
		b.WriteString(`<li><button type="button" class="link" data-row="` + strconv.Itoa(ce.Row) + `">` +
			markup.Escape(p.Text("Row %d, column %s", ce.Row, ce.Column)) + `</button> ` + markup.Escape(p.Quote(ce.Text)))
		if ce.Problem != "" {
			b.WriteString(": " + markup.Escape(ce.Problem))
		}
		b.WriteString(". " + markup.Escape(p.Text("Expected %s.", ce.Expected)) + `</li>`)
	}
	if e.report.MoreErrors > 0 {
		b.WriteString(`<li>` + markup.Escape(p.Text("and %d more cells that cannot be read", e.report.MoreErrors)) + `</li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// Preview writes the preview rows around a row of the table, as the user
// numbers rows.
func (e *Engine) Preview(row int, s api.Settings) string {
	if e.table == nil {
		return ""
	}
	e.s = parseSettings(s)
	return e.preview(e.mapping, row)
}

// totals are the calculator's fields from the bridge.
func (e *Engine) totals() *api.Totals {
	b := e.bridge
	if b.RetentionErr != nil {
		return nil
	}
	amount := func(m calc.Money) string { return m.String() }
	return &api.Totals{
		Start: amount(b.Start), Expansion: amount(b.Expansion), Contraction: amount(b.Contraction), Churn: amount(b.Churn),
		CustomersStart:    strconv.Itoa(b.Customers()),
		CustomersRetained: strconv.Itoa(b.Customers() - b.Counts[calc.Churned]),
	}
}
