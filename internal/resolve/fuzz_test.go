package resolve

import (
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// synthetic builds tags and relations for text from the bytes of seed, so
// the fuzzer drives both the text and what the extractor would say of it.
func synthetic(text string, seed []byte) Input {
	seg := segment.Segment(text)
	n := len(seg.Tokens)
	in := Input{Seg: seg, Tags: make([]uint8, n)}
	for i := range in.Tags {
		if len(seed) > 0 {
			in.Tags[i] = seed[i%len(seed)] % uint8(postag.NumTags)
		}
	}
	for i := 0; i+3 < len(seed) && n > 0; i += 4 {
		r := func(b, l byte) []segment.Range {
			s := int(b) % n
			e := min(n, s+1+int(l)%5)
			return []segment.Range{{Start: s, End: e}}
		}
		rel := extract.Relation{Cue: r(seed[i], seed[i+1]), Content: r(seed[i+2], seed[i+3])}
		if seed[i]%2 == 0 {
			rel.Source = r(seed[i+1], seed[i+2])
		}
		in.Rels = append(in.Rels, rel)
	}
	return in
}

// check fails unless every range of res lies in the text's tokens.
func check(t *testing.T, in Input, res *Result) {
	t.Helper()
	n := len(in.Seg.Tokens)
	ok := func(what string, r segment.Range, empty bool) {
		if empty && r.Len() == 0 && r.Start == r.End {
			return
		}
		if r.Start < 0 || r.End > n || r.Start >= r.End {
			t.Fatalf("%s range %v out of %d tokens", what, r, n)
		}
	}
	for i, a := range res.Attributions {
		if len(a.Cue) == 0 {
			t.Fatalf("attribution %d has no cue", i)
		}
		for _, rs := range [][]segment.Range{a.Source, a.Cue, a.Content, a.Via} {
			for _, r := range rs {
				ok("role", r, false)
			}
		}
		ok("hedge", a.Hedge, true)
		ok("anonymity reason", a.AnonymityReason, true)
		if a.Parent != None && (a.Parent < 0 || a.Parent >= len(res.Attributions) || a.Parent == i) {
			t.Fatalf("attribution %d: parent %d", i, a.Parent)
		}
		if a.Speaker != None && (a.Speaker < 0 || a.Speaker >= len(res.Speakers)) {
			t.Fatalf("attribution %d: speaker %d of %d", i, a.Speaker, len(res.Speakers))
		}
		if i > 0 && res.Attributions[i-1].Cue[0].Start > a.Cue[0].Start {
			t.Fatalf("attributions out of cue order")
		}
	}
	ok("title", res.Title, true)
	for _, rs := range [][]segment.Range{res.Boilerplate, res.Unattributed} {
		for _, r := range rs {
			ok("document", r, false)
		}
	}
	for _, s := range res.Speakers {
		for _, m := range s.Mentions {
			ok("mention", m, false)
		}
		// Names are cut from the text: from valid UTF-8, never a broken
		// character ("Trump’s" had lost two bytes of its "’" once).
		if utf8.ValidString(in.Seg.Src) && (!utf8.ValidString(s.Name) || !utf8.ValidString(s.Title)) {
			t.Fatalf("speaker %q, title %q: invalid UTF-8 from valid text", s.Name, s.Title)
		}
	}
	dl := res.Dateline
	ok("dateline", dl.Span, true)
	for _, r := range []segment.Range{dl.Place, dl.Date, dl.Agency} {
		ok("dateline part", r, true)
		if r.Len() > 0 && (r.Start < dl.Span.Start || r.End > dl.Span.End) {
			t.Fatalf("dateline part %v outside the dateline %v", r, dl.Span)
		}
	}
	for i, a := range res.Attributions {
		for _, rs := range [][]segment.Range{a.Source, a.Cue, a.Content} {
			for _, r := range rs {
				if r.Start < dl.Span.End && r.End > dl.Span.Start {
					t.Fatalf("attribution %d: role %v in the dateline %v", i, r, dl.Span)
				}
			}
		}
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("Iran's Foreign Ministry denied a report by Reuters claiming that Tehran is open to talks, stressing that it is not.\n\nAdd new comment", []byte{3, 0, 9, 4, 12, 2, 1, 7})
	f.Add("\"We will win,\" he said. Hugh Hill, a doctor, said so. The doctor, who asked not to be named, told Reuters.", []byte{35, 20, 1, 9, 25})
	f.Add("Mr. . [ ] , said that", []byte{255, 255, 0, 0, 1})
	f.Add("Title\n\nBUFFALO, N.Y. (AP) — \"We lost,\" she said.\n\"It hurts.\"\nHe continued:\n\"More.", []byte{0, 4, 9, 2, 14, 3, 1})
	f.Add("Orchard Bay was accused by a group of poor disclosure, the talks, often called the \"cod wars\", run on.", []byte{2, 3, 5, 9, 1, 7})
	f.Add("Donald Trump’s campaign said the O’Neill’s spokesman told Fox News’ reporters.", []byte{2, 0, 5, 3, 8, 1, 4, 2})
	f.Add("", []byte{})
	f.Fuzz(func(t *testing.T, text string, seed []byte) {
		in := synthetic(text, seed)
		check(t, in, Resolve(in))
	})
}

// TestResolveOddInput: nothing to resolve, or relations out of bounds,
// gives an empty result and no panic.
func TestResolveOddInput(t *testing.T) {
	tests := []struct {
		name string
		in   Input
	}{
		{"nil text", Input{}},
		{"empty", Input{Seg: segment.Segment("")}},
		{"no tags", Input{Seg: segment.Segment("Smith said it would rain.")}},
		{"relation out of bounds", Input{Seg: segment.Segment("a b"), Rels: []extract.Relation{{Cue: []segment.Range{{Start: 1, End: 9}}}}}},
		{"relation without cue", Input{Seg: segment.Segment("a b"), Rels: []extract.Relation{{Content: []segment.Range{{Start: 0, End: 1}}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Resolve(tt.in)
			if tt.in.Seg != nil {
				check(t, tt.in, res)
			}
		})
	}
}
