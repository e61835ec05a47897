package model

import (
	"cmp"
	"encoding/binary"
	"slices"
)

// Sizing of the perfect hash. Four keys per bucket on average and slots
// 3% more than keys cost 0.5 byte of pilot and 0.03 slot per feature;
// with pilots of 16 bits, every bucket finds one in a few hundred tries at
// most, so building takes a fraction of a second per table.
const (
	keysPerBucket = 4
	slotsPerKey   = 1.03
	maxPilot      = 1<<16 - 1
)

// build lays out the perfect-hash table of keys (ascending, distinct) and
// their weights (classes per key, in the order of keys), each stored in
// width bytes (1: int8, 2: int16; the values must fit). The same input
// always gives the same bytes.
func build(classes, width int, keys []uint64, rows []int16, scale []float32) *Weights {
	n := uint64(len(keys))
	m := &Weights{
		Classes: classes,
		n:       len(keys),
		buckets: max(1, (n+keysPerBucket-1)/keysPerBucket),
		slots:   max(1, uint64(float64(n)*slotsPerKey)+1),
		width:   width,
		rowLen:  4 + width*classes,
		scale:   scale,
	}
	var slotOfKey []uint64
	var pilots []uint16
	for attempt := 0; ; attempt++ {
		m.seed = mix(uint64(attempt) + 1)
		if pilots, slotOfKey = place(keys, m.seed, m.buckets, m.slots); pilots != nil {
			break
		}
		if attempt%4 == 3 { // unheard of at this size, but it always ends
			m.slots += m.slots/20 + 1
		}
	}
	p := make([]byte, 0, 2*len(pilots))
	for _, x := range pilots {
		p = binary.LittleEndian.AppendUint16(p, x)
	}
	table := make([]byte, int(m.slots)*m.rowLen)
	for i, f := range keys {
		s := table[int(slotOfKey[i])*m.rowLen:]
		binary.LittleEndian.PutUint32(s, fingerprint(f))
		for c, v := range rows[i*classes : (i+1)*classes] {
			if width == 1 {
				s[4+c] = byte(int8(v))
			} else {
				binary.LittleEndian.PutUint16(s[4+2*c:], uint16(v))
			}
		}
	}
	m.pilots, m.table = string(p), string(table)
	return m
}

// place finds a pilot for every bucket such that all keys (distinct) land
// in distinct slots, handling the largest buckets first (PTHash). It
// returns the pilots and each key's slot, or nil if some bucket found no
// pilot.
func place(keys []uint64, seed, buckets, slots uint64) ([]uint16, []uint64) {
	// Keys by bucket: a counting sort, keeping key order within a bucket.
	start := make([]int, buckets+1)
	for _, f := range keys {
		start[bucketOf(f, buckets)+1]++
	}
	for b := range buckets {
		start[b+1] += start[b]
	}
	byBucket := make([]int, len(keys)) // key indices
	next := slices.Clone(start[:buckets])
	for i, f := range keys {
		b := bucketOf(f, buckets)
		byBucket[next[b]] = i
		next[b]++
	}
	order := make([]uint64, buckets)
	for b := range order {
		order[b] = uint64(b)
	}
	slices.SortStableFunc(order, func(a, b uint64) int {
		return cmp.Compare(start[b+1]-start[b], start[a+1]-start[a])
	})
	taken := make([]uint64, (slots+63)/64)
	pilots := make([]uint16, buckets)
	slotOfKey := make([]uint64, len(keys))
	var tried []uint64
	for _, b := range order {
		members := byBucket[start[b]:start[b+1]]
		if len(members) == 0 {
			break // sorted by size: the rest are empty too
		}
		found := false
		for p := uint64(0); p <= maxPilot && !found; p++ {
			tried = tried[:0]
			found = true
			for _, i := range members {
				s := slotOf(keys[i], p, seed, slots)
				if taken[s/64]&(1<<(s%64)) != 0 || slices.Contains(tried, s) {
					found = false
					break
				}
				tried = append(tried, s)
			}
			if found {
				pilots[b] = uint16(p)
				for j, i := range members {
					slotOfKey[i] = tried[j]
					taken[tried[j]/64] |= 1 << (tried[j] % 64)
				}
			}
		}
		if !found {
			return nil, nil
		}
	}
	return pilots, slotOfKey
}
