package calc

import (
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"nrrlab/calc/lang"
)

// checkSentences fails when err does not read as a sentence in every
// language.
func checkSentences(t *testing.T, err error) {
	t.Helper()
	for _, l := range lang.All {
		if s := (lang.Printer{Lang: l}).Error(err); strings.TrimSpace(s) == "" || strings.Contains(s, "%!") {
			t.Fatalf("%v in %s reads %q", err, l.Name(), s)
		}
	}
}

func FuzzRetain(f *testing.F) {
	f.Add(int64(10_000_000_00), int64(2_000_000_00), int64(500_000_00), int64(1_000_000_00), 100, 85, false)
	f.Add(int64(0), int64(0), int64(0), int64(0), 0, 0, true)
	f.Add(int64(math.MaxInt64), int64(math.MaxInt64), int64(1), int64(1), -1, 5, true)
	f.Fuzz(func(t *testing.T, s, e, c, x int64, ls, lr int, monthly bool) {
		tt := Totals{Start: Money(s), Expansion: Money(e), Contraction: Money(c), Churn: Money(x), Logos: &Logos{Start: ls, Retained: lr}}
		if monthly {
			tt.Period = Monthly
		}
		r, err := Retain(tt)
		if err != nil {
			checkSentences(t, err)
			return
		}
		if r.GRR > 1 || r.GRR < 0 || math.IsNaN(r.NRR) || math.IsInf(r.NRR, 0) {
			t.Fatalf("%+v: NRR %v GRR %v", tt, r.NRR, r.GRR)
		}
		if r.End != tt.Start+tt.Expansion-tt.Contraction-tt.Churn {
			t.Fatalf("%+v: end %v does not reconcile", tt, r.End)
		}
	})
}

// accountsFrom turns fuzz bytes into accounts: 17 bytes a row, a one-byte
// name (so duplicates are common), then start and end.
func accountsFrom(data []byte) []Account {
	var accounts []Account
	for len(data) >= 17 {
		accounts = append(accounts, Account{
			Customer: string(data[:1]),
			Start:    Money(binary.LittleEndian.Uint64(data[1:])),
			End:      Money(binary.LittleEndian.Uint64(data[9:])),
			Segment:  string(data[:1]),
		})
		data = data[17:]
	}
	return accounts
}

func FuzzBridge(f *testing.F) {
	f.Add([]byte("a\x10\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00b\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"), false)
	f.Add([]byte("a\xff\xff\xff\xff\xff\xff\xff\x7f\x01\x00\x00\x00\x00\x00\x00\x00a\x01\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"), true)
	f.Fuzz(func(t *testing.T, data []byte, onTotals bool) {
		opt := BridgeOptions{}
		if onTotals {
			opt.GRRCap = CapOnTotals
		}
		b, err := NewBridge(accountsFrom(data), opt)
		if err != nil {
			checkSentences(t, err)
			return
		}
		for _, n := range b.Notices {
			checkSentences(t, n)
		}
		if b.Start+b.Expansion-b.Contraction-b.Churn+b.New != b.End {
			t.Fatalf("bridge does not reconcile: %+v", b)
		}
		if b.RetentionErr == nil && (b.Retention.GRR > 1 || math.IsNaN(b.Retention.NRR)) {
			t.Fatalf("retention: %+v", b.Retention)
		}
	})
}

func FuzzProjectAndCompare(f *testing.F) {
	f.Add(int64(1_000_000_00), 1.2, 3, int64(0), 1.05)
	f.Add(int64(1), math.Inf(1), 600, int64(-1), math.NaN())
	f.Add(int64(math.MaxInt64), 1e300, 1, int64(math.MaxInt64), 0.0)
	f.Fuzz(func(t *testing.T, start int64, nrr float64, periods int, newARR int64, other float64) {
		p, err := Project(Money(start), nrr, periods, []Money{Money(newARR)})
		if err == nil {
			for _, pt := range p.Points {
				if pt.ARR < 0 || pt.ARR != pt.FromBase+pt.FromNew {
					t.Fatalf("point %+v", pt)
				}
			}
		}
		_, _ = Compare(Money(start), Scenario{Lever: ByNRR, NRR: nrr, NewARR: Money(newARR)},
			[]Scenario{{Lever: ByRates, ExpansionRate: other, ChurnRate: nrr / 10}}, periods)
	})
}

func FuzzGoalSeek(f *testing.F) {
	f.Add(int64(1_000_000_00), int64(2_000_000_00), 3, int64(0), int64(0), int64(0), 1.1)
	f.Add(int64(1), int64(math.MaxInt64), 1, int64(math.MaxInt64), int64(1), int64(0), 1e300)
	f.Fuzz(func(t *testing.T, s, target int64, periods int, e, c, x int64, nrr float64) {
		if r, err := NRRForTarget(Money(s), Money(target), periods); err == nil && (math.IsNaN(r) || r < 0) {
			t.Fatalf("NRR needed %v", r)
		}
		tt := Totals{Start: Money(s), Expansion: Money(e), Contraction: Money(c), Churn: Money(x)}
		_, _ = ExpansionNeeded(tt, nrr)
		_, _ = ChurnAllowed(tt, nrr)
		if path, err := TargetPath(nrr, float64(periods)/4, periods); err == nil && len(path) != periods {
			t.Fatalf("path of %d milestones for %d quarters", len(path), periods)
		}
		if share, err := GrowthFromBase(float64(e)/1e6, nrr); err == nil && math.IsNaN(share) {
			t.Fatalf("share NaN for growth %v nrr %v", float64(e)/1e6, nrr)
		}
	})
}
