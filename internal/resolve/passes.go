package resolve

// A pass is one step of the stage: it reads the state that the passes
// before it left and adds its own findings.
type pass struct {
	name string
	run  func(*doc)
}

// passes is the stage, in order. The order is part of the design, and
// each pass is here, and only here, for the reason beside it:
//
//   - boilerplate comes first: no relation whose cue lies in page
//     furniture is admitted, no rule recovers one there, and names in it
//     are no speakers.
//   - admit takes the extractor's relations before any rule adds its own,
//     so that the rules defer to the learned extractor: they skip tokens
//     already in a cue and what would duplicate an attribution.
//   - repair-sources and fill-sources complete the extractor's sources
//     before recovery, whose test for duplicates compares sources and
//     which replaces an attribution that still has none.
//   - recover, then signatures, then transcripts add what the extractor
//     missed; each tests for duplicates against everything found before
//     it, so the rule of the plainest evidence (a reporting verb) goes
//     first, the rules of page layout after.
//   - order puts the attributions in text order of their cues. No pass
//     after it adds or removes one, so indexes (Parent, Speaker) are
//     final from here on.
//   - implicit-sources needs that order (it looks at the attribution
//     before in the sentence) and comes before speakers, because the
//     sources it lends must be resolved too.
//   - nesting needs the final indexes.
//   - speakers resolves every source, now that all are known, to a
//     referent of the document, and sets the source kinds.
//   - hedges needs only the cues and contents.
//   - anonymity needs the kinds: it looks for the reason a source is
//     unnamed only when the source is anonymous.
//   - channels needs the referents: a name told something is an outlet
//     only when it is no person of the document.
//   - voice comes last: a sentence is in the outlet's voice only if no
//     attribution with a source touches it.
//
// It is a function, not a variable, so that no caller can change the
// stage for another.
func passes() []pass {
	return []pass{
		{"boilerplate", (*doc).findBoilerplate},
		{"admit", (*doc).admit},
		{"repair-sources", (*doc).repairSources},
		{"fill-sources", (*doc).fillSources},
		{"recover", (*doc).recover},
		{"signatures", (*doc).signatures},
		{"transcripts", (*doc).transcriptTurns},
		{"order", (*doc).order},
		{"implicit-sources", (*doc).implicitSources},
		{"nesting", (*doc).nesting},
		{"speakers", (*doc).findSpeakers},
		{"hedges", (*doc).hedges},
		{"anonymity", (*doc).anonymityReasons},
		{"channels", (*doc).channels},
		{"voice", (*doc).voice},
	}
}
