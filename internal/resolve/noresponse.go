package resolve

import (
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// noResponse is the attribution of a subject that did not answer the
// press, the verb at token i ("The department did not respond to
// requests for comment", "Ashcombe's agent has not returned calls",
// "Helixor did not immediately reply to an email"): news reports it as
// the subject's word, and PolNeAR's readers and ours mark it so. The
// cue runs from the auxiliary's negation to the verb and its "to", the
// content is the request, and the source the subject before the
// auxiliary; nil when the verb is not so.
func (d *doc) noResponse(i int) *Attribution {
	sen := d.sentence(i)
	w := d.low[i]
	k := i - 1
	if k > sen.Start && d.low[k] == "immediately" {
		k--
	}
	if k <= sen.Start {
		return nil
	}
	aux := k - 1
	switch d.low[k] {
	case "not", "n't", "never":
	case "didn't", "doesn't", "hasn't", "haven't", "hadn't", "couldn't":
		aux = k // one token (lower writes "’" as "'")
	default:
		return nil
	}
	if aux != k {
		switch d.low[aux] {
		case "did", "does", "do", "has", "have", "had", "could", "would":
		default:
			return nil
		}
	}
	c := i + 1
	if w != "return" && w != "returned" {
		if c >= sen.End || d.low[c] != "to" {
			return nil
		}
		c++
	}
	e := d.npRight(c, sen.End)
	if e <= c || !d.requestWithin(c, e) || !d.pressAsked(e, sen.End) {
		return nil // not "did not respond to calls for an inquiry", "to the union's request for a pay rise"
	}
	// "requests for comment", "questions about the layoffs", "queries
	// seeking to confirm their address": what the request asked runs to
	// the clause's end.
	if e < sen.End && complementOpener(d.low[e]) {
		for e < sen.End && !d.isPunct(e) {
			e++
		}
	}
	j := aux - 1
	if j < sen.Start || !d.nounish(j) || d.inCue[j] {
		return nil
	}
	start := j
	if d.tags[j] != postag.PRP {
		start = d.npLeft(j, sen.Start)
	}
	if start > j {
		return nil
	}
	cueEnd := i + 1
	if w != "return" && w != "returned" {
		cueEnd = i + 2
	}
	return &Attribution{
		Source:  []segment.Range{{Start: start, End: j + 1}},
		Cue:     []segment.Range{{Start: aux, End: cueEnd}},
		Content: []segment.Range{{Start: cueEnd, End: e}},
	}
}

// complementOpener opens what a request to the press asked.
func complementOpener(w string) bool {
	switch w {
	case "for", "seeking", "asking", "to", "about", "on", "regarding", "from":
		return true
	}
	return false
}

// pressAsked: what follows a request's noun at token k, before end, is
// what the press asks for ("for comment", "for an interview", "to
// comment", "seeking comment"), or nothing of a request's ("questions
// about the layoffs", "requests on Tuesday"): not "calls for an
// inquiry", "a request for a pay rise".
func (d *doc) pressAsked(k, end int) bool {
	if k >= end {
		return true
	}
	next := func(n int) string {
		if k+n < end {
			return d.word(k + n)
		}
		return ""
	}
	switch d.low[k] {
	case "for":
		w := next(1)
		if w == "a" || w == "an" || w == "the" || w == "further" {
			w = next(2)
		}
		switch w {
		case "comment", "comments", "interview", "statement", "clarification", "information", "details", "reaction", "response":
			return true
		}
		return false
	case "to":
		switch next(1) {
		case "comment", "speak", "talk", "discuss", "confirm", "respond", "explain":
			return true
		}
		return false
	}
	return true
}

// requestWithin: a noun of a request to the press lies in tokens [s, e).
func (d *doc) requestWithin(s, e int) bool {
	for k := s; k < e; k++ {
		if requestNoun(d.word(k)) {
			return true
		}
	}
	return false
}

// requestNoun: a request to the press ("requests", "calls", "an email",
// "messages", "questions").
func requestNoun(w string) bool {
	switch w {
	case "request", "requests", "call", "calls", "email", "emails", "e-mail", "e-mails", "message", "messages",
		"inquiry", "inquiries", "enquiry", "enquiries", "question", "questions", "queries", "query", "voicemail", "voicemails":
		return true
	}
	return false
}
