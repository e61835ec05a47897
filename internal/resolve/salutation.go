package resolve

// salutations marks the salutation that opens a letter to the editor
// ("Sir, –", "Madam, —", "Dear Editor,") as page furniture: it is no part
// of the sentence it stands before ("Sir, – Dr Ruth Kavanagh, the HSE's
// regional manager, told ..." had given the source "Sir, – Dr Ruth
// Kavanagh").
func (d *doc) salutations() {
	for _, p := range d.seg.Paragraphs {
		k := p.Start
		if k < p.End && d.low[k] == "dear" {
			k++
		}
		if k >= p.End || !salutationWord(d.low[k]) || !d.capitalized(k) {
			continue
		}
		j := k + 1
		if j+1 < p.End && d.text(j) == "/" && salutationWord(d.low[j+1]) {
			j += 2 // "Sir/Madam,"
		}
		if j >= p.End || d.text(j) != "," {
			continue
		}
		for j++; j < p.End && isDash(d.text(j)); j++ {
		}
		for t := p.Start; t < j; t++ {
			d.bp[t] = true
		}
	}
}

// salutation: token k is in a salutation salutations marked: furniture
// at the start of a paragraph that is not all furniture, and no dateline.
func (d *doc) salutation(k int) bool {
	p := d.seg.Paragraphs[d.seg.ParagraphOf[k]]
	return d.bp[k] && d.bp[p.Start] && !d.bp[p.End-1] && (k < d.dateline.Span.Start || k >= d.dateline.Span.End)
}

// salutationWord: the word a letter to the editor greets with.
func salutationWord(w string) bool {
	return w == "sir" || w == "madam" || w == "sirs" || w == "editor"
}
