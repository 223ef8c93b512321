package monthly

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

func TestMonthlyCohortsByAge(t *testing.T) {
	// January cohort: A and B. February cohort: C. A expands in March, B
	// churns in March.
	s := series(jan2024, map[string][]int64{
		"A": {100, 100, 150, 150},
		"B": {100, 100, 0, 0},
		"C": {0, 50, 50, 40},
		"D": {0, 0, 0, 0},
	}, "A", "B", "C", "D")
	cohorts, err := Cohorts(s, ByMonth)
	if err != nil {
		t.Fatal(err)
	}
	if len(cohorts) != 4 || cohorts[0].Label != "2024-01" || cohorts[0].Customers != 2 || cohorts[1].Customers != 1 || cohorts[2].Customers != 0 {
		t.Fatalf("cohorts %+v", cohorts)
	}
	jan := cohorts[0]
	wantRev := []calc.Money{units(200), units(200), units(150), units(150)}
	for age, w := range wantRev {
		if jan.Revenue[age] != w {
			t.Errorf("January cohort revenue at age %d = %v, want %v", age, jan.Revenue[age], w)
		}
	}
	if jan.RevenueRetention[2] != 0.75 || jan.LogoRetention[2] != 0.5 || jan.Expanded[1] != 0 || jan.Expanded[2] != 0.5 {
		t.Errorf("January cohort at age 2: NRR %v, logos %v, expanded %v", jan.RevenueRetention[2], jan.LogoRetention[2], jan.Expanded)
	}
	if feb := cohorts[1]; len(feb.Revenue) != 3 || feb.RevenueRetention[2] != 0.8 || feb.LogoRetention[2] != 1 {
		t.Errorf("February cohort %+v", feb)
	}
	if empty := cohorts[2]; empty.RetentionDefined || empty.Customers != 0 || math.IsNaN(empty.LogoRetention[0]) {
		t.Errorf("empty cohort %+v", empty)
	}
	if !strings.Contains(english(jan.Method...), "Age 0 is their revenue in Jan 2024") {
		t.Errorf("method %q", jan.Method)
	}
}

func TestQuarterlyCohortsMeasureAtTheQuarterEnd(t *testing.T) {
	// A starts in January, B in March: both are in Q1, measured in March and
	// June. The series starts in February: calendar quarters still apply.
	s := series(MonthOf(2024, 2), map[string][]int64{
		"A": {10, 10, 10, 10, 20},
		"B": {0, 30, 30, 0, 0},
	}, "A", "B")
	cohorts, err := Cohorts(s, ByQuarter)
	if err != nil {
		t.Fatal(err)
	}
	if len(cohorts) != 2 || cohorts[0].Label != "2024 Q1" || cohorts[0].Customers != 2 {
		t.Fatalf("cohorts %+v", cohorts)
	}
	q1 := cohorts[0]
	// Age 0 is March (10 + 30); age 1 is June (20 + 0).
	if len(q1.Revenue) != 2 || q1.Revenue[0] != units(40) || q1.Revenue[1] != units(20) || q1.LogoRetention[1] != 0.5 || q1.Expanded[1] != 0.5 {
		t.Errorf("Q1 revenue %v", q1.Revenue)
	}
	yearly, _ := Cohorts(s, ByYear)
	if len(yearly) != 1 || yearly[0].Label != "2024" || len(yearly[0].Revenue) != 0 {
		t.Errorf("a year not yet complete has no ages: %+v", yearly)
	}
	if _, err := Cohorts(s, Grouping(9)); err == nil {
		t.Error("unknown grouping accepted")
	}
}

func seriesFrom(data []byte) *Series {
	if len(data) < 2 {
		return &Series{}
	}
	customers, months := int(data[0]%8), int(data[1]%30)
	data = data[2:]
	s := &Series{Start: MonthOf(2024, 1) + Month(int(data0(data))), Months: months, Customers: make([]string, customers)}
	for i := 0; i < customers*months; i++ {
		var v int64
		if i < len(data) {
			v = int64(int8(data[i])) * 1_000_00
		}
		s.Amounts = append(s.Amounts, calc.Money(v))
	}
	return s
}

func data0(d []byte) byte {
	if len(d) == 0 {
		return 0
	}
	return d[0] % 12
}

func FuzzAnalyseAndCohorts(f *testing.F) {
	f.Add([]byte{3, 14, 10, 20, 0, 30, 5, 5, 0, 9, 9, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}, false, uint8(1))
	f.Add([]byte{1, 1, 0x80}, true, uint8(0))
	f.Add([]byte{0, 0}, false, uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, endPoint bool, grouping uint8) {
		s := seriesFrom(data)
		a, err := Analyse(s, Options{EndPoint: endPoint})
		checkSentences(t, err)
		if err == nil {
			last := s.Months - 1
			checkMethod(t, a.Monthly[last].Method)
			checkMethod(t, a.Trailing[last].Method)
			checkMethod(t, a.Annualised[last].Method)
			checkMethod(t, a.MovementsMethod)
			for m := 1; m < s.Months; m++ {
				mv, prev := a.Movements[m], a.Movements[m-1]
				if mv.Total != prev.Total+mv.New+mv.Expansion+mv.Reactivation-mv.Contraction-mv.Churn {
					t.Fatalf("month %d does not reconcile", m)
				}
			}
		}
		cohorts, err := Cohorts(s, Grouping(grouping%4))
		checkSentences(t, err)
		if err == nil {
			for _, c := range cohorts {
				checkMethod(t, c.Method)
				for _, r := range c.RevenueRetention {
					if math.IsNaN(r) || math.IsInf(r, 0) {
						t.Fatalf("cohort %s: retention %v", c.Label, r)
					}
				}
			}
		}
	})
}

func BenchmarkMovementsAndCohorts10000x36(b *testing.B) {
	s := randomSeries(rand.New(rand.NewPCG(13, 14)), 10_000, 36)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyse(s, Options{}); err != nil {
			b.Fatal(err)
		}
		if _, err := Cohorts(s, ByMonth); err != nil {
			b.Fatal(err)
		}
	}
}

// checkSentences fails when err, if any, does not read as a sentence in
// every language.
func checkSentences(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, l := range lang.All {
		if s := (lang.Printer{Lang: l}).Error(err); strings.TrimSpace(s) == "" || strings.Contains(s, "%!") {
			t.Fatalf("%v in %s reads %q", err, l.Name(), s)
		}
	}
}

// checkMethod fails when a method statement does not read as sentences in
// every language.
func checkMethod(t *testing.T, ms []lang.Msg) {
	t.Helper()
	for _, l := range lang.All {
		if s := (lang.Printer{Lang: l}).Sentences(ms...); strings.TrimSpace(s) == "" || strings.Contains(s, "%!") {
			t.Fatalf("%v in %s reads %q", ms, l.Name(), s)
		}
	}
}
