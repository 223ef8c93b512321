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
// names (after trimming surrounding space; blank names never match), of n
// accounts whose customer(i) is account i's name. It returns nil when no
// name repeats; otherwise dupOf[j] is 1 + the index of the first account
// with account j's name when j repeats it, and 0 for every other account.
//
// Most names are told unique by a bit of their hash in a bitset of four
// bits a name: only the names whose bit another name set first, and that
// name, go on to be compared, about one in five of a million unique names.
// Those are put in order of their hashes by two radix passes, which leave
// the accounts with the same hash side by side, in their order. A hash
// table of a million names, larger than the processor's caches, waited for
// memory at each look-up; sorting the hashes of every name took 20 MB,
// where the bitsets take 1 MB, the hashes 4 MB and those compared 3 or 4 MB
// more. (Eight bits a name read the bitset from further away for little
// less to compare; two, twice as much to compare.) Accounts count from 0
// and stay below 2³².
func sameNames(n int, customer func(i int) string) (dupOf []int32) {
	seed := maphash.MakeSeed()
	bits := 64
	for bits < 4*n {
		bits <<= 1
	}
	mask := uint32(bits - 1)
	seen, twice := make([]uint64, bits/64), make([]uint64, bits/64)
	// The top half of each name's hash; 0 for a blank name, and for a
	// name whose hash's top half is 0.
	hashes := make([]uint32, n)
	again, blank := 0, 0
	for i := range n {
		yield(i)
		name := trimName(customer(i))
		if name == "" {
			blank++
			continue
		}
		hashes[i] = uint32(nameHash(seed, name) >> 32)
	}
	// Apart from the hashing, so that the look-ups in seen, a cache miss
	// each when its 512 KiB are not all in the cache, overlap.
	for i, h := range hashes {
		if h == 0 && blank > 0 && trimName(customer(i)) == "" {
			continue
		}
		w, m := h&mask/64, uint64(1)<<(h&63)
		if seen[w]&m != 0 {
			twice[w] |= m
			again++
		} else {
			seen[w] |= m
		}
	}
	if again == 0 {
		return nil
	}
	// Each bit set twice or more holds at most twice as many names as
	// found it set.
	keys := make([]uint64, 0, 2*again)
	for i, h := range hashes {
		if twice[h&mask/64]&(1<<(h&63)) != 0 && (h != 0 || trimName(customer(i)) != "") {
			keys = append(keys, uint64(h)<<32|uint64(i))
		}
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
		if hi-lo > 1 && sameHashIn(keys[lo:hi]) {
			dupOf = matchRun(keys[lo:hi], n, customer, dupOf)
		}
		lo = hi
	}
	return dupOf
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

// matchRun points each account of a run of keys that repeats the name of
// an account before it in the run to that account, in dupOf, which it
// makes when it finds the first. The run is in the accounts' order; names
// whose hashes differ are told apart without reading them.
func matchRun(run []uint64, n int, customer func(i int) string, dupOf []int32) []int32 {
	for k, a := range run {
		i := int32(uint32(a))
		if dupOf != nil && dupOf[i] != 0 {
			continue // matched already
		}
		for _, b := range run[k+1:] {
			j := int32(uint32(b))
			if b>>32 == a>>32 && (dupOf == nil || dupOf[j] == 0) && trimName(customer(int(j))) == trimName(customer(int(i))) {
				if dupOf == nil {
					dupOf = make([]int32, n)
				}
				dupOf[j] = i + 1
			}
		}
	}
	return dupOf
}

// trimName is strings.TrimSpace(name), without its call when name starts
// and ends with a printable ASCII character, as names mostly do.
func trimName(name string) string {
	if n := len(name); n > 0 && name[0] > ' ' && name[0] < 0x7f && name[n-1] > ' ' && name[n-1] < 0x7f {
		return name
	}
	return strings.TrimSpace(name)
}
