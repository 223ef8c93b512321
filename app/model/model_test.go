package model

import (
	"testing"

	"nrrlab/calc/lang"
)

// A field's text comes back as it was set, whichever part of the working
// state holds it; a field the state does not hold says so.
func TestGetReturnsWhatSetStored(t *testing.T) {
	m := Sample()
	if !m.AddScenario(lang.Printer{}) {
		t.Fatal("adding a scenario failed")
	}
	for _, id := range []string{KeyStart, "growth", "s1-nrr", "s1-lever", "data-role:2", "data-search"} {
		if !m.Set(id, "typed "+id) {
			t.Fatalf("Set(%q) refused", id)
		}
		if got, ok := m.Get(id); !ok || got != "typed "+id {
			t.Errorf("Get(%q) = %q, %v; want what was set", id, got, ok)
		}
	}
	for _, id := range []string{"s2-nrr", "data-unit", FieldCurrency, "no-such-field"} {
		if got, ok := m.Get(id); ok {
			t.Errorf("Get(%q) = %q, true; the model holds no such text", id, got)
		}
	}
}

func TestLangOfIsPathInsInverse(t *testing.T) {
	for _, l := range lang.All {
		for _, p := range []string{"/", "/scenarios", "/data/x"} {
			if got := LangOf(PathIn(l, p)); got != l {
				t.Errorf("LangOf(%q) = %v, want %v", PathIn(l, p), got, l)
			}
		}
	}
	for path, want := range map[string]lang.Lang{"/id": lang.Indonesian, "/ms/tiada": lang.Malay, "/idx": lang.English, "/en/x": lang.English, "": lang.English} {
		if got := LangOf(path); got != want {
			t.Errorf("LangOf(%q) = %v, want %v", path, got, want)
		}
	}
}
