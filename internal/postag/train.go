package postag

import (
	"math/rand/v2"

	"github.com/whosaid/whosaid/internal/model"
)

// trainOptions tune training; Train uses defaultOptions.
type trainOptions struct {
	epochs int
	runs   int // models, each on its own order of the data, averaged
	seed   uint64
	// A form goes into the tag dictionary if it occurs at least dictMin
	// times with one tag at least dictRatio of the time.
	dictMin   int
	dictRatio float64
	// Features updated fewer than minUpdates times in a run are dropped
	// (model.Trainer.Average); then at most maxFeatures are kept, those of
	// the largest weights, which keeps the model under 4 MB.
	minUpdates  int
	maxFeatures int
}

func defaultOptions(epochs int, seed uint64) trainOptions {
	return trainOptions{epochs: epochs, runs: 3, seed: seed, dictMin: 4, dictRatio: 0.995, minUpdates: 3, maxFeatures: 38000}
}

// Train learns a tagger from sentences. Forms seen at least 4 times, always
// with the same tag, go into the tag dictionary; the perceptron learns the
// rest in three runs of epochs passes each, every pass in another order
// drawn from seed, and the three are averaged. The same sentences, epochs
// and seed give the same tagger, bit for bit. On PolNeAR train (717,000
// tokens) 10 epochs take about 10 seconds.
func Train(sents []Sentence, epochs int, seed uint64) *Tagger {
	return train(sents, defaultOptions(epochs, seed))
}

func train(sents []Sentence, opt trainOptions) *Tagger {
	t := &Tagger{dict: buildDict(sents, opt.dictMin, opt.dictRatio)}
	// infos[k][i+2] describes token i of sentence k; two pads each side.
	infos := make([][]tokInfo, len(sents))
	for k, s := range sents {
		in := make([]tokInfo, len(s.Tokens)+4)
		in[0], in[1], in[len(in)-2], in[len(in)-1] = pad, pad, pad, pad
		for i, tok := range s.Tokens {
			in[i+2] = info(s.Src, tok, t.dict)
		}
		infos[k] = in
	}
	rng := rand.New(rand.NewPCG(opt.seed, 0x7a6761))
	var dense []*model.Dense
	for range max(opt.runs, 1) {
		tr := trainRun(sents, infos, opt, rng)
		dense = append(dense, tr.Average(opt.minUpdates, 0))
	}
	mean := model.Mean(dense...)
	mean.Keep(opt.maxFeatures)
	t.weights = mean.Quantize()
	return t
}

// trainRun makes opt.epochs passes over the sentences in orders drawn
// from rng.
func trainRun(sents []Sentence, infos [][]tokInfo, opt trainOptions, rng *rand.Rand) *model.Trainer {
	tr := model.NewTrainer(NumTags)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var (
		feats  [numFeats]uint64
		scores [NumTags]float32
	)
	for range opt.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			gold, in := sents[k].Tags, infos[k]
			p1, p2 := startTag, start2Tag
			for i := range gold {
				win := (*[5]tokInfo)(in[i : i+5])
				tag := gold[i]
				if win[2].known == 0 {
					features(&feats, win, p1, p2)
					tr.Score(feats[:], scores[:])
					tag = argmax(&scores)
					if tag != gold[i] {
						tr.Update(feats[:], int(gold[i]), 1)
						tr.Update(feats[:], int(tag), -1)
					}
					tr.Tick()
				} else {
					tag = win[2].known - 1
				}
				p2, p1 = p1, uint64(tag)
			}
		}
	}
	return tr
}

// buildDict maps each frequent form (as it is, case included) to its tag
// if it nearly always has that tag.
func buildDict(sents []Sentence, minCount int, minRatio float64) map[uint64]uint8 {
	counts := map[uint64]*[NumTags]int32{}
	for _, s := range sents {
		for i, tok := range s.Tokens {
			h := dictKey(s.Src[tok.Start:tok.End], tok.Kind, glue(s.Src, tok))
			c := counts[h]
			if c == nil {
				c = new([NumTags]int32)
				counts[h] = c
			}
			c[s.Tags[i]]++
		}
	}
	dict := map[uint64]uint8{}
	for h, c := range counts {
		var n, best int32
		var tag uint8
		for t, v := range c {
			n += v
			if v > best {
				best, tag = v, uint8(t)
			}
		}
		if int(n) >= minCount && float64(best) >= minRatio*float64(n) {
			dict[h] = tag
		}
	}
	return dict
}
