package data

import (
	"strconv"
	"strings"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// previewRows is how many rows of the table the preview shows.
const previewRows = 12

// Blocks writes the data page: where a table comes in, how the last one
// was read, what it gives, and its customers.
func (e *Page) Blocks(m *model.Model) []api.Block {
	e.s.p = m.Printer()
	blocks := []api.Block{e.input()}
	if !e.Has() {
		if m.DataSummary != nil {
			blocks = append(blocks, e.shared(m.DataSummary))
		}
		return append(blocks, e.warehouse())
	}
	blocks = append(blocks, e.reading())
	if e.bridge != nil || e.analysis != nil {
		blocks = append(blocks, e.results())
	}
	if e.bridge != nil && len(e.bridge.Rows) > 0 {
		blocks = append(blocks, e.customers())
	}
	return append(blocks, e.warehouse())
}

// input is where a table comes in: a paste, a file, a drop or a sample.
func (e *Page) input() api.Block {
	p := e.s.p
	samples := api.Block{Class: "field-row samples"}
	for _, s := range []struct {
		name  string
		label lang.Key
	}{
		{"customers", "Sample: 200 customers, ARR at start and end"},
		{"mrr", "Sample: monthly MRR of 300 customers over 24 months"},
		{"mrr-id", "Sample: Indonesian MRR sheet in rupiah"},
	} {
		samples.Fields = append(samples.Fields, api.Field{ID: "sample-" + s.name, Kind: "button", Label: p.Text(s.label), Action: "sample:" + s.name, Class: "secondary"})
	}
	return api.Block{ID: "input", Card: true, Heading: p.Text("Your table"), Blocks: []api.Block{
		{Fields: []api.Field{{ID: "data-paste", Kind: "textarea", Label: p.Text("Paste your table"),
			Hint: p.Text("Copy the cells in Excel, Google Sheets, Numbers or LibreOffice and paste them here; CSV text works too.")}}},
		{Class: "field-row", Fields: []api.Field{{ID: "data-file", Kind: "file", Label: p.Text("Open a file"),
			Hint: p.Text("CSV, TSV, text or Excel (.xlsx), or drop a file anywhere on this page.")}}},
		samples,
	}}
}

// reading shows how the table was read and lets the user change it: its
// columns' roles, the readings, the unreadable cells, the first rows.
func (e *Page) reading() api.Block {
	p, m := e.s.p, e.mapping
	b := api.Block{ID: "reading", Card: true, Heading: p.Text("How %s was read", e.displayName()), Lede: e.summary()}
	var notes strings.Builder
	if e.problem != "" {
		notes.WriteString(`<p class="problem">` + markup.Escape(e.problem) + `</p>`)
	}
	notices := append(e.report.NoticesIn(p), e.notes...)
	if e.bridge != nil {
		for _, n := range e.bridge.Notices {
			notices = append(notices, p.Msg(n))
		}
	}
	blocked := e.problem == "" && e.bridge == nil && e.analysis == nil
	if blocked && len(e.report.Errors) > 0 {
		notices = append([]string{p.Text("Nothing is analysed while cells cannot be read: correct them in your sheet and paste it again, change a column's role, or choose \"Skip unreadable rows\".")}, notices...)
	}
	if len(notices) > 0 {
		notes.WriteString(`<ul class="notices">`)
		for _, n := range notices {
			notes.WriteString(`<li>` + markup.Escape(n) + `</li>`)
		}
		notes.WriteString(`</ul>`)
	}
	if n := len(e.report.Errors) + e.report.MoreErrors; n > 0 {
		notes.WriteString(`<div class="problems-box"><h3>` + markup.Escape(p.Text("%d cell cannot be read|%d cells cannot be read", n)) + `</h3>` + e.problems() + `</div>`)
	}
	if notes.Len() > 0 {
		b.Blocks = append(b.Blocks, api.Block{HTML: `<div class="reading-notes">` + notes.String() + `</div>`})
	}
	if e.table != nil && e.movements == nil {
		b.Blocks = append(b.Blocks, api.Block{ID: "data-columns", Legend: p.Text("Columns"), Class: "columns", Fields: e.columns(m)})
		cs := e.readingChoices(m)
		if e.problem == "" {
			cs = append(cs, e.conventionChoices()...)
		}
		b.Blocks = append(b.Blocks, api.Block{Class: "choice-groups", Blocks: e.fieldsets(cs)})
	}
	if e.table != nil {
		b.Blocks = append(b.Blocks, api.Block{ID: "preview", HTML: e.preview(m, 0)})
	}
	return b
}

// results are the analyses, the button that takes their totals to the
// calculator, and the drill-down list.
func (e *Page) results() api.Block {
	p := e.s.p
	b := api.Block{ID: "results", Class: "data-results"}
	if e.bridge != nil && e.bridge.RetentionErr == nil {
		b.Blocks = append(b.Blocks, api.Block{Class: "actions", Fields: []api.Field{{ID: "use-totals", Kind: "button", Label: p.Text("Use these totals in the calculator"), Action: "use-totals"}}})
	}
	// One block per section: the page shows a long page in steps, a block
	// at a time at the finest (see the shell), and the sections of a wide
	// monthly sheet are thousands of elements together.
	if e.analysis != nil {
		for _, h := range e.monthlyResults() {
			b.Blocks = append(b.Blocks, api.Block{HTML: h})
		}
	}
	if e.bridge != nil {
		b.Blocks = append(b.Blocks, api.Block{HTML: e.bridgeResults()})
	}
	b.Blocks = append(b.Blocks, api.Block{ID: "drill"})
	return b
}

// summary says in one sentence what was found.
func (e *Page) summary() string {
	p := e.s.p
	rows := e.report.Rows
	switch {
	case e.movements != nil:
		ms := e.movements.Months
		return p.Text("A report of monthly movements: %d months, from %s to %s.", len(ms), e.monthName(ms[0].Month), e.monthName(ms[len(ms)-1].Month))
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

// monthName writes a month as "Mar 2024" in the user's language.
func (e *Page) monthName(m monthly.Month) string {
	return e.s.p.Month(lang.MonthOf(m.Year(), int(m.Month())))
}

// columns are a select per column of the table: its role, among those the
// shape allows.
func (e *Page) columns(m ingest.Mapping) []api.Field {
	p := e.s.p
	roles := m.Shape.Roles()
	options := make([]api.Option, len(roles))
	for i, r := range roles {
		options[i] = api.Option{Value: keyOf(roleKeys, r), Label: p.Text(roleNames[r])}
	}
	fields := make([]api.Field, e.table.Columns)
	for c := range fields {
		fields[c] = api.Field{
			ID:      model.DataField(keyRolePrefix + strconv.Itoa(c)),
			Kind:    "select",
			Label:   e.table.ColumnName(m, c),
			Value:   keyOf(roleKeys, m.Role(c)),
			Options: options,
		}
	}
	return fields
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
func (e *Page) preview(m ingest.Mapping, around int) string {
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
	b.WriteString(`<div class="table-wrap preview"><table id="preview-table"><caption>` + markup.Escape(p.Text("The table as read")) + `</caption><thead><tr><th scope="col">` +
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
func (e *Page) readCell(m ingest.Mapping, c int, text string) (string, bool) {
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
func (e *Page) plain(m calc.Money) string {
	p := e.s.p
	p.Currency = lang.None
	return p.Money(int64(m))
}

// problems lists every unreadable cell with its row, column, text and what
// was expected; each is a button whose data-row is the row, which the page
// scrolls the preview to.
func (e *Page) problems() string {
	p := e.s.p
	var b strings.Builder
	b.WriteString(`<ul class="problems">`)
	for _, ce := range e.report.Errors {
		b.WriteString(`<li><button type="button" class="link" data-action="row:` + strconv.Itoa(ce.Row) + `">` +
			markup.Escape(p.Msg(ce.Address())) + `</button> ` + markup.Escape(p.Sentences(ce.Details()...)) + `</li>`)
	}
	if e.report.MoreErrors > 0 {
		b.WriteString(`<li>` + markup.Escape(p.Text("and %d more cells that cannot be read", e.report.MoreErrors)) + `</li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// Preview writes the preview rows around a row of the table, as the user
// numbers rows.
func (e *Page) Preview(row int) api.Block {
	if e.table == nil {
		return api.Block{ID: "preview"}
	}
	return api.Block{ID: "preview", HTML: e.preview(e.mapping, row)}
}

// UseTotals fills the calculator's fields with the bridge's totals, written
// the way the calculator reads them, and reports whether there were any.
func (e *Page) UseTotals(m *model.Model) bool {
	b := e.bridge
	if b == nil || b.RetentionErr != nil {
		return false
	}
	for k, v := range map[string]string{
		model.KeyStart: b.Start.String(), model.KeyExpansion: b.Expansion.String(), model.KeyContraction: b.Contraction.String(),
		model.KeyChurn: b.Churn.String(), model.KeyCustomersStart: strconv.Itoa(b.Customers()),
		model.KeyCustomersRetained: strconv.Itoa(b.Customers() - b.Counts[calc.Churned]), model.KeyPeriod: "annual",
	} {
		m.Texts[k] = v
	}
	model.ReadCalculator(m, e.s.p)
	return true
}

// Report is the results of the table loaded, as HTML for the printed
// report; "" when there is none.
func (e *Page) Report(m *model.Model) string {
	if e.bridge == nil && e.analysis == nil {
		return ""
	}
	e.s.p = m.Printer()
	h := ""
	if e.analysis != nil {
		h += strings.Join(e.monthlyResults(), "")
	}
	if e.bridge != nil {
		h += e.bridgeResults()
	}
	return `<p>` + markup.Escape(e.summary()) + `</p>` + h
}
