package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// The data page's choices: a column's role and each convention, changed as
// a user does, and compared with what the core computes natively from the
// same bytes with the same choice.

// The fieldsets the data page's choices are in.
const (
	groupColumns     = "Columns"
	groupReading     = "How the table is read"
	groupConventions = "Conventions"
	groupShown       = "What is shown"
)

// nativeReading reads data as the data page does, with edit applied to the
// detected mapping as the page applies the user's choices (nil for none).
func nativeReading(t testing.TB, data []byte, edit func(*ingest.Mapping)) (*ingest.Table, ingest.Mapping) {
	t.Helper()
	tab, m := nativeTable(t, data)
	if edit != nil {
		edit(&m)
	}
	return tab, m
}

// nativeAccounts is the ARR bridge of a per-customer table read with edit,
// and the report of its reading.
func nativeAccounts(t testing.TB, data []byte, edit func(*ingest.Mapping), opt calc.BridgeOptions) (*calc.Bridge, ingest.Report) {
	t.Helper()
	tab, m := nativeReading(t, data, edit)
	accounts, rep := tab.Accounts(m)
	if accounts == nil {
		t.Fatalf("reading the accounts natively: %v", rep.Errors)
	}
	b, err := calc.NewBridge(accounts, opt)
	if err != nil {
		t.Fatal(err)
	}
	return b, rep
}

// nativeSeries is the monthly series of a table read with edit, and the
// report of its reading.
func nativeSeries(t testing.TB, data []byte, edit func(*ingest.Mapping)) (*monthly.Series, ingest.Report) {
	t.Helper()
	tab, m := nativeReading(t, data, edit)
	s, rep := tab.ReadSeries(m)
	if s == nil {
		t.Fatalf("reading the series natively: %v", rep.Errors)
	}
	return s, rep
}

// analyse is the core's analysis of a series with the conventions opt.
func analyse(t testing.TB, s *monthly.Series, opt monthly.Options) *monthly.Analysis {
	t.Helper()
	a, err := monthly.Analyse(s, opt)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// seriesBridge is the ARR bridge the page draws from a monthly series by
// default: each customer's last month against the same month a year
// before (the first month when the series is shorter), MRR times twelve.
func seriesBridge(t testing.TB, s *monthly.Series, opt calc.BridgeOptions) *calc.Bridge {
	t.Helper()
	to := s.Months - 1
	from := max(0, to-12)
	toARR := calc.Money(1)
	if s.Unit == monthly.MRR {
		toARR = 12
	}
	accounts := make([]calc.Account, len(s.Customers))
	for c, name := range s.Customers {
		accounts[c] = calc.Account{Customer: name, Start: s.Amount(c, from) * toARR, End: s.Amount(c, to) * toARR}
	}
	b, err := calc.NewBridge(accounts, opt)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// waitRates waits until the bridge's three rates show the core's.
func waitRates(t testing.TB, ctx context.Context, b *calc.Bridge) {
	t.Helper()
	p := lang.Printer{}
	waitBridge(t, ctx, b)
	waitText(t, ctx, "status", "Gross revenue retention", p.Percent(b.Retention.GRR))
	waitText(t, ctx, "status", "Logo retention", p.Percent(b.Retention.LogoRetention))
}

// waitLatest waits until the last month's monthly and trailing rates show
// the core's.
func waitLatest(t testing.TB, ctx context.Context, a *monthly.Analysis) {
	t.Helper()
	p := lang.Printer{}
	last := len(a.Movements) - 1
	tr, mo := a.Trailing[last], a.Monthly[last]
	if !tr.Defined || !mo.Defined {
		t.Fatalf("the core gives no rates for the last month: trailing %v, monthly %v", tr.Defined, mo.Defined)
	}
	waitText(t, ctx, "status", "Trailing 12-month NRR", p.Percent(tr.NRR))
	waitText(t, ctx, "status", "Trailing 12-month GRR", p.Percent(tr.GRR))
	waitText(t, ctx, "status", "Monthly NRR", p.Percent(mo.NRR))
	waitText(t, ctx, "status", "Monthly GRR", p.Percent(mo.GRR))
}

// waitSentences waits until the page shows every sentence of shown and
// none of gone: the "how computed" sentences of one convention replacing
// another's.
func waitSentences(t testing.TB, ctx context.Context, shown, gone []string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf("the page to show %q and not %q", shown, gone), func() (bool, string) {
		body, err := bodyText(ctx)
		if err != nil {
			return false, err.Error()
		}
		for _, s := range shown {
			if !strings.Contains(body, s) {
				return false, fmt.Sprintf("no %q", s)
			}
		}
		for _, s := range gone {
			if strings.Contains(body, s) {
				return false, fmt.Sprintf("still %q", s)
			}
		}
		return true, ""
	})
}

// methods are the "how computed" sentences of a monthly analysis's last
// month and of its movements, as the page writes them.
func methods(a *monthly.Analysis) []string {
	p := lang.Printer{}
	last := len(a.Movements) - 1
	return []string{p.Sentences(a.Trailing[last].Method...), p.Sentences(a.Monthly[last].Method...), p.Sentences(a.MovementsMethod...)}
}

// changed are the sentences of now that were not in before.
func changed(before, now []string) []string {
	var out []string
	for _, s := range now {
		if !slices.Contains(before, s) {
			out = append(out, s)
		}
	}
	return out
}

// waitNoTable waits until no table is captioned name.
func waitNoTable(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf("no table %q", name), func() (bool, string) {
		ids, err := findAll(ctx, "table", name)
		if err != nil {
			return false, err.Error()
		}
		return len(ids) == 0, fmt.Sprintf("%d tables", len(ids))
	})
}

