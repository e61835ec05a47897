package web

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid"
)

// articleView is an article laid out for reading: its text as tokens with
// every role marked, the details of each attribution, and the side panel.
type articleView struct {
	Heading string
	Tokens  []tokenView
	// Dropped counts the spans that could not be shown (outside the
	// text, or cutting a character): a stored document that does not fit
	// its text.
	Dropped      int
	Attributions []attrView
	Speakers     []speakerGroup
	Stats        articleStats
}

// tokenView is a layout token with what the template writes for it.
type tokenView struct {
	Open  bool   // the start of an element
	Close bool   // the end of one
	Text  string // of a text run
	Tag   string // "p", "a" or "span"
	Class string
	ID    string // of the first piece of a link: the target of "back to text"
	Href  string
	Attr  string // data-a: the attribution number, 1-based; empty for none
	Title string // the tooltip: the attribution, its speaker and the role
}

// attrView is one attribution as the details list shows it. N is its
// 1-based number, which the text's links and the side panel use.
type attrView struct {
	N          int
	Speaker    string // canonical name, else description, else source text
	SpeakerURL string // the speaker's page, for a stored article
	Kind       string
	Title      string
	Source     string
	Cue        string
	Content    string
	Type       string
	Hedge      string
	Via        string
	Reason     string // why an anonymous source is not named
	ParentN    int    // the enclosing attribution's N, 0 for none
	Implicit   bool
	Recovered  bool
	InText     bool // has a piece in the text to go back to
}

// speakerGroup is a speaker of the side panel with its attributions.
type speakerGroup struct {
	URL   string // the speaker's page, for a stored article
	Name  string
	Kind  string
	Title string
	Ns    []int // attribution numbers
}

// articleStats are the side panel's figures.
type articleStats struct {
	Attributions int
	Sourced      int // with a source
	Anonymous    int // anonymous among those with a source
	AnonPercent  string
	Hedged       int
	Direct       int
	Indirect     int
	Mixed        int
	Nested       int
	Unattributed int
	Boilerplate  int
}

// noSource names the group of attributions whose source the text does not name.
const noSource = "No source named"

// newArticleView lays out a document.
func newArticleView(doc *whosaid.Document, heading string) articleView {
	v := articleView{Heading: heading}
	if v.Heading == "" && doc.Title != nil {
		v.Heading = doc.Title.Text
	}
	marks := documentMarks(doc)
	tokens, dropped := Layout(doc.Text, marks)
	v.Dropped = dropped
	speakers := make([]string, len(doc.Attributions))
	for i, a := range doc.Attributions {
		speakers[i] = speakerName(a)
	}
	v.Tokens = make([]tokenView, len(tokens))
	for i, t := range tokens {
		v.Tokens[i] = viewToken(t, speakers)
	}
	v.Attributions = make([]attrView, len(doc.Attributions))
	linked := map[int]bool{}
	for _, t := range tokens {
		if t.Kind == Open && t.Link && t.First {
			linked[t.Mark.Attr] = true
		}
	}
	for i, a := range doc.Attributions {
		v.Attributions[i] = newAttrView(i, a, len(doc.Attributions), linked[i])
	}
	v.Speakers = groupSpeakers(v.Attributions)
	v.Stats = statsOf(doc)
	return v
}

// documentMarks are the marks of every role of a document: paragraphs,
// title, boilerplate, the outlet's own voice, and each attribution's
// source, cue, content, hedge, channel and anonymity reason. The link to an
// attribution's details sits on its cue, else its source, else its content.
func documentMarks(doc *whosaid.Document) []Mark {
	marks := paragraphMarks(doc.Text)
	add := func(r *whosaid.Role, role Role, attr int, link bool) {
		if r == nil {
			return
		}
		for _, s := range r.Spans {
			marks = append(marks, Mark{Start: s.Start(), End: s.End(), Role: role, Attr: attr, Link: link})
		}
	}
	add(doc.Title, RoleTitle, -1, false)
	for _, r := range doc.Boilerplate {
		add(&r, RoleBoilerplate, -1, false)
	}
	for _, r := range doc.Unattributed {
		add(&r, RoleUnattributed, -1, false)
	}
	for i, a := range doc.Attributions {
		var src *whosaid.Role
		var reason *whosaid.Role
		if a.Source != nil {
			src = &a.Source.Role
			reason = a.Source.AnonymityReason
		}
		hasCue := a.Cue != nil && len(a.Cue.Spans) > 0
		hasSrc := src != nil && len(src.Spans) > 0
		add(src, RoleSource, i, !hasCue)
		add(a.Cue, RoleCue, i, true)
		add(a.Content, RoleContent, i, !hasCue && !hasSrc)
		add(a.Hedge, RoleHedge, i, false)
		add(a.Via, RoleVia, i, false)
		add(reason, RoleReason, i, false)
	}
	return marks
}

// paragraphMarks marks each run of non-blank lines, without the white
// space around it.
func paragraphMarks(text string) []Mark {
	var marks []Mark
	start, end := -1, 0 // the open paragraph: its first and one past its last non-space byte
	for lineStart := 0; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		line := text[lineStart:lineEnd]
		if trimmed := strings.TrimLeft(line, spaces); trimmed == "" {
			if start >= 0 {
				marks = append(marks, Mark{Start: start, End: end, Role: RolePara, Attr: -1})
				start = -1
			}
		} else {
			if start < 0 {
				start = lineEnd - len(trimmed)
			}
			// ASCII spaces only are trimmed: end stays on a rune boundary.
			end = lineStart + len(strings.TrimRight(line, spaces))
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		marks = append(marks, Mark{Start: start, End: end, Role: RolePara, Attr: -1})
	}
	return marks
}

