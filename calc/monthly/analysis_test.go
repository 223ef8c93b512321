package monthly

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// series builds a series from rows of whole units.
func series(start Month, rows map[string][]int64, order ...string) *Series {
	s := &Series{Start: start, Months: len(rows[order[0]])}
	for _, name := range order {
		s.Customers = append(s.Customers, name)
		for _, u := range rows[name] {
			s.Amounts = append(s.Amounts, calc.MustUnits(u))
		}
	}
	return s
}

func units(u int64) calc.Money { return calc.MustUnits(u) }

var jan2024 = MonthOf(2024, 1)

func TestMovementsOfEveryKind(t *testing.T) {
	s := series(jan2024, map[string][]int64{
		"expands":     {100, 150, 150},
		"contracts":   {100, 60, 60},
		"churns":      {100, 0, 0},
		"new":         {0, 80, 80},
		"reactivates": {50, 0, 70},
		"flat":        {40, 40, 40},
	}, "expands", "contracts", "churns", "new", "reactivates", "flat")
	a, err := Analyse(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	feb, mar := a.Movements[1], a.Movements[2]
	for _, c := range []struct {
		scenario  string
		got, want calc.Money
		n, wantN  int
	}{
		{"February expansion", feb.Expansion, units(50), feb.ExpansionCount, 1},
		{"February contraction", feb.Contraction, units(40), feb.ContractionCount, 1},
		{"February churn", feb.Churn, units(150), feb.ChurnCount, 2},
		{"February new", feb.New, units(80), feb.NewCount, 1},
		{"February reactivation", feb.Reactivation, 0, feb.ReactivationCount, 0},
		{"March reactivation", mar.Reactivation, units(70), mar.ReactivationCount, 1},
		{"March new", mar.New, 0, mar.NewCount, 0},
	} {
		if c.got != c.want || c.n != c.wantN {
			t.Errorf("%s = %v (%d customers), want %v (%d)", c.scenario, c.got, c.n, c.want, c.wantN)
		}
	}
	if a.Movements[0].Total != units(390) || feb.Total != units(330) || mar.Total != units(400) {
		t.Errorf("totals %v %v %v", a.Movements[0].Total, feb.Total, mar.Total)
	}
	// February NRR over the customers paying in January: 390 at the start;
	// 150 + 60 + 0 + 0 + 40 = 250 at the end. GRR: 100 + 60 + 40 = 200.
	if r := a.Monthly[1]; !r.Defined || r.Customers != 5 || r.Base != units(390) || r.NRR != 250.0/390 || r.GRR != 200.0/390 {
		t.Errorf("February retention %+v", r)
	}
	// March: the reactivated customer counts as new, not retained.
	if r := a.Monthly[2]; r.Base != units(330) || r.NRR != 330.0/330 {
		t.Errorf("March retention %+v", r)
	}
	if a.Monthly[0].Defined || len(a.Monthly[0].Method) == 0 || math.IsNaN(a.Monthly[0].NRR) {
		t.Errorf("January has no monthly NRR, and says so: %+v", a.Monthly[0])
	}
}

func TestTrailingTwelveMonthsAndItsConventions(t *testing.T) {
	// A paid 100 a year ago and 130 now; B left in month 6 and came back at
	// 100; C churned for good.
	row := func(first, mid, last int64) []int64 {
		r := make([]int64, 13)
		for i := range r {
			switch {
			case i == 0:
				r[i] = first
			case i == 12:
				r[i] = last
			default:
				r[i] = mid
			}
		}
		return r
	}
	s := series(jan2024, map[string][]int64{
		"A": row(100, 100, 130),
		"B": row(100, 100, 100),
		"C": row(100, 100, 0),
	}, "A", "B", "C")
	b := s.Amounts[1*13 : 2*13]
	b[6] = 0 // B left in July and returned
	base, err := Analyse(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tr := base.Trailing[12]
	// Default: B's return counts as new: (130 + 0 + 0) / 300.
	if !tr.Defined || tr.Customers != 3 || tr.NRR != 130.0/300 || tr.GRR != 100.0/300 {
		t.Errorf("default trailing %+v", tr)
	}
	if !strings.Contains(english(tr.Method...), "left and returned within the twelve months count as new") {
		t.Errorf("method %q", tr.Method)
	}
	end, _ := Analyse(s, Options{EndPoint: true})
	// End-point: B counts at its revenue at the end: (130 + 100) / 300.
	if tr := end.Trailing[12]; tr.NRR != 230.0/300 || tr.GRR != 200.0/300 || !strings.Contains(english(tr.Method...), "end-point") {
		t.Errorf("end-point trailing %+v", tr)
	}
	totals, _ := Analyse(s, Options{GRRCap: calc.CapOnTotals})
	if tr := totals.Trailing[12]; tr.GRR != tr.NRR {
		t.Errorf("GRR on totals below 100%% should equal NRR: %+v", tr)
	}
	for m := 0; m < 12; m++ {
		if base.Trailing[m].Defined {
			t.Errorf("trailing NRR defined in month %d", m)
		}
	}
}

func TestAnnualisedComparesCompoundedWithTrailing(t *testing.T) {
	// One customer growing 1% a month for 13 months: monthly NRR is 101%,
	// compounded 101%¹², the same as the trailing figure.
	row := make([]calc.Money, 13)
	v := 1_000_000.0
	for i := range row {
		row[i], _ = calc.FromFloat(v)
		v *= 1.01
	}
	s := &Series{Start: jan2024, Months: 13, Customers: []string{"A"}, Amounts: row}
	a, err := Analyse(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	an := a.Annualised[12]
	if !an.Defined || math.Abs(an.Compounded-math.Pow(1.01, 12)) > 1e-6 || math.Abs(an.Latest-math.Pow(1.01, 12)) > 1e-6 || an.Differs {
		t.Errorf("annualised %+v, trailing %+v", an, a.Trailing[12])
	}
	// A second customer who joins in month 6 and grows fast moves the
	// monthly figures but not the trailing one.
	s.Customers = append(s.Customers, "B")
	for i := 0; i < 13; i++ {
		b := calc.Money(0)
		if i >= 6 {
			b = units(int64(1_000_000 * (i - 5)))
		}
		s.Amounts = append(s.Amounts, b)
	}
	a, _ = Analyse(s, Options{})
	if an := a.Annualised[12]; !an.Differs || !strings.Contains(english(an.Method...), "differs from the trailing") {
		t.Errorf("annualised %+v, trailing %+v", an, a.Trailing[12])
	}
	if a.Annualised[11].Defined {
		t.Error("annualised NRR defined with fewer than twelve monthly NRRs")
	}
}

func TestValidateSaysWhatIsWrong(t *testing.T) {
	for _, c := range []struct {
		scenario string
		s        Series
		want     string
	}{
		{"no months", Series{}, string(errNoMonths)},
		{"too many months", Series{Months: MaxMonths + 1}, "at most 600"},
		{"amounts short", Series{Months: 2, Customers: []string{"A"}, Amounts: []calc.Money{1}}, "1 amounts for 1 customers × 2 months"},
		{"names short", Series{Months: 1, Customers: []string{"A"}, Amounts: []calc.Money{1, 2}}, "names 1 customers for 2 rows"},
		{"negative", Series{Start: jan2024, Months: 2, Customers: []string{"Acme"}, Amounts: []calc.Money{1, -250}}, "The revenue of “Acme” in Feb 2024 is negative (−$2.50)"},
	} {
		err := c.s.Validate()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.scenario, err, c.want)
		}
		if _, err := Analyse(&c.s, Options{}); err == nil {
			t.Errorf("%s: Analyse accepted it", c.scenario)
		}
		if _, err := Cohorts(&c.s, ByMonth); err == nil {
			t.Errorf("%s: Cohorts accepted it", c.scenario)
		}
	}
	big := &Series{Months: 1, Customers: []string{"A", "B"}, Amounts: []calc.Money{calc.MaxMoney, 1}}
	if _, err := Analyse(big, Options{}); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("overflow: %v", err)
	}
}

