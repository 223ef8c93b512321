package benchmark

import (
	"errors"
	"math"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

func TestWorkedExampleNRR105IsStrongOnTheOverallSet(t *testing.T) {
	p, err := ByID("nrr-overall").Place(1.05)
	if err != nil {
		t.Fatal(err)
	}
	if b := p.BandOf(); b.Name != "Strong" || b.Verdict != Green {
		t.Errorf("105%% NRR is %q (%v), want Strong (green)", b.Name, b.Verdict)
	}
}

func TestOverallNRRBands(t *testing.T) {
	for _, c := range []struct {
		nrr  float64
		want lang.Key
	}{
		{0.5, "Critical"}, {0.8999, "Critical"}, {0.90, "Needs improvement"}, {0.999, "Needs improvement"},
		{1.00, "Strong"}, {1.1999, "Strong"}, {1.20, "World-class"}, {1.6, "World-class"},
	} {
		p, _ := ByID("nrr-overall").Place(c.nrr)
		if got := p.BandOf().Name; got != c.want {
			t.Errorf("NRR %v: %q, want %q", c.nrr, got, c.want)
		}
	}
}

// Every edge of every set: a figure exactly on a band's lower edge is in that
// band, or in the one below when the edge is exclusive; just above the edge
// it is always in the band.
func TestEveryEdgeLandsInItsDocumentedBand(t *testing.T) {
	for i := range Sets {
		s := &Sets[i]
		for k := 1; k < len(s.Bands); k++ {
			b := s.Bands[k]
			want := k
			if b.FromExclusive {
				want = k - 1
			}
			if p, _ := s.Place(b.From); p.Band != want {
				t.Errorf("%s: %v lands in %q, want %q", s.ID, b.From, s.Bands[p.Band].Name, s.Bands[want].Name)
			}
			if p, _ := s.Place(math.Nextafter(b.From, inf)); p.Band != k {
				t.Errorf("%s: just above %v lands in %q, want %q", s.ID, b.From, s.Bands[p.Band].Name, b.Name)
			}
		}
	}
}

func TestSetsAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Sets {
		if seen[s.ID] {
			t.Errorf("%s: duplicate id", s.ID)
		}
		seen[s.ID] = true
		if s.Title == "" || s.Source.Article == "" || s.Source.Section == "" {
			t.Errorf("%s: missing title or source", s.ID)
		}
		if !(s.Min < s.Max) {
			t.Errorf("%s: gauge %v–%v", s.ID, s.Min, s.Max)
		}
		if len(s.Bands) < 2 || !math.IsInf(s.Bands[0].From, -1) {
			t.Errorf("%s: bands must start open below", s.ID)
		}
		for k := 1; k < len(s.Bands); k++ {
			if s.Bands[k].From <= s.Bands[k-1].From {
				t.Errorf("%s: bands out of order at %q", s.ID, s.Bands[k].Name)
			}
			if s.Bands[k].From < s.Min || s.Bands[k].From > s.Max {
				t.Errorf("%s: edge %v is off the gauge %v–%v", s.ID, s.Bands[k].From, s.Min, s.Max)
			}
		}
		for _, b := range s.Bands {
			if b.Name == "" || b.Meaning == "" {
				t.Errorf("%s: a band without a name or meaning", s.ID)
			}
		}
		if s.Facet == Segment || s.Facet == Stage || s.Facet == Industry {
			if s.Key == "" {
				t.Errorf("%s: a %v set without a key", s.ID, s.Facet)
			}
		}
	}
}