const spaces = " \t\r\f\v"

// roleClasses are the CSS classes of a piece by role.
var roleClasses = [numRoles]string{
	RolePara:         "",
	RoleTitle:        "hl title",
	RoleBoilerplate:  "hl boiler",
	RoleUnattributed: "hl own",
	RoleContent:      "hl con",
	RoleSource:       "hl src",
	RoleVia:          "hl via",
	RoleReason:       "hl why",
	RoleHedge:        "hl hedge",
	RoleCue:          "hl cue",
}

// roleTitles name the roles of an attribution's pieces in their tooltips.
var roleTitles = [numRoles]string{
	RoleContent: "what was said",
	RoleSource:  "source",
	RoleVia:     "channel",
	RoleReason:  "why unnamed",
	RoleHedge:   "hedge",
	RoleCue:     "cue",
}

// viewToken is what the template needs of a token; speakers are the
// speakers of the attributions, for the tooltips.
func viewToken(t Token, speakers []string) tokenView {
	switch t.Kind {
	case Text:
		return tokenView{Text: t.Text}
	case Close:
		tv := tokenView{Close: true, Tag: "span"}
		switch {
		case t.Mark.Role == RolePara:
			tv.Tag = "p"
		case t.Link:
			tv.Tag = "a"
		}
		return tv
	}
	tv := tokenView{Open: true, Tag: "span", Class: roleClasses[t.Mark.Role]}
	if t.Mark.Role == RolePara {
		tv.Tag = "p"
		return tv
	}
	if t.Depth > 0 && t.Mark.Role == RoleContent {
		tv.Class += " n" + strconv.Itoa(min(t.Depth, 3))
	}
	if t.Mark.Attr >= 0 && t.Mark.Attr < len(speakers) {
		n := strconv.Itoa(t.Mark.Attr + 1)
		tv.Attr = n
		tv.Title = n + ". " + speakers[t.Mark.Attr] + " · " + roleTitles[t.Mark.Role]
		if t.Link {
			tv.Title += " — details"
		}
		if t.Link {
			tv.Tag = "a"
			tv.Href = "#a" + n
			if t.First {
				tv.ID = "t" + n
			}
		}
	}
	return tv
}

func newAttrView(i int, a whosaid.Attribution, count int, inText bool) attrView {
	v := attrView{N: i + 1, Type: string(a.Type), Implicit: a.Implicit, Recovered: a.Recovered, InText: inText}
	text := func(r *whosaid.Role) string {
		if r == nil {
			return ""
		}
		return r.Text
	}
	v.Cue, v.Content, v.Hedge, v.Via = text(a.Cue), text(a.Content), text(a.Hedge), text(a.Via)
	v.Speaker = speakerName(a)
	if s := a.Source; s != nil {
		v.Kind = string(s.Kind)
		v.Title = s.Title
		v.Source = s.Text
		v.Reason = text(s.AnonymityReason)
	}
	if a.Parent != nil && *a.Parent >= 0 && *a.Parent < count && *a.Parent != i {
		v.ParentN = *a.Parent + 1
	}
	return v
}

// speakerName is who an attribution's source is, as the side panel groups it.
func speakerName(a whosaid.Attribution) string {
	s := a.Source
	switch {
	case s == nil:
		return noSource
	case s.Speaker != "":
		return s.Speaker
	case s.Description != "":
		return s.Description
	case strings.TrimSpace(s.Text) != "":
		return s.Text
	}
	return noSource
}

// groupSpeakers groups attributions by speaker, the most quoted first.
func groupSpeakers(attrs []attrView) []speakerGroup {
	index := map[string]int{}
	var groups []speakerGroup
	for _, a := range attrs {
		key := a.Kind + "\x00" + strings.ToLower(a.Speaker)
		i, ok := index[key]
		if !ok {
			i = len(groups)
			index[key] = i
			groups = append(groups, speakerGroup{Name: a.Speaker, Kind: a.Kind, Title: a.Title})
		}
		groups[i].Ns = append(groups[i].Ns, a.N)
		if groups[i].Title == "" {
			groups[i].Title = a.Title
		}
	}
	slices.SortStableFunc(groups, func(a, b speakerGroup) int {
		if (a.Name == noSource) != (b.Name == noSource) {
			if a.Name == noSource {
				return 1
			}
			return -1
		}
		return cmp.Compare(len(b.Ns), len(a.Ns))
	})
	return groups
}

func statsOf(doc *whosaid.Document) articleStats {
	s := articleStats{Attributions: len(doc.Attributions), Unattributed: len(doc.Unattributed), Boilerplate: len(doc.Boilerplate)}
	for _, a := range doc.Attributions {
		if a.Source != nil {
			s.Sourced++
			if a.Source.Kind == whosaid.Anonymous {
				s.Anonymous++
			}
		}
		if a.Hedge != nil {
			s.Hedged++
		}
		if a.Parent != nil {
			s.Nested++
		}
		switch a.Type {
		case whosaid.Direct:
			s.Direct++
		case whosaid.Indirect:
			s.Indirect++
		case whosaid.Mixed:
			s.Mixed++
		}
	}
	s.AnonPercent = percent(s.Anonymous, s.Sourced)
	return s
}

// percent is part of whole as a rounded percentage, "–" when whole is 0.
func percent(part, whole int) string {
	if whole == 0 {
		return "–"
	}
	return strconv.Itoa(int(float64(part)*100/float64(whole)+0.5)) + "%"
}
