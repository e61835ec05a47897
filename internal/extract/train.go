package extract

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/whosaid/whosaid/internal/depparse"
	"github.com/whosaid/whosaid/internal/model"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// Gold is an annotated attribution as byte spans, the form of PolNeAR.
type Gold struct {
	Source, Cue, Content [][2]int
}

// Example is a document with its gold attributions.
type Example struct {
	ID           string
	Text         string
	Attributions []Gold
}

// TrainOptions tune training.
type TrainOptions struct {
	Epochs     int       // passes over the data
	Runs       int       // models trained on different orders, then averaged; 0 means 1
	Seed       uint64    // for the order of documents in each pass
	MinUpdates int       // prune features updated fewer times than this
	MinWeight  float32   // prune features whose averaged weights all stay below
	MaxCue     int       // keep at most this many cue features, the strongest; 0 for all
	MaxRole    int       // the same for the role labeller
	Log        io.Writer // progress, one line per pass; nil for none
}

// prepared is an example turned into token labels.
type prepared struct {
	d         *doc
	cueLabels []int // per token
	roles     []roleExample
	cueStarts []int32
}

type roleExample struct {
	cue    segment.Range
	win    segment.Range
	labels []int // per window token
}

// Train learns a model from examples. The result depends only on the
// examples and options: the same input gives the same model, bit for bit.
func Train(examples []Example, tagger *postag.Tagger, parser *depparse.Parser, opt TrainOptions) *Model {
	data := make([]*prepared, len(examples))
	for i, ex := range examples {
		data[i] = prepare(ex, tagger, parser)
	}
	var cues, roles []*model.Dense
	for r := range max(opt.Runs, 1) {
		cue, role := trainRun(data, opt, opt.Seed+uint64(r))
		cues, roles = append(cues, cue), append(roles, role)
	}
	cue, role := model.Mean(cues...), model.Mean(roles...)
	cue.Keep(opt.MaxCue)
	role.Keep(opt.MaxRole)
	return &Model{tagger: tagger, parser: parser, cue: cue.Quantize(), role: role.Quantize()}
}

// trainRun trains both labellers once, visiting documents in an order
// drawn from seed.
func trainRun(data []*prepared, opt TrainOptions, seed uint64) (cue, role *model.Dense) {
	cueT, roleT := model.NewTrainer(cueLabels), model.NewTrainer(roleLabels)
	rng := rand.New(rand.NewPCG(seed, 0x5a1d))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var s seq
	cueDec, roleDec := newDecoder(cueLabels), newDecoder(roleLabels)
	var pred []int
	for epoch := range opt.Epochs {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var cueErr, cueN, roleErr, roleN int
		for _, k := range order {
			p := data[k]
			for _, para := range p.d.seg.Paragraphs {
				p.d.paragraphSeq(&s, para)
				gold := p.cueLabels[para.Start:para.End]
				pred = cueDec.decode(cueT, &s, cueAllowed, pred)
				cueErr += countDiff(gold, pred)
				cueN += len(gold)
				update(cueT, &s, cueLabels, gold, pred)
				cueT.Tick()
			}
			for _, r := range p.roles {
				c := p.d.newRoleContext(r.cue, p.cueStarts)
				p.d.roleSeq(&s, c, r.win, true)
				pred = roleDec.decode(roleT, &s, roleAllowed(r.win, r.cue), pred)
				roleErr += countDiff(r.labels, pred)
				roleN += len(r.labels)
				update(roleT, &s, roleLabels, r.labels, pred)
				roleT.Tick()
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "run %d epoch %d: cue token error %.4f, role token error %.4f (%s)\n",
				seed-opt.Seed+1, epoch+1, float64(cueErr)/float64(max(cueN, 1)), float64(roleErr)/float64(max(roleN, 1)), time.Since(start).Round(time.Second))
		}
	}
	return cueT.Average(opt.MinUpdates, opt.MinWeight), roleT.Average(opt.MinUpdates, opt.MinWeight)
}

func countDiff(a, b []int) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

// prepare segments an example and labels its tokens from the gold spans.
// A token belongs to a role when it lies wholly inside one of its spans,
// the scorer's rule.
func prepare(ex Example, tagger *postag.Tagger, parser *depparse.Parser) *prepared {
	seg := segment.Segment(ex.Text)
	tags := tagger.Tag(seg, nil)
	heads, deps := parser.Parse(seg, tags, nil, nil)
	d := newDoc(seg, tags, heads, deps)
	p := &prepared{d: d, cueLabels: make([]int, d.n)}
	var cues []segment.Range
	var atts []Gold
	for _, a := range ex.Attributions {
		runs := tokenRuns(seg.Tokens, a.Cue)
		if len(runs) == 0 || len(tokenRuns(seg.Tokens, a.Content)) == 0 {
			continue
		}
		for _, r := range runs {
			p.cueLabels[r.Start] = cueB
			for i := r.Start + 1; i < r.End; i++ {
				p.cueLabels[i] = cueI
			}
		}
		cues = append(cues, runs[0])
		atts = append(atts, a)
	}
	p.cueStarts = cueStartCounts(d.n, cues)
	for k, a := range atts {
		cue := cues[k]
		win := d.window(cue, p.cueStarts)
		labels := make([]int, win.Len())
		mark := func(spans [][2]int, b, in int) {
			for _, r := range tokenRuns(seg.Tokens, spans) {
				for j := max(r.Start, win.Start); j < min(r.End, win.End); j++ {
					if j == r.Start || j == win.Start {
						labels[j-win.Start] = b
					} else {
						labels[j-win.Start] = in
					}
				}
			}
		}
		mark(a.Source, roleBS, roleIS)
		mark(a.Content, roleBC, roleIC)
		for j := cue.Start; j < cue.End; j++ {
			labels[j-win.Start] = roleK
		}
		// A role token right after the cue starts a new run: fix I after K.
		for t := 1; t < len(labels); t++ {
			if labels[t] == roleIS && labels[t-1] != roleBS && labels[t-1] != roleIS {
				labels[t] = roleBS
			}
			if labels[t] == roleIC && labels[t-1] != roleBC && labels[t-1] != roleIC {
				labels[t] = roleBC
			}
		}
		p.roles = append(p.roles, roleExample{cue: cue, win: win, labels: labels})
	}
	return p
}

// tokenRuns returns the maximal runs of consecutive tokens lying wholly
// inside spans.
func tokenRuns(toks []segment.Token, spans [][2]int) []segment.Range {
	var out []segment.Range
	for _, sp := range spans {
		i := lowerBound(toks, sp[0])
		for i < len(toks) && toks[i].End <= sp[1] {
			j := i
			for j < len(toks) && toks[j].End <= sp[1] {
				j++
			}
			if n := len(out); n > 0 && out[n-1].End == i {
				out[n-1].End = j
			} else {
				out = append(out, segment.Range{Start: i, End: j})
			}
			i = j
		}
	}
	return out
}

// lowerBound is the first token starting at or after pos.
func lowerBound(toks []segment.Token, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].Start < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
