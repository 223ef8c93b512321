package data

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/markup/sheet"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// customerColumns are the customer table's columns, and what they hold.
var customerColumns = []struct {
	name lang.Key
	unit markup.Unit
}{{"Customer", markup.Words}, {"Segment", markup.Words}, {"ARR at start", markup.Amount}, {"ARR at end", markup.Amount}, {"Change", markup.Amount}, {"Movement", markup.Words}}

// The customer table shows RowsShown rows of RowHeight pixels (the
// stylesheet's .customers row height) at a time, and writes RowsAhead more
// on each side, so that scrolling shows rows before the next window comes.
const (
	RowHeight = 32
	RowsShown = 15
	RowsAhead = 10
)

// customerHead writes the customer table's header row: each heading is a
// button that sorts by its column.
func (e *Page) customerHead() string {
	p := e.s.p
	var h strings.Builder
	h.WriteString(`<tr>`)
	for i, c := range customerColumns {
		sort := "none"
		if i == e.sort.Sort {
			sort = "ascending"
			if e.sort.Desc {
				sort = "descending"
			}
		}
		name := p.Text(c.name)
		h.WriteString(`<th scope="col" aria-sort="` + sort + `"` + markup.HeadAttrs(p, name, c.unit) + `><button type="button" class="sort" data-action="sort:` + strconv.Itoa(i) + `">` +
			markup.Escape(name) + `</button></th>`)
	}
	h.WriteString(`</tr>`)
	return h.String()
}

// customers is the customer table: a search field, the window of rows in a
// scrolling region, and the button that forgets the table.
func (e *Page) customers() api.Block {
	p := e.s.p
	return api.Block{ID: "customers-card", Card: true, Heading: p.Text("Customers"), Blocks: []api.Block{
		{Fields: []api.Field{{ID: model.DataField(keySearch), Kind: "search", Label: p.Text("Search customers"), Value: e.s.raw[keySearch]}}},
		e.Window(0),
		// The page holds only a window of the rows: the engine writes the
		// file and the cells from all of them.
		{HTML: markup.TableTools(p, p.Text("Customers"), "customers:csv", "customers:tsv")},
		{Fields: []api.Field{{ID: "forget", Kind: "button", Label: p.Text("Forget this table"), Action: "forget", Class: "secondary"}}},
	}}
}

// Search writes the customer table's first rows for the search the
// working state now holds; nothing else is read again.
func (e *Page) Search(m *model.Model) api.Block {
	if m.Data != nil {
		e.s.raw = m.Data
	}
	return e.Window(0)
}

// Window writes the customer table with the rows on screen at the scroll
// position top (in pixels): the bridge's rows sorted by a column and
// filtered by a search of the names. Only those rows are written, whatever
// the table's size; spacers above and below keep the scroll height of all
// of them.
func (e *Page) Window(top int) api.Block {
	b := api.Block{ID: "customers", Scroll: true, Class: "customer-scroll"}
	if e.bridge == nil {
		return b
	}
	p, rows := e.s.p, e.bridge.Rows
	q := query{Sort: e.sort.Sort, Desc: e.sort.Desc, Search: strings.TrimSpace(e.s.raw[keySearch])}
	if e.order == nil || q.Sort != e.sort.Sort || q.Desc != e.sort.Desc {
		e.sortRows(q)
	}
	idx := e.order
	if q.Search != "" {
		term := strings.ToLower(q.Search)
		idx = make([]int32, 0, 64)
		for _, i := range e.order {
			if containsFolded(rows[i].Customer, term) {
				idx = append(idx, i)
			}
		}
	}
	offset := min(max(top/RowHeight-RowsAhead, 0), len(idx))
	end := min(offset+RowsShown+2*RowsAhead, len(idx))
	spacer := func(n int) string {
		return `<tr class="spacer" aria-hidden="true"><td colspan="6"><svg width="1" height="` + strconv.Itoa(max(n, 0)*RowHeight) + `"></svg></td></tr>`
	}
	var h strings.Builder
	h.WriteString(`<table class="customers" aria-rowcount="` + strconv.Itoa(len(idx)+1) + `"><caption>` + markup.Escape(p.Text("Customers")) +
		` <span class="hint">` + markup.Escape(p.Text("%d customer|%d customers", len(idx))) + `</span></caption><thead>` + e.customerHead() + `</thead><tbody>` + spacer(offset))
	for k, i := range idx[offset:end] {
		r := &rows[i]
		h.WriteString(`<tr aria-rowindex="` + strconv.Itoa(offset+k+2) + `"><th scope="row">` + markup.Escape(r.Customer) + `</th><td>` + markup.Escape(r.Segment) + `</td>`)
		for _, c := range e.customerFigures(r) {
			h.WriteString(td(c))
		}
		h.WriteString(`<td>` + markup.Escape(p.Text(movementNames[r.Movement])) + `</td></tr>`)
	}
	h.WriteString(spacer(len(idx)-end) + `</tbody></table>`)
	b.HTML = h.String()
	return b
}

