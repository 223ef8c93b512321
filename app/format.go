package app

import (
	"math"
	"strconv"
	"strings"

	"nrrlab/calc"
)

// currency is the symbol amounts are shown with. One place, so that a later
// choice of currency changes one value.
const currency = "$"

// shortMoney writes an amount the way people read it in a meeting: $1.73M,
// $850K, $12.5K, $940. Two decimals at most, trailing zeros dropped.
func shortMoney(m calc.Money) string {
	return compact(m.Float(), false)
}

// deltaMoney writes a signed difference with two fixed decimals, +$5.00M or
// −$850.00K, so that a column of differences lines up.
func deltaMoney(m calc.Money) string {
	s := compact(m.Float(), true)
	if m >= 0 {
		return "+" + s
	}
	return s
}

// magnitudes are the suffixes of compact amounts, largest first.
var magnitudes = []struct {
	size   float64
	suffix string
}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}, {1, ""}}

func compact(v float64, fixed bool) string {
	neg := v < 0
	v = math.Abs(v)
	i := 0
	for i < len(magnitudes)-1 && v < magnitudes[i].size {
		i++
	}
	var s string
	for {
		m := magnitudes[i]
		decimals := 2
		if m.suffix == "" && !fixed {
			decimals = 0
		}
		s = strconv.FormatFloat(v/m.size, 'f', decimals, 64)
		// Rounding can carry into the next magnitude: 999.996K is $1M.
		if r, _ := strconv.ParseFloat(s, 64); i > 0 && r >= 1000 {
			i--
			continue
		}
		if !fixed && strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
		s = currency + s + m.suffix
		break
	}
	if neg && strings.ContainsAny(s, "123456789") {
		return "−" + s
	}
	return s
}

// exactMoney writes an amount to the cent with grouping: $1,728,000.00.
func exactMoney(m calc.Money) string {
	s := m.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, cents, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	b.WriteString(currency)
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	b.WriteByte('.')
	b.WriteString(cents)
	return b.String()
}

// percent writes a fraction as a percentage with one decimal: 1.05 is
// "105.0%". It never writes NaN or Inf: those are "—".
func percent(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "—"
	}
	s := strconv.FormatFloat(f*100, 'f', 1, 64)
	if s == "-0.0" {
		s = "0.0"
	}
	return strings.Replace(s, "-", "−", 1) + "%"
}