func TestDataPageColumnRolesReReadTheTable(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	open(t, ctx, srv.url("data"))

	customers := readFile(t, "web/sample-customers.csv")
	press(t, ctx, "button", "Sample: 200 customers, ARR at start and end")
	b, _ := nativeAccounts(t, customers, nil, calc.BridgeOptions{})
	if len(b.Segments) == 0 {
		t.Fatal("the sample has no segments natively")
	}
	waitRates(t, ctx, b)
	waitFind(t, ctx, "table", "ARR bridge by segment")

	// The segment column not used: the same bridge, and no segments.
	chooseIn(t, ctx, groupColumns, "Segment", "Not used")
	noSegment := func(m *ingest.Mapping) { _ = m.SetRole(1, ingest.RoleIgnored) }
	b, _ = nativeAccounts(t, customers, noSegment, calc.BridgeOptions{})
	if len(b.Segments) != 0 {
		t.Fatalf("natively %d segments with the segment column ignored", len(b.Segments))
	}
	waitNoTable(t, ctx, "ARR bridge by segment")
	waitRates(t, ctx, b)

	// Start and end swapped, one select after the other: the customers who
	// churned are now new, and the other way round.
	chooseIn(t, ctx, groupColumns, "Start ARR", "ARR at end")
	chooseIn(t, ctx, groupColumns, "End ARR", "ARR at start")
	swapped, _ := nativeAccounts(t, customers, func(m *ingest.Mapping) {
		noSegment(m)
		_ = m.SetRole(2, ingest.RoleEndARR)
		_ = m.SetRole(3, ingest.RoleStartARR)
	}, calc.BridgeOptions{})
	if swapped.Start != b.End || swapped.New != b.Churn || swapped.Churn != b.New {
		t.Fatalf("natively the swapped bridge is %+v, from %+v", swapped.BridgeTotals, b.BridgeTotals)
	}
	waitRates(t, ctx, swapped)

	// A monthly sheet's last month left out: the series ends a month
	// earlier.
	mrr := readFile(t, "web/sample-mrr.csv")
	press(t, ctx, "button", "Sample: monthly MRR of 300 customers over 24 months")
	s, _ := nativeSeries(t, mrr, nil)
	waitMovements(t, ctx, analyse(t, s, monthly.Options{}))
	tab, _ := nativeTable(t, mrr)
	lastColumn := tab.Columns - 1
	chooseIn(t, ctx, groupColumns, tab.Cell(0, lastColumn), "Not used")
	short, _ := nativeSeries(t, mrr, func(m *ingest.Mapping) { _ = m.SetRole(lastColumn, ingest.RoleIgnored) })
	if short.Months != s.Months-1 {
		t.Fatalf("natively %d months without the last column, from %d", short.Months, s.Months)
	}
	waitMovements(t, ctx, analyse(t, short, monthly.Options{}))
	waitRates(t, ctx, seriesBridge(t, short, calc.BridgeOptions{}))
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console: %q", p)
	}
}

