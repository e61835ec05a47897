package resolve

// A pass is one step of the stage: it reads the state that the passes
// before it left and adds its own findings.
type pass struct {
	name string
	run  func(*doc)
}

// passes is the stage, in order. The order is part of the design, and
// each pass stands where it does, and only here, for the reason beside it
// (docs/RESOLVE.md tells what each brings):
//
//   - boilerplate: first, so that no relation whose cue lies in page
//     furniture is admitted, no rule recovers one there, and no name in it
//     is a speaker.
//   - datelines: after boilerplate, for a dateline opens the first
//     paragraphs that are neither title nor furniture; before admit, so
//     that no relation keeps a cue, source or content in it.
//   - admit: the extractor's relations come before any rule adds its own,
//     so that the rules defer to the learned extractor: they skip tokens
//     already in a cue and what would duplicate an attribution.
//   - admission: right after admit, so that no later pass completes,
//     counts or nests a relation that reports no speech of its source.
//   - object-ends: right after admission, before any pass compares or
//     extends contents, it cuts a noun-phrase content where an adverbial
//     clause begins.
//   - cue-phrases: after admission, before the adders, which skip
//     tokens already in a cue, it runs a cue over "in a statement".
//   - raised-subjects: before the passes that repair, fill or compare
//     sources, it takes a passive's subject ("is believed to") out of
//     the source and into the content.
//   - source-clauses: before the sources are completed or compared, it
//     cuts a source run back into the clause before it.
//   - passive-agents: before the sources are completed or compared, it
//     cuts the agent of a passive from what the source ran on into.
//   - repair-sources: completes the extractor's sources before recovery,
//     whose test for duplicates compares sources.
//   - fill-sources: likewise, and before recovery, which replaces an
//     attribution that still has no source.
//   - recover: adds what a reporting verb makes plain and the extractor
//     missed, first of the rules that add, because its evidence is the
//     plainest; each adder tests for duplicates of all found before it.
//   - signatures: the rules of page layout come after, a quotation signed
//     by a dash at the end of a line.
//   - transcripts: the turns of a transcript, last of the adders.
//   - quote-pieces: after the adders, so that the quote a paragraph
//     resumes goes to the speaker whatever rule found it, and a paragraph
//     with a cue of theirs is left alone; before order, for it may add
//     the attribution of a cue that ends its paragraph with a colon.
//   - order: puts the attributions in text order of their cues. No pass
//     after it adds one, and only sourceless removes any, before the
//     first index is set, so indexes (Parent, Speaker) are final once
//     set.
//   - implicit-sources: needs that order (it looks at the attribution
//     before in the sentence), and comes before speakers, because the
//     sources it lends must be resolved too.
//   - sourceless: after implicit-sources, the last pass that gives a
//     source, it drops what is still without one and reports with an
//     active verb; before nesting, which sets the first indexes.
//   - cue-adverbs: after implicit-sources and sourceless, which read the
//     token before a cue, it runs a cue back over its adverbs and modals.
//   - nested-contents: once the attributions are final, a content cut
//     where one nested in it begins runs on over it; before nesting,
//     which reads the contents.
//   - nesting: needs the final indexes.
//   - speakers: resolves every source, now that all are known, to a
//     referent of the document, and sets the source kinds.
//   - hedges: needs only the cues and contents.
//   - anonymity: needs the kinds, for it looks for the reason a source is
//     unnamed only when the source is anonymous.
//   - channels: needs the referents, for a name told something is an
//     outlet only when it is no person of the document.
//   - voice: last, for a sentence is in the outlet's voice only if no
//     attribution with a source touches it.
//
// It is a function, not a variable, so that no caller can change the
// stage for another.
func passes() []pass {
	return []pass{
		{"boilerplate", (*doc).findBoilerplate},
		{"datelines", (*doc).datelines},
		{"admit", (*doc).admit},
		{"admission", (*doc).admission},
		{"object-ends", (*doc).objectEnds},
		{"cue-phrases", (*doc).cuePhrases},
		{"raised-subjects", (*doc).raisedSubjects},
		{"source-clauses", (*doc).sourceClauses},
		{"passive-agents", (*doc).passiveAgents},
		{"repair-sources", (*doc).repairSources},
		{"fill-sources", (*doc).fillSources},
		{"recover", (*doc).recover},
		{"signatures", (*doc).signatures},
		{"transcripts", (*doc).transcriptTurns},
		{"quote-pieces", (*doc).quotePieces},
		{"order", (*doc).order},
		{"implicit-sources", (*doc).implicitSources},
		{"sourceless", (*doc).sourceless},
		{"cue-adverbs", (*doc).cueAdverbs},
		{"nested-contents", (*doc).nestedContents},
		{"nesting", (*doc).nesting},
		{"speakers", (*doc).findSpeakers},
		{"hedges", (*doc).hedges},
		{"anonymity", (*doc).anonymityReasons},
		{"channels", (*doc).channels},
		{"voice", (*doc).voice},
	}
}
