package model

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"nrrlab/calc/lang"
)

// sixScenarios is a typical model: the sample, its texts changed, with six
// scenarios.
func sixScenarios(t testing.TB) Model {
	m := Sample()
	m.Texts[KeyStart], m.Texts[KeyCustomersStart], m.Texts[KeyCustomersRetained] = "Rp 15 miliar", "420", "377"
	m.Currency, m.Lang = lang.IDR, lang.Indonesian
	ReadCalculator(&m, lang.Printer{})
	for i := 0; i < MaxScenarios; i++ {
		if !m.AddScenario(lang.Printer{}) {
			t.Fatal("a scenario could not be added")
		}
		m.Scenarios[i].Texts[KeyName] = "Upsell push " + strings.Repeat("x", i)
		m.Scenarios[i].Texts[KeyLever] = LeverRates
	}
	return m
}

func TestSavedWorkRoundTrips(t *testing.T) {
	m := sixScenarios(t)
	got, err := Decode(Encode(m))
	if err != nil {
		t.Fatal(err)
	}
	if got.Texts[KeyStart] != "Rp 15 miliar" || !reflect.DeepEqual(got.Figures, m.Figures) || len(got.Scenarios) != MaxScenarios || got.Lang != lang.Indonesian || got.Currency != lang.IDR {
		t.Errorf("round trip: %+v", got)
	}
}

// The first versions let go-app keep the state: {"Value": model, "ExpiresAt":
// …}. Saved work of that version is read and migrated.
func TestSavedWorkOfTheFirstVersionIsMigrated(t *testing.T) {
	v1 := `{"Value":{"Texts":{"churn":"$1M","contraction":"$500K","expansion":"$3M","start":"$10M","years":"7"},` +
		`"Figures":{"Start":1000000000,"Expansion":200000000,"Contraction":50000000,"Churn":100000000,"Logos":null,"Period":0},"Years":7,"NewARR":0,` +
		`"Scenarios":[{"Number":2,"Texts":{"lever":"nrr","nrr":"110%"},"Good":{"Name":"","Lever":0}}],"Added":2},"ExpiresAt":"0001-01-01T00:00:00Z"}`
	m, err := Decode([]byte(v1))
	if err != nil {
		t.Fatal(err)
	}
	// The figures are read again from the texts: expansion is $3M, not
	// the $2M stored.
	ReadCalculator(&m, lang.Printer{})
	for i := range m.Scenarios {
		ReadScenario(&m.Scenarios[i], m.Figures.Start, lang.Printer{})
	}
	if m.Figures.Expansion != 300_000_000 || m.Years != 7 || len(m.Scenarios) != 1 || m.Scenarios[0].Good.NRR != 1.10 || m.Added != 2 {
		t.Errorf("migrated: figures %+v, years %d, scenarios %+v", m.Figures, m.Years, m.Scenarios)
	}
}

func TestSavedWorkThatCannotBeReadSaysWhy(t *testing.T) {
	for _, c := range []struct {
		scenario, data, want string
	}{
		{"not JSON", `{"v":2,"model":{"Texts":`, "not what NRR Lab writes"},
		{"edited into something else", `[1,2,3]`, "not what NRR Lab writes"},
		{"no version", `{"model":{"Texts":{}}}`, "no version"},
		{"a newer version", `{"v":3,"model":{}}`, "newer version"},
		{"no figures", `{"v":2,"model":{"Years":5}}`, "no figures"},
		{"an unknown language", `{"v":2,"model":{"Texts":{"start":"$1M","expansion":"0","contraction":"0","churn":"0"},"Lang":9}}`, "language 9"},
		{"too many scenarios", `{"v":2,"model":{"Texts":{},"Scenarios":[{},{},{},{},{},{},{}]}}`, "7 scenarios"},
	} {
		_, err := Decode([]byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.scenario, err, c.want)
		}
	}
	if _, err := Decode([]byte(`{"v":3,"model":{}}`)); !errors.Is(err, ErrNewer) {
		t.Errorf("a newer version: %v", err)
	}
}

// Figures edited by hand into the saved work cannot bring a starting ARR of
// zero or losses above the start: figures that do not hold give way to the
// sample's, until the engine reads the texts again.
func TestSavedFiguresEditedByHandAreNotTrusted(t *testing.T) {
	m, err := Decode([]byte(`{"v":2,"model":{"Texts":{"start":"oops"},"Figures":{"Start":0,"Churn":99}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m.Figures, Sample().Figures) {
		t.Errorf("figures %+v", m.Figures)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Encode(Sample()))
	f.Add([]byte(`{"Value":{"Texts":{"start":"$1M"}}}`))
	f.Add([]byte(`{"v":2,"model":{"Texts":{"start":"0"},"Scenarios":[{"Number":1}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a reason")
			}
			return
		}
		if m.Texts == nil || m.Figures.Validate() != nil || len(m.Scenarios) > MaxScenarios {
			t.Fatalf("decoded an unusable model: %+v", m)
		}
		ReadCalculator(&m, lang.Printer{})
		again, err := Decode(Encode(m))
		if err != nil || !reflect.DeepEqual(again.Figures, m.Figures) {
			t.Fatalf("a decoded model does not round trip: %v", err)
		}
	})
}

// The sample's figures are written out; they are what its texts read to.
func TestTheSampleReadsToItsFigures(t *testing.T) {
	m := Sample()
	want := m.Figures
	if p := ReadCalculator(&m, lang.Printer{}); len(p) > 0 {
		t.Fatalf("the sample does not read: %v", p)
	}
	if !reflect.DeepEqual(m.Figures, want) || m.Years != DefaultYears {
		t.Errorf("the sample reads to %+v, %d years; it says %+v", m.Figures, m.Years, want)
	}
}