func TestDataPagePerCustomerConventionsGiveTheCoresFigures(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))
	p := lang.Printer{}

	customers := readFile(t, "web/sample-customers.csv")
	press(t, ctx, "button", "Sample: 200 customers, ARR at start and end")
	perCustomer, _ := nativeAccounts(t, customers, nil, calc.BridgeOptions{})
	waitRates(t, ctx, perCustomer)
	perCustomerMethod := p.Sentences(perCustomer.Retention.Method...)
	waitShown(t, ctx, perCustomerMethod)

	// GRR capped on the totals: expansion offsets losses up to 100%.
	chooseIn(t, ctx, groupConventions, "GRR is capped", "On the totals: expansion can offset losses up to 100%")
	totals := calc.BridgeOptions{GRRCap: calc.CapOnTotals}
	onTotals, _ := nativeAccounts(t, customers, nil, totals)
	if onTotals.Retention.GRR == perCustomer.Retention.GRR {
		t.Fatalf("natively GRR is %v either way", onTotals.Retention.GRR)
	}
	waitRates(t, ctx, onTotals)
	waitSentences(t, ctx, []string{p.Sentences(onTotals.Retention.Method...)}, []string{perCustomerMethod})

	// Amounts read as MRR: every ARR is twelve times the figure.
	chooseIn(t, ctx, groupReading, "Amounts are", "Monthly recurring revenue (MRR)")
	asMRR, _ := nativeAccounts(t, customers, func(m *ingest.Mapping) { m.Unit = monthly.MRR }, totals)
	if asMRR.Start != 12*onTotals.Start {
		t.Fatalf("natively MRR gives a starting ARR of %v, from %v", asMRR.Start, onTotals.Start)
	}
	waitRates(t, ctx, asMRR)

	// A new table keeps the conventions, not the reading: the monthly
	// sample is MRR as its headers say, and its GRR is capped on totals.
	mrr := readFile(t, "web/sample-mrr.csv")
	press(t, ctx, "button", "Sample: monthly MRR of 300 customers over 24 months")
	s, _ := nativeSeries(t, mrr, nil)
	a := analyse(t, s, monthly.Options{GRRCap: calc.CapOnTotals})
	waitMovements(t, ctx, a)
	waitLatest(t, ctx, a)
	waitRates(t, ctx, seriesBridge(t, s, totals))
	waitShown(t, ctx, methods(a)...)
}

