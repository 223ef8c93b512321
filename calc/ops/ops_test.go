package ops

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/benchmark"
	"nrrlab/calc/lang"
)

func units(u int64) calc.Money { return calc.MustUnits(u) }

func pct(f float64) string { return fmt.Sprintf("%.1f%%", f*100) }

func TestWorkedExample_487KMRR_23KExpansion_MonthlyRate4_7(t *testing.T) {
	r, err := MonthlyExpansionRate(units(23_000), units(487_000))
	if err != nil || pct(r) != "4.7%" {
		t.Errorf("monthly expansion rate = %s, %v; want 4.7%%", pct(r), err)
	}
}

func TestWorkedExample_47KSpent_215KExpansion_CAC0_22(t *testing.T) {
	c, err := ExpansionCAC(units(47_000), units(215_000))
	if err != nil || fmt.Sprintf("$%.2f", c) != "$0.22" {
		t.Errorf("expansion CAC = %v, %v; want $0.22 per $", c, err)
	}
}

func TestWorkedExample_1_2MWeightedPipeline_1MTarget_Coverage120(t *testing.T) {
	c, err := RenewalCoverage(units(1_200_000), units(1_000_000))
	if err != nil || pct(c) != "120.0%" {
		t.Errorf("coverage = %s, %v; want 120%%", pct(c), err)
	}
}

func TestWorkedExample_700KSavedOf1MAtRisk_SaveRate70(t *testing.T) {
	s, err := SaveRate(units(700_000), units(1_000_000))
	if err != nil || pct(s) != "70.0%" {
		t.Errorf("save rate = %s, %v; want 70%%", pct(s), err)
	}
}

func TestFormulas(t *testing.T) {
	for _, c := range []struct {
		scenario string
		got      func() (float64, error)
		want     float64
	}{
		{"forecast accuracy 920K of 1M", func() (float64, error) { return ForecastAccuracy(units(920_000), units(1_000_000)) }, 0.92},
		{"expansion coverage 300K for 100K", func() (float64, error) { return ExpansionCoverage(units(300_000), units(100_000)) }, 3},
		{"average discount 80K of 1M", func() (float64, error) { return AverageDiscount(units(80_000), units(1_000_000)) }, 0.08},
		{"escalation 12 of 100", func() (float64, error) { return EscalationRate(12, 100) }, 0.12},
		{"early renewal 18 of 100", func() (float64, error) { return EarlyRenewalRate(18, 100) }, 0.18},
		{"multi-year 25 of 100", func() (float64, error) { return MultiYearRate(25, 100) }, 0.25},
		{"expansion at renewal 35 of 100", func() (float64, error) { return ExpansionAtRenewal(35, 100) }, 0.35},
		{"penetration 32 of 100", func() (float64, error) { return ExpansionPenetration(32, 100) }, 0.32},
		{"attach 40 of 100", func() (float64, error) { return AttachRate(40, 100) }, 0.40},
		{"ROI 860K on 215K", func() (float64, error) { return ExpansionROI(units(860_000), units(215_000)) }, 3},
		{"ROI below cost", func() (float64, error) { return ExpansionROI(units(100), units(200)) }, -0.5},
		{"conversion 25 of 100", func() (float64, error) { return Conversion(25, 100) }, 0.25},
		{"health score 68", func() (float64, error) { return HealthScore(68) }, 68},
		{"readiness all 100", func() (float64, error) { return ReadinessScore(Signals{100, 100, 100, 100, 100, 100, 100}) }, 100},
		{"readiness usage only", func() (float64, error) { return ReadinessScore(Signals{UsageTrend: 100}) }, 25},
		{"readiness whitespace only", func() (float64, error) { return ReadinessScore(Signals{Whitespace: 100}) }, 5},
	} {
		got, err := c.got()
		if err != nil || math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s = %v, %v; want %v", c.scenario, got, err, c.want)
		}
	}
}

func TestWeightsAddUpToOne(t *testing.T) {
	w := Weights
	if sum := w.UsageTrend + w.FeatureAdoption + w.ExecutiveEngagement + w.Satisfaction + w.TeamGrowth + w.BudgetTiming + w.Whitespace; math.Abs(sum-1) > 1e-12 {
		t.Errorf("weights add up to %v", sum)
	}
}

