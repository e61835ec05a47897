package resolve

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

// randomText is words, quotation marks of every kind, sentence ends and
// paragraph breaks, at random.
func randomText(rng *rand.Rand, words int) string {
	pieces := []string{"said", "Smith", "the", "talks", "''", "\"", "“", "”", "‘", "’", "'", ".", ",", "—", "\n"}
	var b strings.Builder
	for range words {
		p := pieces[rng.IntN(len(pieces))]
		if rng.IntN(2) == 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// TestQuoteTablesMatchScan: the tables give what a scan of every
// quotation gives.
func TestQuoteTablesMatchScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	quoted := 0
	defer func() {
		if quoted < 100 {
			t.Errorf("only %d texts of 300 had quotations: the test tests little", quoted)
		}
	}()
	for round := range 300 {
		seg := segment.Segment(randomText(rng, 5+rng.IntN(60)))
		if len(seg.Tokens) == 0 {
			continue
		}
		d := newDoc(Input{Seg: seg})
		if len(seg.Quotes) == 0 {
			if d.quotes.end != nil || d.quotes.closedAt != nil {
				t.Fatalf("round %d: tables built for a text without quotations", round)
			}
			continue
		}
		quoted++
		for s := range d.n {
			want := math.MaxInt32
			for _, q := range seg.Quotes {
				if q.Open == s && q.Close+1 <= want {
					want = q.Close + 1
				} else if q.Open < s && s <= q.Close && q.Close < want {
					want = q.Close
				}
			}
			if got := int(d.quotes.end[s]); got != want {
				t.Fatalf("round %d: end of token %d = %d, want %d (%q, %+v)", round, s, got, want, seg.Src, seg.Quotes)
			}
			wantAt := 0
			for i, q := range seg.Quotes {
				if !q.Unclosed && q.Close == s {
					wantAt = i + 1
					break
				}
			}
			if got := int(d.quotes.closedAt[s]); got != wantAt {
				t.Fatalf("round %d: quotation closed at %d = %d, want %d", round, s, got, wantAt)
			}
		}
	}
}
