package calc

import (
	"fmt"
	"math"
	"testing"
)

// units writes whole units of currency in tests: units(1_200_000) is $1.2M.
func units(u int64) Money { return MustUnits(u) }

// pct rounds a fraction to a percentage with one decimal, as the UI shows it.
func pct(f float64) string { return fmt.Sprintf("%.1f%%", f*100) }

// The worked examples of SPEC.md, one test each, named after the example.

func TestWorkedExample_S10M_E2M_C500K_X1M_NRR105(t *testing.T) {
	r, err := Retain(Totals{Start: units(10_000_000), Expansion: units(2_000_000), Contraction: units(500_000), Churn: units(1_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	if got := pct(r.NRR); got != "105.0%" {
		t.Errorf("NRR = %s, want 105.0%%", got)
	}
	if got := pct(r.GRR); got != "85.0%" {
		t.Errorf("GRR = %s, want 85.0%%", got)
	}
	if r.End != units(10_500_000) {
		t.Errorf("end = %v, want 10500000.00", r.End)
	}
}

func TestWorkedExample_S1M_E200K_X100K_C50K_NRR105(t *testing.T) {
	r, err := Retain(Totals{Start: units(1_000_000), Expansion: units(200_000), Churn: units(100_000), Contraction: units(50_000)})
	if err != nil {
		t.Fatal(err)
	}
	if got := pct(r.NRR); got != "105.0%" {
		t.Errorf("NRR = %s, want 105.0%%", got)
	}
}

// The article prints 114%; (1.2M + 340K − 68K − 115K) / 1.2M = 1,357K / 1.2M
// = 113.08%.
func TestWorkedExample_S1_2M_E340K_C68K_X115K_NRR113_1(t *testing.T) {
	r, err := Retain(Totals{Start: units(1_200_000), Expansion: units(340_000), Contraction: units(68_000), Churn: units(115_000)})
	if err != nil {
		t.Fatal(err)
	}
	if got := pct(r.NRR); got != "113.1%" {
		t.Errorf("NRR = %s, want 113.1%%", got)
	}
	if r.End != units(1_357_000) {
		t.Errorf("end = %v, want 1357000.00", r.End)
	}
}

func TestWorkedExample_85of100CustomersRenew_LogoRetention85(t *testing.T) {
	r, err := Retain(Totals{Start: units(1), Logos: &Logos{Start: 100, Retained: 85}})
	if err != nil {
		t.Fatal(err)
	}
	if !r.HasLogos || r.LogoRetention != 0.85 {
		t.Errorf("logo retention = %v (has %v), want 0.85", r.LogoRetention, r.HasLogos)
	}
}

func TestWorkedExample_850KOf1MDueRenews_GRR85(t *testing.T) {
	// $150K of the $1M due did not renew: churned or contracted.
	r, err := Retain(Totals{Start: units(1_000_000), Churn: units(150_000)})
	if err != nil {
		t.Fatal(err)
	}
	if got := pct(r.GRR); got != "85.0%" {
		t.Errorf("GRR = %s, want 85.0%%", got)
	}
}

func TestWorkedExample_1MAt120NRR_Compounds(t *testing.T) {
	p, err := Project(units(1_000_000), 1.20, 3, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Money{units(1_000_000), units(1_200_000), units(1_440_000), units(1_728_000)}
	for i, w := range want {
		if p.Points[i].ARR != w {
			t.Errorf("year %d: ARR = %v, want %v", i, p.Points[i].ARR, w)
		}
	}
}

// The article prints +10.5 and +16.3 for years 2 and 3; 121M − 110.25M is
// 10.75M and 133.1M − 115.7625M is 17.3375M.
func TestWorkedExample_100MBase_NRR110Against105(t *testing.T) {
	c, err := Compare(units(100_000_000),
		Scenario{Name: "Today", Lever: ByNRR, NRR: 1.05},
		[]Scenario{{Name: "Better retention", Lever: ByNRR, NRR: 1.10}}, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []Money{0, units(5_000_000), units(10_750_000), 17_337_500_00}
	for i, w := range want {
		if got := c.Scenarios[0].Difference[i]; got != w {
			t.Errorf("year %d: difference = %v, want %v", i, got, w)
		}
	}
}

func TestWorkedExample_487KMRR_23KExpansion_Rate4_7(t *testing.T) {
	r, err := Retain(Totals{Start: units(487_000), Expansion: units(23_000), Period: Monthly})
	if err != nil {
		t.Fatal(err)
	}
	if got := pct(r.ExpansionRate); got != "4.7%" {
		t.Errorf("expansion rate = %s, want 4.7%%", got)
	}
}

func TestWorkedExample_40GrowthAt110NRR_25FromBase(t *testing.T) {
	for _, c := range []struct {
		scenario string
		nrr      float64
		want     float64
	}{
		{"40% growth at 110% NRR", 1.10, 0.25},
		{"40% growth at 130% NRR", 1.30, 0.75},
	} {
		got, err := GrowthFromBase(0.40, c.nrr)
		if err != nil {
			t.Fatalf("%s: %v", c.scenario, err)
		}
		if math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s: share = %v, want %v", c.scenario, got, c.want)
		}
	}
}

func TestGoalSeek_2MFrom1MIn3Years_NRR126(t *testing.T) {
	nrr, err := NRRForTarget(units(1_000_000), units(2_000_000), 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := pct(nrr); got != "126.0%" {
		t.Errorf("NRR needed = %s, want 126.0%%", got)
	}
}
