package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"nrrlab/calc/lang"
)

// The product writes money with its own code (calc/lang), so that app.wasm
// carries no locale data; Chromium's Intl.NumberFormat, which carries CLDR's,
// is the oracle it must agree with. Two decisions are the product's and are
// given to the oracle as options: amounts have the currency's minor units
// only where the currency uses them (no "Rp …,00"), and the minus sign is
// the typographic one (U+2212), never written before an amount that rounds
// to zero.

// intlLocale is the locale Intl is asked for, per language.
var intlLocale = map[lang.Lang]string{lang.English: "en-US", lang.Indonesian: "id-ID", lang.Malay: "ms-MY"}

func TestMoneyIsWrittenAsIntlNumberFormatWritesIt(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	amounts := []int64{0, 5, 99, 100, 123450, -123450, 120000050, 99999999999, -1, 340_000_000_000_000}
	type query struct {
		Locale, Currency string
		Digits           int
		Value            string // the amount in units, exactly, as a decimal string
		Compact          bool
	}
	var queries []query
	var want []string
	for _, l := range lang.All {
		for _, c := range lang.Currencies {
			p := lang.Printer{Lang: l, Currency: c}
			for _, cents := range amounts {
				sign, abs := "", cents
				if cents < 0 {
					sign, abs = "-", -cents
				}
				queries = append(queries, query{intlLocale[l], c.Code(), c.Digits(), fmt.Sprintf("%s%d.%02d", sign, abs/100, abs%100), false})
				want = append(want, p.Money(cents))
			}
		}
	}
	in, err := json.Marshal(queries)
	if err != nil {
		t.Fatal(err)
	}
	// Each query is written with both of CLDR's currency displays: the
	// product picks, per language and currency, the one a reader there
	// knows (US$ in Indonesian, Rp rather than IDR in English).
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](`(`+string(in)+`).map(q => {
		const opt = {minimumFractionDigits: q.Digits, maximumFractionDigits: q.Digits, roundingMode: "halfExpand", signDisplay: "negative"};
		const write = f => f.format(q.Value).replace(/-/g, "\u2212");
		if (!q.Currency) return [write(new Intl.NumberFormat(q.Locale, opt))];
		return ["symbol", "narrowSymbol"].map(d => write(new Intl.NumberFormat(q.Locale, {...opt, style: "currency", currency: q.Currency, currencyDisplay: d})));
	})`))
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	for i, q := range queries {
		ok := false
		for _, g := range got[i] {
			ok = ok || g == want[i]
		}
		if !ok {
			bad++
			if bad <= 30 {
				t.Errorf("%s %s %s: lang.Printer writes %q, Intl.NumberFormat %q", q.Locale, q.Currency, q.Value, want[i], strings.Join(got[i], " or "))
			}
		}
	}
	if bad > 30 {
		t.Errorf("and %d more", bad-30)
	}
}
