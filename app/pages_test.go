package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
)

func TestReadCalculatorKeepsTheLastGoodFigures(t *testing.T) {
	m := sampleModel()
	good := m.Figures
	for _, c := range []struct {
		scenario, key, text, problem string
	}{
		{"unreadable expansion", keyExpansion, "abc", `"abc" is not an amount`},
		{"zero starting ARR", keyStart, "0", "NRR needs starting revenue"},
		{"losses above the start", keyChurn, "$20M", "cannot exceed starting ARR"},
		{"negative amount", keyContraction, "-5", "ARR cannot be negative"},
		{"a rate in a money field", keyExpansion, "12%", "a percentage is a rate"},
		{"retained without a start count", keyCustomersRetained, "5", "needs the number of customers at the start"},
		{"customers not a number", keyCustomersStart, "many", "is not a number of customers"},
		{"years out of range", keyYears, "99", "not a number from 1 to 50"},
	} {
		m := sampleModel()
		m.Texts[c.key] = c.text
		p := readCalculator(&m)
		if !strings.Contains(p[c.key], c.problem) {
			t.Errorf("%s: problem %q, want %q", c.scenario, p[c.key], c.problem)
		}
		if m.Figures != good || m.Years != defaultYears {
			t.Errorf("%s: figures changed to %+v", c.scenario, m.Figures)
		}
	}
	m.Texts[keyExpansion] = "3M"
	m.Texts[keyCustomersStart], m.Texts[keyCustomersRetained] = "100", "85"
	m.Texts[keyPeriod] = "monthly"
	if p := readCalculator(&m); len(p) != 0 {
		t.Fatalf("problems %v", p)
	}
	if m.Figures.Expansion != calc.MustUnits(3_000_000) || m.Figures.Logos == nil || m.Figures.Logos.Retained != 85 || m.Figures.Period != calc.Monthly {
		t.Errorf("figures %+v", m.Figures)
	}
}

func TestReadScenarioByEachLever(t *testing.T) {
	start := calc.MustUnits(100_000_000)
	for _, c := range []struct {
		scenario string
		texts    map[string]string
		nrr      float64
		problem  string
	}{
		{"by NRR", map[string]string{keyLever: "nrr", keyNRR: "110%"}, 1.10, ""},
		{"by NRR without a sign", map[string]string{keyLever: "nrr", keyNRR: "110"}, 1.10, ""},
		{"by rates", map[string]string{keyLever: "rates", keyExpansionRate: "20%", keyContractionRate: "5%", keyChurnRate: "10%"}, 1.05, ""},
		{"by amounts", map[string]string{keyLever: "amounts", keyExpansion: "$5M", keyContraction: "0", keyChurn: "0"}, 1.05, ""},
		{"losses above 100%", map[string]string{keyLever: "rates", keyExpansionRate: "0", keyContractionRate: "60%", keyChurnRate: "50%"}, 0, "cannot exceed"},
		{"unreadable NRR", map[string]string{keyLever: "nrr", keyNRR: "lots"}, 0, "is not a rate"},
	} {
		in := ScenarioInput{Number: 1, Texts: c.texts}
		p := readScenario(&in, start)
		got, err := in.Good.Rate(start)
		switch {
		case c.problem == "" && (len(p) != 0 || err != nil || !near(got, c.nrr)):
			t.Errorf("%s: NRR %v, %v, problems %v", c.scenario, got, err, p)
		case c.problem != "" && !strings.Contains(strings.Join(values(p), " "), c.problem):
			t.Errorf("%s: problems %v, want %q", c.scenario, p, c.problem)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func values(p problems) []string {
	var out []string
	for _, v := range p {
		out = append(out, v)
	}
	return out
}

// Every page renders in go-app's test engine from the sample and from a
// saved state whose every field is wrong, without a panic.
func TestPagesRenderFromAnyState(t *testing.T) {
	broken := sampleModel()
	for k := range broken.Texts {
		broken.Texts[k] = "??"
	}
	broken.Figures = calc.Totals{} // as an old saved state might hold
	broken.Scenarios = []ScenarioInput{{Number: 1, Texts: map[string]string{keyLever: "rates", keyExpansionRate: "x"}}}
	for _, m := range []Model{sampleModel(), broken} {
		for _, page := range []goapp.Composer{
			&calculator{modelPage: modelPage{model: m}},
			&scenarios{modelPage: modelPage{model: m}},
			&benchmarks{modelPage{model: m}},
			&metrics{modelPage{model: m}},
			&notFound{},
		} {
			e := goapp.NewTestEngine()
			if err := e.Load(page); err != nil {
				t.Errorf("%T: %v", page, err)
			}
			e.ConsumeAll()
		}
	}
}

func FuzzCalculatorFields(f *testing.F) {
	f.Add("$10M", "$2M", "$500K", "$1M", "100", "85", "5", "")
	f.Add("0", "abc", "-1", "1e9", "", "5", "0", "$-")
	f.Fuzz(func(t *testing.T, start, expansion, contraction, churn, customers, retained, years, newARR string) {
		m := sampleModel()
		for k, v := range map[string]string{keyStart: start, keyExpansion: expansion, keyContraction: contraction, keyChurn: churn,
			keyCustomersStart: customers, keyCustomersRetained: retained, keyYears: years, keyNewARR: newARR} {
			m.Texts[k] = v
		}
		p := readCalculator(&m)
		if err := m.Figures.Validate(); err != nil {
			t.Fatalf("figures went invalid: %v (problems %v)", err, p)
		}
		e := goapp.NewTestEngine()
		if err := e.Load(&calculator{modelPage: modelPage{model: m}, problems: p}); err != nil {
			t.Fatal(err)
		}
		e.ConsumeAll()
	})
}