func TestDataPageMonthlyConventionsGiveTheCoresFigures(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	open(t, ctx, srv.url("data"))

	mrr := readFile(t, "web/sample-mrr.csv")
	press(t, ctx, "button", "Sample: monthly MRR of 300 customers over 24 months")
	s, _ := nativeSeries(t, mrr, nil)
	var opt monthly.Options
	a := analyse(t, s, opt)
	waitMovements(t, ctx, a)
	waitLatest(t, ctx, a)
	waitShown(t, ctx, methods(a)...)

	// Each convention in turn, the ones before it kept: the figures it
	// changes and its sentences follow the core's.
	for _, c := range []struct {
		label, option string
		set           func(*monthly.Options)
		// differs says what the convention changes in the core's
		// analysis of the sample, so that the test can tell it was applied.
		differs func(before, now *monthly.Analysis) bool
	}{
		{"GRR is capped", "On the totals: expansion can offset losses up to 100%",
			func(o *monthly.Options) { o.GRRCap = calc.CapOnTotals },
			func(b, n *monthly.Analysis) bool { return lastOf(b.Trailing).GRR != lastOf(n.Trailing).GRR }},
		{"Trailing 12-month NRR counts", "Customers paying at both ends, whatever happened in between",
			func(o *monthly.Options) { o.EndPoint = true },
			func(b, n *monthly.Analysis) bool { return lastOf(b.Trailing).NRR != lastOf(n.Trailing).NRR }},
		{"A customer who returns counts as", "New",
			func(o *monthly.Options) { o.ReactivationAsNew = true },
			func(b, n *monthly.Analysis) bool { return total(b, reactivation) > 0 && total(n, reactivation) == 0 }},
		{"Customers paying in the first month", "Count as new",
			func(o *monthly.Options) { o.OpeningAsNew = true },
			func(b, n *monthly.Analysis) bool {
				return b.Movements[0].New == 0 && n.Movements[0].New == n.Movements[0].Total
			}},
		{"GRR is capped", "Per customer: one customer's expansion never offsets another's loss",
			func(o *monthly.Options) { o.GRRCap = calc.CapPerCustomer },
			func(b, n *monthly.Analysis) bool { return lastOf(b.Monthly).GRR != lastOf(n.Monthly).GRR }},
	} {
		before := a
		c.set(&opt)
		a = analyse(t, s, opt)
		if !c.differs(before, a) {
			t.Fatalf("%s %q: the core's analysis of the sample does not change", c.label, c.option)
		}
		chooseIn(t, ctx, groupConventions, c.label, c.option)
		waitMovements(t, ctx, a)
		waitLatest(t, ctx, a)
		waitSentences(t, ctx, methods(a), changed(methods(a), methods(before)))
	}

	// The bridge's GRR follows the cap too.
	waitRates(t, ctx, seriesBridge(t, s, calc.BridgeOptions{GRRCap: opt.GRRCap}))

	// Amounts read as ARR: the same movements, named ARR, and a bridge of
	// the amounts as they are.
	chooseIn(t, ctx, groupReading, "Amounts are", "Annual recurring revenue (ARR)")
	arr, _ := nativeSeries(t, mrr, func(m *ingest.Mapping) { m.Unit = monthly.ARR })
	waitFind(t, ctx, "table", "Monthly ARR movements")
	waitRates(t, ctx, seriesBridge(t, arr, calc.BridgeOptions{GRRCap: opt.GRRCap}))
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console: %q", p)
	}
}

// lastOf is the last month's retention.
func lastOf(rs []monthly.Retention) monthly.Retention { return rs[len(rs)-1] }

// reactivation is a month's reactivated revenue.
func reactivation(mv monthly.Movement) calc.Money { return mv.Reactivation }

// total adds up one movement over every month.
func total(a *monthly.Analysis, of func(monthly.Movement) calc.Money) calc.Money {
	var sum calc.Money
	for _, mv := range a.Movements {
		sum += of(mv)
	}
	return sum
}

func TestDataPageCohortsFollowTheirSwitches(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))
	press(t, ctx, "button", "Sample: monthly MRR of 300 customers over 24 months")
	s, _ := nativeSeries(t, readFile(t, "web/sample-mrr.csv"), nil)
	waitCohorts(t, ctx, s, monthly.ByMonth, false)

	chooseIn(t, ctx, groupShown, "Cohorts by", "Quarter")
	waitCohorts(t, ctx, s, monthly.ByQuarter, false)
	chooseIn(t, ctx, groupShown, "Cohorts by", "Year")
	waitCohorts(t, ctx, s, monthly.ByYear, false)
	chooseIn(t, ctx, groupShown, "Cohort retention of", "Customers (logos)")
	waitCohorts(t, ctx, s, monthly.ByYear, true)
	chooseIn(t, ctx, groupShown, "Cohorts by", "Month")
	waitCohorts(t, ctx, s, monthly.ByMonth, true)
}

