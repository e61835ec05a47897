package ingest

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/whosaid/whosaid/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feed reads the stream as an RSS or Atom feed: one document per item,
// whose text is the item's full content (content:encoded in RSS, content
// in Atom), else its summary, with Meta.Partial set; an item with neither
// is skipped. A feed is small: it
// is read whole, up to the size limit. Invalid XML is one error for the
// whole file.
func (s *stream) feed(o Options, yield func(Doc) bool) bool {
	data, err := io.ReadAll(io.LimitReader(s.r, s.max+1))
	s.off += int64(len(data))
	if err != nil {
		return yield(errDoc(s.name, 0, s.readErr(err)))
	}
	if int64(len(data)) > s.max {
		return yield(errDoc(s.name, 0, fmt.Errorf("%w: feed is over the limit of %d bytes", ErrTooLarge, s.max)))
	}
	f, err := parseFeed(data)
	if err != nil {
		return yield(errDoc(s.name, 0, err))
	}
	if len(f.Items) == 0 {
		return yield(errDoc(s.name, 0, fmt.Errorf("%w: feed without items", ErrEmpty)))
	}
	outlet := strings.TrimSpace(f.Title)
	if outlet == "" {
		outlet = domain(f.Link)
	}
	for i, it := range f.Items {
		d := feedDoc(s.name, i+1, it)
		if d.Err == nil && d.skip == "" {
			d.Meta.Outlet = firstNonEmpty(outlet, domain(d.Meta.URL))
			d.Meta.Language = firstNonEmpty(d.Meta.Language, languageCode(f.Language))
		}
		if !yield(d) {
			return false
		}
	}
	return true
}

// parseFeed parses a feed; a panic in the parser is an error.
func parseFeed(data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("%w: the feed parser panicked: %v", ErrFeed, r)
		}
	}()
	f, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFeed, err)
	}
	return f, nil
}

// feedDoc makes the document of the n-th item of a feed.
func feedDoc(name string, n int, it *gofeed.Item) Doc {
	if it == nil {
		return errDoc(name, 0, fmt.Errorf("%w: item %d is empty", ErrEmpty, n))
	}
	body, partial := it.Content, false
	if strings.TrimSpace(body) == "" {
		body, partial = it.Description, true
	}
	text, err := fragmentText(body)
	if err != nil {
		return errDoc(name, 0, fmt.Errorf("item %d: %w", n, err))
	}
	if text == "" {
		// Feeds of headlines only are common: not a failure.
		return Doc{skip: "feed: item without text"}
	}
	title, _ := fragmentText(it.Title) // a title that is not HTML is left out
	d := Doc{
		ID:     firstNonEmpty(strings.TrimSpace(it.GUID), strings.TrimSpace(it.Link), fmt.Sprintf("%s#%d", name, n)),
		Text:   text,
		Source: name,
		Meta: article.Meta{
			URL:     strings.TrimSpace(it.Link),
			Title:   title,
			Partial: partial,
		},
	}
	switch {
	case it.PublishedParsed != nil:
		d.Meta.Published = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		d.Meta.Published = it.UpdatedParsed.UTC()
	}
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			d.Meta.Author = strings.TrimSpace(a.Name)
			break
		}
	}
	return d
}

// fragmentText renders an HTML fragment (or plain text, which parses as
// one text node) as paragraphs, one per line. A feed item's content is
// the article already: there is no page furniture to remove.
func fragmentText(s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	if err := checkTree([]byte(s)); err != nil {
		return "", err
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrHTML, err)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return nodeText(body), nil
}
