package calc

import (
	"hash/maphash"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// mergeByMap is how the bridge merged duplicates before sameNames: a Go
// map from trimmed name to row, in the order of the accounts.
func mergeByMap(accounts []Account) ([]BridgeRow, map[int]int) {
	var rows []BridgeRow
	index := map[string]int{}
	dups := map[int]int{}
	for _, a := range accounts {
		name := strings.TrimSpace(a.Customer)
		j, seen := index[name]
		if name == "" || !seen {
			if name != "" {
				index[name] = len(rows)
			}
			rows = append(rows, BridgeRow{Account: a})
			continue
		}
		r := &rows[j]
		r.Start += a.Start
		r.End += a.End
		if r.Segment == "" {
			r.Segment = a.Segment
		}
		dups[j] = max(dups[j], 1) + 1
	}
	return rows, dups
}

// bridgeRows are accounts as rows of a bridge.
func bridgeRows(accounts []Account) []BridgeRow {
	rows := make([]BridgeRow, len(accounts))
	for i, a := range accounts {
		rows[i].Account = a
	}
	return rows
}

// namedAccounts are n accounts among few names, some padded with spaces,
// some blank, so that many repeat.
func namedAccounts(rng *rand.Rand, n int) []Account {
	accounts := make([]Account, n)
	for i := range accounts {
		name := "c" + strconv.Itoa(rng.IntN(n/2+1))
		switch rng.IntN(8) {
		case 0:
			name = " " + name + "\t"
		case 1:
			name = []string{"", " ", "\u00a0"}[rng.IntN(3)]
		}
		accounts[i] = Account{Customer: name, Start: Money(rng.IntN(1000)), End: Money(rng.IntN(1000))}
		if rng.IntN(3) == 0 {
			accounts[i].Segment = "s" + strconv.Itoa(rng.IntN(3))
		}
	}
	return accounts
}

// TestMergeFindsTheSameCustomersAsAMap compares the bridge's merging with
// a map's, with the real hash and with hashes that collide: of names of
// the same length, of every name, and in the top half only.
func TestMergeFindsTheSameCustomersAsAMap(t *testing.T) {
	defer func(h func(maphash.Seed, string) uint64) { nameHash = h }(nameHash)
	for _, c := range []struct {
		scenario string
		hash     func(maphash.Seed, string) uint64
	}{
		{"seeded hash", maphash.String},
		{"hash of the length", func(_ maphash.Seed, s string) uint64 { return uint64(len(s)) << 45 }},
		{"one hash for every name", func(maphash.Seed, string) uint64 { return 0 }},
		{"the same top bits", func(seed maphash.Seed, s string) uint64 { return maphash.String(seed, s) & (1<<40 - 1) }},
	} {
		nameHash = c.hash
		rng := rand.New(rand.NewPCG(8, 9))
		for n := range 300 {
			accounts := namedAccounts(rng, n)
			rows, notices, err := mergeRows(bridgeRows(accounts))
			if err != nil {
				t.Fatal(err)
			}
			want, dups := mergeByMap(accounts)
			if len(want) == 0 {
				want = []BridgeRow{}
			}
			if !reflect.DeepEqual(rows, want) || !reflect.DeepEqual(notices, duplicateNotices(want, dups)) {
				t.Fatalf("%s, %d accounts: rows\n%v\nwant\n%v\nnotices %v", c.scenario, n, rows, want, notices)
			}
		}
	}
}
