package calc

import (
	"hash/maphash"
	"runtime"
	"strings"
)

// nameHash hashes a customer's name; the tests put a weak hash in its place
// to make names collide.
var nameHash = maphash.String

// sameNames finds the accounts that name a customer an account before them
// names (after trimming surrounding space; blank names never match): first[i]
// is the index of the first account with account i's name, i itself when it
// is the first, and -1 when its name is blank. dups reports whether any
// account repeats a name.
//
// It sorts the names' hashes instead of putting them in a hash table: the
// table of a million names is larger than the processor's caches, so each
// look-up waited for memory and merging was a third of the time from a
// file to its bridge. Two radix passes over the hashes read and write
// memory in order, and leave the accounts with the same hash side by side,
// in their order. Accounts count from 0 and stay below 2³².
func sameNames(accounts []Account) (first []int32, dups bool) {
	seed := maphash.MakeSeed()
	first = make([]int32, len(accounts))
	// A key is the top half of the name's hash above the account's index.
	keys := make([]uint64, 0, len(accounts))
	for i := range accounts {
		yield(i)
		name := trimName(accounts[i].Customer)
		if name == "" {
			first[i] = -1
			continue
		}
		first[i] = int32(i)
		keys = append(keys, nameHash(seed, name)&^(1<<32-1)|uint64(i))
	}
	// Sorted on the hash's top 22 bits, stably, so that each run of keys
	// with the same top bits is in the accounts' order.
	tmp := make([]uint64, len(keys))
	radixPass(keys, tmp, 64-2*radixBits)
	radixPass(tmp, keys, 64-radixBits)
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi]>>(64-2*radixBits) == keys[lo]>>(64-2*radixBits) {
			hi++
		}
		if hi-lo > 1 && sameHashIn(keys[lo:hi]) && matchRun(keys[lo:hi], accounts, first) {
			dups = true
		}
		lo = hi
	}
	return first, dups
}

// yield lets the collector's worker run every 64Ki accounts. WebAssembly
// has one thread, and a goroutine building a bridge never blocks: a
// collection that its allocations start would stay in its mark phase to the
// end, with write barriers on every copy of a pointer and the heap growing
// past its goal.
func yield(i int) {
	if i&(1<<16-1) == 0 {
		runtime.Gosched()
	}
}

// radixBits is the width of a radix pass: 2,048 counts, and as many places
// being written at once, which the caches hold.
const radixBits = 11

// radixPass copies src to dst sorted stably on the radixBits of each key
// from bit shift up.
func radixPass(src, dst []uint64, shift uint) {
	var count [1 << radixBits]int
	for _, k := range src {
		count[k>>shift&(1<<radixBits-1)]++
	}
	at := 0
	for d, c := range count {
		count[d] = at
		at += c
	}
	for _, k := range src {
		d := k >> shift & (1<<radixBits - 1)
		dst[count[d]] = k
		count[d]++
	}
}

// sameHashIn reports whether two keys of a run have the same hash, when
// the run is short, as nearly all are: telling so from the keys alone spares
// reading the accounts' first, a cache miss for each of a million names.
// It reports true for long runs, which matchRun reads in full.
func sameHashIn(run []uint64) bool {
	if len(run) > 4 {
		return true
	}
	for k, a := range run {
		for _, b := range run[k+1:] {
			if a>>32 == b>>32 {
				return true
			}
		}
	}
	return false
}

// matchRun points each account of a run of keys to the first account of the
// run with the same name, and reports whether it found any. The run is in
// the accounts' order; names whose hashes differ are told apart without
// reading them.
func matchRun(run []uint64, accounts []Account, first []int32) bool {
	found := false
	for k, a := range run {
		i := int32(uint32(a))
		if first[i] != i {
			continue // matched already
		}
		for _, b := range run[k+1:] {
			j := int32(uint32(b))
			if b>>32 == a>>32 && first[j] == j && trimName(accounts[j].Customer) == trimName(accounts[i].Customer) {
				first[j] = i
				found = true
			}
		}
	}
	return found
}

// trimName is strings.TrimSpace(name), without its call when name starts
// and ends with a printable ASCII character, as names mostly do.
func trimName(name string) string {
	if n := len(name); n > 0 && name[0] > ' ' && name[0] < 0x7f && name[n-1] > ' ' && name[n-1] < 0x7f {
		return name
	}
	return strings.TrimSpace(name)
}
