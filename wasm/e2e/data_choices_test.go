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

// findIn returns the one element with this role and name inside the group
// (a fieldset) named group.
func findIn(ctx context.Context, group, role, name string) (runtime.RemoteObjectID, error) {
	scope, err := find(ctx, "group", group)
	if err != nil {
		return "", err
	}
	res, err := chromedp.Call(ctx, accessibility.QueryAXTree, accessibility.QueryAXTreeParams{ObjectID: scope, AccessibleName: name, Role: role})
	if err != nil {
		return "", err
	}
	var ids []cdp.BackendNodeID
	for _, n := range res.Nodes {
		if !n.Ignored && n.BackendDOMNodeID != 0 {
			ids = append(ids, n.BackendDOMNodeID)
		}
	}
	if len(ids) != 1 {
		return "", fmt.Errorf("%d elements with role %s named %q in %q, want 1", len(ids), role, name, group)
	}
	node, err := chromedp.Call(ctx, dom.ResolveNode, dom.ResolveNodeParams{BackendNodeID: ids[0]})
	if err != nil {
		return "", err
	}
	return node.Object.ObjectID, nil
}

// selected is the text of the option a select shows.
func selected(ctx context.Context, obj runtime.RemoteObjectID) (string, error) {
	return callOn[string](ctx, obj, `function() { return this.options[this.selectedIndex].text; }`)
}

// chooseIn picks an option of the select labelled label in the group
// (a fieldset) named group, as choose does: the page has two selects
// "Amounts are", one for the table and one for the warehouse query.
func chooseIn(t testing.TB, ctx context.Context, group, label, option string) {
	t.Helper()
	var obj runtime.RemoteObjectID
	waitFor(t, ctx, fmt.Sprintf("a select %q in %q", label, group), func() (bool, string) {
		var err error
		obj, err = findIn(ctx, group, "combobox", label)
		return err == nil, fmt.Sprint(err)
	})
	pick(t, ctx, obj, label, option)
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
	asMRR, rep := nativeAccounts(t, customers, func(m *ingest.Mapping) { m.Unit = monthly.MRR }, totals)
	if asMRR.Start != 12*onTotals.Start || len(rep.Notices) == 0 {
		t.Fatalf("natively MRR gives a starting ARR of %v, from %v, and says %q", asMRR.Start, onTotals.Start, rep.Notices)
	}
	waitRates(t, ctx, asMRR)
	// The page says so, as the core does.
	waitNotices(t, ctx, rep)

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