func TestLookupAppliesTheFilter(t *testing.T) {
	all, err := Lookup(NRR, 1.05, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	smb, _ := Lookup(NRR, 1.05, Filter{Segment: "smb", Stage: "growth", Industry: "healthcare"})
	if len(smb) >= len(all) {
		t.Fatalf("filtered %d sets, unfiltered %d", len(smb), len(all))
	}
	got := map[string]lang.Key{}
	for _, p := range smb {
		got[p.Set.ID] = p.BandOf().Name
		if p.Set.Facet == Segment && p.Set.Key != "smb" {
			t.Errorf("%s shown for SMB", p.Set.ID)
		}
	}
	for id, want := range map[string]lang.Key{
		"nrr-overall":                 "Strong",
		"nrr-renewal-reading":         "Good",
		"nrr-smb":                     "Above the SMB range",
		"nrr-growth":                  "Within the growth-stage range",
		"nrr-high-expansion-industry": "Below what peers often reach",
		"nrr-maturity":                "Stage 2: basic systematic",
		"nrr-best-in-class":           "Below best in class",
	} {
		if got[id] != want {
			t.Errorf("%s: %q, want %q", id, got[id], want)
		}
	}
	if _, ok := got["nrr-lower-expansion-industry"]; ok {
		t.Error("lower-expansion industry set shown for healthcare")
	}
}

func TestPlacementPositionIsClampedAndNaNIsRefused(t *testing.T) {
	s := ByID("nrr-overall")
	for _, c := range []struct{ x, want float64 }{{0.7, 0}, {1.4, 1}, {1.05, 0.5}, {-3, 0}, {9, 1}} {
		if p, _ := s.Place(c.x); math.Abs(p.Position-c.want) > 1e-12 {
			t.Errorf("position of %v = %v, want %v", c.x, p.Position, c.want)
		}
	}
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := s.Place(x); !errors.Is(err, ErrNotAFigure) {
			t.Errorf("Place(%v): %v", x, err)
		}
		if _, err := Lookup(NRR, x, Filter{}); !errors.Is(err, ErrNotAFigure) {
			t.Errorf("Lookup(%v): %v", x, err)
		}
	}
	if ByID("no-such-set") != nil {
		t.Error("ByID found a set that does not exist")
	}
}

func FuzzLookup(f *testing.F) {
	f.Add(uint8(0), 1.05, "smb", "growth", "healthcare")
	f.Add(uint8(3), math.NaN(), "", "", "")
	f.Add(uint8(200), -1e300, "x", "y", "z")
	f.Fuzz(func(t *testing.T, metric uint8, x float64, segment, stage, industry string) {
		ps, err := Lookup(Metric(metric), x, Filter{Segment: segment, Stage: stage, Industry: industry})
		if err != nil {
			for _, l := range lang.All {
				if s := (lang.Printer{Lang: l}).Error(err); s == "" {
					t.Fatalf("%v reads as nothing in %s", err, l.Name())
				}
			}
			return
		}
		for _, p := range ps {
			if p.Position < 0 || p.Position > 1 || p.Band < 0 || p.Band >= len(p.Set.Bands) {
				t.Fatalf("%s: placement %+v", p.Set.ID, p)
			}
		}
	})
}

// Every band of a typical range is named whole for its peer group, never
// composed, and the three of a group differ.
func TestPeerBandsAreWholeNames(t *testing.T) {
	for p, bands := range peerBands {
		seen := map[lang.Key]bool{}
		for _, b := range bands {
			if b[0] == "" || b[1] == "" || seen[b[0]] {
				t.Errorf("peer group %d: band %q (%q) missing or repeated", p, b[0], b[1])
			}
			seen[b[0]] = true
		}
	}
}

// The one stage the articles define by size is near $50M ARR, and every
// size names a stage the page offers.
func TestStagesBySize(t *testing.T) {
	if m, ok := SizeOf("50m-arr"); !ok || m != calc.MustUnits(50_000_000) {
		t.Errorf(`SizeOf("50m-arr") = %s, %v; want $50M`, m, ok)
	}
	if _, ok := SizeOf("growth"); ok {
		t.Error("the growth stage has a size; the articles give it none")
	}
	for key := range stageSizes {
		found := false
		for _, c := range Stages {
			found = found || c.Key == key
		}
		if !found {
			t.Errorf("stage %q has a size and is not a stage", key)
		}
	}
}