// randomSeries draws customers who start, grow, shrink, leave and return.
func randomSeries(rng *rand.Rand, customers, months int) *Series {
	s := &Series{Start: MonthOf(2023, time1(rng)), Months: months, Customers: make([]string, customers), Amounts: make([]calc.Money, customers*months)}
	for c := 0; c < customers; c++ {
		s.Customers[c] = "c" + string(rune('a'+c%26))
		v := calc.Money(0)
		for m := 0; m < months; m++ {
			switch rng.IntN(6) {
			case 0:
				v = 0
			case 1:
				v = calc.Money(rng.Int64N(1_000_000))
			case 2:
				v = v / 2
			}
			s.Amounts[c*months+m] = v
		}
	}
	return s
}

func time1(rng *rand.Rand) time.Month { return time.Month(rng.IntN(12) + 1) }

func TestPropertyMovementsReconcileMonthToMonth(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 300; i++ {
		s := randomSeries(rng, 1+rng.IntN(40), 1+rng.IntN(30))
		for _, opt := range []Options{{}, {EndPoint: true, GRRCap: calc.CapOnTotals}} {
			a, err := Analyse(s, opt)
			if err != nil {
				t.Fatal(err)
			}
			for m := 1; m < s.Months; m++ {
				mv, prev := a.Movements[m], a.Movements[m-1]
				if mv.Total != prev.Total+mv.New+mv.Expansion+mv.Reactivation-mv.Contraction-mv.Churn {
					t.Fatalf("month %d does not reconcile: %+v after %+v", m, mv, prev)
				}
				for _, r := range []Retention{a.Monthly[m], a.Trailing[m]} {
					if math.IsNaN(r.NRR) || math.IsNaN(r.GRR) || r.GRR > 1+1e-12 || r.GRR > r.NRR+1e-12 && opt.GRRCap == calc.CapPerCustomer {
						t.Fatalf("month %d: retention %+v", m, r)
					}
				}
				if r := a.Monthly[m]; r.Defined && opt == (Options{}) {
					// NRR = GRR + expansion / S over the starting customers.
					if d := r.NRR - r.GRR - mv.Expansion.Ratio(r.Base); math.Abs(d) > 1e-9 {
						t.Fatalf("month %d: NRR %v ≠ GRR %v + E/S", m, r.NRR, r.GRR)
					}
				}
			}
		}
	}
}

