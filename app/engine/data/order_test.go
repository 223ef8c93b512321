package data

import (
	"cmp"
	"html"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"nrrlab/calc"
)

// top must give what a stable sort puts first, ties in the order they came.
func TestTopIsTheHeadOfAStableSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{0, 1, 9, 10, 11, 100, 5000} {
		keys := make([]int, size)
		idx := make([]int, size)
		for i := range keys {
			keys[i], idx[i] = rng.IntN(20), i // many ties
		}
		for _, n := range []int{1, 3, 10} {
			want := slices.Clone(idx)
			slices.SortStableFunc(want, func(x, y int) int { return cmp.Compare(keys[y], keys[x]) })
			want = want[:min(n, len(want))]
			got := top(slices.Values(idx), n, func(x, y int) bool { return keys[x] > keys[y] })
			if !slices.Equal(got, want) {
				t.Errorf("size %d, top %d: got %v, want %v", size, n, got, want)
			}
		}
	}
}

// The customer table's order by every column, both ways, is the order a
// stable sort gives, names compared without case.
func TestCustomerOrderIsAStableSortOfEveryColumn(t *testing.T) {
	e, _ := load(t, "../../../web/sample-customers.csv")
	rows := e.bridge.Rows
	by := []func(x, y int) int{
		func(x, y int) int {
			return strings.Compare(strings.ToLower(rows[x].Customer), strings.ToLower(rows[y].Customer))
		},
		func(x, y int) int { return strings.Compare(rows[x].Segment, rows[y].Segment) },
		func(x, y int) int { return cmp.Compare(rows[x].Start, rows[y].Start) },
		func(x, y int) int { return cmp.Compare(rows[x].End, rows[y].End) },
		func(x, y int) int { return cmp.Compare(rows[x].End-rows[x].Start, rows[y].End-rows[y].Start) },
		func(x, y int) int { return cmp.Compare(rows[x].Movement, rows[y].Movement) },
	}
	for col, f := range by {
		for _, desc := range []bool{false, true} {
			want := make([]int32, len(rows))
			for i := range want {
				want[i] = int32(i)
			}
			slices.SortStableFunc(want, func(x, y int32) int {
				if desc {
					return f(int(y), int(x))
				}
				return f(int(x), int(y))
			})
			e.sortRows(query{Sort: col, Desc: desc})
			if !slices.Equal(e.order, want) {
				t.Errorf("column %d, descending %v: the order differs from a stable sort", col, desc)
			}
		}
	}
}

// The ten biggest expansions and losses are the expanded, and the
// contracted or churned, customers a stable sort by their change puts first.
func TestTheBiggestMovesAreTheHeadOfAStableSortOfTheirRows(t *testing.T) {
	e, _ := load(t, "../../../web/sample-customers.csv")
	h := e.biggest()
	names := func(id string) []string {
		table := h[strings.Index(h, `id="`+id+`"`):]
		table = table[:strings.Index(table, "</table>")]
		var out []string
		for _, m := range regexp.MustCompile(`<th scope="row">([^<]*)</th>`).FindAllStringSubmatch(table, -1) {
			out = append(out, html.UnescapeString(m[1]))
		}
		return out
	}
	rows := e.bridge.Rows
	want := func(moved func(calc.Movement) bool, first func(a, b calc.Money) int) []string {
		var idx []int
		for i := range rows {
			if moved(rows[i].Movement) {
				idx = append(idx, i)
			}
		}
		slices.SortStableFunc(idx, func(x, y int) int {
			return first(rows[x].End-rows[x].Start, rows[y].End-rows[y].Start)
		})
		var out []string
		for _, i := range idx[:min(biggestCount, len(idx))] {
			out = append(out, rows[i].Customer)
		}
		return out
	}
	gains := want(func(m calc.Movement) bool { return m == calc.Expanded }, func(a, b calc.Money) int { return cmp.Compare(b, a) })
	losses := want(func(m calc.Movement) bool { return m == calc.Contracted || m == calc.Churned }, func(a, b calc.Money) int { return cmp.Compare(a, b) })
	if len(gains) != biggestCount || len(losses) != biggestCount {
		t.Fatalf("the sample has %d expansions and %d losses to list, want %d of each", len(gains), len(losses), biggestCount)
	}
	if got := names("data-gains"); !slices.Equal(got, gains) {
		t.Errorf("expansions:\n got %q\nwant %q", got, gains)
	}
	if got := names("data-losses"); !slices.Equal(got, losses) {
		t.Errorf("losses:\n got %q\nwant %q", got, losses)
	}
}
