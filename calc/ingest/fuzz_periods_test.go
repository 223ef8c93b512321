package ingest

import (
	"testing"
	"unicode/utf8"

	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

// FuzzParseDate checks that whatever ParseDate reads is a real day within
// the years it accepts, that the day reads back from its ISO form, and that
// a numeric date read in either order is that order's day.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-01-31", "31/01/2024", "1/31/2024", "30-Apr-13", "Apr 30, 2013", "1 Ogos 2024",
		"2024-01-31T10:00:00Z", "2024-01-31 23:10:00 +07:00", "29/02/2023", "45292", "Senin, 1 Jan 2024", "99/99/99", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDate(s)
		if ok {
			y, m, day := d.Civil()
			if y < minYear || y > maxYear || day < 1 || day > daysIn(monthly.MonthOf(y, m)) {
				t.Fatalf("%q read as %d-%d-%d", s, y, m, day)
			}
			if back, ok := ParseDate(d.String()); !ok || back != d {
				t.Fatalf("%q read as %v, which reads back as %v, %v", s, d, back, ok)
			}
			if d.Month() != monthly.MonthOf(y, m) || addMonths(d, 0) != d {
				t.Fatalf("%q: month %v of %v", s, d.Month(), d)
			}
		}
		if p, ok := scanDate(s); ok && p.numeric {
			if a, ok := p.date(monthFirst); ok {
				_, m, day := a.Civil()
				if int(m) != p.a || day != p.b {
					t.Fatalf("%q month first is %v", s, a)
				}
			}
		}
		if d, ok := serialDate(s); ok && (d < DateOf(1970, 1, 1) || d > DateOf(2099, 12, 31)) {
			t.Fatalf("serial %q read as %v", s, d)
		}
	})
}

// FuzzSpread checks that an invoice line's shares add up to its amount to
// the cent, one share per month of its period, none larger than the whole.
func FuzzSpread(f *testing.F) {
	f.Add(int64(1000_00), uint16(0), uint16(366))
	f.Add(int64(-300_00), uint16(152), uint16(214))
	f.Add(int64(1), uint16(30), uint16(29))
	f.Add(int64(9_223_372_036_854_775_807), uint16(0), uint16(18262))
	f.Fuzz(func(t *testing.T, amount int64, offset, days uint16) {
		start := DateOf(2000, 1, 1) + Date(offset)
		end := start + Date(days)
		var sum calc.Money
		shares := 0
		abs := func(m calc.Money) calc.Money {
			if m < 0 {
				return -m
			}
			return m
		}
		spread(calc.Money(amount), start, end, func(m monthly.Month, share calc.Money) bool {
			if abs(share) > abs(calc.Money(amount)) || m < start.Month() || (end > start && m > (end-1).Month()) {
				t.Fatalf("share %v in %v of %v over %v to %v", share, m, amount, start, end)
			}
			shares++
			var err error
			sum, err = sum.Add(share)
			return err == nil
		})
		if sum != calc.Money(amount) {
			t.Fatalf("%d shares of %v over %v to %v add up to %v", shares, amount, start, end, sum)
		}
		if end > start && shares > int((end-1).Month()-start.Month())+1 {
			t.Fatalf("%d shares for %v to %v", shares, start, end)
		}
	})
}

// FuzzDetectAndReadPeriods runs the paste path on tables of subscription
// periods and invoice lines, with the choices a user can make, and checks
// what any series it returns must be.
func FuzzDetectAndReadPeriods(f *testing.F) {
	for _, s := range []string{
		"customer,start_date,end_date,amount\nAcme,2024-01-01,,10\nBolt,31/01/2024,29/02/2024,\"1,200\"\n",
		"invoice,customer,service_period_start,service_period_end,amount,currency\nI1,A,2024-01-10,2024-02-20,410,USD\nI2,A,2024-01-01,2025-01-01,-99,EUR\n",
		"Customer ID,Customer Name,Start (UTC),Ended At (UTC),Amount,Interval,Trial End (UTC)\nc1,-,2024-01-15 09:00,,49.00,month,2024-02-01\n",
		"account_id,start_date,end_date,mrr_amount,is_trial\nA,45292,45352,10,TRUE\nB,45300,,5,no\n",
		"Pelanggan\tTanggal Mulai\tTanggal Berakhir\tHarga\tPeriode Tagihan\nA\t1 Mei 2024\t\tRp 1.500.000\tTahunan\n",
	} {
		f.Add([]byte(s), false, false, uint16(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, skip, inclusive bool, asOf uint16) {
		tab, err := ReadTable(data)
		if err != nil {
			return
		}
		m, err := tab.Detect()
		if err != nil || (m.Shape != Subscriptions && m.Shape != Invoices) {
			return
		}
		m.SkipBadRows, m.EndInclusive = skip, inclusive
		if asOf > 0 {
			m.AsOf = DateOf(2000, 1, 1) + Date(asOf)
		}
		for _, d := range tab.Describe(m) {
			checkSaid(t, nil, d)
		}
		s, rep := tab.ReadSeries(m)
		checkSaid(t, &rep, nil)
		for _, e := range rep.Errors {
			if e.Row < 1 || e.Column == "" || e.Expected.Key == "" || utf8.RuneCountInString(e.Text) > 41 {
				t.Fatalf("error without its place: %+v", e)
			}
		}
		if s == nil {
			return
		}
		if !rep.OK() && !skip {
			t.Fatal("series returned with errors")
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("series does not validate: %v", err)
		}
		if s.Unit != monthly.MRR || (m.AsOf != 0 && s.Start+monthly.Month(s.Months-1) > m.AsOf.Month()) {
			t.Fatalf("series in unit %d ends after the as-of date %v", s.Unit, m.AsOf)
		}
		names := map[string]bool{}
		for c, name := range s.Customers {
			if names[name] {
				t.Fatalf("customer %q twice", name)
			}
			names[name] = true
			paying := false
			for mo := 0; mo < s.Months; mo++ {
				paying = paying || s.Amount(c, mo) > 0
			}
			if !paying {
				t.Fatalf("customer %q never pays", name)
			}
		}
	})
}
