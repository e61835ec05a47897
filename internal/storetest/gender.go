package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

// genderCorpus is three articles of two outlets whose text says the
// gender of some of its people: Merkel by her first name and "She",
// Johnson by his first name and "Mr", Kim Davis (a first name of both
// lists) as a woman in one article and a man in another.
func genderCorpus(thirdSaysHe bool) []store.Article {
	third := newDoc("g-3", "Kim Davis said the vote was lost. She left.").
		add(attr{source: "Kim Davis", cue: "said", content: "the vote was lost", kind: whosaid.Person})
	if thirdSaysHe {
		third = newDoc("g-3", "Kim Davis said the vote was lost. He said it twice.").
			add(attr{source: "Kim Davis", cue: "said", content: "the vote was lost", kind: whosaid.Person}).
			add(attr{source: "He", cue: "said", content: "it twice", kind: whosaid.Person, speaker: "Kim Davis"})
	}
	return []store.Article{
		storeArticle(newDoc("g-1", "Angela Merkel said the talks went well. She added that more was needed. "+
			"Boris Johnson said nothing was agreed. Kim Davis said the count was slow.").
			add(attr{source: "Angela Merkel", cue: "said", content: "the talks went well", kind: whosaid.Person}).
			add(attr{source: "She", cue: "added", content: "more was needed", kind: whosaid.Person, speaker: "Angela Merkel"}).
			add(attr{source: "Boris Johnson", cue: "said", content: "nothing was agreed", kind: whosaid.Person}).
			add(attr{source: "Kim Davis", cue: "said", content: "the count was slow", kind: whosaid.Person}),
			"Gazette", "2020-01-05", "Talks"),
		storeArticle(newDoc("g-2", "Mr Johnson said the deal was dead. Kim Davis said she would recount. Officials said little.").
			add(attr{source: "Mr Johnson", cue: "said", content: "the deal was dead", kind: whosaid.Person, speaker: "Boris Johnson"}).
			add(attr{source: "Kim Davis", cue: "said", content: "she would recount", kind: whosaid.Person}).
			add(attr{source: "she", cue: "would", content: "recount", kind: whosaid.Person, speaker: "Kim Davis"}).
			add(attr{source: "Officials", cue: "said", content: "little", kind: whosaid.Anonymous}),
			"Gazette", "2020-02-05", "Deal"),
		storeArticle(third, "Herald", "2020-02-10", "Vote"),
	}
}

func testGender(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, genderCorpus(true)...)
	genders := func(f store.SpeakerFilter) map[string]string {
		t.Helper()
		l, err := s.Speakers(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, sp := range l.Items {
			out[sp.Name] = sp.Gender
		}
		return out
	}
	want := map[string]string{"Angela Merkel": "female", "Boris Johnson": "male", "Kim Davis": "unknown", "Officials": ""}
	if got := genders(store.SpeakerFilter{Gender: true}); jsonOf(t, got) != jsonOf(t, want) {
		t.Errorf("speaker genders %v, want %v", got, want)
	}
	for name, g := range genders(store.SpeakerFilter{}) {
		if g != "" {
			t.Errorf("%s has gender %q unasked", name, g)
		}
	}
	outlets := func(f store.OutletFilter) map[string]*store.GenderCounts {
		t.Helper()
		os, err := s.Outlets(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]*store.GenderCounts{}
		for _, o := range os {
			out[o.Outlet] = o.Gender
		}
		return out
	}
	// Each person once per article; Kim Davis is unknown over the corpus
	// (one article each way), in every article.
	wantAll := map[string]*store.GenderCounts{
		"Gazette": {Female: 1, Male: 2, Unknown: 2, FemaleShare: 0.2, MaleShare: 0.4, UnknownShare: 0.4},
		"Herald":  {Unknown: 1, UnknownShare: 1},
	}
	if got := outlets(store.OutletFilter{Gender: true}); jsonOf(t, got) != jsonOf(t, wantAll) {
		t.Errorf("outlet genders %s, want %s", jsonOf(t, got), jsonOf(t, wantAll))
	}
	feb := store.OutletFilter{From: time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC), Gender: true}
	wantFeb := map[string]*store.GenderCounts{
		"Gazette": {Male: 1, Unknown: 1, MaleShare: 0.5, UnknownShare: 0.5},
		"Herald":  {Unknown: 1, UnknownShare: 1},
	}
	if got := outlets(feb); jsonOf(t, got) != jsonOf(t, wantFeb) {
		t.Errorf("outlet genders from February %s, want %s", jsonOf(t, got), jsonOf(t, wantFeb))
	}
	for o, g := range outlets(store.OutletFilter{}) {
		if g != nil {
			t.Errorf("%s has gender counts unasked", o)
		}
	}
	// Replacing the article that called Kim Davis "he" takes its evidence
	// away: the two left say she.
	put(t, s, genderCorpus(false)[2])
	if g := genders(store.SpeakerFilter{Name: "Kim", Gender: true})["Kim Davis"]; g != "female" {
		t.Errorf("Kim Davis after the replacement: %q, want female", g)
	}
	wantAll["Gazette"] = &store.GenderCounts{Female: 3, Male: 2, FemaleShare: 0.6, MaleShare: 0.4}
	wantAll["Herald"] = &store.GenderCounts{Female: 1, FemaleShare: 1}
	if got := outlets(store.OutletFilter{Gender: true}); jsonOf(t, got) != jsonOf(t, wantAll) {
		t.Errorf("outlet genders after the replacement %s, want %s", jsonOf(t, got), jsonOf(t, wantAll))
	}
}
