package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/store"
)

// The synthetic corpus: news-like documents whose attributions are built
// with the text, spans exact, so that a store of a million attributions
// is written in minutes without running the extractor. Speakers recur
// across documents and outlets as in news (a few are quoted often), with
// anonymous sources, hedges, and the three content types.

var (
	firstNames = strings.Fields("Maria Daniel Aisha Tom Elena James Fatima Li Peter Sofia Omar Anna David Yuki Carlos Grace Ivan Leila Samuel Nora Ahmed Julia Victor Mei Pablo Hannah Kofi Irina George Amara")
	lastNames  = strings.Fields("Ortega Brandt Rahman Becker Novak Walker Haddad Chen Schmidt Rossi Farouk Kowalski Levy Tanaka Mendez Okafor Petrov Nasser Adeyemi Lindqvist Khan Meyer Moreau Wong Herrera Fischer Mensah Volkova Clarke Osei")
	titles     = []string{"the minister of finance", "a spokeswoman for the ministry", "the party's leader", "a senior economist", "the mayor", "the company's chief executive", "a professor of law", "the union's president", "the defense secretary", "a campaign adviser"}
	orgs       = []string{"The Interior Ministry", "The central bank", "The United Nations", "The White House", "The Kremlin", "The European Commission", "The health board", "The port authority", "The Pentagon", "The election commission"}
	anonymous  = []string{"A senior administration official", "Two people familiar with the talks", "A diplomat", "Officials", "A person close to the negotiations", "Analysts", "A government source", "Critics", "Several lawmakers", "A former aide"}
	hedges     = []string{"allegedly", "reportedly", "purportedly"}
	cues       = []string{"said", "told reporters", "added", "warned", "argued", "claimed", "insisted", "noted"}
	outlets    = []string{"Daily Ledger", "Evening Courier", "Northern Herald", "The Sentinel", "Global Wire", "Metro Times", "The Observer Post", "Capital Report", "Coast Gazette", "Union Tribune", "Valley News", "The Record"}
)

type person struct{ first, last, title string }

// synth writes synthetic documents; it is not safe for concurrent use.
type synth struct {
	r      *rand.Rand
	v      *vocab
	people []person
	start  time.Time
	docs   int
}

func newSynth(v *vocab, seed uint64) *synth {
	s := &synth{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), v: v, start: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, f := range firstNames {
		for _, l := range lastNames {
			s.people = append(s.people, person{f, l, titles[s.r.IntN(len(titles))]})
		}
	}
	return s
}

// builder writes text and records the spans of what it writes.
type builder struct{ b strings.Builder }

func (b *builder) write(s string) whosaid.Span {
	start := b.b.Len()
	b.b.WriteString(s)
	return whosaid.Span{start, b.b.Len()}
}

func role(text string, sp whosaid.Span) *whosaid.Role {
	return &whosaid.Role{Text: text, Spans: []whosaid.Span{sp}}
}

// clause is a run of n words drawn by corpus frequency.
func (s *synth) clause(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = s.v.word(s.r)
	}
	return strings.Join(w, " ")
}

// speaker draws a person, the often quoted more often: a power law over
// the list of people.
func (s *synth) speaker() person {
	i := int(float64(len(s.people)) * s.r.Float64() * s.r.Float64() * s.r.Float64())
	return s.people[i]
}

// article is one document of about n attributions.
func (s *synth) article(n int) store.Article {
	s.docs++
	var b builder
	outlet := outlets[s.r.IntN(len(outlets))]
	published := s.start.AddDate(0, 0, s.r.IntN(730))
	title := s.clause(6)
	b.write(title + "\n\n")
	doc := &whosaid.Document{ID: fmt.Sprintf("synthetic-%08d", s.docs)}
	doc.Title = role(title, whosaid.Span{0, len(title)})
	for range n {
		var a whosaid.Attribution
		content := s.clause(8 + s.r.IntN(18))
		kind := s.r.IntN(10)
		var src, srcSpeaker, srcTitle string
		var k whosaid.Kind
		switch {
		case kind < 5:
			p := s.speaker()
			src, srcSpeaker, srcTitle, k = p.first+" "+p.last, p.first+" "+p.last, p.title, whosaid.Person
		case kind < 7:
			src = orgs[s.r.IntN(len(orgs))]
			srcSpeaker, k = strings.TrimPrefix(src, "The "), whosaid.Organization
		default:
			src, k = anonymous[s.r.IntN(len(anonymous))], whosaid.Anonymous
		}
		cue := cues[s.r.IntN(len(cues))]
		switch s.r.IntN(3) {
		case 0: // "CONTENT," SOURCE said.
			b.write("\"")
			cs := b.write(content)
			b.write(",\" ")
			cu := b.write(cue)
			b.write(" ")
			ss := b.write(src)
			b.write(". ")
			a.Content, a.Cue, a.Type = role(content, cs), role(cue, cu), whosaid.Direct
			a.Source = &whosaid.Source{Role: *role(src, ss)}
		default: // SOURCE [hedge] said that CONTENT.
			ss := b.write(src)
			b.write(" ")
			if s.r.IntN(8) == 0 {
				h := hedges[s.r.IntN(len(hedges))]
				a.Hedge = role(h, b.write(h))
				b.write(" ")
			}
			cu := b.write(cue)
			b.write(" that ")
			cs := b.write(content)
			b.write(". ")
			a.Content, a.Cue, a.Type = role(content, cs), role(cue, cu), whosaid.Indirect
			if s.r.IntN(6) == 0 {
				a.Type = whosaid.Mixed
			}
			a.Source = &whosaid.Source{Role: *role(src, ss)}
		}
		a.Source.Kind, a.Source.Speaker, a.Source.Title = k, srcSpeaker, srcTitle
		if k == whosaid.Anonymous {
			a.Source.Speaker, a.Source.Description = src, strings.ToLower(src)
		}
		doc.Attributions = append(doc.Attributions, a)
		if s.r.IntN(3) == 0 { // the outlet's own words between quotes
			b.write(s.clause(12) + ". ")
		}
	}
	doc.Text = b.b.String()
	return store.Article{Doc: doc, Meta: article.Meta{Outlet: outlet, Published: published, Title: title, Language: "en"}}
}
