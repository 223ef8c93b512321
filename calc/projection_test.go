package calc

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"nrrlab/calc/lang"
)

func TestProjectWithNewLogoARR(t *testing.T) {
	// $1M at 110% with $100K of new logos a year: year 1 is 1.1M + 100K; the
	// first 100K compounds from year 2.
	p, err := Project(units(1_000_000), 1.10, 3, []Money{units(100_000)})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []ProjectionPoint{
		{Period: 1, ARR: units(1_200_000), FromBase: units(1_100_000), FromNew: units(100_000), Growth: units(200_000), NewARR: units(100_000)},
		{Period: 2, ARR: units(1_420_000), FromBase: units(1_210_000), FromNew: units(210_000), Growth: units(220_000), NewARR: units(100_000)},
		{Period: 3, ARR: units(1_662_000), FromBase: units(1_331_000), FromNew: units(331_000), Growth: units(242_000), NewARR: units(100_000)},
	} {
		if got := p.Points[w.Period]; got != w {
			t.Errorf("period %d = %+v, want %+v", w.Period, got, w)
		}
	}
}

func TestProjectRepeatsTheLastNewARR(t *testing.T) {
	p, err := Project(units(100), 1, 4, []Money{units(10), units(20)})
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range []Money{units(100), units(110), units(130), units(150), units(170)} {
		if p.Points[i].ARR != w {
			t.Errorf("period %d: %v, want %v", i, p.Points[i].ARR, w)
		}
	}
}

func TestProjectErrors(t *testing.T) {
	for _, c := range []struct {
		scenario string
		start    Money
		nrr      float64
		periods  int
		newARR   []Money
		field    lang.Key
	}{
		{"negative start", -1, 1.1, 3, nil, FieldStart},
		{"negative NRR", 100, -0.1, 3, nil, FieldNRR},
		{"NaN NRR", 100, math.NaN(), 3, nil, FieldNRR},
		{"infinite NRR", 100, math.Inf(1), 3, nil, FieldNRR},
		{"no periods", 100, 1.1, 0, nil, FieldPeriods},
		{"too many periods", 100, 1.1, MaxPeriods + 1, nil, FieldPeriods},
		{"negative new ARR", 100, 1.1, 3, []Money{-1}, FieldNewARR},
	} {
		_, err := Project(c.start, c.nrr, c.periods, c.newARR)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field != c.field {
			t.Errorf("%s: error = %v, want one at %q", c.scenario, err, c.field)
		}
	}
	if _, err := Project(units(1_000_000_000), 10, 100, nil); err == nil || err.Error() != string(msgProjectionOverflow) {
		t.Errorf("runaway projection: error = %v", err)
	}
}

func TestProjectPropertyGrowsWithNRR(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 10_000; i++ {
		start := Money(rng.Int64N(1_000_000_000_00))
		lo := rng.Float64() * 1.5
		hi := lo + rng.Float64()*0.5
		newARR := []Money{Money(rng.Int64N(1_000_000_00))}
		periods := 1 + rng.IntN(10)
		a, err1 := Project(start, lo, periods, newARR)
		b, err2 := Project(start, hi, periods, newARR)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		for t2 := range a.Points {
			pa, pb := a.Points[t2], b.Points[t2]
			if pb.ARR < pa.ARR {
				t.Fatalf("start %v, %d periods: at %d ARR %v at NRR %v < %v at NRR %v", start, periods, t2, pb.ARR, hi, pa.ARR, lo)
			}
			if pa.ARR != pa.FromBase+pa.FromNew {
				t.Fatalf("ARR %v ≠ base %v + new %v", pa.ARR, pa.FromBase, pa.FromNew)
			}
			if t2 > 0 && pa.Growth != pa.ARR-a.Points[t2-1].ARR {
				t.Fatalf("growth %v does not match", pa.Growth)
			}
		}
	}
}
