package model

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"nrrlab/calc/lang"
)

func TestLinksCarryTheModel(t *testing.T) {
	m := sixScenarios(t)
	m.DataSummary = &DataSummary{Name: "billing.csv", Start: 1_000_000_00, End: 1_100_000_00, Customers: 200, Retained: 180, NRR: 1.1}
	link := Link(m)
	got, err := FromLink("#" + link)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Figures, m.Figures) || got.Texts[KeyStart] != m.Texts[KeyStart] || len(got.Scenarios) != MaxScenarios ||
		got.Scenarios[5].Texts[KeyName] != m.Scenarios[5].Texts[KeyName] || got.Lang != lang.Indonesian || got.Currency != lang.IDR ||
		got.DataSummary == nil || got.DataSummary.Retained != 180 {
		t.Errorf("the link carried %+v", got)
	}
	// A typical model with six scenarios fits in a link of under 2,000
	// characters, whatever the site's address.
	url := "https://example.github.io/nrrlab/id/scenarios#" + link
	t.Logf("a model with six scenarios: a link of %d characters (%d for the model)", len(url), len(link))
	if len(url) >= 2000 {
		t.Errorf("the link is %d characters", len(url))
	}
}

func TestLinksThatCannotBeOpenedSayWhy(t *testing.T) {
	link := Link(Sample())
	for _, c := range []struct {
		scenario, fragment, want string
	}{
		{"cut short", link[:len(link)/2], "damaged"},
		{"a character changed", link[:20] + "!" + link[21:], "damaged"},
		{"no version", "m=" + link[4:], "no version"},
		{"a newer version", "m=9." + link[4:], "newer version"},
		{"not a link", "section-3", "not a link"},
		{"a model of nothing", "m=1.qwAA", "damaged"},
	} {
		_, err := FromLink(c.fragment)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.scenario, err, c.want)
		}
	}
	if _, err := FromLink("m=2.abc"); !errors.Is(err, ErrNewer) {
		t.Errorf("a newer link: %v", err)
	}
}

func FuzzFromLink(f *testing.F) {
	f.Add(Link(Sample()))
	f.Add("m=1.")
	f.Add("#m=1.qwAA")
	f.Add("m=99999999999999999999.x")
	f.Fuzz(func(t *testing.T, fragment string) {
		m, err := FromLink(fragment)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a reason")
			}
			return
		}
		if m.Texts == nil || m.Figures.Validate() != nil || len(m.Scenarios) > MaxScenarios {
			t.Fatalf("opened an unusable model: %+v", m)
		}
		if _, err := FromLink(Link(m)); err != nil {
			t.Fatalf("an opened model's link does not open: %v", err)
		}
	})
}

// The user's exchange rate is a field like the others: a link and saved
// work carry it, each currency's its own, and a model without one (every
// model saved before rates existed) reads as the default.
func TestTheUsersRateTravels(t *testing.T) {
	m := Sample()
	m.Currency = lang.IDR
	m.Set(RateKey(lang.IDR), "16.000")
	m.Set(RateKey(lang.MYR), "4,2")
	got, err := FromLink(Link(m))
	if err != nil {
		t.Fatal(err)
	}
	saved, err := Decode(Encode(m))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []Model{got, saved} {
		if v, _ := g.Get(RateKey(lang.IDR)); v != "16.000" || g.Texts[RateKey(lang.MYR)] != "4,2" || g.Currency != lang.IDR {
			t.Errorf("carried %q and %q in %s", v, g.Texts[RateKey(lang.MYR)], g.Currency.Code())
		}
	}
	old, err := Decode([]byte(`{"v":2,"model":{"Texts":{"start":"Rp 10 miliar"},"Currency":1}}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := old.Get(RateKey(lang.IDR)); ok {
		t.Error("saved work without a rate has one")
	}
}
