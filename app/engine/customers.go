package engine

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// customerColumns are the customer table's columns.
var customerColumns = []lang.Key{"Customer", "Segment", "ARR at start", "ARR at end", "Change", "Movement"}

// customerHead writes the customer table's header row: each heading is a
// button that sorts by its column.
func (e *Engine) customerHead() string {
	p := e.s.p
	var h strings.Builder
	h.WriteString(`<tr>`)
	for i, c := range customerColumns {
		h.WriteString(`<th scope="col"><button type="button" class="sort" data-sort="` + strconv.Itoa(i) + `">` + markup.Escape(p.Text(c)) + `</button></th>`)
	}
	h.WriteString(`</tr>`)
	return h.String()
}

// Customers writes a window of the customer table: the bridge's rows
// sorted by a column and filtered by a search of the names. Only the rows
// on screen are written, whatever the table's size.
func (e *Engine) Customers(q api.Query, s api.Settings) *api.Rows {
	if e.bridge == nil {
		return &api.Rows{}
	}
	e.s = parseSettings(s)
	p, b := e.s.p, e.bridge
	if e.order == nil || q.Sort != e.sort.Sort || q.Desc != e.sort.Desc {
		e.sortRows(q)
	}
	idx := e.order
	if term := strings.TrimSpace(q.Search); term != "" {
		idx = make([]int, 0, 64)
		for _, i := range e.order {
			if containsFold(b.Rows[i].Customer, term) {
				idx = append(idx, i)
			}
		}
	}
	offset := min(max(q.Offset, 0), len(idx))
	end := min(offset+max(q.Limit, 0), len(idx))
	var h strings.Builder
	for k, i := range idx[offset:end] {
		r := &b.Rows[i]
		change := r.End - r.Start
		h.WriteString(`<tr aria-rowindex="` + strconv.Itoa(offset+k+2) + `"><th scope="row">` + markup.Escape(r.Customer) + `</th><td>` + markup.Escape(r.Segment) +
			`</td><td>` + markup.Escape(p.Money(int64(r.Start))) + `</td><td>` + markup.Escape(p.Money(int64(r.End))) +
			`</td><td>` + markup.Escape(signed(p, change)) + `</td><td>` + markup.Escape(p.Text(movementNames[r.Movement])) + `</td></tr>`)
	}
	return &api.Rows{Total: len(idx), Offset: offset, HTML: h.String()}
}

// sortRows orders the bridge's rows for the customer table.
func (e *Engine) sortRows(q api.Query) {
	rows := e.bridge.Rows
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	by := func(x, y int) int {
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
		return strings.Compare(strings.ToLower(a.Customer), strings.ToLower(b.Customer))
	}
	slices.SortStableFunc(order, func(x, y int) int {
		if q.Desc {
			return by(y, x)
		}
		return by(x, y)
	})
	e.order, e.sort = order, api.Query{Sort: q.Sort, Desc: q.Desc}
}

// containsFold reports whether s contains term, ignoring case.
func containsFold(s, term string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(term))
}

// drillLimit caps the customers a drill-down lists.
const drillLimit = 500

// Drill writes the customers behind one figure: a bridge movement
// ("b:churned") or a month's movement ("m:14:churn"), with their revenue
// before and after, largest change first.
func (e *Engine) Drill(key string, s api.Settings) string {
	e.s = parseSettings(s)
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
	case len(parts) == 3 && parts[0] == "m" && e.series != nil:
		m, err := strconv.Atoi(parts[1])
		if err != nil || m < 1 || m >= e.series.Months {
			return ""
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
		return ""
	}
	slices.SortStableFunc(lines, func(a, b line) int { return cmp.Compare(abs(b.after-b.before), abs(a.after-a.before)) })
	shown := lines[:min(len(lines), drillLimit)]
	unit := "ARR"
	if e.series != nil && !strings.HasPrefix(key, "b:") {
		unit = p.Text(e.unitKey())
	}
	rows := make([][]markup.Cell, len(shown))
	for i, l := range shown {
		rows[i] = []markup.Cell{{Text: l.name}, {Text: p.Money(int64(l.before))}, {Text: p.Money(int64(l.after))}, {Text: signed(p, l.after-l.before), Title: p.Money(int64(l.after - l.before))}}
	}
	var h strings.Builder
	h.WriteString(`<div class="drill-list">`)
	h.WriteString(markup.Table("drill-table", title+" ("+p.Text("%d customers", len(lines))+")",
		[]string{p.Text("Customer"), p.Text("%s before", unit), p.Text("%s after", unit), p.Text("Change")}, rows))
	if len(lines) > len(shown) {
		h.WriteString(`<p class="note">` + markup.Escape(p.Text("The %d largest are listed; the customer table below has them all.", len(shown))) + `</p>`)
	}
	h.WriteString(`</div>`)
	return h.String()
}

func abs(m calc.Money) calc.Money {
	if m < 0 {
		return -m
	}
	return m
}
