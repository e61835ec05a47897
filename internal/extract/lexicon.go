package extract

import (
	"github.com/whosaid/whosaid/internal/feature"
	"github.com/whosaid/whosaid/internal/lexicon"
)

// Speech classes of words (package lexicon), as features of the cue
// tagger: the values are part of the trained model.
const (
	lexNone          = uint8(lexicon.NoSpeech)
	lexCommunication = uint8(lexicon.Communication)
	lexCognition     = uint8(lexicon.Cognition)
	lexSpeechNoun    = uint8(lexicon.SpeechNoun)
	lexEvidential    = uint8(lexicon.Evidential)
)

// lexClass maps the hash of a lower-cased word form to its speech class,
// so that the tagger looks a token up by the hash it already has.
var lexClass = func() map[uint64]uint8 {
	forms := lexicon.SpeechForms()
	m := make(map[uint64]uint8, len(forms))
	for f, class := range forms {
		m[feature.HashLower(f)] = uint8(class)
	}
	return m
}()
