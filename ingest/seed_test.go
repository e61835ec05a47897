package ingest_test

import (
	"fmt"
	"html"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/internal/shared"
)

// seedPage wraps an article in a page as a news site serves it: its
// first line as the headline, the other paragraphs as the article body,
// amid navigation, share buttons, related links, a comment form and a
// footer.
func seedPage(article string) string {
	title, body, _ := strings.Cut(article, "\n")
	var b strings.Builder
	t := html.EscapeString(strings.TrimSpace(title))
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s - World News</title>
<meta property="og:site_name" content="World News"><meta property="og:title" content="%s">
<meta property="article:published_time" content="2017-10-06T10:00:00Z"></head><body>
<header><div class="logo"><a href="/">World News</a></div>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<main><article class="node-article"><h1 class="page-title">%s</h1>
<div class="submitted">October 6, 2017 - 10:00</div>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Print</a></div>
<div class="field-body">`, t, t, t)
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
		}
	}
	b.WriteString(`</div><div class="tags">Tags: <a href="/t/1">Politics</a> <a href="/t/2">Diplomacy</a></div></article>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Markets rally as oil prices fall</a></li><li><a href="/b">Floods force thousands from homes</a></li></ol></aside>
<section class="comments"><h2>Comments</h2><form action="/comment/reply" method="post"><label>Your name <input name="name"></label>
<label>Comment <textarea name="comment_body"></textarea></label><input type="submit" value="Save"></form></section></main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/rss">RSS</a></li></ul><p>All rights reserved.</p></footer></body></html>`)
	return b.String()
}

// triples lists the attributions of a document as source | cue | content.
func triples(doc *whosaid.Document) []string {
	text := func(r *whosaid.Role) string {
		if r == nil {
			return ""
		}
		return strings.Join(strings.Fields(r.Text), " ")
	}
	var out []string
	for _, a := range doc.Attributions {
		source := ""
		if a.Source != nil {
			source = text(&a.Source.Role)
		}
		out = append(out, source+" | "+text(a.Cue)+" | "+text(a.Content))
	}
	return out
}

// The seed article read from a web page yields the attributions of its
// plain text.
func TestSeedArticleInHTML(t *testing.T) {
	plain, err := os.ReadFile(shared.Path(t, "fixtures/seed/000_fa07f6f012f0531c.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.ReadHTML("seed.html", strings.NewReader(seedPage(string(plain))), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, furniture := range []string{"Most read", "Your name", "WhatsApp", "About us", "Tags:"} {
		if strings.Contains(d.Text, furniture) {
			t.Errorf("page furniture %q in the text:\n%s", furniture, d.Text)
		}
	}
	if d.Meta.Outlet != "World News" || d.Meta.Published.IsZero() || d.Meta.Title == "" {
		t.Errorf("meta = %+v", d.Meta)
	}
	x, err := whosaid.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	want := triples(x.Extract(string(plain)))
	got := triples(x.Extract(d.Text))
	if len(want) == 0 {
		t.Fatal("no attributions in the plain text")
	}
	t.Logf("%d attributions from the page and from the plain text", len(want))
	if !slices.Equal(got, want) {
		t.Errorf("attributions from the page:\n%s\nfrom the plain text:\n%s\npage text:\n%s",
			strings.Join(got, "\n"), strings.Join(want, "\n"), d.Text)
	}
}
