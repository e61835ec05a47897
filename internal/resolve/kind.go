package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// properRun is the run of capitalized words (brackets allowed) that ends
// at token e, stopping after a possessive ("Iran's Foreign Ministry": the
// run of "Ministry" is "Foreign Ministry"). It crosses "of" after a title
// word: "Secretary of State Rex Tillerson".
func (d *doc) properRun(e, lo int) segment.Range {
	s := e + 1
	for k := e; k >= lo; k-- {
		switch {
		case d.skipTok(k):
			continue
		case d.nameTok(k):
			if k < e && d.possessive(k) {
				return segment.Range{Start: s, End: e + 1}
			}
			s = k
			continue
		case d.low[k] == "of" && k-1 >= lo && d.nameTok(k-1) && lexicon.TitleWords.Has(d.low[k-1]):
			continue
		}
		break
	}
	for s <= e && d.skipTok(s) {
		s++
	}
	return segment.Range{Start: s, End: e + 1}
}

// nameTok: a capitalized word that can be part of a name or title.
func (d *doc) nameTok(k int) bool {
	if d.seg.Tokens[k].Kind != segment.Word || !d.capitalized(k) {
		return false
	}
	switch d.tags[k] {
	case postag.DT, postag.PRP, postag.PRPS, postag.IN, postag.CC, postag.WP, postag.WDT, postag.WRB, postag.EX, postag.MD:
		return false
	}
	return !postag.IsVerb(d.tags[k]) || d.tags[k] == postag.VBN
}

// splitName splits a proper run into title words and name words (token
// indices, brackets left out).
func (d *doc) splitName(run segment.Range) (title, name []int) {
	var toks []int
	for k := run.Start; k < run.End; k++ {
		if !d.skipTok(k) {
			toks = append(toks, k)
		}
	}
	last := -1
	for i, k := range toks {
		if lexicon.TitleWords.Has(d.word(k)) {
			last = i
		}
	}
	cut := last + 1
	if cut < len(toks) && d.low[toks[cut]] == "of" {
		cut += 2 // "of State"
		for cut < len(toks)-2 {
			cut++
		}
	}
	cut = min(cut, len(toks))
	return toks[:cut], toks[cut:]
}

// joinWords writes token words with single spaces, possessives cut.
func (d *doc) joinWords(toks []int) string {
	var b strings.Builder
	for i, k := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		t := d.text(k)
		if d.possessive(k) {
			t = t[:len(t)-len(d.low[k])+len(d.word(k))]
		}
		b.WriteString(t)
	}
	return b.String()
}

// properKind classifies the name words of a proper run.
func (d *doc) properKind(name []int) Kind {
	if len(name) == 0 {
		return ""
	}
	var words []string
	for _, k := range name {
		w := d.word(k)
		if lexicon.OrgNouns.Has(w) || lexicon.NewsAgencies.Has(w) || lexicon.StateNameWords.Has(w) {
			return Organization
		}
		words = append(words, w)
	}
	if lexicon.Places.Has(strings.Join(words, " ")) || (len(name) == 1 && lexicon.Places.Has(words[0])) {
		return Organization
	}
	if len(name) <= 2 && lexicon.Places.Has(words[len(words)-1]) && !d.personLike(name) {
		return Organization
	}
	if len(name) == 1 {
		t := d.text(name[0])
		if len(t) >= 2 && strings.ToUpper(t) == t && strings.ToLower(t) != t {
			return Organization // an acronym: NATO, FBI
		}
	}
	return Person
}

// personLike: the first name word is preceded by an honorific or title.
func (d *doc) personLike(name []int) bool {
	k := name[0] - 1
	for k >= 0 && d.skipTok(k) {
		k--
	}
	return k >= 0 && (lexicon.Honorifics.Has(d.low[k]) || lexicon.TitleWords.Has(d.word(k)))
}

// commonKind classifies a source headed by a common noun.
func commonKind(head string) Kind {
	if lexicon.OrgNouns.Has(head) || lexicon.DocNouns.Has(head) {
		return Organization
	}
	return Anonymous
}
