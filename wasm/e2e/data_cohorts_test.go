package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// The cohort heatmap's switches: month, quarter and year cohorts, of
// revenue or of customers, each equal to the core's cohorts.
func TestDataPageCohortsFollowTheirSwitches(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))
	press(t, ctx, "button", "Sample: monthly MRR of 300 customers over 24 months")
	s, _ := nativeSeries(t, readFile(t, "web/sample-mrr.csv"), nil)
	waitCohorts(t, ctx, s, monthly.ByMonth, false)
	waitCohortNote(t, ctx, "month")

	chooseIn(t, ctx, groupShown, "Cohorts by", "Quarter")
	waitCohorts(t, ctx, s, monthly.ByQuarter, false)
	waitCohortNote(t, ctx, "quarter")
	chooseIn(t, ctx, groupShown, "Cohorts by", "Year")
	waitCohorts(t, ctx, s, monthly.ByYear, false)
	waitCohortNote(t, ctx, "year")
	chooseIn(t, ctx, groupShown, "Cohort retention of", "Customers (logos)")
	waitCohorts(t, ctx, s, monthly.ByYear, true)
	chooseIn(t, ctx, groupShown, "Cohorts by", "Month")
	waitCohorts(t, ctx, s, monthly.ByMonth, true)
	waitCohortNote(t, ctx, "month")
}

// waitCohortNote waits until the sentence above the heatmap says its rows
// are the customers who first paid in the same period, a month, a quarter
// or a year.
func waitCohortNote(t testing.TB, ctx context.Context, period string) {
	t.Helper()
	want := "first paid in that " + period
	waitFor(t, ctx, fmt.Sprintf("the cohorts' note to say %q", want), func() (bool, string) {
		obj, err := find(ctx, "region", "Cohorts")
		if err != nil {
			return false, err.Error()
		}
		note, err := callOn[string](ctx, obj, `function() { return this.querySelector(".lede")?.innerText ?? ""; }`)
		return err == nil && strings.Contains(note, want), fmt.Sprintf("%q %v", note, err)
	})
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
