package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

// checker is a store that can check that its tables agree.
type checker interface {
	Check(ctx context.Context) error
}

func editor(t *testing.T, s store.Store) store.SpeakerEditor {
	t.Helper()
	ed, ok := s.(store.SpeakerEditor)
	if !ok {
		t.Fatalf("%T is no store.SpeakerEditor", s)
	}
	return ed
}

func check(t *testing.T, s store.Store, when string) {
	t.Helper()
	if c, ok := s.(checker); ok {
		if err := c.Check(context.Background()); err != nil {
			t.Errorf("%s: the tables disagree: %v", when, err)
		}
	}
}

func recanon(t *testing.T, s store.Store) store.RecanonReport {
	t.Helper()
	rep, err := editor(t, s).Recanon(context.Background(), nil)
	if err != nil {
		t.Fatalf("Recanon: %v", err)
	}
	check(t, s, "after a recanon")
	return rep
}

// speakerOf is the speaker of the first attribution of a document whose
// source has the given text.
func speakerOf(t *testing.T, s store.Store, docID, source string) (int64, string) {
	t.Helper()
	l, err := s.Attributions(context.Background(), store.AttributionFilter{DocID: docID})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range l.Items {
		if h.Attribution.Source != nil && h.Attribution.Source.Text == source {
			return h.SpeakerID, h.Speaker
		}
	}
	t.Fatalf("%s has no source %q", docID, source)
	return 0, ""
}

// testRecanon: a recanon keeps the speakers of a store whose speakers
// are right, keeps their IDs, and changes nothing the second time; the
// speakers do not depend on the order in which documents came.
func testRecanon(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus := Corpus()
	// One document per Put, the last first: the order a recanon undoes.
	for i := len(corpus) - 1; i >= 0; i-- {
		put(t, s, corpus[i])
	}
	rep := recanon(t, s)
	if rep.Documents != len(corpus) || rep.Corrections != 0 {
		t.Errorf("recanon: %+v", rep)
	}
	zarif1, _ := speakerOf(t, s, "wire-1", "Zarif")
	zarif2, _ := speakerOf(t, s, "wire-2", "Javad Zarif")
	zarif3, name := speakerOf(t, s, "daily-1", "Zarif")
	if zarif1 == 0 || zarif1 != zarif2 || zarif1 != zarif3 || name != "Mohammad Javad Zarif" {
		t.Errorf("Zarif after a recanon: speakers %d %d %d %q", zarif1, zarif2, zarif3, name)
	}
	hillary, _ := speakerOf(t, s, "daily-2", "Hillary Clinton")
	bill, _ := speakerOf(t, s, "daily-2", "Bill Clinton")
	if hillary == bill || hillary == 0 || bill == 0 {
		t.Errorf("the Clintons after a recanon: %d %d", hillary, bill)
	}
	before, err := s.Speakers(ctx, store.SpeakerFilter{})
	if err != nil {
		t.Fatal(err)
	}
	again := recanon(t, s)
	if again.Moved != 0 || again.NewSpeakers != 0 || again.GoneSpeakers != 0 {
		t.Errorf("a second recanon changed the store: %+v", again)
	}
	after, err := s.Speakers(ctx, store.SpeakerFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if jsonOf(t, before) != jsonOf(t, after) {
		t.Errorf("a second recanon changed the speakers:\n%s\n%s", jsonOf(t, before), jsonOf(t, after))
	}
	d, err := s.Speaker(ctx, hillary)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Titles) == 0 || d.Titles[0].Seen == 0 || d.Titles[0].Last.IsZero() {
		t.Errorf("Hillary Clinton's titles with their dates: %s", jsonOf(t, d.Titles))
	}
}

// manyDocuments are n small articles of one speaker each, for a recanon
// of several batches.
func manyDocuments(n int) []store.Article {
	var out []store.Article
	for i := range n {
		name := []string{"Mohammad Javad Zarif", "Hassan Rouhani", "John Kerry"}[i%3]
		b := newDoc(fmt.Sprintf("many-%04d", i), fmt.Sprintf("%s said the talks went on, day %d.", name, i)).
			add(attr{source: name, cue: "said", content: "the talks went on", kind: whosaid.Person})
		out = append(out, storeArticle(b, "Wire Service", fmt.Sprintf("2016-01-%02d", 1+i%28), ""))
	}
	return out
}

