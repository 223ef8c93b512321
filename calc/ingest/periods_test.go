package ingest

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// dbt's mrr-playbook fixture, read by name: hand-checked months of a few
// customers, and every month's total against a direct count of the periods
// active on its last day.
func TestDbtMrrPlaybookSubscriptionPeriods(t *testing.T) {
	const file = "dbt_mrr_playbook_subscription_periods.csv"
	tab, m := readExport(t, file)
	if m.Shape != Subscriptions || m.Customer != 1 || m.StartDate != 2 || m.EndDate != 3 || m.Amount != 4 || m.EndInclusive || m.Interval >= 0 {
		t.Fatalf("mapping %+v", m)
	}
	s, rep := tab.ReadSeries(m)
	s = mustSeries(t, s, rep)
	if len(rep.NoticesIn(lang.Printer{})) != 0 {
		t.Errorf("notices %q", rep.NoticesIn(lang.Printer{}))
	}
	// 2017-09 (the earliest start) to 2020-02 (the latest end).
	if s.Start != monthly.MonthOf(2017, 9) || s.Months != 30 || len(s.Customers) != 55 {
		t.Fatalf("series from %s, %d months, %d customers", s.Start, s.Months, len(s.Customers))
	}
	for _, c := range []struct {
		customer string
		paid     map[string]calc.Money // every other month is zero
	}{
		{"1", map[string]calc.Money{"2018-11": 50_00, "2018-12": 50_00, "2019-01": 50_00, "2019-04": 50_00, "2019-05": 50_00,
			"2019-06": 75_00, "2019-07": 75_00}},
		{"5", map[string]calc.Money{"2018-11": 50_00, "2018-12": 25_00, "2019-01": 25_00, "2019-02": 25_00, "2019-07": 50_00,
			"2019-08": 25_00, "2019-09": 50_00, "2019-10": 25_00, "2019-11": 25_00, "2019-12": 40_00}},
		{"10", map[string]calc.Money{"2018-04": 80_00, "2018-09": 50_00, "2018-10": 25_00, "2018-11": 25_00, "2018-12": 25_00,
			"2019-01": 25_00, "2019-02": 25_00, "2019-03": 25_00, "2019-04": 50_00, "2019-05": 25_00, "2019-06": 50_00,
			"2019-07": 50_00, "2019-08": 50_00, "2019-09": 50_00, "2019-10": 50_00, "2019-11": 25_00, "2019-12": 35_00}},
		{"20", map[string]calc.Money{"2019-01": 25_00, "2019-02": 50_00, "2019-03": 50_00, "2019-04": 50_00, "2019-05": 50_00,
			"2019-06": 50_00, "2019-07": 50_00, "2019-08": 50_00, "2019-09": 50_00, "2019-10": 50_00, "2019-11": 50_00}},
	} {
		i := -1
		for k, name := range s.Customers {
			if name == c.customer {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("no customer %s", c.customer)
		}
		for mo := 0; mo < s.Months; mo++ {
			month := (s.Start + monthly.Month(mo)).String()
			if got := s.Amount(i, mo); got != c.paid[month] {
				t.Errorf("customer %s in %s: %v, want %v", c.customer, month, got, c.paid[month])
			}
		}
	}
	// Month totals, counted directly from the file with the standard
	// library's dates.
	f, err := os.Open("testdata/exports/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for mo := 0; mo < s.Months; mo++ {
		month := s.Start + monthly.Month(mo)
		last := time.Date(month.Year(), month.Month()+1, 0, 0, 0, 0, 0, time.UTC)
		var want, got calc.Money
		for _, rec := range records[1:] {
			start, _ := time.Parse(time.DateOnly, rec[2])
			end, err := time.Parse(time.DateOnly, rec[3])
			if !start.After(last) && (err != nil || end.After(last)) {
				units, _ := strconv.Atoi(rec[4])
				want += calc.MustUnits(int64(units))
			}
		}
		for c := range s.Customers {
			got += s.Amount(c, mo)
		}
		if got != want {
			t.Errorf("%s: total %v, want %v", month, got, want)
		}
	}
	// The analyses take the series as it is.
	a, err := monthly.Analyse(s, monthly.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if last := a.Movements[s.Months-1]; last.Total != 0 || a.Movements[s.Months-2].Total != 175_00 {
		t.Errorf("last months: %+v, %+v", a.Movements[s.Months-2], last)
	}
}

// subscriptionsFixture writes n subscriptions with dates in a given style;
// the same seed gives the same subscriptions.
func subscriptionsFixture(n int, style func(time.Time) string) string {
	rng := rand.New(rand.NewPCG(7, 11))
	var b strings.Builder
	b.WriteString("subscription_id,customer_id,start_date,end_date,monthly_amount\n")
	base := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		start := base.AddDate(0, 0, rng.IntN(900))
		end := ""
		if rng.IntN(3) > 0 {
			end = style(start.AddDate(0, 0, 1+rng.IntN(400)))
		}
		fmt.Fprintf(&b, "%d,cust-%02d,%s,%s,%d.%02d\n", i, rng.IntN(n/3+1), style(start), end, rng.IntN(500), rng.IntN(100))
	}
	return b.String()
}

// The same subscriptions saved by spreadsheets in other date styles give
// exactly the same series.
func TestSameSubscriptionsInEveryDateStyle(t *testing.T) {
	excel := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	indonesian := []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	styles := []struct {
		scenario string
		write    func(time.Time) string
		force    DateStyle
	}{
		{"ISO", func(d time.Time) string { return d.Format("2006-01-02") }, DatesAuto},
		{"ISO with a time", func(d time.Time) string { return d.Format("2006-01-02T15:04:05Z") }, DatesAuto},
		{"DD/MM/YYYY", func(d time.Time) string { return d.Format("02/01/2006") }, DatesAuto},
		{"M/D/YYYY", func(d time.Time) string { return d.Format("1/2/2006") }, DatesAuto},
		{"DD-MM-YYYY", func(d time.Time) string { return d.Format("02-01-2006") }, DatesAuto},
		{"DD.MM.YYYY", func(d time.Time) string { return d.Format("02.01.2006") }, DatesAuto},
		{"dd-Mon-yy", func(d time.Time) string { return d.Format("02-Jan-06") }, DatesAuto},
		{"Mon D, YYYY", func(d time.Time) string { return `"` + d.Format("Jan 2, 2006") + `"` }, DatesAuto},
		{"Indonesian month names", func(d time.Time) string { return fmt.Sprintf("%d %s %d", d.Day(), indonesian[d.Month()-1], d.Year()) }, DatesAuto},
		{"Excel serials", func(d time.Time) string { return strconv.Itoa(int(d.Sub(excel).Hours() / 24)) }, DatesAuto},
		{"M/D/YYYY forced month first", func(d time.Time) string { return d.Format("1/2/2006") }, DatesMonthFirst},
	}
	read := func(text string, force DateStyle) *monthly.Series {
		s, rep, _ := readPeriods(t, text, func(m *Mapping) { m.DateStyle = force })
		return mustSeries(t, s, rep)
	}
	want := read(subscriptionsFixture(90, styles[0].write), DatesAuto)
	if len(want.Customers) < 20 || want.Months < 24 {
		t.Fatalf("fixture too small: %d customers, %d months", len(want.Customers), want.Months)
	}
	for _, style := range styles[1:] {
		t.Run(style.scenario, func(t *testing.T) {
			if got := read(subscriptionsFixture(90, style.write), style.force); !reflect.DeepEqual(got, want) {
				t.Errorf("series differs from ISO dates: from %s for %d months, %d customers", got.Start, got.Months, len(got.Customers))
			}
		})
	}
}

// Errors name the row as the sheet shows it, the column's header, the text
// and what was expected.
func TestPeriodErrors(t *testing.T) {
	for _, c := range []struct {
		scenario, table string
		want            string
	}{
		{"an end before the start", "customer,start_date,end_date,amount\nAcme,2024-02-01,2024-01-01,10\n",
			"Row 2, column “end_date”: “2024-01-01” cannot be read. Expected an end date after the start date (“2024-02-01”)."},
		{"an end on the start", "customer,start_date,end_date,amount\nAcme,2024-02-01,2024-02-01,10\n",
			"Row 2, column “end_date”: “2024-02-01” cannot be read. Expected an end date after the start date (“2024-02-01”)."},
		{"an unreadable date", "customer,start_date,end_date,amount\nAcme,2024-01-01,,10\nBolt,31/31/2024,,10\n",
			"Row 3, column “start_date”: “31/31/2024” cannot be read. Expected a date such as 2024-01-31 or 31/01/2024."},
		{"a missing start", "customer,start_date,end_date,amount\nAcme,2024-01-01,,10\nBolt,,2024-03-01,10\n",
			"Row 3, column “start_date” is empty. Expected a date such as 2024-01-31 or 31/01/2024."},
		{"an interval word not understood", "customer,start,end,amount,interval\nAcme,2024-01-01,,10,month\nBolt,2024-01-01,,10,fortnightly\nCask,2024-01-01,,10,year\n",
			"Row 3, column “interval”: “fortnightly” cannot be read. Expected an interval such as month, quarter, year, week, or a number of months such as 3."},
		{"an interval count of zero", "customer,start,end,amount,plan_interval,plan_interval_count\nAcme,2024-01-01,,10,month,0\n",
			"Row 2, column “plan_interval_count”: “0” cannot be read. Expected a whole number of intervals such as 1 or 2."},
		{"a missing amount", "customer,start_date,end_date,amount\nAcme,2024-01-01,,10\nBolt,2024-01-01,,\n",
			"Row 3, column “amount” is empty. Expected a number such as 1,200,000, $1.2M or 500K."},
		{"an amount that is a rate", "customer,start_date,end_date,amount\nAcme,2024-01-01,,10%\n",
			"Row 2, column “amount”: “10%” cannot be read. It is a percentage: a rate, not an amount. Expected a number such as 1,200,000, $1.2M or 500K."},
		{"a quantity that is a word", "customer,start,end,amount,interval,quantity\nAcme,2024-01-01,,10,month,many\n",
			"Row 2, column “quantity”: “many” cannot be read. It is not a currency or a magnitude such as K, M, jt or miliar. Expected a quantity such as 1 or 25."},
		{"a trial flag that is neither", "account_id,start_date,end_date,mrr_amount,is_trial\nA,2024-01-01,,10,TRUE\nB,2024-01-01,,10,perhaps\nC,2024-01-01,,10,no\n",
			"Row 3, column “is_trial”: “perhaps” cannot be read. Expected yes or no (true, false, 1, 0, ya, tidak)."},
		{"a revenue type not understood", "Customer ID,Revenue Type,Amount,Start Date,End Date\nC1,MRR,10,2024-01-01,\nC2,QRR,10,2024-01-01,\n",
			"Row 3, column “Revenue Type”: “QRR” cannot be read. Expected MRR, ARR or Non-recurring."},
		{"a missing customer", "customer,start_date,end_date,amount\nAcme,2024-01-01,,10\n,2024-01-01,,10\n",
			"Row 3, column “customer” is empty. Expected a customer name."},
		{"a long text is cut to 40 characters", "customer,start_date,end_date,amount\nAcme,2024-01-01,,10\nBolt,2024-01-01,,10\nCask,this is not a date and it goes on for a long while,,10\n",
			"Row 4, column “start_date”: “this is not a date and it goes on for a …” cannot be read. Expected a date such as 2024-01-31 or 31/01/2024."},
		{"dates spanning more than 50 years", "customer,start_date,end_date,amount\nAcme,1990-01-01,2100-01-01,10\n",
			"Row 2, column “end_date”: “2100-01-01” cannot be read. Expected a date less than 50 years after the earliest start (1990-01-01)."},
		{"an as-of date before every start", "customer,start_date,end_date,amount\nAcme,2024-05-01,,10\n",
			"Row 2, column “start_date”: “2024-05-01” cannot be read. Expected a start date on or before the as-of date (2024-01-01)."},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			s, rep, _ := readPeriods(t, c.table, func(m *Mapping) {
				if strings.Contains(c.scenario, "as-of") {
					m.AsOf = DateOf(2024, 1, 1)
				}
			})
			if s != nil || len(rep.Errors) != 1 {
				t.Fatalf("series %v, errors %v", s != nil, rep.Errors)
			}
			if got := rep.Errors[0].Error(); got != c.want {
				t.Errorf("error\n %s\nwant\n %s", got, c.want)
			}
		})
	}
}

