package feature

import "testing"

func TestHashLower(t *testing.T) {
	for _, tt := range []struct{ a, b string }{{"Said", "said"}, {"ÉTÉ", "été"}, {"U.S.", "u.s."}} {
		if HashLower(tt.a) != HashLower(tt.b) {
			t.Errorf("HashLower(%q) != HashLower(%q)", tt.a, tt.b)
		}
	}
	// For ASCII, the lower-cased hash is FNV-1a of the lower-cased bytes
	// (beyond, it hashes runes).
	if HashLower("Said") != HashString("said") {
		t.Error(`HashLower("Said") != HashString("said")`)
	}
	if HashString("Said") == HashString("said") {
		t.Error("HashString folds case")
	}
}

// TestStable pins the hashes: every model file depends on them, so a change
// here silently breaks the embedded models.
func TestStable(t *testing.T) {
	for _, tt := range []struct {
		got, want uint64
	}{
		{HashString(""), 14695981039346656037},
		{HashString("a"), 0xaf63dc4c8601ec8c},
		{Mix(0), 0},
		{Mix(1), 0x5692161d100b05e5},
	} {
		if tt.got != tt.want {
			t.Errorf("got %#x, want %#x", tt.got, tt.want)
		}
	}
	if F1(1, 2) == F1(2, 1) || F2(1, 2, 3) == F2(1, 3, 2) || F3(1, 2, 3, 4) == F3(1, 2, 4, 3) {
		t.Error("features do not depend on the order of their values")
	}
}
