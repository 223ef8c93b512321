package ingest

import (
	"testing"

	"nrrlab/calc/lang"
)

func TestTheCurrencyATableIsWrittenIn(t *testing.T) {
	for _, c := range []struct {
		name, path string
		want       lang.Currency
	}{
		{"dollar signs in a per-customer export", "testdata/excel-usd.tsv", lang.USD},
		{"rupiah written Rp and juta in a wide sheet", "../../web/sample-mrr-id.csv", lang.IDR},
		{"plain numbers", "../../web/sample-mrr.csv", lang.None},
		{"ringgit in a Malay sheet", "testdata/wide-malay.tsv", lang.MYR},
		{"no currency named in a Stripe export", "testdata/exports/stripe-subscriptions.csv", lang.None},
		{"a currency column of invoice lines", "testdata/exports/chartmogul-line-items.csv", lang.USD},
		{"a Malay currency column", "testdata/exports/langganan-malaysia.csv", lang.MYR},
	} {
		t.Run(c.name, func(t *testing.T) {
			tab, m := readSample(t, c.path)
			if got := tab.Currency(m); got != c.want {
				t.Errorf("Currency = %q, want %q", got.Code(), c.want.Code())
			}
		})
	}
}