// waitCohorts waits until the cohort heatmap shows the core's cohorts of s
// grouped by g: each cohort's name and customers, and at each age its
// revenue retention, or its logo retention when logos, as a whole percentage.
func waitCohorts(t testing.TB, ctx context.Context, s *monthly.Series, g monthly.Grouping, logos bool) {
	t.Helper()
	cs, err := monthly.Cohorts(s, g)
	if err != nil {
		t.Fatal(err)
	}
	p := lang.Printer{}
	caption := "Cohort revenue retention"
	if logos {
		caption = "Cohort logo retention"
	}
	ages := 0
	for _, c := range cs {
		ages = max(ages, len(c.Revenue))
	}
	head := []string{"Cohort", "Customers"}
	for a := range ages {
		head = append(head, fmt.Sprint(a))
	}
	want := [][]string{head}
	for _, c := range cs {
		if c.Customers == 0 {
			continue
		}
		name := p.Month(lang.MonthOf(c.Start.Year(), int(c.Start.Month())))
		switch g {
		case monthly.ByQuarter:
			name = fmt.Sprintf("Q%d %d", (int(c.Start.Month())-1)/3+1, c.Start.Year())
		case monthly.ByYear:
			name = fmt.Sprint(c.Start.Year())
		}
		row := []string{name, p.Int(int64(c.Customers))}
		for a := range ages {
			switch {
			case a >= len(c.Revenue):
				row = append(row, "")
			case logos:
				row = append(row, p.Decimal(c.LogoRetention[a]*100, 0)+"%")
			case !c.RetentionDefined:
				row = append(row, "")
			default:
				row = append(row, p.Decimal(c.RevenueRetention[a]*100, 0)+"%")
			}
		}
		want = append(want, row)
	}
	waitFor(t, ctx, fmt.Sprintf("%q to show the core's %d cohorts", caption, len(want)-1), func() (bool, string) {
		rows, err := tableCells(ctx, caption)
		if err != nil {
			return false, err.Error()
		}
		if len(rows) != len(want) {
			return false, fmt.Sprintf("%d rows, want %d", len(rows), len(want))
		}
		for i, w := range want {
			if strings.Join(rows[i], "|") != strings.Join(w, "|") {
				return false, fmt.Sprintf("row %d: %q, want %q", i, rows[i], w)
			}
		}
		return true, ""
	})
}

// chooseIn picks an option of the select labelled label in the group
// (a fieldset) named group, as choose does: the page has two selects
// "Amounts are", one for the table and one for the warehouse query. The
// focus leaves the select first, as a user's hand does between two
// choices: a select takes keys typed within a second of each other as one
// search, so a second choice soon after the first would continue it.
func chooseIn(t testing.TB, ctx context.Context, group, label, option string) {
	t.Helper()
	var obj runtime.RemoteObjectID
	waitFor(t, ctx, fmt.Sprintf("a select %q in %q", label, group), func() (bool, string) {
		scope, err := find(ctx, "group", group)
		if err != nil {
			return false, err.Error()
		}
		res, err := chromedp.Call(ctx, accessibility.QueryAXTree, accessibility.QueryAXTreeParams{ObjectID: scope, AccessibleName: label, Role: "combobox"})
		if err != nil {
			return false, err.Error()
		}
		var ids []cdp.BackendNodeID
		for _, n := range res.Nodes {
			if !n.Ignored && n.BackendDOMNodeID != 0 {
				ids = append(ids, n.BackendDOMNodeID)
			}
		}
		if len(ids) != 1 {
			return false, fmt.Sprintf("%d selects", len(ids))
		}
		node, err := chromedp.Call(ctx, dom.ResolveNode, dom.ResolveNodeParams{BackendNodeID: ids[0]})
		if err != nil {
			return false, err.Error()
		}
		obj = node.Object.ObjectID
		return true, ""
	})
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement?.blur(), true`)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatalf("focusing %q: %v", label, err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(option)); err != nil {
		t.Fatalf("choosing %q in %q: %v", option, label, err)
	}
	waitFor(t, ctx, fmt.Sprintf("%q to show %q", label, option), func() (bool, string) {
		got, err := callOn[string](ctx, obj, `function() { return this.options[this.selectedIndex].text; }`)
		if err != nil {
			return false, err.Error()
		}
		return got == option, got
	})
}

// searchCustomers types text into the customer table's search field.
func searchCustomers(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	obj := waitFind(t, ctx, "searchbox", "Search customers")
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatal(err)
	}
	if _, err := callOn[bool](ctx, obj, `function() { this.select(); return true; }`); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(text)); err != nil {
		t.Fatal(err)
	}
}
