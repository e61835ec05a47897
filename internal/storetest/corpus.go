// Package storetest is the conformance suite of store.Store: every
// backend runs Run, and the answers of two backends to the same queries
// over the same Corpus can be compared with Answers.
package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/store"
)

// builder makes a document by hand: attributions whose roles are found as
// substrings of the text, so that the spans are right.
type builder struct {
	doc *whosaid.Document
}

func newDoc(id, text string) *builder {
	return &builder{doc: &whosaid.Document{ID: id, Text: text, Attributions: []whosaid.Attribution{}}}
}

func (b *builder) role(s string) *whosaid.Role {
	if s == "" {
		return nil
	}
	i := strings.Index(b.doc.Text, s)
	if i < 0 {
		panic(fmt.Sprintf("storetest: %q not in document %s", s, b.doc.ID))
	}
	return &whosaid.Role{Text: s, Spans: []whosaid.Span{{i, i + len(s)}}}
}

// attr is one attribution of the builder's document.
type attr struct {
	source, cue, content string
	kind                 whosaid.Kind
	speaker, title       string
	typ                  whosaid.Type
	hedge, via           string
	parent               *int
}

func (b *builder) add(a attr) *builder {
	at := whosaid.Attribution{Cue: b.role(a.cue), Content: b.role(a.content), Type: a.typ,
		Hedge: b.role(a.hedge), Via: b.role(a.via), Parent: a.parent}
	if at.Type == "" {
		at.Type = whosaid.Indirect
	}
	if a.source != "" {
		src := &whosaid.Source{Role: *b.role(a.source), Kind: a.kind, Speaker: a.speaker, Title: a.title}
		if src.Speaker == "" && a.kind != whosaid.Pronoun {
			src.Speaker = a.source
		}
		if a.kind == whosaid.Anonymous {
			src.Description = a.source
		}
		at.Source = src
	}
	b.doc.Attributions = append(b.doc.Attributions, at)
	return b
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t.Add(9 * time.Hour)
}

func storeArticle(b *builder, outlet, published, title string) store.Article {
	m := article.Meta{Outlet: outlet, Title: title, Language: "en",
		URL: "https://" + strings.ToLower(strings.ReplaceAll(outlet, " ", "")) + ".example/" + b.doc.ID}
	if published != "" {
		m.Published = day(published)
	}
	if outlet == "" {
		m.URL = ""
	}
	return store.Article{Doc: b.doc, Meta: m}
}

func intp(i int) *int { return &i }

