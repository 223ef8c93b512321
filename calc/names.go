package calc

import "hash/maphash"

// nameIndex finds the row that first named a customer. It is a hash table
// with open addressing, sized once from the number of rows: a slot is one
// word, the top half of the name's hash beside the row, so that a probe
// reads one word and compares a name only when the hashes' halves agree.
// A Go map of a million names costs twice the memory, words the collector
// must scan, and a probe of a cold group of slots per name; this is the
// bridge's largest cost on a large table, and larger still in WebAssembly.
type nameIndex struct {
	seed  maphash.Seed
	slots []uint64 // hash>>32 << 32 | row+1; zero is empty
	mask  uint64
}

// newNameIndex holds up to n names with at least half its slots empty.
func newNameIndex(n int) nameIndex {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return nameIndex{seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1)}
}

// find returns the row of the rows that named name first, or adds row as
// its first and returns it with false. nameOf(j) is the name row j goes by.
// Rows count from 0 and stay below 2³²−1, far above what a table holds.
func (x *nameIndex) find(name string, row int, nameOf func(int) string) (int, bool) {
	h := maphash.String(x.seed, name)
	tag := h &^ (1<<32 - 1)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := x.slots[i]
		if s == 0 {
			x.slots[i] = tag | uint64(row+1)
			return row, false
		}
		if s&^(1<<32-1) == tag {
			if j := int(uint32(s)) - 1; nameOf(j) == name {
				return j, true
			}
		}
	}
}
