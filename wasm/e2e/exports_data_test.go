package e2e

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/chromedp"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// The data page's tables export as the calculator's do; the customer table,
// of which the page holds only the rows on screen, exports all its rows.

func TestDataPageBridgeDownloadsAsCSVAndCopiesAsCells(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	files := allowDownloads(t, ctx)
	open(t, ctx, srv.url("data"))
	press(t, ctx, "button", "Sample: 200 customers, ARR at start and end")
	b := nativeBridge(t, readFile(t, "web/sample-customers.csv"), calc.BridgeOptions{})
	waitBridge(t, ctx, b)
	c := shownCurrency(t, ctx)
	// Contraction and churn are losses: negative numbers, as the page
	// shows them with a minus.
	want := [][]string{
		{"Step", inCurrency("Amount", c)},
		{"Starting ARR", c.Plain(int64(b.Start))},
		{"Expansion", c.Plain(int64(b.Expansion))},
		{"Contraction", c.Plain(-int64(b.Contraction))},
		{"Churn", c.Plain(-int64(b.Churn))},
		{"New", c.Plain(int64(b.New))},
		{"Ending ARR", c.Plain(int64(b.End))},
	}
	if !hasLoss(want, 1) {
		t.Fatalf("the sample has no contraction or churn: %q", want)
	}
	waitExported(t, ctx, "ARR bridge", want)
	sameRows(t, "the CSV file", downloadCSV(t, ctx, files, lang.Printer{}, "ARR bridge", "arr-bridge.csv"), want)
	if got := copyCells(t, ctx, lang.Printer{}, "ARR bridge"); got != cells(want) {
		t.Errorf("copied\n%q\nwant\n%q", got, cells(want))
	}
}

// movementValues are the rows of the monthly movements table as exports
// write the core's analysis: amounts in currency c as plain numbers,
// contraction and churn negative, under headers that name the currency.
func movementValues(p lang.Printer, c lang.Currency, a *monthly.Analysis) [][]string {
	head := []string{p.Text("Month")}
	for _, h := range []string{p.Text("Starting %s", p.Text("MRR")), p.Text("New"), p.Text("Expansion"), p.Text("Contraction"), p.Text("Churn"), p.Text("Reactivation"), p.Text("Ending %s", p.Text("MRR"))} {
		head = append(head, inCurrency(h, c))
	}
	rows := [][]string{append(head, p.Text("Paying customers"))}
	for m, mv := range a.Movements {
		start := mv.Total - mv.New
		if m > 0 {
			start = a.Movements[m-1].Total
		}
		rows = append(rows, []string{
			p.Month(lang.MonthOf(mv.Month.Year(), int(mv.Month.Month()))), c.Plain(int64(start)),
			c.Plain(int64(mv.New)), c.Plain(int64(mv.Expansion)), c.Plain(-int64(mv.Contraction)), c.Plain(-int64(mv.Churn)),
			c.Plain(int64(mv.Reactivation)), c.Plain(int64(mv.Total)), lang.PlainInt(int64(mv.Paying)),
		})
	}
	return rows
}

// cohortValues are the rows of the month cohorts' revenue retention as
// exports write the core's cohorts of s: each retention the core's ratio,
// an age a cohort has not reached an empty cell.
func cohortValues(t testing.TB, p lang.Printer, s *monthly.Series) [][]string {
	t.Helper()
	cs, err := monthly.Cohorts(s, monthly.ByMonth)
	if err != nil {
		t.Fatal(err)
	}
	ages := 0
	for _, c := range cs {
		ages = max(ages, len(c.Revenue))
	}
	head := []string{p.Text("Cohort"), p.Text("Customers")}
	for a := range ages {
		head = append(head, p.Text("%s (ratio)", fmt.Sprint(a)))
	}
	rows := [][]string{head}
	for _, c := range cs {
		if c.Customers == 0 {
			continue
		}
		row := []string{p.Month(lang.MonthOf(c.Start.Year(), int(c.Start.Month()))), lang.PlainInt(int64(c.Customers))}
		for a := range ages {
			if a >= len(c.Revenue) || !c.RetentionDefined {
				row = append(row, "")
			} else {
				row = append(row, lang.PlainRatio(c.RevenueRetention[a]))
			}
		}
		rows = append(rows, row)
	}
	return rows
}

func TestDataPageMonthlyTablesDownloadAsCSVAndCopyAsCells(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	files := allowDownloads(t, ctx)
	open(t, ctx, srv.url("data"))
	press(t, ctx, "button", "Sample: monthly MRR of 300 customers over 24 months")
	data := readFile(t, "web/sample-mrr.csv")
	a := nativeMonthly(t, data)
	waitMovements(t, ctx, a)
	s, _ := nativeSeries(t, data, nil)
	c := shownCurrency(t, ctx)
	en := lang.Printer{}
	for _, table := range []struct {
		caption, file string
		want          [][]string
		loss          int // a column with a loss in it, or 0
	}{
		{"Monthly MRR movements", "monthly-mrr-movements.csv", movementValues(en, c, a), 4},
		{"Cohort revenue retention", "cohort-revenue-retention.csv", cohortValues(t, en, s), 0},
	} {
		if len(table.want) < 13 {
			t.Fatalf("the core gives %d rows for %s, want a header and 12 months at least", len(table.want), table.caption)
		}
		if table.loss > 0 && !hasLoss(table.want, table.loss) {
			t.Errorf("%s has no loss in column %d", table.caption, table.loss)
		}
		waitExported(t, ctx, table.caption, table.want)
		sameRows(t, table.caption+" as CSV", downloadCSV(t, ctx, files, en, table.caption, table.file), table.want)
		if got := copyCells(t, ctx, en, table.caption); got != cells(table.want) {
			t.Errorf("%s copied\n%q\nwant\n%q", table.caption, got, cells(table.want))
		}
	}
}

