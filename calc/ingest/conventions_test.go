package ingest

import (
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// readPeriods reads a pasted table with the mapping Detect proposes,
// changed by adjust when given.
func readPeriods(t *testing.T, text string, adjust func(*Mapping)) (*monthly.Series, Report, Mapping) {
	t.Helper()
	tab, err := ReadTable([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	m, err := tab.Detect()
	if err != nil {
		t.Fatalf("detect: %v", err)
	}
	if adjust != nil {
		adjust(&m)
	}
	s, rep := tab.ReadSeries(m)
	return s, rep, m
}

// rowOf returns a customer's amounts as text, one per month of the series.
func rowOf(t *testing.T, s *monthly.Series, customer string) string {
	t.Helper()
	for c, name := range s.Customers {
		if name == customer {
			parts := make([]string, s.Months)
			for m := range parts {
				parts[m] = s.Amount(c, m).String()
			}
			return strings.Join(parts, " ")
		}
	}
	t.Fatalf("no customer %q in %q", customer, s.Customers)
	return ""
}

func mustSeries(t *testing.T, s *monthly.Series, rep Report) *monthly.Series {
	t.Helper()
	if s == nil || !rep.OK() {
		t.Fatalf("no series: errors %v, notices %q", rep.Errors, rep.NoticesIn(lang.Printer{}))
	}
	if err := s.Validate(); err != nil {
		t.Fatalf("series does not validate: %v", err)
	}
	return s
}

// The worked cases of the conventions that the Go reader and the SQL
// generator share (testdata/exports/README.md).
func TestConventionsWorkedCases(t *testing.T) {
	for _, c := range []struct {
		scenario string
		table    string
		adjust   func(*Mapping)
		start    string
		rows     map[string]string
		notice   string
	}{
		{
			scenario: "an annual invoice from 1 January to 1 January is 12 equal months summing exactly",
			table:    "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-01-01,2025-01-01,1000.00\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "83.33 83.34 83.33 83.33 83.34 83.33 83.33 83.34 83.33 83.33 83.34 83.33 0.00"},
		},
		{
			scenario: "15 January to 15 April is three whole months: January, February, March",
			table:    "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-01-15,2024-04-15,300.00\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "100.00 100.00 100.00 0.00"},
		},
		{
			scenario: "10 January to 20 February splits by days: 22 in January, 19 in February",
			table:    "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-01-10,2024-02-20,410.00\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "220.00 190.00"},
		},
		{
			scenario: "10 January to 20 February inclusive: 22 days and 20 days",
			table:    "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-01-10,2024-02-20,420.00\n",
			adjust:   func(m *Mapping) { m.EndInclusive = true },
			start:    "2024-01",
			rows:     map[string]string{"Acme": "220.00 200.00"},
		},
		{
			scenario: "a part period's shares are cut cumulatively and add up to the cent",
			table:    "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-01-10,2024-03-20,100.00\n",
			start:    "2024-01",
			// 70 days: 22 in January, 29 in February, 19 in March.
			// round(10000×22/70)=3143, round(10000×51/70)=7286, 10000.
			rows: map[string]string{"Acme": "31.43 41.43 27.14"},
		},
		{
			scenario: "31 January to 29 February is a whole month (the day clamps to February's length)",
			table:    "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-01-31,2024-02-29,300.00\nINV-2,Bolt,2024-01-31,2024-03-31,300.00\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "300.00 0.00 0.00", "Bolt": "150.00 150.00 0.00"},
		},
		{
			scenario: "29 February to 31 March is not day 29 to day 29, so it splits by days",
			table:    "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-02-29,2024-03-31,310.00\n",
			start:    "2024-02",
			rows:     map[string]string{"Acme": "10.00 300.00"},
		},
		{
			scenario: "a line within one month puts its whole amount there",
			table:    "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-03-01,2024-03-15,20.00\n",
			start:    "2024-03",
			rows:     map[string]string{"Acme": "20.00"},
		},
		{
			scenario: "a credit line in the same month nets off",
			table: "invoice,customer,service_period_start,service_period_end,amount\n" +
				"INV-1,Acme,2024-03-01,2024-04-01,100.00\nCN-1,Acme,2024-03-01,2024-04-01,-30.00\n",
			start: "2024-03",
			rows:  map[string]string{"Acme": "70.00 0.00"},
		},
		{
			scenario: "a credit larger than the charges leaves no revenue, with a notice",
			table: "invoice,customer,service_period_start,service_period_end,amount\n" +
				"INV-1,Acme,2024-03-01,2024-04-01,100.00\nINV-2,Acme,2024-04-01,2024-05-01,100.00\nCN-1,Acme,2024-04-01,2024-05-01,-250.00\n",
			start:  "2024-03",
			rows:   map[string]string{"Acme": "100.00 0.00 0.00"},
			notice: "1 customer-month, “Acme” in Apr 2024, had more credits than charges (−$150.00) and counts as no revenue.",
		},
		{
			scenario: "zero lines add nothing and make nobody paying",
			table: "invoice,customer,service_period_start,service_period_end,amount\n" +
				"INV-1,Acme,2024-03-01,2024-04-01,100.00\nINV-2,Trial Co,2024-03-01,2024-04-01,0.00\n",
			start: "2024-03",
			rows:  map[string]string{"Acme": "100.00 0.00"},
		},
		{
			scenario: "overlapping subscriptions of a customer add up",
			table: "customer,start_date,end_date,monthly_amount\n" +
				"Acme,2024-01-01,2024-04-01,100\nAcme,2024-02-01,2024-03-01,50\nAcme,2024-02-15,,25\n",
			start: "2024-01",
			rows:  map[string]string{"Acme": "100.00 175.00 125.00 25.00"},
		},
		{
			scenario: "end exclusive: a subscription ending 31 March is not active on 31 March",
			table:    "customer,start_date,end_date,monthly_amount\nAcme,2024-01-01,2024-03-31,10\nBolt,2024-01-01,2024-06-01,10\n",
			adjust:   func(m *Mapping) { m.EndInclusive = false },
			start:    "2024-01",
			rows:     map[string]string{"Acme": "10.00 10.00 0.00 0.00 0.00 0.00", "Bolt": "10.00 10.00 10.00 10.00 10.00 0.00"},
		},
		{
			scenario: "end inclusive: a subscription ending 31 March counts in March",
			table:    "customer,start_date,end_date,monthly_amount\nAcme,2024-01-01,2024-03-31,10\nBolt,2024-01-01,2024-06-01,10\n",
			adjust:   func(m *Mapping) { m.EndInclusive = true },
			start:    "2024-01",
			rows:     map[string]string{"Acme": "10.00 10.00 10.00 0.00 0.00 0.00", "Bolt": "10.00 10.00 10.00 10.00 10.00 0.00"},
			notice:   "End dates in column “end_date” are read as the last day of service: a period ending 2024-12-31 includes December.",
		},
		{
			scenario: "a subscription starting on the last day of a month counts in that month",
			table:    "customer,start_date,end_date,monthly_amount\nAcme,2024-01-31,2024-02-01,10\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "10.00 0.00"},
		},
		{
			scenario: "running subscriptions count through the last month of the data, never churn there",
			table: "customer,start_date,end_date,monthly_amount\n" +
				"Acme,2024-01-01,,100\nBolt,2024-01-01,2024-03-01,50\nCask,2024-04-20,,30\n",
			start:  "2024-01",
			rows:   map[string]string{"Acme": "100.00 100.00 100.00 100.00", "Bolt": "50.00 50.00 0.00 0.00", "Cask": "0.00 0.00 0.00 30.00"},
			notice: "2 subscriptions with no end date, such as row 2, count as running through Apr 2024, the last month of the data.",
		},
		{
			scenario: "the as-of date caps the series",
			table: "customer,start_date,end_date,monthly_amount\n" +
				"Acme,2024-01-01,,100\nBolt,2024-01-01,2024-12-01,50\nCask,2024-05-20,,30\n",
			adjust: func(m *Mapping) { m.AsOf = DateOf(2024, 3, 10) },
			start:  "2024-01",
			rows:   map[string]string{"Acme": "100.00 100.00 100.00", "Bolt": "50.00 50.00 50.00"},
			notice: "The series stops at Mar 2024, the month of the as-of date 2024-03-10: later dates in the table are left out.",
		},
		{
			scenario: "a yearly plan of 1,000 is 83.33 a month, 999.96 over twelve months",
			table:    "customer,start,end,amount,interval\nAcme,2024-01-01,2025-01-01,\"1,000.00\",year\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "83.33 83.33 83.33 83.33 83.33 83.33 83.33 83.33 83.33 83.33 83.33 83.33 0.00"},
		},
		{
			scenario: "a quantity multiplies before the division: 3 seats at 10.00 a year are 2.50 a month, not 3 × 0.83",
			table:    "customer,start,end,amount,interval,quantity\nAcme,2024-01-01,2024-02-01,10.00,year,3\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "2.50 0.00"},
		},
		{
			scenario: "an interval count multiplies the interval: 2 years are 24 months",
			table:    "customer,start,end,amount,plan_interval,plan_interval_count\nAcme,2024-01-01,2024-02-01,240.00,year,2\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "10.00 0.00"},
		},
		{
			scenario: "intervals in words and numbers: quarter, 6 months, weekly, Indonesian tahunan",
			table: "customer,start,end,amount,billing_frequency\n" +
				"Acme,2024-01-01,2024-02-01,300.00,quarterly\nBolt,2024-01-01,2024-02-01,600.00,6 months\n" +
				"Cask,2024-01-01,2024-02-01,10.00,weekly\nDune,2024-01-01,2024-02-01,1200.00,Tahunan\nEcho,2024-01-01,2024-02-01,99,\n",
			start: "2024-01",
			// A week is 12/52 of a month: 10.00 × 52 / 12 = 43.33.
			rows:   map[string]string{"Acme": "100.00 0.00", "Bolt": "100.00 0.00", "Cask": "43.33 0.00", "Dune": "100.00 0.00", "Echo": "99.00 0.00"},
			notice: "1 row with no interval in column “billing_frequency”, row 6, was read as monthly.",
		},
		{
			scenario: "amounts that say ARR are divided by 12",
			table:    "customer,start_date,end_date,arr_amount\nAcme,2024-01-01,2024-02-01,1200\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "100.00 0.00"},
			notice:   "Amounts in column “arr_amount” are annual (ARR) and were divided by 12 into MRR.",
		},
		{
			scenario: "a revenue type per row: MRR as is, ARR divided by 12, non-recurring left out",
			table: "Customer ID,Revenue Type,Amount,Start Date,End Date\n" +
				"C1,MRR,100,2024-01-01,2024-02-01\nC2,ARR,1200,2024-01-01,2024-02-01\nC3,Non-recurring,5000,2024-01-01,2024-02-01\n",
			start:  "2024-01",
			rows:   map[string]string{"C1": "100.00 0.00", "C2": "100.00 0.00"},
			notice: "Left out 1 non-recurring row, row 4, worth $5,000.00.",
		},
		{
			scenario: "amounts in cents are divided by 100 in the same rounding",
			table:    "customer,start,end,amount_in_cents,interval\nAcme,2024-01-01,2024-02-01,100000,year\n",
			start:    "2024-01",
			rows:     map[string]string{"Acme": "83.33 0.00"},
			notice:   "Amounts in column “amount_in_cents” are in cents and were divided by 100.",
		},
		{
			scenario: "trial rows are left out with their count and total",
			table: "account_id,start_date,end_date,mrr_amount,is_trial\n" +
				"A,2024-01-01,,100,FALSE\nB,2024-01-01,2024-02-01,50,TRUE\nB,2024-02-01,,50,ya\n",
			start:  "2024-01",
			rows:   map[string]string{"A": "100.00 100.00"},
			notice: "Left out 2 trial rows, such as row 3, worth $100.00 in total.",
		},
		{
			scenario: "revenue starts at a trial end later than the start",
			table: "customer,Start (UTC),Trial End (UTC),Ended At (UTC),Amount,Interval\n" +
				"Acme,2024-01-10,2024-02-10,,30.00,month\nBolt,2024-01-10,2024-01-05,2024-03-01,20.00,month\n",
			start:  "2024-01",
			rows:   map[string]string{"Acme": "0.00 30.00 30.00", "Bolt": "20.00 20.00 0.00"},
			notice: "1 subscription, row 2, starts paying at the end of its trial in column “Trial End (UTC)”.",
		},
		{
			scenario: "the currency with the most rows is analysed; the others are left out with their totals",
			table: "customer,start,end,amount,currency\n" +
				"A,2024-01-01,2024-02-01,10,USD\nB,2024-01-01,2024-02-01,20,usd\nC,2024-01-01,2024-02-01,30,EUR\nD,2024-01-01,2024-02-01,40,GBP\nE,2024-01-01,2024-02-01,5,$\n",
			start:  "2024-01",
			rows:   map[string]string{"A": "10.00 0.00", "B": "20.00 0.00", "E": "5.00 0.00"},
			notice: "The analysis is in USD: left out 2 rows in other currencies (EUR 30.00, GBP 40.00).",
		},
		{
			scenario: "the caller chooses another currency",
			table: "customer,start,end,amount,currency\n" +
				"A,2024-01-01,2024-02-01,10,USD\nB,2024-01-01,2024-02-01,20,USD\nC,2024-01-01,2024-02-01,30,EUR\n",
			adjust: func(m *Mapping) { m.AnalysedCurrency = "eur" },
			start:  "2024-01",
			rows:   map[string]string{"C": "30.00 0.00"},
			notice: "The analysis is in EUR: left out 2 rows in other currencies (USD 30.00).",
		},
		{
			scenario: "a tie between currencies goes to the first in alphabetical order",
			table:    "customer,start,end,amount,currency\nA,2024-01-01,2024-02-01,10,USD\nB,2024-01-01,2024-02-01,20,EUR\n",
			start:    "2024-01",
			rows:     map[string]string{"B": "20.00 0.00"},
		},
		{
			scenario: "ids tell customers apart; a placeholder name is shown by its id; a shared name gets its id",
			table: "Customer ID,Customer Name,Start,End,Amount\n" +
				"cus_1,Acme,2024-01-01,,10\ncus_1,-,2024-01-01,,5\ncus_2,[Business Name],2024-01-01,,20\ncus_3,Acme,2024-01-01,,30\ncus_4,N/A,2024-01-01,2024-02-01,1\n",
			start:  "2024-01",
			rows:   map[string]string{"Acme": "15.00 15.00", "cus_2": "20.00 20.00", "Acme (cus_3)": "30.00 30.00", "cus_4": "1.00 0.00"},
			notice: "Customers are told apart by column “Customer ID”: 2 of them have no usable name in column “Customer Name” and are shown by their id, such as “cus_2”.",
		},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			s, rep, _ := readPeriods(t, c.table, c.adjust)
			s = mustSeries(t, s, rep)
			if s.Start.String() != c.start || s.Unit != monthly.MRR {
				t.Errorf("series starts %s in unit %d, want %s in MRR", s.Start, s.Unit, c.start)
			}
			if len(s.Customers) != len(c.rows) {
				t.Errorf("customers %q, want %d", s.Customers, len(c.rows))
			}
			for customer, want := range c.rows {
				if got := rowOf(t, s, customer); got != want {
					t.Errorf("%s: %s\n want %s", customer, got, want)
				}
			}
			if c.notice != "" && !hasNotice(rep, c.notice) {
				t.Errorf("notices %q\n want %q", rep.NoticesIn(lang.Printer{}), c.notice)
			}
		})
	}
}

// The yearly plan of 1,000 as a subscription loses four cents a year to
// rounding each month; the same year as one invoice line keeps every cent.
func TestYearlyPlanTotals(t *testing.T) {
	sub, rep, _ := readPeriods(t, "customer,start,end,amount,interval\nAcme,2024-01-01,2025-01-01,1000,year\n", nil)
	sub = mustSeries(t, sub, rep)
	inv, rep, _ := readPeriods(t, "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-01-01,2025-01-01,1000\n", nil)
	inv = mustSeries(t, inv, rep)
	for _, c := range []struct {
		scenario string
		s        *monthly.Series
		want     calc.Money
	}{
		{"subscription: 12 × 83.33", sub, 999_96},
		{"invoice line: shares cut cumulatively", inv, 1000_00},
	} {
		total, err := calc.Sum(c.s.Amounts...)
		if err != nil || total != c.want {
			t.Errorf("%s: total %v, want %v", c.scenario, total, c.want)
		}
	}
}

// Every invoice line's shares add up to its amount exactly, whatever the
// period and sign.
func TestSpreadAddsUpExactly(t *testing.T) {
	for _, c := range []struct {
		scenario   string
		from, to   string
		amount     calc.Money
		months     int
		firstShare calc.Money
	}{
		{"a year of 1,000.00", "2024-01-01", "2025-01-01", 1000_00, 12, 83_33},
		{"a refund over seven months", "2024-06-01", "2025-01-01", -300_00, 7, -42_86},
		{"a part period of 40 days", "2024-04-10", "2024-05-20", 40_00, 2, 21_00},
		{"one cent over three months", "2024-01-01", "2024-04-01", 1, 3, 0},
		{"a year and three days by days", "2024-01-02", "2025-01-05", 369_00, 13, 30_00},
		{"the largest amount over 600 months", "2000-01-01", "2050-01-01", calc.MaxMoney, 600, 0},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			from, _ := ParseDate(c.from)
			to, _ := ParseDate(c.to)
			var sum calc.Money
			n := 0
			var first calc.Money
			ok := spread(c.amount, from, to, func(m monthly.Month, share calc.Money) bool {
				if n == 0 {
					first = share
				}
				n++
				var err error
				sum, err = sum.Add(share)
				return err == nil
			})
			if !ok || sum != c.amount || n != c.months {
				t.Fatalf("%d shares summing to %v (%v), want %d summing to %v", n, sum, ok, c.months, c.amount)
			}
			if c.firstShare != 0 && first != c.firstShare {
				t.Errorf("first share %v, want %v", first, c.firstShare)
			}
		})
	}
}

func TestMulDivRoundsHalfAwayFromZero(t *testing.T) {
	for _, c := range []struct {
		scenario string
		a        int64
		num, den uint64
		want     int64
		ok       bool
	}{
		{"83.333… rounds down", 1000_00, 1, 12, 83_33, true},
		{"a half rounds up", 5, 1, 2, 3, true},
		{"a negative half rounds down", -5, 1, 2, -3, true},
		{"exact", 120, 1, 12, 10, true},
		{"a product beyond 64 bits", 9_000_000_000_000_000_000, 52, 52, 9_000_000_000_000_000_000, true},
		{"a result beyond int64", 9_000_000_000_000_000_000, 2, 1, 0, false},
		{"division by zero", 1, 1, 0, 0, false},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			got, ok := calc.MulDivRound(c.a, c.num, c.den)
			if got != c.want || ok != c.ok {
				t.Fatalf("calc.MulDivRound(%d, %d, %d) = %d, %v; want %d, %v", c.a, c.num, c.den, got, ok, c.want, c.ok)
			}
		})
	}
}
