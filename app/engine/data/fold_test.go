package data

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

var foldedPairs = [][2]string{
	{"", ""}, {"a", ""}, {"Acme", "acme"}, {"ACME", "acme inc"}, {"PT Maju", "pt maju jaya"}, {"Zeta", "alpha"},
	{"Émile", "emile"}, {"ÉMILE", "émile"}, {"Straße", "STRASSE"}, {"\u212Aelvin", "kelvin"}, {"\u0130stanbul", "istanbul"},
	{"a\xffb", "a\uFFFDb"}, {"a\xff", "A\xfe"}, {"日本", "日本語"}, {"Σίσυφος", "σίσυφοσ"}, {"abc\x00", "ABC"}, {"[x]", "{X}"},
	{"_a", "_A"}, {"@", "`"}, {"\xc3a", "\xc3\xa9"}, {"x\xc3A", "x\xc3\x89"}, {"\x80\x80b", "\x80\x80B"}, {"Ab\xe2\x82\xac", "aB\xe2\x82\xad"},
}

func TestCompareFoldedIsCompareOfLowerCase(t *testing.T) {
	for _, p := range foldedPairs {
		for _, q := range [][2]string{p, {p[1], p[0]}, {p[0], p[0]}} {
			want := strings.Compare(strings.ToLower(q[0]), strings.ToLower(q[1]))
			if got := compareFolded(q[0], q[1]); got != want {
				t.Errorf("compareFolded(%q, %q) = %d, want %d", q[0], q[1], got, want)
			}
		}
	}
}

func TestContainsFoldedIsContainsOfLowerCase(t *testing.T) {
	for _, p := range foldedPairs {
		for _, term := range []string{p[1], strings.ToLower(p[1]), "a", "e", "k", "i", "ss", "\uFFFD", "", "cme", "maju j"} {
			term = strings.ToLower(term)
			want := strings.Contains(strings.ToLower(p[0]), term)
			if got := containsFolded(p[0], term); got != want {
				t.Errorf("containsFolded(%q, %q) = %v, want %v", p[0], term, got, want)
			}
		}
	}
}

func FuzzFolded(f *testing.F) {
	for _, p := range foldedPairs {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := compareFolded(a, b), strings.Compare(strings.ToLower(a), strings.ToLower(b)); got != want {
			t.Fatalf("compareFolded(%q, %q) = %d, want %d", a, b, got, want)
		}
		term := strings.ToLower(b)
		if got, want := containsFolded(a, term), strings.Contains(strings.ToLower(a), term); got != want {
			t.Fatalf("containsFolded(%q, %q) = %v, want %v", a, term, got, want)
		}
	})
}

// BenchmarkSearchNames searches 100,000 names as the customer table does on
// a keystroke, against the same search of names lowered in advance (what
// the table held before, at 30 MB a million names).
func BenchmarkSearchNames(b *testing.B) {
	names := make([]string, 100_000)
	for i := range names {
		names[i] = fmt.Sprintf("Customer %07d", i)
	}
	lowered := make([]string, len(names))
	for i, n := range names {
		lowered[i] = strings.ToLower(n)
	}
	for _, term := range []string{"0012", "customer 00999"} {
		b.Run("folded/"+term, func(b *testing.B) {
			for b.Loop() {
				n := 0
				for _, s := range names {
					if containsFolded(s, term) {
						n++
					}
				}
			}
		})
		b.Run("lowered/"+term, func(b *testing.B) {
			for b.Loop() {
				n := 0
				for _, s := range lowered {
					if strings.Contains(s, term) {
						n++
					}
				}
			}
		})
	}
}

// BenchmarkSortNames sorts 100,000 names as the customer table does by
// name, against the sort of names lowered first (what the table did before,
// at 30 MB a million names).
func BenchmarkSortNames(b *testing.B) {
	names := make([]string, 100_000)
	for i := range names {
		names[i] = fmt.Sprintf("Customer %07d", (i*7919)%len(names))
	}
	order := make([]int32, len(names))
	reset := func() {
		for i := range order {
			order[i] = int32(i)
		}
	}
	b.Run("folded", func(b *testing.B) {
		for b.Loop() {
			reset()
			slices.SortFunc(order, func(x, y int32) int { return compareFolded(names[x], names[y]) })
		}
	})
	b.Run("lowered", func(b *testing.B) {
		for b.Loop() {
			lowered := make([]string, len(names))
			for i, n := range names {
				lowered[i] = strings.ToLower(n)
			}
			reset()
			slices.SortFunc(order, func(x, y int32) int { return strings.Compare(lowered[x], lowered[y]) })
		}
	})
}
