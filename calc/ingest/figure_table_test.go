package ingest

import (
	"testing"

	"nrrlab/calc"
)

// Tables whose amounts are written as the figure reader's new cases are
// written in the wild: the cells reach ParseFigure's scanner through the
// column reader, which must read them as ParseFigure does.
func TestTablesOfFiguresAsPastedReadExactly(t *testing.T) {
	for _, c := range []struct {
		scenario string
		text     string
		want     []calc.Account
	}{
		{
			"a rupiah price list copied from a web page",
			"Pelanggan\tARR awal\tARR akhir\n" +
				"PT Maju\tRp\u00a05.000.000,-\tRp\u00a06.250.000,-\n" +
				"CV Sentosa\t\u200bRp 12.500.000,-\u200b\tRp 12.500.000,-\n" +
				"Toko Makmur\tRp 750.000,-\tRp 0,-\n",
			[]calc.Account{
				{Customer: "PT Maju", Start: 5_000_000_00, End: 6_250_000_00},
				{Customer: "CV Sentosa", Start: 12_500_000_00, End: 12_500_000_00},
				{Customer: "Toko Makmur", Start: 750_000_00, End: 0},
			},
		},
		{
			"an Excel CSV with large amounts in scientific notation",
			"customer,arr_start,arr_end\n" +
				"Acme,1.23457E+11,1.3E+11\n" +
				"Globex,250000,2.5E+05\n",
			[]calc.Account{
				{Customer: "Acme", Start: 123_457_000_000_00, End: 130_000_000_000_00},
				{Customer: "Globex", Start: 250_000_00, End: 250_000_00},
			},
		},
		{
			"fullwidth digits from an input method",
			"顧客\t開始\t終了\n" +
				"Ａ社\t１２，５００\t１５，０００\n" +
				"Ｂ社\t８，０００\t０\n",
			[]calc.Account{
				{Customer: "Ａ社", Start: 12_500_00, End: 15_000_00},
				{Customer: "Ｂ社", Start: 8_000_00, End: 0},
			},
		},
	} {
		tab, err := ReadTable([]byte(c.text))
		if err != nil {
			t.Fatalf("%s: %v", c.scenario, err)
		}
		m, err := tab.Detect()
		if err != nil {
			t.Fatalf("%s: detect: %v", c.scenario, err)
		}
		accounts, rep := tab.Accounts(m)
		if !rep.OK() {
			t.Fatalf("%s: errors %v", c.scenario, rep.Errors)
		}
		checkAccounts(t, accounts, c.want)
	}
}
