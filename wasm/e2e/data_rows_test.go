package e2e

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/chromedp"

	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// The rows of a table that are not customers: rows with a cell that cannot
// be read, left out only when the user says so, and the total rows of
// spreadsheets, recognised by their figures.

// reading is what the core makes of a table: its report, and the bridge the
// page shows (of the table, or of a monthly table's last twelve months),
// with the analysis of a monthly one; nil when nothing can be analysed.
type reading struct {
	report   ingest.Report
	bridge   *calc.Bridge
	analysis *monthly.Analysis
}

// nativeRead reads data as the data page does, skipping unreadable rows
// when skip, and analyses it with the page's default conventions.
func nativeRead(t testing.TB, data []byte, skip bool) reading {
	t.Helper()
	tab, m := nativeTable(t, data)
	m.SkipBadRows = skip
	var r reading
	if m.Shape == ingest.PerCustomer {
		var accounts []calc.Account
		accounts, r.report = tab.Accounts(m)
		if accounts != nil {
			b, err := calc.NewBridge(accounts, calc.BridgeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			r.bridge = b
		}
		return r
	}
	s, rep := tab.ReadSeries(m)
	r.report = rep
	if s != nil {
		r.analysis = analyse(t, s, monthly.Options{})
		r.bridge = seriesBridge(t, s, calc.BridgeOptions{})
	}
	return r
}

// waitReading waits until the page shows the core's reading: its notices,
// and its movements or its bridge.
func waitReading(t testing.TB, ctx context.Context, r reading) {
	t.Helper()
	if r.analysis != nil {
		waitMovements(t, ctx, r.analysis)
	}
	waitRates(t, ctx, r.bridge)
	waitNotices(t, ctx, r.report)
}

// waitNotices waits until the page shows every notice of a reading.
func waitNotices(t testing.TB, ctx context.Context, rep ingest.Report) {
	t.Helper()
	waitInCurrency(t, ctx, "the core's notices", func(p lang.Printer) (bool, string) {
		body, err := bodyText(ctx)
		if err != nil {
			return false, err.Error()
		}
		for _, n := range rep.NoticesIn(p) {
			if !strings.Contains(body, n) {
				return false, fmt.Sprintf("no %q", n)
			}
		}
		return true, ""
	})
}

func TestDataPageSkipsUnreadableRowsOnlyWhenAsked(t *testing.T) {
	for _, c := range []struct{ name, table string }{
		{"a monthly MRR sheet", "Customer\tJan 2024\tFeb 2024\tMar 2024\tApr 2024\n" +
			"Acme\t$1,000\t$1,000\t$1,200\t$1,200\nBolt\t$500\t#N/A\t$500\t$0\nCask\t$300\t$300\t$300\t$300\n" +
			"Dune\t\t$800\t$800\t$800\nEcho\t$200\t$200\ttwelve\t$250\nFern\t$400\t$400\t\t\n"},
		{"a per-customer list", "Customer\tSegment\tARR 2023\tARR 2024\n" +
			"Acme\tSMB\t$1,000\t$1,200\nBolt\tSMB\t$2,000\t#REF!\nCask\tEnterprise\t$500\t$0\n" +
			"Dune\tEnterprise\tabc\t$900\nEcho\tSMB\t\t$700\nFern\tEnterprise\t$3,000\t$2,500\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := []byte(c.table)
			strict, skipped := nativeRead(t, data, false), nativeRead(t, data, true)
			if strict.bridge != nil || len(strict.report.Errors) != 2 {
				t.Fatalf("natively analysed with %d unreadable cells", len(strict.report.Errors))
			}
			if r := skipped.report; r.Skipped != 2 || r.SkippedAmount <= 0 || skipped.bridge == nil {
				t.Fatalf("natively skipped %d rows holding %v", r.Skipped, r.SkippedAmount)
			}
			ctx := newBrowser(t)
			srv := newServer(t, siteDir)
			log := recordConsole(ctx)
			open(t, ctx, srv.url("data"))
			paste(t, ctx, "Paste your table", c.table)

			// Each cell is named, and nothing is analysed while they stand.
			p := lang.Printer{} // the cells' addresses hold no amounts
			shown := []string{p.Text("%d cell cannot be read|%d cells cannot be read", len(strict.report.Errors))}
			for _, e := range strict.report.Errors {
				shown = append(shown, p.Msg(e.Address()))
			}
			waitShown(t, ctx, shown...)
			for _, name := range []string{"ARR bridge", "Monthly MRR movements"} {
				if ids, _ := findAll(ctx, "table", name); len(ids) != 0 {
					t.Fatalf("%q is shown while cells cannot be read", name)
				}
			}

			// Skipped, the other rows give the core's figures, and the page
			// says how many rows were left out and what they held.
			toggle(t, ctx, "Skip unreadable rows")
			waitReading(t, ctx, skipped)

			// Not skipped again, nothing is analysed.
			toggle(t, ctx, "Skip unreadable rows")
			waitNoTable(t, ctx, "ARR bridge")
			waitShown(t, ctx, shown...)
			if p := log.problems(); len(p) > 0 {
				t.Errorf("console: %q", p)
			}
		})
	}
}

