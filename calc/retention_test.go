package calc

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"nrrlab/calc/lang"
)

func TestRetainRejectsInvalidTotals(t *testing.T) {
	for _, c := range []struct {
		scenario string
		totals   Totals
		field    lang.Key
	}{
		{"zero starting ARR", Totals{}, FieldStart},
		{"negative starting ARR", Totals{Start: -1}, FieldStart},
		{"negative expansion", Totals{Start: 100, Expansion: -1}, FieldExpansion},
		{"negative contraction", Totals{Start: 100, Contraction: -1}, FieldContraction},
		{"negative churn", Totals{Start: 100, Churn: -1}, FieldChurn},
		{"contraction and churn above start", Totals{Start: 100, Contraction: 60, Churn: 41}, FieldChurn},
		{"contraction and churn overflow", Totals{Start: 100, Contraction: MaxMoney, Churn: MaxMoney}, FieldChurn},
		{"expansion overflows the end", Totals{Start: 100, Expansion: MaxMoney}, FieldExpansion},
		{"negative customers at start", Totals{Start: 100, Logos: &Logos{Start: -1}}, FieldCustomersStart},
		{"negative customers retained", Totals{Start: 100, Logos: &Logos{Start: 3, Retained: -1}}, FieldCustomersRetained},
		{"retained without a start count", Totals{Start: 100, Logos: &Logos{Retained: 3}}, FieldCustomersRetained},
		{"more retained than at start", Totals{Start: 100, Logos: &Logos{Start: 3, Retained: 4}}, FieldCustomersRetained},
	} {
		_, err := Retain(c.totals)
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Errorf("%s: error = %v, want an *InputError", c.scenario, err)
			continue
		}
		if ie.Field != c.field {
			t.Errorf("%s: field = %q, want %q (%v)", c.scenario, ie.Field, c.field, err)
		}
	}
}

func TestRetainZeroStartSaysNRRNeedsStartingRevenue(t *testing.T) {
	_, err := Retain(Totals{Expansion: units(5)})
	if err == nil || err.Error() != "Starting ARR must be above zero: NRR needs starting revenue." {
		t.Errorf("error = %v", err)
	}
}

func TestRetainMonthlyAnnualisesByCompounding(t *testing.T) {
	r, err := Retain(Totals{Start: units(100_000), Expansion: units(2_000), Churn: units(1_000), Period: Monthly})
	if err != nil {
		t.Fatal(err)
	}
	if want := math.Pow(1.01, 12); math.Abs(r.AnnualNRR-want) > 1e-12 {
		t.Errorf("annual NRR = %v, want %v", r.AnnualNRR, want)
	}
	if want := math.Pow(0.99, 12); math.Abs(r.AnnualGRR-want) > 1e-12 {
		t.Errorf("annual GRR = %v, want %v", r.AnnualGRR, want)
	}
	if len(r.Method) != 1 || r.Method[0].Key != methodRetentionMonthly {
		t.Errorf("method = %q", r.Method)
	}
}

func TestRetainLogosZeroStartMeansNoLogoRetention(t *testing.T) {
	r, err := Retain(Totals{Start: units(1), Logos: &Logos{}})
	if err != nil {
		t.Fatal(err)
	}
	if r.HasLogos {
		t.Error("logo retention reported without any customers at start")
	}
}

// randomTotals draws valid totals of up to about $10B.
func randomTotals(rng *rand.Rand) Totals {
	s := Money(rng.Int64N(1_000_000_000_000) + 1)
	c := Money(rng.Int64N(int64(s) + 1))
	x := Money(rng.Int64N(int64(s-c) + 1))
	e := Money(rng.Int64N(int64(s) * 2))
	return Totals{Start: s, Expansion: e, Contraction: c, Churn: x}
}

func TestRetainPropertyNRRIsGRRPlusExpansionRate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 100_000; i++ {
		tt := randomTotals(rng)
		r, err := Retain(tt)
		if err != nil {
			t.Fatalf("%+v: %v", tt, err)
		}
		if d := r.NRR - (r.GRR + r.ExpansionRate); math.Abs(d) > 1e-9 {
			t.Fatalf("%+v: NRR %v ≠ GRR %v + E/S %v", tt, r.NRR, r.GRR, r.ExpansionRate)
		}
		if r.GRR > 1 || r.GRR < 0 {
			t.Fatalf("%+v: GRR %v outside [0, 1]", tt, r.GRR)
		}
		if d := r.GRR - (1 - r.ContractionRate - r.ChurnRate); math.Abs(d) > 1e-9 {
			t.Fatalf("%+v: GRR %v ≠ 1 − C/S − X/S", tt, r.GRR)
		}
		if r.End != tt.Start+tt.Expansion-tt.Contraction-tt.Churn {
			t.Fatalf("%+v: end %v does not reconcile", tt, r.End)
		}
	}
}
