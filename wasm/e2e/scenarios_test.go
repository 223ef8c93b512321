package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// setBaseline types a period's figures into the calculator.
func setBaseline(t testing.TB, ctx context.Context, start, expansion, contraction, churn string) {
	t.Helper()
	typeInto(t, ctx, "Starting ARR", start)
	typeInto(t, ctx, "Expansion", expansion)
	typeInto(t, ctx, "Contraction", contraction)
	typeInto(t, ctx, "Churn", churn)
}

func TestProjection1MAt120Compounds(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	setBaseline(t, ctx, "$1M", "$200K", "0", "0")
	waitText(t, ctx, "status", "Net revenue retention", "120.0%")
	waitColumn(t, ctx, "Projection", "ARR from the existing base", map[string]string{
		"1": "$1.2M", "2": "$1.44M", "3": "$1.73M",
	})
}

func TestScenario110AgainstA100MBaseAt105(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	setBaseline(t, ctx, "$100M", "$5M", "0", "0")
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")

	press(t, ctx, "link", "What-if")
	waitText(t, ctx, "heading", "What-if scenarios", "What-if scenarios")
	press(t, ctx, "button", "Add scenario")
	choose(t, ctx, "Scenario 1 Defined by", "NRR")
	typeInto(t, ctx, "Scenario 1 NRR", "110%")
	waitColumn(t, ctx, "Scenario comparison", "Scenario 1 vs baseline", map[string]string{
		"Year 1": "+$5.00M", "Year 2": "+$10.75M", "Year 3": "+$17.34M",
	})
	waitColumn(t, ctx, "Scenario comparison", "Baseline", map[string]string{
		"Year 1": "$105M", "Year 2": "$110.25M", "Year 3": "$115.76M",
	})
}

func TestGoalSeek2MFrom1MIn3Years(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	// SPEC.md's second worked example: S $1M, E $200K, X $100K, C $50K.
	setBaseline(t, ctx, "$1M", "$200K", "$50K", "$100K")
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")
	press(t, ctx, "link", "What-if")
	typeInto(t, ctx, "Target ARR", "$2M")
	typeInto(t, ctx, "In years", "3")
	waitText(t, ctx, "status", "NRR needed", "126.0%")
	// 126.0% on $1M is $1.26M: expansion of $260K + $50K + $100K.
	waitText(t, ctx, "status", "Expansion needed", "$409.92K")
}

// An address that is no page boots the app on the not-found page, written
// in the language its prefix names, whose link leads to the calculator.
func TestAnAddressThatIsNoPageSaysSoInItsLanguage(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	for _, c := range []struct{ path, heading, skip, link, calculator string }{
		{"nowhere/caf%C3%A9", "Page not found", "Skip to content", "Open the calculator", "NRR calculator"},
		{"id/tidak-ada", "Halaman tidak ditemukan", "Langsung ke konten", "Buka kalkulator", "Kalkulator NRR"},
		{"ms/tiada", "Halaman tidak ditemui", "Langkau ke kandungan", "Buka kalkulator", "Kalkulator NRR"},
	} {
		open(t, ctx, srv.url(c.path))
		waitBooted(t, ctx)
		waitText(t, ctx, "heading", c.heading, c.heading)
		// The skip link, the first a keyboard reaches, stays on the page.
		press(t, ctx, "link", c.skip)
		waitFor(t, ctx, "the skip link to keep the address", func() (bool, string) {
			loc, err := chromedp.Run(ctx, chromedp.Location())
			return err == nil && loc == srv.url(c.path)+"#main", loc
		})
		waitText(t, ctx, "heading", c.heading, c.heading)
		press(t, ctx, "link", c.link)
		waitText(t, ctx, "heading", c.calculator, c.calculator)
	}
}

func TestNavigationUnderTheSubPath(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	for _, page := range []struct{ link, path, heading string }{
		{"What-if", "scenarios", "What-if scenarios"},
		{"Calculator", "", "NRR calculator"},
	} {
		press(t, ctx, "link", page.link)
		waitText(t, ctx, "heading", page.heading, page.heading)
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil || loc != srv.url(page.path) {
			t.Errorf("after %q the address is %q, want %q", page.link, loc, srv.url(page.path))
		}
	}
	// A reload on a deep link boots the app on that page.
	open(t, ctx, srv.url("scenarios"))
	waitText(t, ctx, "heading", "What-if scenarios", "What-if scenarios")
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitBooted(t, ctx)
	waitText(t, ctx, "heading", "What-if scenarios", "What-if scenarios")
	if body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`)); strings.Contains(body, "Page not found") {
		t.Error("deep link shows the not-found page")
	}
}