// A cell that cannot be read is a button: pressed, the preview shows its
// row, and the focus is on it. The two cells are further apart than the
// preview's rows, so each row is only in the preview its button brings.
func TestAnUnreadableCellsButtonShowsItsRowFocused(t *testing.T) {
	var b strings.Builder
	b.WriteString("Customer\tSegment\tARR 2023\tARR 2024\n")
	for i := 1; i <= 60; i++ {
		end := strconv.Itoa(1000 + i)
		switch i {
		case 5:
			end = "#REF!"
		case 45:
			end = "abc"
		}
		fmt.Fprintf(&b, "Customer %d\tSMB\t%d\t%s\n", i, 1000+i, end)
	}
	table := b.String()
	errs := nativeRead(t, []byte(table), false).report.Errors
	if len(errs) != 2 {
		t.Fatalf("natively, %d unreadable cells", len(errs))
	}
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))
	paste(t, ctx, "Paste your table", table)
	for _, e := range []*ingest.CellError{errs[1], errs[0], errs[1]} {
		press(t, ctx, "button", lang.Printer{}.Msg(e.Address()))
		want := "preview-row-" + strconv.Itoa(e.Row)
		waitFor(t, ctx, "the focus on "+want, func() (bool, string) {
			focus, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[document.activeElement.id, document.activeElement.textContent]`))
			if err != nil {
				return false, err.Error()
			}
			return focus[0] == want && strings.Contains(focus[1], e.Text), fmt.Sprintf("focus on %q (%q)", focus[0], focus[1])
		})
	}
}

func TestDataPageTotalRowsAreNotCustomers(t *testing.T) {
	for _, c := range []struct {
		name, file string
		// totals are the total rows as the page would name them if it
		// read them as customers.
		totals []string
		// ignored are columns read as nothing.
		ignored []string
	}{
		{"an Excel PivotTable paste: Row Labels, a Grand Total column and row, an empty header",
			"calc/ingest/testdata/messy/mrr-pivot-paste.tsv", []string{"Grand Total"}, []string{"Grand Total"}},
		{"a monthly sheet whose total row has no name and drifts by a few dollars",
			"calc/ingest/testdata/messy/mrr-sheet-excel.csv", []string{"Row 82"}, nil},
		{"Excel's subtotals on a per-customer list, and a nameless grand total off by $3",
			"calc/ingest/testdata/messy/per-customer-subtotals.tsv", []string{"Enterprise Total", "SMB Total", "Row 8"}, nil},
		{"a customer called Total and a Grand Total row",
			"calc/ingest/testdata/messy/per-customer-total-customer.csv", []string{"Grand Total"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := readFile(t, c.file)
			r := nativeRead(t, data, false)
			if r.bridge == nil {
				t.Fatalf("natively not analysed: %v", r.report.Errors)
			}
			if said := strings.Join(r.report.NoticesIn(lang.Printer{}), " "); !strings.Contains(said, "total row") {
				t.Fatalf("natively no total row is recognised: %q", said)
			}
			var named []string // the core's customers with "total" in their names
			for _, row := range r.bridge.Rows {
				if slices.Contains(c.totals, row.Customer) {
					t.Fatalf("natively %q is a customer", row.Customer)
				}
				if strings.Contains(strings.ToLower(row.Customer), "total") {
					named = append(named, row.Customer)
				}
			}
			ctx := newBrowser(t)
			srv := newServer(t, siteDir)
			open(t, ctx, srv.url("data"))
			paste(t, ctx, "Paste your table", string(data))

			// The core's figures, and its notices: which rows were totals,
			// and where a total drifts from the sum of its rows.
			waitReading(t, ctx, r)
			// A column a select each, and none for an empty header with
			// nothing under it.
			tab, _ := nativeTable(t, data)
			for col := range tab.Columns {
				if tab.Cell(0, col) == "" {
					t.Fatalf("natively column %d has no header", col+1)
				}
			}
			waitFor(t, ctx, fmt.Sprintf("%d column selects", tab.Columns), func() (bool, string) {
				n, err := countIn(ctx, groupColumns, "combobox")
				return err == nil && n == tab.Columns, fmt.Sprint(n, err)
			})
			for _, col := range c.ignored {
				waitFor(t, ctx, fmt.Sprintf("column %q to be not used", col), func() (bool, string) {
					obj, err := findIn(ctx, groupColumns, "combobox", col)
					if err != nil {
						return false, err.Error()
					}
					got, err := selected(ctx, obj)
					return err == nil && got == "Not used", got
				})
			}

			// The customers named like a total that are customers are
			// listed; no total row is.
			searchCustomers(t, ctx, "total")
			waitCustomers(t, ctx, named)
			for _, name := range c.totals {
				searchCustomers(t, ctx, name)
				waitCustomers(t, ctx, nil)
			}
		})
	}
}

// countIn counts the elements with this role inside the group named group.
func countIn(ctx context.Context, group, role string) (int, error) {
	scope, err := find(ctx, "group", group)
	if err != nil {
		return 0, err
	}
	res, err := chromedp.Call(ctx, accessibility.QueryAXTree, accessibility.QueryAXTreeParams{ObjectID: scope, Role: role})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, node := range res.Nodes {
		if !node.Ignored && node.BackendDOMNodeID != 0 {
			n++
		}
	}
	return n, nil
}

// waitCustomers waits until the customer table lists exactly names, in
// any order.
func waitCustomers(t testing.TB, ctx context.Context, names []string) {
	t.Helper()
	en := lang.Printer{}
	caption := "Customers " + en.Text("%d customer|%d customers", len(names))
	want := slices.Sorted(slices.Values(names))
	waitFor(t, ctx, fmt.Sprintf("the customers %q", want), func() (bool, string) {
		rows, err := tableCells(ctx, caption)
		if err != nil {
			return false, err.Error()
		}
		var got []string
		for _, r := range rows[1:] {
			if len(r) > 1 && r[0] != "" {
				got = append(got, r[0])
			}
		}
		slices.Sort(got)
		return slices.Equal(got, want), fmt.Sprintf("%q", got)
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
