package calc

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"nrrlab/calc/lang"
)

// The size threshold of the benchmarks, $50M, converts exactly to the cent
// at the rates users type, and back.
func TestExchangeRateConvertsToTheCent(t *testing.T) {
	for _, c := range []struct {
		scenario string
		rate     ExchangeRate
		usd      Money
		want     Money
	}{
		{"$50M in rupiah at 16,650", 16_650_000_000, MustUnits(50_000_000), MustUnits(832_500_000_000)},
		{"$50M in rupiah at 16,000", 16_000_000_000, MustUnits(50_000_000), MustUnits(800_000_000_000)},
		{"$50M in ringgit at 4.15", 4_150_000, MustUnits(50_000_000), MustUnits(207_500_000)},
		{"$50M in euros at 0.862", 862_000, MustUnits(50_000_000), MustUnits(43_100_000)},
		{"$1.23 in euros at 0.8612: 1.059276, a cent down", 861_200, 123, 106},
		{"$1.25 in euros at 0.86: 1.075, half a cent up", 860_000, 125, 108},
		{"−$1.25 in euros at 0.86: half a cent away from zero", 860_000, -125, -108},
		{"one cent at 1.499999: under half, down", 1_499_999, 1, 1},
		{"one cent at 1.5: half, up", 1_500_000, 1, 2},
		{"a rate of one changes nothing", RateUnit, MaxMoney, MaxMoney},
		{"zero is zero", 16_650_000_000, 0, 0},
	} {
		got, err := c.rate.FromUSD(c.usd)
		if err != nil || got != c.want {
			t.Errorf("%s: FromUSD(%s) = %s, %v; want %s", c.scenario, c.usd, got, err, c.want)
		}
	}
	for _, c := range []struct {
		scenario string
		rate     ExchangeRate
		amount   Money
		want     Money
	}{
		{"Rp 10 miliar at 16,650 is $600,600.6006", 16_650_000_000, MustUnits(10_000_000_000), 600_600_60},
		{"Rp 832.5 miliar at 16,650 is $50M", 16_650_000_000, MustUnits(832_500_000_000), MustUnits(50_000_000)},
		{"€43.1M at 0.862 is $50M", 862_000, MustUnits(43_100_000), MustUnits(50_000_000)},
		{"3 cents at 2 is 1.5 cents: up", 2_000_000, 3, 2},
		{"−3 cents at 2: away from zero", 2_000_000, -3, -2},
		{"the largest amount at 16,650", 16_650_000_000, MaxMoney, Money(math.MaxInt64 / 16_650)},
	} {
		got, err := c.rate.ToUSD(c.amount)
		// The last case: MaxInt64 / 16,650 leaves a remainder under half.
		if err != nil || got != c.want {
			t.Errorf("%s: ToUSD(%s) = %s, %v; want %s", c.scenario, c.amount, got, err, c.want)
		}
	}
}

// A conversion that does not fit says so, and a rate that is not above
// zero converts nothing; neither panics.
func TestExchangeRateRefuses(t *testing.T) {
	if _, err := ExchangeRate(16_650_000_000).FromUSD(MaxMoney); !errors.Is(err, ErrOverflow) {
		t.Errorf("the largest amount in rupiah: %v, want ErrOverflow", err)
	}
	if _, err := ExchangeRate(1).ToUSD(MaxMoney); !errors.Is(err, ErrOverflow) {
		t.Errorf("the largest amount at a millionth per dollar: %v, want ErrOverflow", err)
	}
	if _, err := RateUnit.FromUSD(math.MinInt64); !errors.Is(err, ErrOverflow) {
		t.Errorf("the smallest amount: %v, want ErrOverflow", err)
	}
	for _, r := range []ExchangeRate{0, -RateUnit} {
		if _, err := r.FromUSD(100); !errors.Is(err, ErrRate) {
			t.Errorf("FromUSD at %d: %v, want ErrRate", r, err)
		}
		if _, err := r.ToUSD(100); !errors.Is(err, ErrRate) {
			t.Errorf("ToUSD at %d: %v, want ErrRate", r, err)
		}
	}
}

// Over random amounts and rates, each conversion is the exact quotient
// rounded half away from zero (big.Rat is the oracle), and a rate of one
// unit or more converts an amount from dollars and back unchanged.
func TestExchangeRateAgainstExactArithmetic(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 6))
	exact := func(m Money, num, den int64) (Money, bool) {
		q := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(int64(m)), big.NewInt(num)), big.NewInt(den))
		// Half away from zero: |q| + ½, truncated, with q's sign.
		abs := new(big.Rat).Abs(q)
		abs.Add(abs, big.NewRat(1, 2))
		n := new(big.Int).Quo(abs.Num(), abs.Denom())
		if q.Sign() < 0 {
			n.Neg(n)
		}
		return Money(n.Int64()), n.IsInt64()
	}
	for range 20000 {
		m := Money(rng.Int64N(1<<50) - 1<<49)
		r := ExchangeRate(1 + rng.Int64N(100_000*int64(RateUnit)))
		want, fits := exact(m, int64(r), int64(RateUnit))
		got, err := r.FromUSD(m)
		if fits && (err != nil || got != want) || !fits && err == nil {
			t.Fatalf("FromUSD(%s) at %d = %s, %v; want %s", m, r, got, err, want)
		}
		want, fits = exact(m, int64(RateUnit), int64(r))
		got, err = r.ToUSD(m)
		if fits && (err != nil || got != want) || !fits && err == nil {
			t.Fatalf("ToUSD(%s) at %d = %s, %v; want %s", m, r, got, err, want)
		}
		if r >= RateUnit {
			if local, err := r.FromUSD(m); err == nil {
				if back, err := r.ToUSD(local); err != nil || back != m {
					t.Fatalf("%s to %d and back is %s, %v", m, r, back, err)
				}
			}
		}
	}
}

// Every currency has a default rate above zero; every one with a market
// says when its rate was set, and the US dollar is one to one.
func TestDefaultRates(t *testing.T) {
	for _, c := range lang.Currencies {
		d := DefaultRateOf(c)
		if d.Rate <= 0 {
			t.Errorf("%s: default rate %d", c.Code(), d.Rate)
		}
		dated := c != lang.USD && c != lang.None
		if dated != (d.Month != 0) {
			t.Errorf("%s: month %d; a currency other than the dollar and plain numbers has one, they do not", c.Code(), d.Month)
		}
	}
	if DefaultRateOf(lang.USD).Rate != RateUnit || DefaultRateOf(lang.Currency(200)).Rate != RateUnit {
		t.Error("the dollar, and a currency NRR Lab does not know, are not one to one")
	}
}
