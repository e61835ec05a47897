package ingest

import (
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageFurniture selects the parts of an article that are not its text
// and that the main-content extractor keeps when they sit inside the
// article: share buttons, newsletter prompts, advertisements, related
// links.
var pageFurniture = cascadia.MustCompile(`[class*="share"], [class*="social"], [id*="share"], [class*="newsletter"], [class*="advert"], [class*="ad-slot"], [class*="related"]`)

// pruneFurniture removes the page furniture from doc before the
// main-content extractor reads it; but never an element that holds half
// or more of the page's paragraph text, which is the article's own
// wrapper whatever its class says: classes are matched by substring, and
// real wrappers carry "m-advertisement-off-canvas--pusher" or
// "category-native-advertising-platform" (those had cut three of the 65
// reference pages to their menus).
func pruneFurniture(doc *html.Node) {
	total := paragraphText(doc)
	for _, n := range pageFurniture.MatchAll(doc) {
		if n.Parent == nil || 2*paragraphText(n) >= total && total > 0 {
			continue
		}
		n.Parent.RemoveChild(n)
	}
}

// paragraphText is how many bytes of text the <p> elements under n hold.
func paragraphText(n *html.Node) int {
	size := 0
	var walk func(n *html.Node, inP bool, depth int)
	walk = func(n *html.Node, inP bool, depth int) {
		if depth > maxHTMLDepth { // trees are checked before, but never recurse without end
			return
		}
		switch {
		case n.Type == html.TextNode && inP:
			size += len(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.P:
			inP = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP, depth+1)
		}
	}
	walk(n, false, 0)
	return size
}
