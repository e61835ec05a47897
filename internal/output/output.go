// Package output writes extracted documents: as JSON Lines, one object per
// document, or as a listing for people to read.
package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/ingest"
)

// Format is an output format.
type Format int

// The output formats.
const (
	JSON Format = iota // JSON Lines, one object per document
	Text               // a readable listing
)

// ParseFormat reads a format name: "json" or "text".
func ParseFormat(s string) (Format, error) {
	switch s {
	case "json", "jsonl":
		return JSON, nil
	case "text":
		return Text, nil
	}
	return 0, fmt.Errorf("unknown format %q (want json or text)", s)
}

// String returns the name of the format.
func (f Format) String() string {
	if f == Text {
		return "text"
	}
	return "json"
}

// Writer writes documents in one format to a buffered stream. It is not
// safe for concurrent use. Call Flush at the end.
type Writer struct {
	w      *bufio.Writer
	format Format
	buf    bytes.Buffer  // the record being built
	val    bytes.Buffer  // one JSON value being encoded
	enc    *json.Encoder // into val, without HTML escaping
}

// NewWriter returns a Writer of format f on w.
func NewWriter(w io.Writer, f Format) *Writer {
	x := &Writer{w: bufio.NewWriterSize(w, 64<<10), format: f}
	x.enc = json.NewEncoder(&x.val)
	x.enc.SetEscapeHTML(false)
	return x
}

// Write writes one document: the input d with the extraction result res.
func (x *Writer) Write(d *ingest.Doc, res *whosaid.Document) error {
	x.buf.Reset()
	var err error
	if x.format == Text {
		writeText(&x.buf, d, res)
	} else {
		err = x.writeJSON(d, res)
	}
	if err != nil {
		return err
	}
	_, err = x.w.Write(x.buf.Bytes())
	return err
}

// Flush writes out what is buffered.
func (x *Writer) Flush() error { return x.w.Flush() }

// writeJSON builds the object by hand, so that the fields passed through
// keep their input order: "id", the fields of the input in order, "text"
// when the input did not carry it, then "attributions".
func (x *Writer) writeJSON(d *ingest.Doc, res *whosaid.Document) error {
	b := &x.buf
	b.WriteString(`{"id":`)
	if err := x.value(d.ID); err != nil {
		return err
	}
	for _, f := range d.Extra {
		if f.Name == "id" || f.Name == "attributions" {
			continue // written by us
		}
		b.WriteByte(',')
		if err := x.value(f.Name); err != nil {
			return err
		}
		b.WriteByte(':')
		if f.Name == "text" {
			// The text the spans index, encoded anew: the same string as
			// the input's, but in one canonical spelling.
			if err := x.value(d.Text); err != nil {
				return err
			}
			continue
		}
		if err := x.raw(f.Name, f.Value); err != nil {
			return err
		}
	}
	if !d.TextGiven {
		b.WriteString(`,"text":`)
		if err := x.value(d.Text); err != nil {
			return err
		}
	}
	if err := x.meta(d); err != nil {
		return err
	}
	b.WriteString(`,"attributions":`)
	var attrs []whosaid.Attribution
	if res != nil {
		attrs = res.Attributions
	}
	if attrs == nil {
		attrs = []whosaid.Attribution{}
	}
	if err := x.value(attrs); err != nil {
		return err
	}
	if res != nil {
		// What the resolve stage says of the document, when there is any.
		for _, f := range []struct {
			name  string
			v     any
			empty bool
		}{
			{"title", res.Title, res.Title == nil},
			{"dateline", res.Dateline, res.Dateline == nil},
			{"boilerplate", res.Boilerplate, len(res.Boilerplate) == 0},
			{"unattributed", res.Unattributed, len(res.Unattributed) == 0},
			{"speakers", res.Speakers, len(res.Speakers) == 0},
		} {
			if f.empty {
				continue
			}
			b.WriteString(`,"` + f.name + `":`)
			if err := x.value(f.v); err != nil {
				return err
			}
		}
	}
	b.WriteString("}\n")
	return nil
}

// meta appends the "meta" object of a document that did not come as JSON
// (a JSON Lines object's own fields are passed through instead), when
// anything is known.
func (x *Writer) meta(d *ingest.Doc) error {
	if d.TextGiven || d.Meta == (article.Meta{}) {
		return nil
	}
	x.buf.WriteString(`,"meta":`)
	return x.value(d.Meta)
}

