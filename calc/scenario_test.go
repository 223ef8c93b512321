package calc

import (
	"errors"
	"math"
	"testing"

	"nrrlab/calc/lang"
)

func TestScenarioRateByLever(t *testing.T) {
	start := units(1_000_000)
	for _, c := range []struct {
		scenario string
		s        Scenario
		want     float64
	}{
		{"by amounts", Scenario{Lever: ByAmounts, Expansion: units(200_000), Contraction: units(50_000), Churn: units(100_000)}, 1.05},
		{"by rates", Scenario{Lever: ByRates, ExpansionRate: 0.2, ContractionRate: 0.05, ChurnRate: 0.1}, 1.05},
		{"by NRR", Scenario{Lever: ByNRR, NRR: 1.2}, 1.2},
	} {
		got, err := c.s.Rate(start)
		if err != nil {
			t.Fatalf("%s: %v", c.scenario, err)
		}
		if math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s: NRR = %v, want %v", c.scenario, got, c.want)
		}
	}
}

func TestScenarioRateErrors(t *testing.T) {
	for _, c := range []struct {
		scenario string
		s        Scenario
		field    lang.Key
	}{
		{"churn above start", Scenario{Lever: ByAmounts, Churn: units(2)}, FieldChurn},
		{"negative rate", Scenario{Lever: ByRates, ExpansionRate: -0.1}, FieldExpansion},
		{"NaN rate", Scenario{Lever: ByRates, ChurnRate: math.NaN()}, FieldChurn},
		{"losses above 100%", Scenario{Lever: ByRates, ContractionRate: 0.6, ChurnRate: 0.5}, FieldChurn},
		{"negative NRR", Scenario{Lever: ByNRR, NRR: -1}, FieldNRR},
	} {
		_, err := c.s.Rate(units(1))
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field != c.field {
			t.Errorf("%s: error = %v, want one at %q", c.scenario, err, c.field)
		}
	}
	if _, err := (Scenario{Lever: 9}).Rate(1); err == nil {
		t.Error("unknown lever accepted")
	}
}

func TestCompareNamesTheScenarioInError(t *testing.T) {
	_, err := Compare(units(100), Scenario{Name: "Today", Lever: ByNRR, NRR: 1},
		[]Scenario{{Name: "Ok", Lever: ByNRR, NRR: 1.1}, {Name: "Broken", Lever: ByNRR, NRR: -2}}, 3)
	var se *ScenarioError
	if !errors.As(err, &se) || se.Index != 2 || se.Name != "Broken" {
		t.Fatalf("error = %v", err)
	}
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != FieldNRR {
		t.Errorf("cause = %v", err)
	}
	if _, err := Compare(units(100), Scenario{Name: "Bad base", Lever: ByNRR, NRR: math.NaN()}, nil, 3); !errors.As(err, &se) || se.Index != 0 {
		t.Errorf("baseline error = %v", err)
	}
}

func TestCompareWithNewLogoARR(t *testing.T) {
	c, err := Compare(units(1_000_000), Scenario{Lever: ByNRR, NRR: 1},
		[]Scenario{{Lever: ByNRR, NRR: 1, NewARR: units(50_000)}}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Scenarios[0].Difference; got[1] != units(50_000) || got[2] != units(100_000) {
		t.Errorf("differences = %v", got)
	}
}
