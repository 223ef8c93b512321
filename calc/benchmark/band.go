// Package benchmark holds every benchmark band set of NRR Lab's source
// articles as data, and places a user's figure on each set that applies:
// the band it falls in, its verdict colour and its position on a gauge.
package benchmark

import (
	"math"

	"nrrlab/calc/lang"
)

// Verdict is the colour a band gives a figure. The UI always shows it with
// the band's name, never by colour alone.
type Verdict uint8

const (
	Green Verdict = iota
	Yellow
	Red
)

// String names the verdict in lower case: "green", "yellow", "red".
func (v Verdict) String() string {
	switch v {
	case Green:
		return "green"
	case Yellow:
		return "yellow"
	}
	return "red"
}

// Band is one range of a Set. A figure is in the band when it is at or above
// From (above, when FromExclusive) and not in a later band of the set. A
// figure exactly on an edge shared by two bands belongs to the better one:
// "100–120%" and "≥ 120%" put 120% in the second; for rates where lower is
// better, such as discounts, edges are exclusive so that 10% stays in
// "5–10%".
type Band struct {
	Name          lang.Key
	From          float64
	FromExclusive bool
	Verdict       Verdict
	// Meaning says in one line what a figure in the band means.
	Meaning lang.Key
}

// Source names the article a set comes from and its section.
type Source struct {
	Article lang.Key
	Section lang.Key
}

// Metric is what a set measures.
type Metric uint8

const (
	NRR Metric = iota
	GRR
	LogoRetention
	MonthlyExpansionRate
	ExpansionPenetration
	ExpansionShare // expansion as a share of new ARR
	SaveRate
	ForecastAccuracy
	RenewalCoverage
	ExpansionCoverage // a multiple: 3 is 3×
	AverageDiscount
	EscalationRate
	EarlyRenewalRate
	MultiYearRate
	ExpansionAtRenewal
	AttachRate
	ExpansionCAC // dollars of cost per dollar of expansion ARR
	ExpansionROI
	UpsellConversion
	CrossSellConversion
	UsageConversion
	ReadinessScore // a score from 0 to 100, as a fraction of 100
	HealthScore    // a score from 0 to 100, as a fraction of 100
)

// Facet is what selects a set beyond its metric.
type Facet uint8

const (
	Overall Facet = iota
	Segment
	Stage
	Industry
	Maturity
	BestInClass
)

// Set is one benchmark: bands in ascending order covering every figure.
type Set struct {
	ID     string
	Title  lang.Key
	Metric Metric
	Facet  Facet
	// Key names the segment, stage or industry group the set is for.
	Key    string
	Bands  []Band
	Source Source
	// Min and Max are the ends of the set's gauge, chosen so every band is
	// visible.
	Min, Max float64
}

// ErrNotAFigure reports NaN or an infinity.
var ErrNotAFigure error = lang.Sentence(errNotAFigure)

// Placement is where a figure sits on a set.
type Placement struct {
	Set  *Set
	Band int // index into Set.Bands
	// Position is the figure's place on the gauge, from 0 at Min to 1 at
	// Max, clamped.
	Position float64
}

// BandOf returns the band a placement falls in.
func (p Placement) BandOf() Band { return p.Set.Bands[p.Band] }

// Place finds x's band on s and its position on the gauge.
func (s *Set) Place(x float64) (Placement, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Placement{}, ErrNotAFigure
	}
	band := 0
	for i := len(s.Bands) - 1; i > 0; i-- {
		b := s.Bands[i]
		if x > b.From || (x == b.From && !b.FromExclusive) {
			band = i
			break
		}
	}
	return Placement{Set: s, Band: band, Position: s.Position(x)}, nil
}

// Position returns x's place on the gauge, from 0 at Min to 1 at Max.
func (s *Set) Position(x float64) float64 {
	p := (x - s.Min) / (s.Max - s.Min)
	return math.Min(1, math.Max(0, p))
}

// Filter chooses the sets that apply to a company. An empty field means
// every set of that facet applies.
type Filter struct {
	Segment  string
	Stage    string
	Industry string
}

func (f Filter) admits(s *Set) bool {
	switch s.Facet {
	case Segment:
		return f.Segment == "" || f.Segment == s.Key
	case Stage:
		return f.Stage == "" || f.Stage == s.Key
	case Industry:
		return f.Industry == "" || industryGroup[f.Industry] == s.Key
	}
	return true
}

// Lookup places x on every set of metric m that f admits, in the order of
// Sets.
func Lookup(m Metric, x float64, f Filter) ([]Placement, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil, ErrNotAFigure
	}
	var out []Placement
	for i := range Sets {
		s := &Sets[i]
		if s.Metric != m || !f.admits(s) {
			continue
		}
		p, _ := s.Place(x)
		out = append(out, p)
	}
	return out, nil
}

// ByID returns the set with this id, or nil.
func ByID(id string) *Set {
	for i := range Sets {
		if Sets[i].ID == id {
			return &Sets[i]
		}
	}
	return nil
}