// WriteDuplicate writes a document whose text is the same as that of the
// document firstID, written before: its ID, its input fields but the
// text, its meta and "duplicate_of", without text or attributions (they
// are those of firstID).
func (x *Writer) WriteDuplicate(d *ingest.Doc, firstID string) error {
	x.buf.Reset()
	b := &x.buf
	if x.format == Text {
		fmt.Fprintf(b, "%s (duplicate of %s)\n", oneLine(d.ID, 0), oneLine(firstID, 0))
		if line := metaLine(d.Meta); line != "" {
			fmt.Fprintf(b, "  %s\n", line)
		}
		b.WriteByte('\n')
	} else {
		b.WriteString(`{"id":`)
		if err := x.value(d.ID); err != nil {
			return err
		}
		for _, f := range d.Extra {
			if f.Name == "id" || f.Name == "attributions" || f.Name == "text" || f.Name == "duplicate_of" {
				continue
			}
			b.WriteByte(',')
			if err := x.value(f.Name); err != nil {
				return err
			}
			b.WriteByte(':')
			if err := x.raw(f.Name, f.Value); err != nil {
				return err
			}
		}
		if err := x.meta(d); err != nil {
			return err
		}
		b.WriteString(`,"duplicate_of":`)
		if err := x.value(firstID); err != nil {
			return err
		}
		b.WriteString("}\n")
	}
	_, err := x.w.Write(b.Bytes())
	return err
}

// metaLine renders what is known of a document's origin on one line.
func metaLine(m article.Meta) string {
	var parts []string
	add := func(label, v string) {
		if v != "" {
			parts = append(parts, label+": "+oneLine(v, 100))
		}
	}
	add("outlet", m.Outlet)
	if !m.Published.IsZero() {
		add("published", m.Published.Format("2006-01-02 15:04 MST"))
	}
	add("author", m.Author)
	add("url", m.URL)
	if m.Partial {
		parts = append(parts, "partial text")
	}
	return strings.Join(parts, "; ")
}

// value appends v as JSON, without HTML escaping.
func (x *Writer) value(v any) error {
	x.val.Reset()
	if err := x.enc.Encode(v); err != nil {
		return err
	}
	x.buf.Write(bytes.TrimSuffix(x.val.Bytes(), []byte{'\n'}))
	return nil
}

// raw appends a passthrough value as it came, made one line if needed.
func (x *Writer) raw(name string, v json.RawMessage) error {
	if !json.Valid(v) {
		return fmt.Errorf("field %q: invalid JSON value", name)
	}
	if bytes.ContainsAny(v, "\r\n") {
		x.val.Reset()
		if err := json.Compact(&x.val, v); err != nil {
			return err
		}
		v = x.val.Bytes()
	}
	x.buf.Write(v)
	return nil
}

// ContentRunes is how much of a content the text listing shows.
const ContentRunes = 120

// writeText writes a header line with the ID, then one line per
// attribution, nested ones indented under their parent,
//
//	[anonymous] A former official — claimed — "Iran has put feelers out…" (direct; hedge: claimed; via: told Reuters)
//
// then a summary: named and anonymous sources, hedges, the title, the
// boilerplate and the sentences in the outlet's own voice.
func writeText(b *bytes.Buffer, d *ingest.Doc, res *whosaid.Document) {
	var attrs []whosaid.Attribution
	if res != nil {
		attrs = res.Attributions
	}
	fmt.Fprintf(b, "%s (%d %s)\n", oneLine(d.ID, 0), len(attrs), plural(len(attrs), "attribution"))
	if line := metaLine(d.Meta); line != "" && !d.TextGiven {
		fmt.Fprintf(b, "  %s\n", line)
	}
	for i, a := range attrs {
		kind, source := "no source", "(no source)"
		if a.Source != nil {
			source = oneLine(a.Source.Text, 60)
			if a.Source.Speaker != "" && !strings.EqualFold(a.Source.Speaker, a.Source.Text) {
				source = oneLine(a.Source.Speaker, 60) + " (" + source + ")"
			}
			if a.Implicit {
				source += " (implicit)"
			}
			kind = string(a.Source.Kind)
			if kind == "" {
				kind = "?"
			}
		}
		cue := "(no cue)"
		if a.Cue != nil {
			cue = oneLine(a.Cue.Text, 60)
		}
		content := "(no content)"
		if a.Content != nil {
			content = quote(oneLine(a.Content.Text, ContentRunes))
		}
		typ := string(a.Type)
		if typ == "" {
			typ = "?"
		}
		notes := []string{typ}
		if a.Hedge != nil {
			notes = append(notes, "hedge: "+oneLine(a.Hedge.Text, 30))
		}
		if a.Via != nil {
			notes = append(notes, "via: "+oneLine(a.Via.Text, 60))
		}
		if a.Source != nil && a.Source.AnonymityReason != nil {
			notes = append(notes, "unnamed: "+oneLine(a.Source.AnonymityReason.Text, 60))
		}
		indent := "  " + strings.Repeat("  ", depth(attrs, i))
		fmt.Fprintf(b, "%s[%s] %s — %s — %s (%s)\n", indent, kind, source, cue, content, strings.Join(notes, "; "))
	}
	if res != nil {
		writeSummary(b, res)
	}
	b.WriteByte('\n')
}

