package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/segment"
)

// maxBylineParagraphs is how many paragraphs from the top a byline may
// stand in: after the title, a kicker or a standfirst.
const maxBylineParagraphs = 4

// bylineName is the name of the one writer a byline at the top of the
// text gives ("By Euan Grierson, Political Correspondent", "By Adaeze
// Okonkwo | May 16, 2021", or a line of the name alone: "Dr Aoife
// Brennan"): its name words, two or more. ok is false when there is no
// byline, or it names several writers ("By Anke Steinmeier and Pieter de
// Graaf"), whose "I" no reader could tell apart.
func (d *doc) bylineName() (name []int, ok bool) {
	for pi, p := range d.seg.Paragraphs {
		if pi >= maxBylineParagraphs {
			break
		}
		by := d.text(p.Start) == "By"
		k := p.Start
		if by {
			k++
		}
		honorific := k < p.End && lexicon.Honorifics.Has(d.low[k])
		name = name[:0]
		for k < p.End && (d.nameTok(k) || d.skipTok(k) || d.particle(k)) {
			if !d.skipTok(k) && !lexicon.Honorifics.Has(d.low[k]) {
				name = append(name, k)
			}
			k++
		}
		if len(name) < 2 {
			continue
		}
		if !by {
			// A line of a name alone ("Dr Aoife Brennan"), a person's
			// by an honorific or a first name.
			if k < p.End || !honorific && d.firstName(name[0]) == firstname.Unknown {
				continue
			}
		}
		if k < p.End && (d.low[k] == "and" || d.low[k] == "&") {
			return nil, false
		}
		return name, true
	}
	return nil, false
}

// writerEntity is the entity of the document's writer, named by its
// byline, else by the metadata's author, made at the first "I" that
// needs it; None when neither names one writer.
func (d *doc) writerEntity() int {
	if d.ents.writer != 0 {
		return d.ents.writer - 1
	}
	d.ents.writer = None + 1
	id := None
	if name, ok := d.bylineName(); ok {
		run := segment.Range{Start: name[0], End: name[len(name)-1] + 1}
		id = d.personEntity(run, nil, name)
	} else if name := writerName(d.metaAuthor); name != "" {
		id = d.ents.namedOrAdd(&entity{name: name, kind: Person, last: lower(name[strings.LastIndexByte(name, ' ')+1:]), first: d.n})
	}
	d.ents.writer = id + 1
	return id
}

// writerName is the one person's name that a metadata author holds:
// "By Jane Doe, Staff Writer" is Jane Doe; "" for a body ("Reuters",
// "CNN Staff" is one word of a name), an address, or several writers
// ("Jane Doe and John Roe").
func writerName(author string) string {
	a := strings.TrimSpace(author)
	if i := strings.IndexAny(a, ",|;(\n"); i >= 0 {
		a = a[:i] // "Rachael Link; MS; RD", "Tanza Loudenback, Business Insider"
	}
	if i := strings.LastIndex(strings.ToLower(a), "by "); i == 0 || i > 0 && a[i-1] == ' ' {
		a = a[i+3:] // "By Jane Doe", "Analysis by Chris Cillizza"
	}
	if strings.ContainsAny(a, "@/0123456789&") || strings.Contains(a, " and ") {
		return ""
	}
	words := strings.Fields(a)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		switch lw := lower(w); {
		case lexicon.OrgNouns.Has(lw), lexicon.NewsAgencies.Has(lw), lexicon.MediaWords.Has(lw), lexicon.DocNouns.Has(lw),
			lw == "staff", lw == "the", lw == "editorial", lw == "desk", lw == "team":
			return "" // "The Associated Press", "Staff Reports", "CNN Staff"
		}
	}
	return strings.Join(words, " ")
}

// selfEntity is the entity of the text's own first person of kind k
// (writerKind): the writer for Person, the outlet for Organization, else
// None.
func (d *doc) selfEntity(k Kind) int {
	switch k {
	case Person:
		return d.writerEntity()
	case Organization:
		return d.outletEntity()
	}
	return None
}

// outletEntity is the entity of the publication the metadata names, the
// speaker of the text's own "we" ("We found the keyboard quieter"), made
// at the first "we" that needs it; None when the metadata names none.
func (d *doc) outletEntity() int {
	if d.ents.outlet != 0 {
		return d.ents.outlet - 1
	}
	id := None
	if name := strings.TrimSpace(d.metaOutlet); name != "" {
		id = d.ents.namedOrAdd(&entity{name: name, kind: Organization, first: d.n})
	}
	d.ents.outlet = id + 1
	return id
}