// customerFigures are a customer's figures as the customer table shows
// them: ARR at start and at end in full, the change compactly.
func (e *Page) customerFigures(r *calc.BridgeRow) [3]markup.Cell {
	p, change := e.s.p, int64(r.End-r.Start)
	return [3]markup.Cell{markup.AmountCell(p, p.Money(int64(r.Start)), int64(r.Start)), markup.AmountCell(p, p.Money(int64(r.End)), int64(r.End)),
		markup.ShortCell(p, signed(p, calc.Money(change)), change)}
}

// CustomersText writes every row of the customer table, in its order and
// for its search, with its header row, as the page's other tables are
// exported (see sheet.Sheet): as CSV ("csv"), or as tab-separated cells
// ("tsv"), with the figures as plain numbers.
func (e *Page) CustomersText(kind string) string {
	if e.bridge == nil {
		return ""
	}
	p, rows := e.s.p, e.bridge.Rows
	if e.order == nil {
		e.sortRows(e.sort)
	}
	search := strings.TrimSpace(e.s.raw[keySearch])
	s := sheet.New(kind, p.Lang)
	for _, c := range customerColumns {
		s.Text(markup.ExportHead(p, p.Text(c.name), c.unit))
	}
	s.EndRow()
	term := strings.ToLower(search)
	for _, i := range e.order {
		r := &rows[i]
		if search == "" || containsFolded(r.Customer, term) {
			s.Text(r.Customer)
			s.Text(r.Segment)
			s.Figure(p.Currency.Plain(int64(r.Start)))
			s.Figure(p.Currency.Plain(int64(r.End)))
			s.Figure(p.Currency.Plain(int64(r.End - r.Start)))
			s.Text(p.Text(movementNames[r.Movement]))
			s.EndRow()
		}
	}
	return s.String()
}

// Sort orders the customer table by column col, reversing the order when it
// is already sorted by it.
func (e *Page) Sort(col int) {
	if col < 0 || col >= len(customerColumns) {
		return
	}
	q := query{Sort: col, Desc: col == e.sort.Sort && !e.sort.Desc}
	e.sortRows(q)
}

// sortRows orders the bridge's rows for the customer table. Rows that
// compare equal keep the bridge's order, as a stable sort would keep them;
// the index breaks the tie, so that the faster unstable sort gives the same
// order.
func (e *Page) sortRows(q query) {
	rows := e.bridge.Rows
	order := make([]int32, len(rows))
	for i := range order {
		order[i] = int32(i)
	}
	by := func(x, y int32) int {
		a, b := &rows[x], &rows[y]
		switch q.Sort {
		case 1:
			return strings.Compare(a.Segment, b.Segment)
		case 2:
			return cmp.Compare(a.Start, b.Start)
		case 3:
			return cmp.Compare(a.End, b.End)
		case 4:
			return cmp.Compare(a.End-a.Start, b.End-b.Start)
		case 5:
			return cmp.Compare(a.Movement, b.Movement)
		}
		return compareFolded(a.Customer, b.Customer)
	}
	slices.SortFunc(order, func(x, y int32) int {
		c := by(x, y)
		if q.Desc {
			c = -c
		}
		if c == 0 {
			return cmp.Compare(x, y)
		}
		return c
	})
	e.order, e.sort = order, query{Sort: q.Sort, Desc: q.Desc}
}

// drillLimit caps the customers a drill-down lists.
const drillLimit = 500

