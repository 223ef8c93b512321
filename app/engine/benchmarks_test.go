package engine

import (
	"strings"
	"testing"

	"nrrlab/app/engine/api"
	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// benchmarksPage renders the benchmarks page of m.
func benchmarksPage(t *testing.T, m model.Model) *api.Page {
	t.Helper()
	r := New(nil).Handle(api.Request{Page: "/benchmarks", Model: m}, nil, nil)
	if r.Page == nil {
		t.Fatalf("no page: %+v", r)
	}
	return r.Page
}

// walk calls f on every block of bs, depth first.
func walk(bs []api.Block, f func(api.Block)) {
	for _, b := range bs {
		f(b)
		walk(b.Blocks, f)
	}
}

// fieldOf returns the field with this id, and its page's HTML.
func fieldOf(pg *api.Page, id string) (*api.Field, string) {
	var found *api.Field
	var h strings.Builder
	walk(pg.Blocks, func(b api.Block) {
		h.WriteString(b.HTML)
		for i := range b.Fields {
			if b.Fields[i].ID == id {
				found = &b.Fields[i]
			}
		}
	})
	return found, h.String()
}

// The stage near $50M ARR is in US dollars: in rupiah the page shows the
// rate it compares at, with its date, the threshold in rupiah, and the
// company's starting ARR against it; a rate the user types changes them.
func TestBenchmarksConvertTheSizeAtTheUsersRate(t *testing.T) {
	m := model.Sample()
	m.Lang, m.Currency = lang.Indonesian, lang.IDR
	m.Texts[model.KeyStart], m.Texts[model.KeyExpansion], m.Texts[model.KeyContraction], m.Texts[model.KeyChurn] = "Rp 16 miliar", "Rp 2 miliar", "Rp 500 juta", "Rp 1 miliar"
	pg := benchmarksPage(t, m)
	f, html := fieldOf(pg, model.RateKey(lang.IDR))
	if f == nil || f.Label != "Kurs dolar AS" || f.Value != "16.650" || !strings.Contains(f.Hint, "Rp\u00a016.650") || !strings.Contains(f.Hint, "Nov 2025") {
		t.Fatalf("the rate's field: %+v", f)
	}
	for _, want := range []string{
		"US$50 juta ≈ Rp\u00a0832,5 miliar dengan kurs Rp\u00a016.650 per dolar AS.",
		"ARR awal Anda, Rp\u00a016 miliar, sekitar US$960,96 ribu dengan kurs ini: 1,9% dari US$50 juta.",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the page does not say %q:\n%s", want, html)
		}
	}
	stage, _ := fieldOf(pg, model.KeyStage)
	if last := stage.Options[len(stage.Options)-1]; last.Label != "Mendekati $50 juta ARR (≈ Rp\u00a0832,5 miliar)" {
		t.Errorf("the stage reads %q", last.Label)
	}

	m.Set(model.RateKey(lang.IDR), "16.000")
	f, html = fieldOf(benchmarksPage(t, m), model.RateKey(lang.IDR))
	if f.Value != "16.000" || f.Problem != "" || !strings.Contains(html, "US$50 juta ≈ Rp\u00a0800 miliar dengan kurs Rp\u00a016.000 per dolar AS.") ||
		!strings.Contains(html, "sekitar US$1 juta dengan kurs ini: 2,0% dari US$50 juta") {
		t.Errorf("at the user's rate: %+v\n%s", f, html)
	}

	m.Set(model.RateKey(lang.IDR), "banyak")
	f, html = fieldOf(benchmarksPage(t, m), model.RateKey(lang.IDR))
	if !strings.Contains(f.Problem, "“banyak” bukan kurs") || !strings.Contains(html, "Rp\u00a016.650 per dolar AS") {
		t.Errorf("an unreadable rate: %+v; the page keeps to the default:\n%s", f, html)
	}
}

// In US dollars there is no rate to show, and the stage's card compares
// the starting ARR, twelve times the MRR of a monthly period, with $50M.
func TestBenchmarksInDollarsShowNoRate(t *testing.T) {
	m := model.Sample()
	m.Texts[model.KeyStage] = "50m-arr"
	pg := benchmarksPage(t, m)
	f, html := fieldOf(pg, model.RateKey(lang.USD))
	if f != nil {
		t.Errorf("a rate's field in dollars: %+v", f)
	}
	if !strings.Contains(html, "Your starting ARR, $10M, is 20.0% of $50M.") || strings.Contains(html, "per US dollar") {
		t.Errorf("the $50M card:\n%s", html)
	}
	m.Texts[model.KeyPeriod] = "monthly"
	m.Texts[model.KeyStart], m.Texts[model.KeyExpansion], m.Texts[model.KeyContraction], m.Texts[model.KeyChurn] = "$1M", "$20K", "$10K", "$10K"
	if _, html := fieldOf(benchmarksPage(t, m), ""); !strings.Contains(html, "Your starting MRR, $1M, is an ARR of $12M: 24.0% of $50M.") {
		t.Errorf("a monthly period's card:\n%s", html)
	}
}
