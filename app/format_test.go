package app

import (
	"math"
	"testing"

	"nrrlab/calc"
)

func TestShortMoney(t *testing.T) {
	for _, c := range []struct {
		cents int64
		want  string
	}{
		{1_200_000_00, "$1.2M"},
		{1_440_000_00, "$1.44M"},
		{1_728_000_00, "$1.73M"},
		{850_000_00, "$850K"},
		{12_500_00, "$12.5K"},
		{940_00, "$940"},
		{999_999_00, "$1M"},
		{999_50, "$1K"},
		{0, "$0"},
		{-340_000_00, "−$340K"},
		{-4, "$0"},
		{2_500_000_000_00, "$2.5B"},
		{7_000_000_000_000_00, "$7T"},
	} {
		if got := shortMoney(calc.Money(c.cents)); got != c.want {
			t.Errorf("shortMoney(%d cents) = %q, want %q", c.cents, got, c.want)
		}
	}
}

func TestDeltaMoney(t *testing.T) {
	for _, c := range []struct {
		cents int64
		want  string
	}{
		{5_000_000_00, "+$5.00M"},
		{10_750_000_00, "+$10.75M"},
		{17_337_500_00, "+$17.34M"},
		{-850_000_00, "−$850.00K"},
		{0, "+$0.00"},
	} {
		if got := deltaMoney(calc.Money(c.cents)); got != c.want {
			t.Errorf("deltaMoney(%d cents) = %q, want %q", c.cents, got, c.want)
		}
	}
}

func TestExactMoney(t *testing.T) {
	for _, c := range []struct {
		cents int64
		want  string
	}{
		{1_728_000_00, "$1,728,000.00"},
		{-123_45, "−$123.45"},
		{5, "$0.05"},
		{100_000_00, "$100,000.00"},
	} {
		if got := exactMoney(calc.Money(c.cents)); got != c.want {
			t.Errorf("exactMoney(%d) = %q, want %q", c.cents, got, c.want)
		}
	}
}

func TestPercent(t *testing.T) {
	for _, c := range []struct {
		f    float64
		want string
	}{
		{1.05, "105.0%"},
		{1357.0 / 1200, "113.1%"},
		{-0.00001, "0.0%"},
		{-0.25, "−25.0%"},
		{math.NaN(), "—"},
		{math.Inf(1), "—"},
	} {
		if got := percent(c.f); got != c.want {
			t.Errorf("percent(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}