// Drill writes the customers behind one figure: a bridge movement
// ("b:churned") or a month's movement ("m:14:churn"), with their revenue
// before and after, largest change first.
func (e *Page) Drill(key string) api.Block {
	p := e.s.p
	type line struct {
		name          string
		before, after calc.Money
	}
	var lines []line
	var title string
	parts := strings.Split(key, ":")
	switch {
	case len(parts) == 2 && parts[0] == "b" && e.bridge != nil:
		for mv, name := range movementNames {
			if calc.Movement(mv).String() == parts[1] {
				title = p.Text("%s: customers in the %s", p.Text(name), e.bridgeTitle())
				for i := range e.bridge.Rows {
					if r := &e.bridge.Rows[i]; r.Movement == calc.Movement(mv) {
						lines = append(lines, line{r.Customer, r.Start, r.End})
					}
				}
			}
		}
	case len(parts) == 3 && parts[0] == "m" && e.movements != nil:
		m, err := strconv.Atoi(parts[1])
		if err != nil || m < 0 || m >= len(e.movements.Months) {
			return api.Block{ID: "drill"}
		}
		month := e.movements.Months[m].Month
		for _, k := range movementKinds {
			if k.key == parts[2] {
				title = p.Text("%s in %s", p.Text(k.label), e.monthName(month))
			}
		}
		for _, cm := range e.movements.Customers {
			if cm.Month == month && movementKinds[cm.Kind].key == parts[2] {
				before, after := cm.MRR, cm.MRR
				switch cm.Kind {
				case ingest.KindNew, ingest.KindReactivation, ingest.KindExpansion:
					before = cm.MRR - cm.Amount
				default:
					before = cm.MRR + cm.Amount
				}
				if !cm.HasMRR {
					before, after = 0, cm.Amount
					if cm.Kind == ingest.KindChurn || cm.Kind == ingest.KindContraction {
						before, after = cm.Amount, 0
					}
				}
				lines = append(lines, line{cm.Customer, before, after})
			}
		}
	case len(parts) == 3 && parts[0] == "m" && e.series != nil:
		m, err := strconv.Atoi(parts[1])
		if err != nil || m < 1 || m >= e.series.Months {
			return api.Block{ID: "drill"}
		}
		for _, k := range movementKinds {
			if k.key == parts[2] {
				title = p.Text("%s in %s", p.Text(k.label), e.monthName(e.series.Start+monthly.Month(m)))
			}
		}
		for c, name := range e.series.Customers {
			prev, cur := e.series.Amount(c, m-1), e.series.Amount(c, m)
			if e.movementOf(c, m, prev, cur) == parts[2] {
				lines = append(lines, line{name, prev, cur})
			}
		}
	}
	if title == "" {
		return api.Block{ID: "drill"}
	}
	slices.SortStableFunc(lines, func(a, b line) int { return cmp.Compare(abs(b.after-b.before), abs(a.after-a.before)) })
	shown := lines[:min(len(lines), drillLimit)]
	unit := "ARR"
	if e.series != nil && !strings.HasPrefix(key, "b:") {
		unit = p.Text(e.unitKey())
	}
	rows := make([][]markup.Cell, len(shown))
	for i, l := range shown {
		rows[i] = []markup.Cell{{Text: l.name}, markup.AmountCell(p, p.Money(int64(l.before)), int64(l.before)), markup.AmountCell(p, p.Money(int64(l.after)), int64(l.after)),
			markup.ShortCell(p, signed(p, l.after-l.before), int64(l.after-l.before))}
	}
	var h strings.Builder
	h.WriteString(`<div class="drill-list">`)
	h.WriteString(markup.Table(p, "drill-table", title+" ("+p.Text("%d customer|%d customers", len(lines))+")",
		[]string{p.Text("Customer"), p.Text("%s before", unit), p.Text("%s after", unit), p.Text("Change")}, rows))
	if len(lines) > len(shown) {
		h.WriteString(`<p class="note">` + markup.Escape(p.Text("The %d largest are listed; the customer table below has them all.", len(shown))) + `</p>`)
	}
	h.WriteString(`</div>`)
	return api.Block{ID: "drill", Card: true, Class: "drill", Heading: p.Text("Customers behind the figure"), Blocks: []api.Block{
		{HTML: h.String()},
		{Fields: []api.Field{{ID: "close-drill", Kind: "button", Label: p.Text("Close the list"), Action: "close-drill", Class: "secondary"}}},
	}}
}

func abs(m calc.Money) calc.Money {
	if m < 0 {
		return -m
	}
	return m
}