// Corpus is the fixed corpus of the suite: six articles of three outlets
// (and one without outlet or date) about the Iran talks and two
// Clintons, with named, titled, anonymous, organisation and pronoun
// sources, hedges, nesting and accents.
func Corpus() []store.Article {
	return []store.Article{
		storeArticle(newDoc("wire-1", "Iran's Foreign Minister Mohammad Javad Zarif said the nuclear talks in Vienna were close to a deal. "+
			"\"We are not there yet,\" Zarif told reporters. President Hassan Rouhani said sanctions must end. "+
			"A senior US administration official said Washington allegedly wanted more time.").
			add(attr{source: "Iran's Foreign Minister Mohammad Javad Zarif", cue: "said", content: "the nuclear talks in Vienna were close to a deal",
				kind: whosaid.Person, speaker: "Mohammad Javad Zarif", title: "Foreign Minister"}).
			add(attr{source: "Zarif", cue: "told", content: "\"We are not there yet,\"", kind: whosaid.Person,
				speaker: "Mohammad Javad Zarif", typ: whosaid.Direct, via: "told reporters"}).
			add(attr{source: "President Hassan Rouhani", cue: "said", content: "sanctions must end", kind: whosaid.Person,
				speaker: "Hassan Rouhani", title: "President"}).
			add(attr{source: "A senior US administration official", cue: "said", content: "Washington allegedly wanted more time",
				kind: whosaid.Anonymous, hedge: "allegedly"}),
			"Wire Service", "2015-07-01", "Zarif: talks close to a deal"),
		storeArticle(newDoc("wire-2", "Javad Zarif, the foreign minister, said Iran would keep enriching uranium. "+
			"Rouhani said the deal protects Iran. Reuters cited two senior US administration officials as saying the talks could fail.").
			add(attr{source: "Javad Zarif", cue: "said", content: "Iran would keep enriching uranium", kind: whosaid.Person,
				speaker: "Javad Zarif", title: "foreign minister"}).
			add(attr{source: "Rouhani", cue: "said", content: "the deal protects Iran", kind: whosaid.Person, speaker: "Rouhani"}).
			add(attr{source: "Reuters", cue: "cited", content: "two senior US administration officials as saying the talks could fail",
				kind: whosaid.Organization}).
			add(attr{source: "two senior US administration officials", cue: "as saying", content: "the talks could fail",
				kind: whosaid.Anonymous, parent: intp(2)}),
			"Wire Service", "2015-07-03", "Iran to keep enriching"),
		storeArticle(newDoc("daily-1", "Zarif, Iran's top diplomat, said Rouhani backed the négociations fully. "+
			"The State Department said the deadline stands. He said it was purportedly a misunderstanding.").
			add(attr{source: "Zarif", cue: "said", content: "Rouhani backed the négociations fully", kind: whosaid.Person,
				speaker: "Zarif", title: "Iran's top diplomat"}).
			add(attr{source: "The State Department", cue: "said", content: "the deadline stands", kind: whosaid.Organization,
				speaker: "State Department"}).
			add(attr{source: "He", cue: "said", content: "it was purportedly a misunderstanding", kind: whosaid.Pronoun,
				hedge: "purportedly"}),
			"Daily Courier", "2015-07-03", "Diplomat backs talks"),
		storeArticle(newDoc("daily-2", "Hillary Clinton, the former secretary of state, said the Iran deal deserved support. "+
			"Bill Clinton said his foundation would keep working in Haiti. "+
			"\"It is a good deal,\" Clinton said of the Iran agreement, citing Secretary John Kerry.").
			add(attr{source: "Hillary Clinton", cue: "said", content: "the Iran deal deserved support", kind: whosaid.Person,
				title: "secretary of state"}).
			add(attr{source: "Bill Clinton", cue: "said", content: "his foundation would keep working in Haiti", kind: whosaid.Person}).
			add(attr{source: "Clinton", cue: "said", content: "\"It is a good deal,\"", kind: whosaid.Person,
				speaker: "Hillary Clinton", typ: whosaid.Direct}),
			"Daily Courier", "2015-08-10", "Clintons on Iran and Haiti"),
		storeArticle(newDoc("post-1", "Clinton, campaigning for president, said Kerry had negotiated the Iran deal well. "+
			"Officials said the State Department would brief Congress. "+
			"\"Haiti needs help, and the foundation will give it,\" the former president Bill Clinton said.").
			add(attr{source: "Clinton", cue: "said", content: "Kerry had negotiated the Iran deal well", kind: whosaid.Person,
				title: "presidential candidate"}).
			add(attr{source: "Officials", cue: "said", content: "the State Department would brief Congress", kind: whosaid.Anonymous}).
			add(attr{source: "the former president Bill Clinton", cue: "said", content: "\"Haiti needs help, and the foundation will give it,\"",
				kind: whosaid.Person, speaker: "Bill Clinton", title: "former president", typ: whosaid.Mixed}),
			"Evening Post", "2015-09-02", "Clinton praises Kerry"),
		storeArticle(newDoc("undated", "According to officials, the talks resume Monday. Analysts said nothing was settled.").
			add(attr{source: "officials", cue: "According to", content: "the talks resume Monday", kind: whosaid.Anonymous}).
			add(attr{source: "Analysts", cue: "said", content: "nothing was settled", kind: whosaid.Anonymous}),
			"", "", ""),
	}
}
