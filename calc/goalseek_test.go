package calc

import (
	"errors"
	"math"
	"testing"

	"nrrlab/calc/lang"
)

func TestExpansionNeededAndChurnAllowed(t *testing.T) {
	today := Totals{Start: units(1_000_000), Expansion: units(100_000), Contraction: units(50_000), Churn: units(100_000)}
	// NRR today is 95%. For 110%: E = 1.1M − 1M + 50K + 100K = 250K.
	e, err := ExpansionNeeded(today, 1.10)
	if err != nil || e != units(250_000) {
		t.Errorf("expansion needed = %v, %v; want 250000.00", e, err)
	}
	// For 100%: X = 1M + 100K − 50K − 1M = 50K.
	x, err := ChurnAllowed(today, 1.00)
	if err != nil || x != units(50_000) {
		t.Errorf("churn allowed = %v, %v; want 50000.00", x, err)
	}
	// 120% cannot be reached by cutting churn alone: negative.
	if x, _ := ChurnAllowed(today, 1.20); x != -units(150_000) {
		t.Errorf("churn allowed at 120%% = %v, want -150000.00", x)
	}
}

func TestGoalSeekErrors(t *testing.T) {
	ok := Totals{Start: units(100)}
	for _, c := range []struct {
		scenario string
		err      error
		field    lang.Key
	}{
		{"target from zero start", second(NRRForTarget(0, units(2), 3)), FieldStart},
		{"zero target", second(NRRForTarget(units(1), 0, 3)), FieldTarget},
		{"zero years", second(NRRForTarget(units(1), units(2), 0)), FieldPeriods},
		{"expansion with invalid totals", second(ExpansionNeeded(Totals{}, 1.1)), FieldStart},
		{"expansion with NaN NRR", second(ExpansionNeeded(ok, math.NaN())), FieldNRR},
		{"expansion with a huge NRR", second(ExpansionNeeded(Totals{Start: MaxMoney / 2}, 1e6)), FieldNRR},
		{"churn with invalid totals", second(ChurnAllowed(Totals{Start: 1, Churn: 2}, 1.1)), FieldChurn},
		{"churn with negative NRR", second(ChurnAllowed(ok, -1)), FieldNRR},
		{"churn with a huge NRR", second(ChurnAllowed(Totals{Start: MaxMoney / 2}, 1e6)), FieldNRR},
	} {
		var ie *InputError
		if !errors.As(c.err, &ie) || ie.Field != c.field {
			t.Errorf("%s: error = %v, want one at %q", c.scenario, c.err, c.field)
		}
	}
}

func second[T any](_ T, err error) error { return err }

func TestTargetPathIsLinearToTheTarget(t *testing.T) {
	path, err := TargetPath(1.00, 1.20, 4)
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range []float64{1.05, 1.10, 1.15, 1.20} {
		if path[i].Quarter != i+1 || math.Abs(path[i].NRR-w) > 1e-12 {
			t.Errorf("milestone %d = %+v, want %v", i, path[i], w)
		}
	}
	for _, c := range []struct {
		scenario        string
		current, target float64
		quarters        int
	}{
		{"NaN current", math.NaN(), 1.2, 4},
		{"negative target", 1, -1, 4},
		{"no quarters", 1, 1.2, 0},
		{"too many quarters", 1, 1.2, MaxQuarters + 1},
	} {
		if _, err := TargetPath(c.current, c.target, c.quarters); err == nil {
			t.Errorf("%s: accepted", c.scenario)
		}
	}
}

func TestGrowthFromBaseErrors(t *testing.T) {
	for _, c := range []struct {
		scenario    string
		growth, nrr float64
	}{
		{"no growth", 0, 1.1},
		{"shrinking", -0.1, 1.1},
		{"NaN growth", math.NaN(), 1.1},
		{"infinite growth", math.Inf(1), 1.1},
		{"negative NRR", 0.4, -1},
	} {
		if _, err := GrowthFromBase(c.growth, c.nrr); err == nil {
			t.Errorf("%s: accepted", c.scenario)
		}
	}
}
