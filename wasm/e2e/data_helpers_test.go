package e2e

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// Helpers of the data page's tests: tables put in as a user does, and the
// figures the core computes natively from the same bytes to compare with.

// paste puts text into the field labelled label as a paste from a
// spreadsheet does: one insertion of the whole text.
func paste(t testing.TB, ctx context.Context, label, text string) {
	t.Helper()
	obj := waitFind(t, ctx, "textbox", label)
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatal(err)
	}
	if _, err := callOn[bool](ctx, obj, `function() { this.select(); return true; }`); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		t.Fatal(err)
	}
}

// readFile reads a fixture of the repository.
func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../" + path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// nativeTable reads a table as the data page does, with the roles it detects.
func nativeTable(t testing.TB, data []byte) (*ingest.Table, ingest.Mapping) {
	t.Helper()
	var tab *ingest.Table
	var err error
	if ingest.IsXLSX(data) {
		tab, err = ingest.ReadXLSX(data)
	} else {
		tab, err = ingest.ReadTable(data)
	}
	if err != nil {
		t.Fatalf("reading the table natively: %v", err)
	}
	m, err := tab.Detect()
	if err != nil {
		t.Fatalf("detecting its shape natively: %v", err)
	}
	return tab, m
}

// nativeBridge is the ARR bridge the core computes from a per-customer table.
func nativeBridge(t testing.TB, data []byte, opt calc.BridgeOptions) *calc.Bridge {
	t.Helper()
	tab, m := nativeTable(t, data)
	if m.Shape != ingest.PerCustomer {
		t.Fatalf("shape %v, want per customer", m.Shape)
	}
	accounts, rep := tab.Accounts(m)
	if !rep.OK() {
		t.Fatalf("reading the accounts natively: %v", rep.Errors)
	}
	b, err := calc.NewBridge(accounts, opt)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// nativeMonthly is the analysis the core makes of a monthly table.
func nativeMonthly(t testing.TB, data []byte) *monthly.Analysis {
	t.Helper()
	tab, m := nativeTable(t, data)
	s, rep := tab.ReadSeries(m)
	if s == nil {
		t.Fatalf("reading the series natively: %v", rep.Errors)
	}
	a, err := monthly.Analyse(s, monthly.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// shownCurrency is the currency the page writes amounts in, as the "Show
// amounts in" select says.
func shownCurrency(t testing.TB, ctx context.Context) lang.Currency {
	t.Helper()
	var c lang.Currency
	waitFor(t, ctx, "the currency the page shows", func() (bool, string) {
		var err error
		c, err = currencyShown(ctx)
		return err == nil, fmt.Sprint(err)
	})
	return c
}

// currencyShown is shownCurrency as it is now, or why it cannot be read.
func currencyShown(ctx context.Context) (lang.Currency, error) {
	return currencyShownIn(ctx, lang.Printer{})
}

// currencyShownIn is currencyShown on a page in p's language.
func currencyShownIn(ctx context.Context, p lang.Printer) (lang.Currency, error) {
	obj, err := find(ctx, "combobox", p.Text("Show amounts in"))
	if err != nil {
		return lang.None, err
	}
	text, err := callOn[string](ctx, obj, `function() { return this.options[this.selectedIndex].text; }`)
	if err != nil {
		return lang.None, err
	}
	code, _, _ := strings.Cut(text, " ")
	c, ok := lang.ParseCurrency(code)
	if !ok {
		return lang.None, nil
	}
	return c, nil
}

// waitInCurrency waits until shows holds with the printer of the currency
// the page shows. The currency is read again at each look, so that a look
// taken while the page is changing is not held against the next.
func waitInCurrency(t testing.TB, ctx context.Context, what string, shows func(p lang.Printer) (bool, string)) {
	t.Helper()
	waitFor(t, ctx, what, func() (bool, string) {
		c, err := currencyShown(ctx)
		if err != nil {
			return false, err.Error()
		}
		return shows(lang.Printer{Currency: c})
	})
}

// waitBridge waits until the page's ARR bridge shows the core's totals, and
// its NRR the core's rate.
func waitBridge(t testing.TB, ctx context.Context, b *calc.Bridge) {
	t.Helper()
	waitInCurrency(t, ctx, "the ARR bridge to equal the core's", func(p lang.Printer) (bool, string) {
		want := map[string]string{
			"Starting ARR": p.Money(int64(b.Start)),
			"Expansion":    "+" + p.Money(int64(b.Expansion)),
			"Contraction":  "−" + p.Money(int64(b.Contraction)),
			"Churn":        "−" + p.Money(int64(b.Churn)),
			"New":          "+" + p.Money(int64(b.New)),
			"Ending ARR":   p.Money(int64(b.End)),
		}
		rows, err := tableCells(ctx, "ARR bridge")
		if err != nil {
			return false, err.Error()
		}
		got, err := column(rows, "Amount")
		if err != nil {
			return false, err.Error()
		}
		for k, v := range want {
			if got[k] != v {
				return false, fmt.Sprintf("%v, want %v", got, want)
			}
		}
		nrr, err := textOf(ctx, "status", "Net revenue retention")
		if err != nil {
			return false, err.Error()
		}
		return nrr == p.Percent(b.Retention.NRR), fmt.Sprintf("NRR %q, want %q", nrr, p.Percent(b.Retention.NRR))
	})
}

// waitMovements waits until every row of the page's monthly movements table
// shows the core's figures, to the cent.
func waitMovements(t testing.TB, ctx context.Context, a *monthly.Analysis) {
	t.Helper()
	waitInCurrency(t, ctx, "the monthly movements to equal the core's", func(p lang.Printer) (bool, string) {
		want := movementRows(p, a)
		rows, err := tableCells(ctx, "Monthly MRR movements")
		if err != nil {
			return false, err.Error()
		}
		if len(rows) != len(want)+1 {
			return false, fmt.Sprintf("%d rows, want %d", len(rows)-1, len(want))
		}
		for i, w := range want {
			if got := rows[i+1]; strings.Join(got, "|") != strings.Join(w, "|") {
				return false, fmt.Sprintf("row %d: %q, want %q", i+1, got, w)
			}
		}
		return true, ""
	})
}

// movementRows are the rows of the monthly movements table as p writes the
// core's analysis.
func movementRows(p lang.Printer, a *monthly.Analysis) [][]string {
	negative := func(v calc.Money) string {
		if v == 0 {
			return p.Money(0)
		}
		return "−" + p.Money(int64(v))
	}
	var want [][]string
	for m, mv := range a.Movements {
		// The opening month starts from its own revenue, less what the
		// convention counts as new in it.
		start := mv.Total - mv.New
		if m > 0 {
			start = a.Movements[m-1].Total
		}
		want = append(want, []string{
			p.Month(lang.MonthOf(mv.Month.Year(), int(mv.Month.Month()))), p.Money(int64(start)),
			p.Money(int64(mv.New)), p.Money(int64(mv.Expansion)), negative(mv.Contraction), negative(mv.Churn),
			p.Money(int64(mv.Reactivation)), p.Money(int64(mv.Total)), p.Int(int64(mv.Paying)),
		})
	}
	return want
}
