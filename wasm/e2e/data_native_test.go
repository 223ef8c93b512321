package e2e

import (
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/monthly"
)

// What the core computes natively from a table, read with the same choices
// a test makes on the data page.

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