// depth is how many parents attribution i has (cycles cut).
func depth(attrs []whosaid.Attribution, i int) int {
	n := 0
	for p := attrs[i].Parent; p != nil && *p >= 0 && *p < len(attrs) && n < 8; p = attrs[*p].Parent {
		n++
	}
	return n
}

// writeSummary writes the document's summary lines, each "  label: ...".
func writeSummary(b *bytes.Buffer, res *whosaid.Document) {
	if res.Title != nil {
		fmt.Fprintf(b, "  title: %s\n", oneLine(res.Title.Text, ContentRunes))
	}
	if res.Dateline != nil {
		fmt.Fprintf(b, "  dateline: %s\n", oneLine(res.Dateline.Text, 80))
	}
	if len(res.Attributions) > 0 {
		var sourced, named, anonymous, hedged int
		for _, a := range res.Attributions {
			if a.Hedge != nil {
				hedged++
			}
			if a.Source == nil {
				continue
			}
			sourced++
			switch a.Source.Kind {
			case whosaid.Person, whosaid.Organization:
				named++
			case whosaid.Anonymous:
				anonymous++
			}
		}
		fmt.Fprintf(b, "  sources: %d named (%s), %d anonymous (%s), %d other, %d without source; %d hedged; %d unattributed %s\n",
			named, percent(named, sourced), anonymous, percent(anonymous, sourced), sourced-named-anonymous,
			len(res.Attributions)-sourced, hedged, len(res.Unattributed), plural(len(res.Unattributed), "sentence"))
	}
	for _, s := range res.Speakers {
		title := ""
		if s.Title != "" {
			title = ", " + oneLine(s.Title, 60)
		}
		fmt.Fprintf(b, "  speaker: %s (%s%s): %d %s, %d %s\n", oneLine(s.Name, 80), s.Kind, title,
			s.Attributions, plural(s.Attributions, "attribution"), len(s.Mentions), plural(len(s.Mentions), "mention"))
	}
	for _, u := range res.Unattributed {
		fmt.Fprintf(b, "  unattributed: %s\n", quote(oneLine(u.Text, ContentRunes)))
	}
	for _, x := range res.Boilerplate {
		fmt.Fprintf(b, "  boilerplate: %s\n", quote(oneLine(x.Text, 80)))
	}
}

// percent is n/of as a whole percentage.
func percent(n, of int) string {
	if of == 0 {
		return "0%"
	}
	return fmt.Sprintf("%d%%", (100*n+of/2)/of)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// oneLine folds runs of white space into one space and cuts s to at most
// limit runes, ending the cut with "…"; limit 0 means no cut.
func oneLine(s string, limit int) string {
	s = strings.Join(strings.Fields(s), " ")
	if limit <= 0 || utf8.RuneCountInString(s) <= limit {
		return s
	}
	n := 0
	for i := range s {
		if n == limit-1 {
			return strings.TrimRightFunc(s[:i], unicode.IsSpace) + "…"
		}
		n++
	}
	return s
}

// quote puts the content in double quotes unless it already starts with
// a quotation mark, as a direct quotation does.
func quote(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '“', '„', '«', '»', '‘', '\'', '‚', '‹', '「', '『':
		return s
	}
	return `"` + s + `"`
}
