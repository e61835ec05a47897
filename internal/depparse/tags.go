package depparse

import (
	"github.com/whosaid/whosaid/internal/postag"
)

// JackknifeTags returns a copy of sents whose Tags are those a tagger
// predicts, as the parser will see them, rather than the silver ones:
// the articles are dealt into folds, and each fold is tagged by a
// postag.Tagger trained (epochs passes, seed) on the other folds. A parser
// trained on such tags learns to live with the tagger's mistakes.
func JackknifeTags(sents []Sentence, folds, epochs int, seed uint64) []Sentence {
	out := make([]Sentence, len(sents))
	copy(out, sents)
	if folds < 2 {
		return out
	}
	fold := make([]int, len(sents))
	docs := map[string]int{}
	for k, s := range sents {
		d, ok := docs[s.Doc]
		if !ok {
			d = len(docs)
			docs[s.Doc] = d
		}
		fold[k] = d % folds
	}
	for f := range folds {
		var train []postag.Sentence
		for k, s := range sents {
			if fold[k] != f && len(s.Tags) == len(s.Tokens) {
				train = append(train, postag.Sentence{Doc: s.Doc, Src: s.Src, Tokens: s.Tokens, Tags: s.Tags})
			}
		}
		if len(train) == 0 {
			continue
		}
		tagger := postag.Train(train, epochs, seed+uint64(f))
		for k, s := range sents {
			if fold[k] == f {
				out[k].Tags = tagger.TagSentence(s.Src, s.Tokens, nil)
			}
		}
	}
	return out
}

// Retag returns a copy of sents with the tags of tagger, which tags each
// sentence as a whole.
func Retag(sents []Sentence, tagger *postag.Tagger) []Sentence {
	out := make([]Sentence, len(sents))
	copy(out, sents)
	for k, s := range sents {
		out[k].Tags = tagger.TagSentence(s.Src, s.Tokens, nil)
	}
	return out
}
