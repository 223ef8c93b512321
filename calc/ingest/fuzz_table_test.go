package ingest

import (
	"testing"
)

func FuzzReadTable(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "\"x\ny\",1\n", "a;b\r\n1,5;2\r\n", "\ufeffa\tb\n", "\"open", "", "\x00\x01", ",,,\n,,\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := ReadTable(data)
		if err != nil {
			return
		}
		for r := 0; r < tab.Rows(); r++ {
			for c := -1; c <= tab.Columns; c++ {
				_ = tab.Cell(r, c)
			}
			if tab.Line(r) < 1 {
				t.Fatalf("row %d on line %d", r, tab.Line(r))
			}
		}
	})
}

// FuzzDetectAndRead runs the whole paste path: read, detect the shape, and
// convert with the proposed mapping.
func FuzzDetectAndRead(f *testing.F) {
	for _, s := range []string{
		"Customer,Start,End\nA,100,200\nB,$1.2M,0\nTotal,1,1\n",
		"Pelanggan\tJan 2024\tFeb 2024\nA\tRp 1.000\tRp 2.000\n",
		"customer,month,mrr\nA,2024-01-31,10\nA,2024-03-31,5\nB,01/02/2024,7\n",
		"x,y\n1,2\n", "a\tb\tc\n\"q\"\"\",,\n",
		"Customer,Jan 2024,Feb 2024\nTotal Brain,\"1,998\",-5\n-,1,1\n,1999,-4\n",
		"Customer,Start,End\nA,#N/A,=SUM(B2:B3)\n[Business Name],$ -,2-Jan\n",
	} {
		f.Add([]byte(s), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, skip bool) {
		tab, err := ReadTable(data)
		if err != nil {
			checkSaid(t, nil, err)
			return
		}
		m, err := tab.Detect()
		if err != nil {
			checkSaid(t, nil, err)
			return
		}
		m.SkipBadRows = skip
		for _, d := range tab.Describe(m) {
			checkSaid(t, nil, d)
		}
		if m.Shape == PerCustomer {
			accounts, rep := tab.Accounts(m)
			checkSaid(t, &rep, nil)
			if !rep.OK() && !skip && accounts != nil {
				t.Fatal("accounts returned with errors")
			}
			for _, a := range accounts {
				if a.Customer == "" {
					t.Fatalf("a customer without a name: %+v", a)
				}
				if a.Start < 0 || a.End < 0 {
					t.Fatalf("negative amount read: %+v", a)
				}
			}
			return
		}
		s, rep := tab.Series(m)
		checkSaid(t, &rep, nil)
		if s == nil {
			return
		}
		for _, c := range s.Customers {
			if c == "" {
				t.Fatalf("a customer without a name: %q", s.Customers)
			}
		}
		for _, a := range s.Amounts {
			if a < 0 {
				t.Fatalf("an amount below zero was imported: %v", s.Amounts)
			}
		}
		if !rep.OK() && !skip {
			t.Fatal("series returned with errors")
		}
		if len(s.Amounts) != len(s.Customers)*s.Months {
			t.Fatalf("series of %d amounts for %d customers × %d months", len(s.Amounts), len(s.Customers), s.Months)
		}
	})
}

func FuzzParseMonth(f *testing.F) {
	for _, s := range []string{"Jan 2024", "2024-01-31", "31/01/2024", "Ogos-24", "13/13/13", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m, ok := ParseMonth(s); ok && (m.Year() < 1900 || m.Year() > 2200) {
			t.Fatalf("%q read as %v", s, m)
		}
		_, _ = dateEvidence(s)
	})
}
