package engine

import (
	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// size measures the company against the sizes the articles give in US
// dollars (benchmark.SizeOf). Every figure stays in the user's currency; a
// size only is converted, at the user's rate, which a field shows whenever
// the currency is not the US dollar.
type size struct {
	g    *page
	rate calc.ExchangeRate
	// field is the rate's field; nil for US dollars.
	field *api.Field
}

// readSize reads the user's rate for their currency, or the default.
func (g *page) readSize() size {
	c := g.m.Currency
	if c == lang.USD {
		return size{g: g, rate: calc.RateUnit}
	}
	key := model.RateKey(c)
	r := model.Read(g.p)
	text := g.m.Texts[key]
	rate, ok := r.Rate(key, text, c)
	d := calc.DefaultRateOf(c)
	f := api.Field{ID: key, Label: g.t("US dollar rate"), Value: text, Problem: r.Problems[key]}
	switch {
	case text == "":
		// The field shows the default, written as the user would type it.
		f.Value = lang.Printer{Lang: g.p.Lang, Currency: lang.None}.ExchangeRate(int64(d.Rate))
		if d.Month == 0 {
			f.Hint = g.t("Plain numbers are compared as US dollars: type how many of your units one US dollar is worth.")
		} else {
			f.Hint = g.t("Default: %s per US dollar, an approximate mid-market rate of %s; edit it to yours.", g.p.ExchangeRate(int64(d.Rate)), d.Month)
		}
	case ok:
		f.Hint = g.t("Your rate: %s per US dollar. Clear the field for the default.", g.p.ExchangeRate(int64(rate)))
	}
	return size{g: g, rate: rate, field: &f}
}

// dollars writes an amount in US dollars in the page's language.
func (s size) dollars(m calc.Money) string {
	return lang.Printer{Lang: s.g.p.Lang, Currency: lang.USD}.Short(int64(m))
}

// local is a size in US dollars in the user's currency, compactly, or ""
// when it does not fit.
func (s size) local(usd calc.Money) string {
	m, err := s.rate.FromUSD(usd)
	if err != nil {
		return ""
	}
	return s.g.p.Short(int64(m))
}

// label is a stage's label with its size in the user's currency:
// "Near $50M ARR (≈ Rp 832,5 miliar)".
func (s size) label(label string, usd calc.Money) string {
	if s.field == nil {
		return label
	}
	if l := s.local(usd); l != "" {
		return s.g.t("%s (≈ %s)", label, l)
	}
	return label
}

// threshold says what a size is in the user's currency, at which rate:
// "$50M ≈ Rp 832,5 miliar at Rp 16.650 per US dollar."; "" for US dollars.
func (s size) threshold(usd calc.Money) string {
	if s.field == nil {
		return ""
	}
	l := s.local(usd)
	if l == "" {
		return s.g.p.Error(calc.ErrOverflow)
	}
	return s.g.t("%s ≈ %s at %s per US dollar.", s.dollars(usd), l, s.g.p.ExchangeRate(int64(s.rate)))
}

// yours compares the company's starting ARR (twelve times its starting MRR
// for a monthly period) with a size, in US dollars at the user's rate.
func (s size) yours(usd calc.Money) string {
	g, t := s.g, s.g.m.Figures
	arr := t.Start
	monthly := t.Period == calc.Monthly
	if monthly {
		if arr > calc.MaxMoney/12 {
			return g.p.Error(calc.ErrOverflow)
		}
		arr *= 12
	}
	inUSD, err := s.rate.ToUSD(arr)
	if err != nil {
		return g.p.Error(err)
	}
	share := lang.Percent(inUSD.Ratio(usd))
	start, annual := lang.ShortAmount(t.Start), lang.ShortAmount(arr)
	switch {
	case s.field == nil && monthly:
		return g.t("Your starting MRR, %s, is an ARR of %s: %s of %s.", start, annual, share, s.dollars(usd))
	case s.field == nil:
		return g.t("Your starting ARR, %s, is %s of %s.", start, share, s.dollars(usd))
	case monthly:
		return g.t("Your starting MRR, %s, is an ARR of %s, about %s at this rate: %s of %s.", start, annual, s.dollars(inUSD), share, s.dollars(usd))
	}
	return g.t("Your starting ARR, %s, is about %s at this rate: %s of %s.", start, s.dollars(inUSD), share, s.dollars(usd))
}

// note is what a card of a set for a size says of it: the size in the
// user's currency and the company's against it, as HTML.
func (s size) note(usd calc.Money) string {
	h := `<p class="size">`
	if t := s.threshold(usd); t != "" {
		h += markup.Escape(t) + " "
	}
	return h + markup.Escape(s.yours(usd)) + `</p>`
}