// On an Indonesian page, copied cells carry a decimal comma, so that a
// spreadsheet set to Indonesian reads them as numbers; the CSV file keeps
// the decimal point, as programs read it.
func TestDataPageCopiedCellsUseTheIndonesianDecimalComma(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	files := allowDownloads(t, ctx)
	id := lang.Printer{Lang: lang.Indonesian}
	open(t, ctx, srv.url("id/data"))
	press(t, ctx, "button", id.Text("Sample: monthly MRR of 300 customers over 24 months"))
	data := readFile(t, "web/sample-mrr.csv")
	a := nativeMonthly(t, data)
	s, _ := nativeSeries(t, data, nil)
	var c lang.Currency
	waitFor(t, ctx, "the currency the page shows", func() (bool, string) {
		var err error
		c, err = currencyShownIn(ctx, id)
		return err == nil, fmt.Sprint(err)
	})
	if c.Digits() == 0 {
		t.Fatalf("the sample is in %s, which has no decimals to show a comma in", c.Code())
	}
	for _, table := range []struct {
		caption string
		want    [][]string
		first   int // the first column of figures
	}{
		{id.Text("Monthly %s movements", id.Text("MRR")), movementValues(id, c, a), 1},
		{id.Text("Cohort revenue retention"), cohortValues(t, id, s), 1},
	} {
		waitExported(t, ctx, table.caption, table.want)
		sameRows(t, table.caption+" as CSV", downloadCSV(t, ctx, files, id, table.caption, ""), table.want)
		want := pasted(table.want, lang.Indonesian, func(i, j int) bool { return i > 0 && j >= table.first })
		got := copyCells(t, ctx, id, table.caption)
		if got != cells(want) {
			t.Errorf("%s copied\n%q\nwant\n%q", table.caption, got, cells(want))
		}
		if _, body, _ := strings.Cut(got, "\r\n"); !strings.Contains(body, ",") || strings.Contains(body, ".") {
			t.Errorf("%s copied with a decimal point, want a decimal comma:\n%.300q", table.caption, got)
		}
	}
}

func TestDataPageCustomersDownloadAllRowsNotOnlyThoseOnScreen(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	files := allowDownloads(t, ctx)
	open(t, ctx, srv.url("data"))
	press(t, ctx, "button", "Sample: 200 customers, ARR at start and end")
	b := nativeBridge(t, readFile(t, "web/sample-customers.csv"), calc.BridgeOptions{})
	waitBridge(t, ctx, b)
	en := lang.Printer{}
	c := shownCurrency(t, ctx)
	// The rows on screen as exports write them.
	shown := exported(t, ctx, "Customers "+en.Text("%d customer|%d customers", len(b.Rows)))

	// Every customer, by name as the table sorts them first, each with the
	// core's figures to the cent, as plain numbers.
	rows := append([]calc.BridgeRow(nil), b.Rows...)
	slices.SortStableFunc(rows, func(x, y calc.BridgeRow) int {
		return cmp.Compare(strings.ToLower(x.Customer), strings.ToLower(y.Customer))
	})
	got := downloadCSV(t, ctx, files, en, "Customers", "customers.csv")
	if len(got) != len(rows)+1 {
		t.Fatalf("the CSV file has %d rows, want a header and %d customers", len(got), len(rows))
	}
	head := []string{"Customer", "Segment", inCurrency("ARR at start", c), inCurrency("ARR at end", c), inCurrency("Change", c), "Movement"}
	if strings.Join(got[0], "|") != strings.Join(head, "|") || strings.Join(shown[0], "|") != strings.Join(head, "|") {
		t.Errorf("CSV header %q, the page's %q, want %q", got[0], shown[0], head)
	}
	for i, r := range rows {
		want := []string{r.Customer, r.Segment, c.Plain(int64(r.Start)), c.Plain(int64(r.End)), c.Plain(int64(r.End - r.Start))}
		if g := got[i+1]; len(g) != 6 || strings.Join(g[:5], "|") != strings.Join(want, "|") {
			t.Fatalf("CSV row %d = %q, want %q and the movement", i+1, g, want)
		}
	}
	if !hasLoss(got, 4) {
		t.Error("no change in the CSV file is a loss written with an ASCII minus")
	}
	// The rows on screen carry the same values.
	n := 0
	for _, s := range shown[1:] {
		if len(s) != 6 || s[0] == "" {
			continue // the spacers around the window
		}
		if g := got[n+1]; strings.Join(g, "|") != strings.Join(s, "|") {
			t.Errorf("CSV row %d = %q, the page's cells carry %q", n+1, g, s)
		}
		n++
	}
	if n == 0 || n >= len(rows) {
		t.Errorf("the page shows %d customers' rows, want a window of them", n)
	}

	// Copied as cells after a search: the customers found, all of them.
	obj := waitFind(t, ctx, "searchbox", "Search customers")
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("a")); err != nil {
		t.Fatal(err)
	}
	found := [][]string{got[0]}
	for _, g := range got[1:] {
		if strings.Contains(strings.ToLower(g[0]), "a") {
			found = append(found, g)
		}
	}
	waitFind(t, ctx, "table", "Customers "+en.Text("%d customer|%d customers", len(found)-1))
	if text := copyCells(t, ctx, en, "Customers"); text != cells(found) {
		t.Errorf("copied %d lines, want %d:\n%.300q", strings.Count(text, "\n"), len(found), text)
	}
}