// With SkipBadRows, the rows that read make the series and a notice counts
// the others.
func TestPeriodsSkipBadRows(t *testing.T) {
	s, rep, _ := readPeriods(t, "customer,start_date,end_date,amount\nAcme,2024-01-01,2024-03-01,10\nBolt,2024-02-01,2024-01-01,10\nCask,soon,,5\n",
		func(m *Mapping) { m.SkipBadRows = true })
	if s == nil || len(rep.Errors) != 2 || !hasNotice(rep, "Left out 2 rows that could not be read") {
		t.Fatalf("series %v, errors %v, notices %q", s != nil, rep.Errors, rep.NoticesIn(lang.Printer{}))
	}
	if got := rowOf(t, s, "Acme"); got != "10.00 10.00 0.00" || len(s.Customers) != 1 {
		t.Errorf("Acme %s, customers %q", got, s.Customers)
	}
}

func TestPeriodsMissingColumns(t *testing.T) {
	tab, err := ReadTable([]byte("customer,start,amount\nAcme,2024-01-01,10\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		scenario string
		set      func(*Mapping)
		want     string
	}{
		{"no customer column", func(m *Mapping) { m.StartDate, m.Amount = 1, 2 }, "a column of customers"},
		{"no start column", func(m *Mapping) { m.Customer, m.Amount = 0, 2 }, "a column of start dates"},
		{"no amount column", func(m *Mapping) { m.Customer, m.StartDate = 0, 1 }, "a column of amounts"},
		{"a column beyond the table", func(m *Mapping) { m.Customer, m.StartDate, m.Amount = 0, 1, 7 }, "Column 8 does not exist"},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			for _, shape := range []Shape{Subscriptions, Invoices} {
				m := NewMapping(shape)
				c.set(&m)
				s, rep := tab.ReadSeries(m)
				if s != nil || len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Error(), c.want) {
					t.Errorf("shape %d: series %v, errors %v", shape, s != nil, rep.Errors)
				}
			}
		})
	}
}
