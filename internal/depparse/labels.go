package depparse

// Label ids. The parser predicts a reduced version of the Universal
// Dependencies v1 labels that CoreNLP writes: what the extractor needs to
// find a reporting verb's source and content, and the frequent relations
// that shape the rest of the tree. LabelOf gives the mapping.
const (
	Dep       uint8 = iota // anything else: dep, expl, mwe, discourse, compound:prt
	Root                   // the head of a sentence
	Nsubj                  // nsubj, nsubjpass, csubj, csubjpass
	Dobj                   // dobj, iobj
	Ccomp                  // clausal complement: "said [that he would go]"
	Xcomp                  // open clausal complement: "wants [to go]"
	Advcl                  // adverbial clause
	Parataxis              // "he would go, [he said]"
	Nmod                   // nmod and nmod:poss, nmod:tmod, nmod:npmod
	Case                   // a preposition or possessive 's under its nmod
	Mark                   // "that", "to", "because" under a clause
	Conj                   // a conjunct under the first one
	Cc                     // cc, cc:preconj
	Punct                  // punctuation
	Compound               // compound
	Amod                   // amod
	Det                    // det, det:predet
	Nummod                 // nummod
	Appos                  // appos
	Acl                    // acl, acl:relcl
	Advmod                 // advmod
	Aux                    // aux, auxpass
	Cop                    // cop
	Neg                    // neg
	Goeswith               // a later piece of a CoreNLP token that is several of ours ("U.S.")

	// NumLabels is the number of labels; ids run from 0 to NumLabels-1.
	NumLabels = int(iota)
)

var labelNames = [NumLabels]string{
	"dep", "root", "nsubj", "dobj", "ccomp", "xcomp", "advcl", "parataxis", "nmod", "case",
	"mark", "conj", "cc", "punct", "compound", "amod", "det", "nummod", "appos", "acl",
	"advmod", "aux", "cop", "neg", "goeswith",
}

// LabelName is the name of label id, such as "nsubj", or "" if id is not a
// label.
func LabelName(id uint8) string {
	if int(id) >= NumLabels {
		return ""
	}
	return labelNames[id]
}

// LabelID is the id of a label name of the reduced set ("nsubj", not
// "nsubjpass": see LabelOf for those).
func LabelID(name string) (uint8, bool) {
	for id, n := range labelNames {
		if n == name {
			return uint8(id), true
		}
	}
	return 0, false
}

// fullLabels maps the CoreNLP (UD v1) labels onto the reduced set.
var fullLabels = map[string]uint8{
	"root": Root, "dep": Dep, "expl": Dep, "mwe": Dep, "discourse": Dep, "compound:prt": Dep,
	"nsubj": Nsubj, "nsubjpass": Nsubj, "csubj": Nsubj, "csubjpass": Nsubj,
	"dobj": Dobj, "iobj": Dobj, "ccomp": Ccomp, "xcomp": Xcomp, "advcl": Advcl, "parataxis": Parataxis,
	"nmod": Nmod, "nmod:poss": Nmod, "nmod:tmod": Nmod, "nmod:npmod": Nmod, "case": Case,
	"mark": Mark, "conj": Conj, "cc": Cc, "cc:preconj": Cc, "punct": Punct, "compound": Compound,
	"amod": Amod, "det": Det, "det:predet": Det, "nummod": Nummod, "appos": Appos,
	"acl": Acl, "acl:relcl": Acl, "advmod": Advmod, "aux": Aux, "auxpass": Aux, "cop": Cop,
	"neg": Neg, "goeswith": Goeswith,
}

// LabelOf maps a CoreNLP Universal Dependencies v1 label, such as
// "nsubjpass" or "nmod:poss", to its reduced label; unknown labels and
// the rarer ones become Dep.
func LabelOf(ud string) uint8 {
	if id, ok := fullLabels[ud]; ok {
		return id
	}
	return Dep
}
