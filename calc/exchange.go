package calc

import (
	"nrrlab/calc/lang"
)

// ExchangeRate is how many units of a currency one US dollar is worth, in
// millionths of a unit: 16,650 rupiah per US dollar is 16_650_000_000,
// 0.862 euro is 862_000. NRR Lab computes everything in the user's
// currency; a rate only places a company by size on the benchmarks, whose
// thresholds the source articles give in US dollars.
type ExchangeRate int64

// RateUnit is a rate of one unit of the currency per US dollar.
const RateUnit ExchangeRate = 1_000_000

// RateDecimals is how many decimals a rate keeps.
const RateDecimals = 6

// ErrRate is a rate of zero or below, which converts nothing.
var ErrRate error = lang.Sentence(msgRateNotPositive)

// FromUSD converts an amount in US dollars into the currency:
// usd × rate, rounded half away from zero to the cent. It is exact for
// every amount and rate, and reports ErrOverflow when the result does not
// fit Money.
func (r ExchangeRate) FromUSD(usd Money) (Money, error) {
	if r <= 0 {
		return 0, ErrRate
	}
	return mulDiv(usd, uint64(r), uint64(RateUnit))
}

// ToUSD converts an amount of the currency into US dollars: amount ÷ rate,
// rounded half away from zero to the cent, exactly.
func (r ExchangeRate) ToUSD(amount Money) (Money, error) {
	if r <= 0 {
		return 0, ErrRate
	}
	return mulDiv(amount, uint64(RateUnit), uint64(r))
}

// mulDiv returns m × n ÷ d, rounded half away from zero, computed in 128
// bits so that no product overflows on the way. d is above zero.
func mulDiv(m Money, n, d uint64) (Money, error) {
	q, ok := MulDivRound(int64(m), n, d)
	if !ok {
		return 0, ErrOverflow
	}
	return Money(q), nil
}

// DefaultRate is the rate NRR Lab starts from for a currency, until the
// user types theirs, and the month it was an approximate mid-market rate.
type DefaultRate struct {
	Rate ExchangeRate
	// Month is when the rate was set; zero for the US dollar itself and
	// for plain numbers, which have no market.
	Month lang.Month
}

// defaultRates are approximate mid-market rates, units per US dollar, as
// set in November 2025. Plain numbers (lang.None) are taken as US dollars
// until the user gives a rate.
var defaultRates = [...]DefaultRate{
	lang.USD:  {RateUnit, 0},
	lang.IDR:  {16_650_000_000, lang.MonthOf(2025, 11)},
	lang.MYR:  {4_150_000, lang.MonthOf(2025, 11)},
	lang.SGD:  {1_300_000, lang.MonthOf(2025, 11)},
	lang.EUR:  {862_000, lang.MonthOf(2025, 11)},
	lang.GBP:  {760_000, lang.MonthOf(2025, 11)},
	lang.AUD:  {1_540_000, lang.MonthOf(2025, 11)},
	lang.INR:  {88_700_000, lang.MonthOf(2025, 11)},
	lang.None: {RateUnit, 0},
}

// DefaultRateOf returns the default rate of a currency: one for the US
// dollar, for plain numbers and for a currency NRR Lab does not know.
func DefaultRateOf(c lang.Currency) DefaultRate {
	if int(c) < len(defaultRates) {
		return defaultRates[c]
	}
	return DefaultRate{Rate: RateUnit}
}
