package web

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// Role is what a highlighted span of the article is.
type Role uint8

// The roles, in the order in which two marks over exactly the same text
// nest: a paragraph holds everything, a cue sits innermost.
const (
	RolePara  Role = iota // a paragraph of the text: a block, always outermost
	RoleTitle             // the headline
	RoleBoilerplate
	RoleUnattributed
	RoleContent
	RoleSource
	RoleVia
	RoleReason // why an anonymous source is not named
	RoleHedge
	RoleCue
	numRoles
)

var roleNames = [numRoles]string{"para", "title", "boilerplate", "unattributed", "content", "source", "via", "reason", "hedge", "cue"}

// String is the role's CSS class name.
func (r Role) String() string {
	if r < numRoles {
		return roleNames[r]
	}
	return "role?"
}

// Mark is one span of the text to be shown as an element. Marks may
// overlap and nest in any way; Layout splits them into well-nested pieces.
type Mark struct {
	Start, End int  // UTF-8 byte offsets into the text, End exclusive
	Role       Role // what the span is
	Attr       int  // the attribution it belongs to; -1 for none
	// Link asks for the mark to be a link to the attribution's details.
	// Links never nest: a link inside another becomes a plain piece.
	Link bool
}

// TokenKind tells the three kinds of layout tokens apart.
type TokenKind uint8

// The token kinds.
const (
	Text  TokenKind = iota // a run of text
	Open                   // the start of an element
	Close                  // the end of the innermost open element
)

// Token is one step of a laid-out text: the text runs between element
// boundaries, and the opening and closing of the elements, in document
// order, always well nested.
type Token struct {
	Kind TokenKind
	Text string // of a Text token
	// Mark is the mark an Open or Close token belongs to.
	Mark Mark
	// First is set on the Open token of the first piece of a mark: the
	// one that carries the element's id.
	First bool
	// Link is set when the piece is rendered as a link (Mark.Link and no
	// enclosing link).
	Link bool
	// Depth is the number of enclosing open pieces of the same role: 1
	// for content quoted inside another content.
	Depth int
}

// Layout lays the marks over text as well-nested elements. A mark that
// crosses the boundary of another is split into pieces, so that the result
// is always a valid tree; pieces of the same mark keep its Role and Attr.
// Of two overlapping marks, the one that starts first (then the longer,
// then the one of the lower Role) encloses the other; paragraphs enclose
// everything. Marks that are empty, outside the text or that cut a UTF-8
// sequence are dropped and counted in dropped.
func Layout(text string, marks []Mark) (tokens []Token, dropped int) {
	valid := make([]Mark, 0, len(marks))
	for _, m := range marks {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End ||
			!onRuneBoundary(text, m.Start) || !onRuneBoundary(text, m.End) {
			dropped++
			continue
		}
		valid = append(valid, m)
	}
	// The order of nesting: every mark's rank is fixed, so the stack of
	// open pieces at any point is the active marks sorted by rank, and
	// moving from one point to the next only pops and pushes a suffix.
	slices.SortStableFunc(valid, outerFirst)

	// Boundaries: every start and end, in order.
	bounds := make([]int, 0, 2*len(valid)+2)
	bounds = append(bounds, 0, len(text))
	for _, m := range valid {
		bounds = append(bounds, m.Start, m.End)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	// starts[i] lists the marks starting at bounds[i], in rank order.
	byStart := make([]int, len(valid))
	for i := range byStart {
		byStart[i] = i
	}
	slices.SortStableFunc(byStart, func(a, b int) int { return cmp.Compare(valid[a].Start, valid[b].Start) })

	tokens = make([]Token, 0, 4*len(valid)+2*len(bounds))
	var (
		stack   []int  // ranks of the open pieces, outermost first
		isLink  []bool // whether each open piece is a link
		active  []int  // ranks of the marks covering the current segment, sorted
		started = make([]bool, len(valid))
		next    int // in byStart
	)
	depth := func(role Role, upto int) int {
		d := 0
		for _, r := range stack[:upto] {
			if valid[r].Role == role {
				d++
			}
		}
		return d
	}
	for bi := 0; bi+1 < len(bounds); bi++ {
		at, end := bounds[bi], bounds[bi+1]
		// The active set for [at, end): drop ended marks, add started ones.
		active = slices.DeleteFunc(active, func(r int) bool { return valid[r].End <= at })
		for next < len(byStart) && valid[byStart[next]].Start == at {
			r := byStart[next]
			// valid is sorted outer first: a mark's index is its rank.
			i, _ := slices.BinarySearch(active, r)
			active = slices.Insert(active, i, r)
			next++
		}
		// Keep the common prefix of the stack, close the rest, open what
		// the active set adds.
		keep := 0
		for keep < len(stack) && keep < len(active) && stack[keep] == active[keep] {
			keep++
		}
		for len(stack) > keep {
			tokens, stack, isLink = closeTop(tokens, stack, isLink, valid)
		}
		for _, r := range active[keep:] {
			m := valid[r]
			tok := Token{Kind: Open, Mark: m, First: !started[r], Depth: depth(m.Role, len(stack))}
			started[r] = true
			tok.Link = m.Link && !slices.Contains(isLink, true)
			tokens = append(tokens, tok)
			stack = append(stack, r)
			isLink = append(isLink, tok.Link)
		}
		tokens = append(tokens, Token{Kind: Text, Text: text[at:end]})
	}
	for len(stack) > 0 {
		tokens, stack, isLink = closeTop(tokens, stack, isLink, valid)
	}
	return tokens, dropped
}

// closeTop closes the innermost open piece.
func closeTop(tokens []Token, stack []int, isLink []bool, valid []Mark) ([]Token, []int, []bool) {
	n := len(stack) - 1
	tokens = append(tokens, Token{Kind: Close, Mark: valid[stack[n]], Link: isLink[n]})
	return tokens, stack[:n], isLink[:n]
}

// outerFirst orders marks so that a mark comes before every mark it
// should enclose.
func outerFirst(a, b Mark) int {
	if (a.Role == RolePara) != (b.Role == RolePara) {
		if a.Role == RolePara {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(b.End, a.End); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Role, b.Role); c != 0 {
		return c
	}
	return cmp.Compare(a.Attr, b.Attr)
}

// onRuneBoundary tells whether i starts a UTF-8 sequence of s (or is its end).
func onRuneBoundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