func TestPropertyCohortRevenueAddsUpToTheMonth(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 300; i++ {
		s := randomSeries(rng, 1+rng.IntN(30), 1+rng.IntN(40))
		a, err := Analyse(s, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range []Grouping{ByMonth, ByQuarter, ByYear} {
			cohorts, err := Cohorts(s, g)
			if err != nil {
				t.Fatal(err)
			}
			p := g.months()
			sums := map[Month]calc.Money{}
			customers := 0
			for _, c := range cohorts {
				customers += c.Customers
				for age, rev := range c.Revenue {
					sums[c.Start+Month(p-1+age*p)] += rev
				}
				for age := range c.Revenue {
					if c.LogoRetention[age] > 1 || c.Expanded[age] > 1 || (age > 0 && c.Expanded[age] < c.Expanded[age-1]) {
						t.Fatalf("cohort %s age %d: logo %v expanded %v", c.Label, age, c.LogoRetention[age], c.Expanded)
					}
				}
			}
			for month, sum := range sums {
				if m := int(month - s.Start); m >= 0 && m < s.Months && sum != a.Movements[m].Total {
					t.Fatalf("grouping %d, %v: cohorts add up to %v, the month's total is %v", g, month, sum, a.Movements[m].Total)
				}
			}
			paying := 0
			for c := range s.Customers {
				for m := 0; m < s.Months; m++ {
					if s.Amount(c, m) > 0 {
						paying++
						break
					}
				}
			}
			if customers != paying {
				t.Fatalf("grouping %d: %d customers in cohorts, %d ever paid", g, customers, paying)
			}
		}
	}
}

func TestConventionsForReturningCustomersAndTheOpeningMonth(t *testing.T) {
	s := series(jan2024, map[string][]int64{
		"expands":     {100, 150, 150},
		"churns":      {100, 0, 0},
		"new":         {0, 80, 80},
		"reactivates": {50, 0, 70},
	}, "expands", "churns", "new", "reactivates")
	for _, c := range []struct {
		scenario           string
		opt                Options
		janNew             calc.Money
		janNewN            int
		marNew, marReact   calc.Money
		marNewN, marReactN int
		method             []string
	}{
		{"defaults: opening month is the base, a return is a reactivation", Options{}, 0, 0, 0, units(70), 0, 1,
			[]string{"Jan 2024 is the opening month, whose 3 paying customers are the starting base", "counts as a reactivation"}},
		{"a return counts as new", Options{ReactivationAsNew: true}, 0, 0, units(70), 0, 1, 0,
			[]string{"starting base", "pays again counts as new"}},
		{"the opening month counts as new, as dbt does", Options{OpeningAsNew: true}, units(250), 3, 0, units(70), 0, 1,
			[]string{"the 3 customers paying in the opening month, Jan 2024, count as new", "counts as a reactivation"}},
		{"both", Options{OpeningAsNew: true, ReactivationAsNew: true}, units(250), 3, units(70), 0, 1, 0,
			[]string{"count as new, starting from zero", "pays again counts as new"}},
	} {
		a, err := Analyse(s, c.opt)
		if err != nil {
			t.Fatal(err)
		}
		jan, mar := a.Movements[0], a.Movements[2]
		if jan.New != c.janNew || jan.NewCount != c.janNewN || mar.New != c.marNew || mar.Reactivation != c.marReact ||
			mar.NewCount != c.marNewN || mar.ReactivationCount != c.marReactN {
			t.Errorf("%s: January %+v, March %+v", c.scenario, jan, mar)
		}
		if c.opt.OpeningAsNew && jan.Total != jan.New+jan.Expansion+jan.Reactivation-jan.Contraction-jan.Churn {
			t.Errorf("%s: January does not reconcile from zero: %+v", c.scenario, jan)
		}
		// Retention does not depend on either convention.
		if base, _ := Analyse(s, Options{}); a.Monthly[2].NRR != base.Monthly[2].NRR {
			t.Errorf("%s: March NRR %v, %v by default", c.scenario, a.Monthly[2].NRR, base.Monthly[2].NRR)
		}
		if len(a.MovementsMethod) != len(c.method) {
			t.Fatalf("%s: method %q", c.scenario, a.MovementsMethod)
		}
		for i, want := range c.method {
			if !strings.Contains(english(a.MovementsMethod[i]), want) {
				t.Errorf("%s: method %q, want %q", c.scenario, a.MovementsMethod[i], want)
			}
		}
	}
}

// english writes sentences as the English page does.
func english(ms ...lang.Msg) string { return lang.Printer{}.Sentences(ms...) }