// testRecanonResumes: a recanon stopped after its first batch of
// documents is resumed by the next run, which does not redo them.
func testRecanonResumes(t *testing.T, s store.Store) {
	docs := manyDocuments(1100)
	put(t, s, docs...)
	// Speakers decided one way; the recanon decides them again.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	calls := 0
	_, err := editor(t, s).Recanon(ctx, func(done, total int) {
		calls++
		if total != len(docs) {
			t.Errorf("progress: total %d, want %d", total, len(docs))
		}
		if done > 0 {
			cancel() // after the first batch
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("a recanon stopped after its first batch: %v", err)
	}
	check(t, s, "after a stopped recanon")
	rep := recanon(t, s)
	if rep.Resumed == 0 || rep.Resumed >= len(docs) {
		t.Errorf("the next recanon resumed after %d documents, want some of %d", rep.Resumed, len(docs))
	}
	l, err := s.Speakers(context.Background(), store.SpeakerFilter{Kind: whosaid.Person})
	if err != nil {
		t.Fatal(err)
	}
	if l.Total != 3 {
		t.Errorf("%d person speakers, want 3: %s", l.Total, jsonOf(t, l.Items))
	}
}

// testCorrections: merges, splits, renames, kinds and titles set by hand
// are recorded, and survive a recanon and a re-ingest.
func testCorrections(t *testing.T, s store.Store) {
	ctx := context.Background()
	ed := editor(t, s)
	put(t, s, Corpus()...)
	correct := func(c store.Correction) store.Correction {
		t.Helper()
		c.Actor, c.Via = "tester", "test"
		done, err := ed.CorrectSpeaker(ctx, c)
		if err != nil {
			t.Fatalf("%s: %v", c.Action, err)
		}
		if done.ID == 0 || done.At.IsZero() || done.Mentions == 0 {
			t.Errorf("%s recorded as %+v", c.Action, done)
		}
		check(t, s, string(c.Action))
		return done
	}
	// Survives: the correction holds now, after a recanon, and after the
	// corpus is stored again.
	survives := func(what string, holds func() error) {
		t.Helper()
		for _, step := range []string{"made", "after a recanon", "after a re-ingest", "after a re-ingest and a recanon"} {
			switch step {
			case "after a recanon", "after a re-ingest and a recanon":
				recanon(t, s)
			case "after a re-ingest":
				put(t, s, Corpus()...)
				check(t, s, "re-ingest")
			}
			if err := holds(); err != nil {
				t.Errorf("%s, %s: %v", what, step, err)
			}
		}
	}

	// Merge: Bill Clinton into Hillary Clinton (wrongly, for the test).
	hillary, _ := speakerOf(t, s, "daily-2", "Hillary Clinton")
	bill, _ := speakerOf(t, s, "daily-2", "Bill Clinton")
	merged := correct(store.Correction{Action: store.Merge, Speaker: bill, Into: hillary})
	if _, err := s.Speaker(ctx, bill); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the merged speaker %d is still there: %v", bill, err)
	}
	survives("merge", func() error {
		h, _ := speakerOf(t, s, "daily-2", "Hillary Clinton")
		b, _ := speakerOf(t, s, "post-1", "the former president Bill Clinton")
		if h != b {
			return fmt.Errorf("Bill Clinton is speaker %d, Hillary %d", b, h)
		}
		return nil
	})

	// Split: Bill Clinton's mention in post-1 off again.
	hillary, _ = speakerOf(t, s, "daily-2", "Hillary Clinton")
	split := correct(store.Correction{Action: store.Split, Speaker: hillary, DocID: "post-1"})
	if split.Into == 0 || split.Into == hillary {
		t.Errorf("split into %d", split.Into)
	}
	survives("split", func() error {
		h, _ := speakerOf(t, s, "daily-2", "Hillary Clinton")
		b, _ := speakerOf(t, s, "post-1", "the former president Bill Clinton")
		c, _ := speakerOf(t, s, "post-1", "Clinton")
		if h == b || b != c {
			return fmt.Errorf("post-1's speakers %d and %d, Hillary %d", b, c, h)
		}
		return nil
	})

	// Rename, set-kind, set-title.
	zarif, _ := speakerOf(t, s, "wire-1", "Zarif")
	correct(store.Correction{Action: store.Rename, Speaker: zarif, Value: "Javad Zarif (FM)"})
	officials, _ := speakerOf(t, s, "post-1", "Officials")
	correct(store.Correction{Action: store.SetKind, Speaker: officials, Value: string(whosaid.Organization)})
	rouhani, _ := speakerOf(t, s, "wire-1", "President Hassan Rouhani")
	correct(store.Correction{Action: store.SetTitle, Speaker: rouhani, Value: "President of Iran"})
	survives("rename, set-kind and set-title", func() error {
		z, name := speakerOf(t, s, "daily-1", "Zarif")
		if name != "Javad Zarif (FM)" {
			return fmt.Errorf("Zarif is %d %q", z, name)
		}
		o, _ := speakerOf(t, s, "post-1", "Officials")
		d, err := s.Speaker(ctx, o)
		if err != nil || d.Kind != whosaid.Organization {
			return fmt.Errorf("officials: %v %s", err, jsonOf(t, d.Speaker))
		}
		r, _ := speakerOf(t, s, "wire-2", "Rouhani")
		d, err = s.Speaker(ctx, r)
		if err != nil || d.Title != "President of Iran" {
			return fmt.Errorf("Rouhani: %v %s", err, jsonOf(t, d.Speaker))
		}
		if hits, err := s.Speakers(ctx, store.SpeakerFilter{Name: "javad zarif (fm"}); err != nil || hits.Total != 1 {
			return fmt.Errorf("Zarif found by his new name: %v %s", err, jsonOf(t, hits))
		}
		return nil
	})

	// The record: every correction, the latest first.
	l, err := ed.Corrections(ctx, store.Page{})
	if err != nil {
		t.Fatal(err)
	}
	var actions []store.Action
	for _, c := range l.Items {
		actions = append(actions, c.Action)
		if c.Actor != "tester" || c.Via != "test" || c.At.IsZero() {
			t.Errorf("correction recorded as %+v", c)
		}
	}
	if want := []store.Action{store.SetTitle, store.SetKind, store.Rename, store.Split, store.Merge}; !slices.Equal(actions, want) || l.Total != 5 {
		t.Errorf("corrections %v (total %d), want %v", actions, l.Total, want)
	}
	if l.Items[4].ID != merged.ID || l.Items[4].Speaker != bill || l.Items[4].Into != hillary {
		t.Errorf("the merge recorded as %+v", l.Items[4])
	}
	if p, err := ed.Corrections(ctx, store.Page{Limit: 2, Offset: 4}); err != nil || len(p.Items) != 1 || p.Next != -1 {
		t.Errorf("a page of corrections: %v %s", err, jsonOf(t, p))
	}
}

// testBadCorrections: a correction that cannot be made is refused with
// ErrBadCorrection or ErrNotFound, and nothing is recorded.
func testBadCorrections(t *testing.T, s store.Store) {
	ctx := context.Background()
	ed := editor(t, s)
	put(t, s, Corpus()...)
	zarif, _ := speakerOf(t, s, "wire-1", "Zarif")
	rouhani, _ := speakerOf(t, s, "wire-1", "President Hassan Rouhani")
	for _, tc := range []struct {
		c    store.Correction
		want error
	}{
		{store.Correction{Action: store.Merge, Speaker: zarif, Into: zarif}, store.ErrBadCorrection},
		{store.Correction{Action: store.Merge, Speaker: zarif}, store.ErrBadCorrection},
		{store.Correction{Action: store.Merge, Speaker: zarif, Into: 987654}, store.ErrNotFound},
		{store.Correction{Action: store.Merge, Speaker: 987654, Into: zarif}, store.ErrNotFound},
		{store.Correction{Action: store.Split, Speaker: zarif}, store.ErrBadCorrection},
		{store.Correction{Action: store.Split, Speaker: zarif, DocID: "daily-2"}, store.ErrBadCorrection},
		{store.Correction{Action: store.Split, Speaker: rouhani, DocID: "no-such-doc"}, store.ErrBadCorrection},
		{store.Correction{Action: store.Rename, Speaker: zarif}, store.ErrBadCorrection},
		{store.Correction{Action: store.Rename, Speaker: zarif, Value: "a\x00b"}, store.ErrBadCorrection},
		{store.Correction{Action: store.SetKind, Speaker: zarif, Value: "pronoun"}, store.ErrBadCorrection},
		{store.Correction{Action: "delete", Speaker: zarif}, store.ErrBadCorrection},
		{store.Correction{Action: store.Rename, Speaker: zarif, Value: "x", Into: rouhani}, store.ErrBadCorrection},
		{store.Correction{Action: store.Rename, Speaker: 0, Value: "x"}, store.ErrBadCorrection},
	} {
		tc.c.Actor = "tester"
		if _, err := ed.CorrectSpeaker(ctx, tc.c); !errors.Is(err, tc.want) {
			t.Errorf("%+v: %v, want %v", tc.c, err, tc.want)
		}
	}
	if _, err := ed.CorrectSpeaker(ctx, store.Correction{Action: store.Rename, Speaker: zarif, Value: "x"}); !errors.Is(err, store.ErrBadCorrection) {
		t.Errorf("a correction by nobody: %v", err)
	}
	if l, err := ed.Corrections(ctx, store.Page{}); err != nil || l.Total != 0 {
		t.Errorf("refused corrections were recorded: %v %s", err, jsonOf(t, l))
	}
	check(t, s, "refused corrections")
}