func TestErrorsNameTheInput(t *testing.T) {
	for _, c := range []struct {
		scenario string
		err      error
		input    lang.Key
	}{
		{"save rate of nothing at risk", second(SaveRate(0, 0)), labelAtRisk},
		{"more saved than at risk", second(SaveRate(units(2), units(1))), labelSaved},
		{"negative saved", second(SaveRate(-1, units(1))), labelSaved},
		{"forecast of zero", second(ForecastAccuracy(units(1), 0)), labelForecast},
		{"negative discounts", second(AverageDiscount(-1, units(1))), labelDiscounts},
		{"discounts above list value", second(AverageDiscount(units(2), units(1))), labelDiscounts},
		{"no renewals", second(EscalationRate(0, 0)), labelRenewals},
		{"more escalated than renewals", second(EscalationRate(5, 4)), labelEscalated},
		{"negative early renewals", second(EarlyRenewalRate(-1, 4)), labelEarly},
		{"no customers", second(ExpansionPenetration(1, 0)), labelCustomers},
		{"no expansion ARR", second(ExpansionCAC(units(1), 0)), labelExpansionARR},
		{"ROI without cost", second(ExpansionROI(units(1), 0)), labelExpansionCost},
		{"negative LTV", second(ExpansionROI(-1, units(1))), labelExpansionLTV},
		{"score above 100", second(ReadinessScore(Signals{TeamGrowth: 101})), labelTeamGrowth},
		{"NaN score", second(HealthScore(math.NaN())), labelHealthScore},
		{"negative health score", second(HealthScore(-1)), labelHealthScore},
	} {
		var ie *InputError
		if !errors.As(c.err, &ie) || ie.Input != c.input {
			t.Errorf("%s: %v, want an error at %q", c.scenario, c.err, c.input)
		}
	}
}

func TestErrorsAreWholeSentences(t *testing.T) {
	for _, c := range []struct {
		scenario string
		err      error
		want     string
	}{
		{"more escalated than renewals", second(EscalationRate(5, 4)), "Renewals escalated cannot be more than Renewals."},
		{"nothing at risk", second(SaveRate(0, 0)), "At-risk ARR must be above zero."},
		{"score above 100", second(HealthScore(101)), "Health score must be a score from 0 to 100."},
	} {
		if c.err == nil || c.err.Error() != c.want {
			t.Errorf("%s: %v, want %q", c.scenario, c.err, c.want)
		}
	}
}

func second[T any](_ T, err error) error { return err }

func TestCatalogueExamplesComputeAndPlace(t *testing.T) {
	want := map[string]lang.Key{
		"save-rate":              "Strong",
		"renewal-coverage":       "Thin",
		"monthly-expansion-rate": "Strong",
		"expansion-cac":          "Efficient",
		"average-discount":       "Normal",
		"escalation-rate":        "Healthy",
		"expansion-coverage":     "On target",
		"readiness-score":        "Nurture",
		"health-score":           "Renews about 70% of the time",
	}
	seen := map[string]bool{}
	for i := range Catalogue {
		c := &Catalogue[i]
		if seen[c.ID] {
			t.Errorf("%s: duplicate id", c.ID)
		}
		seen[c.ID] = true
		if benchmark.ByID(c.Set) == nil {
			t.Errorf("%s: no benchmark set %q", c.ID, c.Set)
			continue
		}
		values := make([]Value, len(c.Inputs))
		for k, in := range c.Inputs {
			var err error
			values[k], err = exampleValue(in)
			if err != nil {
				t.Fatalf("%s: example %q: %v", c.ID, in.Example, err)
			}
		}
		r, err := c.Compute(values)
		if err != nil {
			t.Errorf("%s: %v", c.ID, err)
			continue
		}
		if w, ok := want[c.ID]; ok && r.Placement.BandOf().Name != w {
			t.Errorf("%s: example %v is %q, want %q", c.ID, r.Value, r.Placement.BandOf().Name, w)
		}
	}
	if _, err := Catalogue[0].Compute(nil); err == nil {
		t.Error("Compute with no values accepted")
	}
}

// exampleValue reads an example the simple way its texts are written.
func exampleValue(in Input) (Value, error) {
	var v Value
	switch in.Kind {
	case Money:
		var n float64
		var suffix string
		if _, err := fmt.Sscanf(in.Example, "$%f%s", &n, &suffix); err != nil {
			return v, err
		}
		mult := map[string]float64{"K": 1e3, "M": 1e6}[suffix]
		m, err := calc.FromFloat(n * mult)
		v.Money = m
		return v, err
	case Count:
		_, err := fmt.Sscanf(in.Example, "%d", &v.Count)
		return v, err
	}
	_, err := fmt.Sscanf(in.Example, "%g", &v.Score)
	return v, err
}

func FuzzCatalogue(f *testing.F) {
	f.Add(uint8(0), int64(70_000_000), int64(100_000_000), 5, 7, 50.0)
	f.Add(uint8(17), int64(-1), int64(0), -3, 0, math.NaN())
	f.Fuzz(func(t *testing.T, which uint8, a, b int64, n, m int, score float64) {
		c := &Catalogue[int(which)%len(Catalogue)]
		values := make([]Value, len(c.Inputs))
		for i := range values {
			values[i] = Value{Money: calc.Money(a), Count: n, Score: score}
			if i == 1 {
				values[i] = Value{Money: calc.Money(b), Count: m, Score: 100 - score}
			}
		}
		r, err := c.Compute(values)
		if err == nil && (math.IsNaN(r.Value) || math.IsInf(r.Value, 0)) {
			t.Fatalf("%s: %v from %+v", c.ID, r.Value, values)
		}
		for _, l := range lang.All {
			if s := (lang.Printer{Lang: l}).Error(err); err != nil && (strings.TrimSpace(s) == "" || strings.Contains(s, "%!")) {
				t.Fatalf("%s: %v in %s reads %q", c.ID, err, l.Name(), s)
			}
		}
	})
}
