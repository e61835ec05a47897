package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"github.com/whosaid/whosaid/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on the HTML handed to the parser. The tree of a page is many
// times its size in memory and the main-content extractor walks it
// recursively (and copies it), so hostile pages are refused before
// parsing. Real pages nest a few dozen elements deep and hold a few
// thousand elements.
const (
	maxHTMLDepth    = 512
	maxHTMLElements = 200_000
)

// page is an HTML page still to be turned into text.
type page struct {
	data        []byte
	contentType string    // the HTTP Content-Type, "" when unknown
	url         string    // where it was fetched from, "" when unknown
	fetched     time.Time // when it was fetched (WARC-Date), zero when unknown
	where       string    // where in Source, for errors: "record at byte N"
	// archived pages without article text (index pages, galleries) are
	// skipped, not failures: an archive is full of them.
	archived bool
}

// ReadHTML turns one HTML page into a document: the page's main text,
// without navigation, share buttons or comments, one paragraph per line,
// and its metadata (Open Graph, JSON-LD, <meta>, <time>). name is the ID
// and Source of the document. The error, also in Doc.Err, is an *Error.
func ReadHTML(name string, r io.Reader, opts Options) (Doc, error) {
	max := opts.maxSize()
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	var d Doc
	switch {
	case err != nil:
		d = errDoc(name, 0, fmt.Errorf("read: %w", err))
	case int64(len(data)) > max:
		d = errDoc(name, 0, fmt.Errorf("%w: HTML is over the limit of %d bytes", ErrTooLarge, max))
	default:
		d = opts.convert(Doc{ID: name, Source: name, Line: 1, page: &page{data: data}})
	}
	return d, d.Err
}

// html reads the whole stream as one HTML page.
func (s *stream) html(yield func(Doc) bool) bool {
	data, err := io.ReadAll(io.LimitReader(s.r, s.max+1))
	s.off += int64(len(data))
	if err != nil {
		return yield(errDoc(s.name, 0, s.readErr(err)))
	}
	if int64(len(data)) > s.max {
		return yield(errDoc(s.name, 0, fmt.Errorf("%w: HTML is over the limit of %d bytes", ErrTooLarge, s.max)))
	}
	return yield(Doc{ID: s.name, Source: s.name, Line: 1, page: &page{data: data}})
}

// convert turns the page of a raw document into its text and metadata.
// It runs on Read's workers.
func (o Options) convert(d Doc) Doc {
	p := d.page
	if p == nil {
		return d
	}
	d.page = nil
	text, meta, err := htmlText(p)
	if err != nil {
		if d.Damage != nil {
			return keptNothing(d, err)
		}
		if p.archived && errors.Is(err, ErrNoContent) {
			return Doc{skip: "warc: page without article text"}
		}
		if p.where != "" {
			err = fmt.Errorf("%s (%s): %w", p.where, p.url, err)
		}
		return errDoc(d.Source, 0, err) // the whole page, or one record
	}
	d.Text = text
	d.Meta = mergeMeta(d.Meta, meta)
	return d
}

// keptNothing is the failure of a page from a damaged record whose text
// could not be read either: the damage, which is the input's fault, and
// why nothing of the page is kept.
func keptNothing(d Doc, err error) Doc {
	var rd *RecordDamage
	if !errors.As(d.Damage, &rd) {
		return Doc{Source: d.Source, Err: &Error{Source: d.Source, Err: errors.Join(d.Damage, err)}}
	}
	kept := *rd
	kept.Problem = fmt.Errorf("%w; nothing of its page is kept: %v", rd.Problem, err)
	return Doc{Source: d.Source, Err: &Error{Source: d.Source, Err: &kept}}
}

// mergeMeta fills the unknown fields of known from found.
func mergeMeta(known, found article.Meta) article.Meta {
	fill := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	fill(&known.URL, found.URL)
	fill(&known.Outlet, found.Outlet)
	fill(&known.Title, found.Title)
	fill(&known.Author, found.Author)
	fill(&known.Language, found.Language)
	if known.Published.IsZero() {
		known.Published = found.Published
	}
	known.Partial = known.Partial || found.Partial
	return known
}

// htmlText extracts the main text and the metadata of a page.
func htmlText(p *page) (text string, meta article.Meta, err error) {
	data := p.data
	if len(bytes.TrimSpace(data)) == 0 {
		return "", meta, fmt.Errorf("%w: no HTML", ErrEmpty)
	}
	if err := checkNotBinary(data); err != nil {
		return "", meta, err
	}
	data, err = toUTF8(data, p.contentType)
	if err != nil {
		return "", meta, err
	}
	if err := checkTree(data); err != nil {
		return "", meta, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", meta, fmt.Errorf("%w: %v", ErrHTML, err)
	}
	pruneFurniture(doc)
	res, err := extractMain(doc, p.url)
	if err != nil {
		return "", meta, err
	}
	if res.ContentNode != nil {
		text = nodeText(res.ContentNode)
	}
	if strings.TrimSpace(text) == "" {
		return "", meta, ErrNoContent
	}
	m := res.Metadata
	meta = article.Meta{
		URL:       firstNonEmpty(p.url, m.URL),
		Title:     strings.TrimSpace(m.Title),
		Author:    strings.TrimSpace(m.Author),
		Language:  languageCode(m.Language),
		Published: publishedTime(doc, m.Date),
	}
	meta.Outlet = firstNonEmpty(strings.TrimSpace(m.Sitename), domain(meta.URL), m.Hostname)
	if meta.Published.IsZero() {
		meta.Published = p.fetched
	}
	return text, meta, nil
}

// extractMain runs the main-content extractor; a panic in it is this
// page's failure, not the end of the run.
func extractMain(doc *html.Node, pageURL string) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%w: the extractor panicked: %v", ErrHTML, r)
		}
	}()
	res, err = trafilatura.ExtractDocument(doc, extractorOptions(pageURL))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoContent, err)
	}
	return res, nil
}

// extractorOptions are trafilatura's options for the page at pageURL.
// The date is found in htmldate's fast mode (meta tags, JSON-LD, the URL,
// dates in digits), which never calls go-dateparser: go.mod replaces
// that module with third_party/go-dateparser, which has its API but no
// parser, and so no 78 MB of locale tables built at every start.
func extractorOptions(pageURL string) trafilatura.Options {
	opts := trafilatura.Options{
		EnableFallback:  true, // readability and DOM distiller when trafilatura finds too little
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
		MaxTreeSize:     maxHTMLElements,
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	return opts
}

// checkNotBinary refuses data that is not text: a NUL byte, or many
// control characters, near the start. UTF-16 (which has NUL bytes) is
// told by its byte-order mark.
func checkNotBinary(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) {
		return nil
	}
	head := data[:min(len(data), 8<<10)]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at byte %d", ErrBinary, i)
	}
	control := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			control++
		}
	}
	if control > len(head)/20 {
		return fmt.Errorf("%w: %d control bytes in the first %d", ErrBinary, control, len(head))
	}
	return nil
}

// checkTree refuses HTML nested deeper than maxHTMLDepth or with more
// than maxHTMLElements elements, with one pass of the tokenizer, before
// the parser builds the tree. Depth is counted as the parser would for
// the elements that matter: those whose end tag may be left out (p, li,
// td, ...) do not count, so that sloppy real pages pass.
func checkTree(data []byte) error {
	z := html.NewTokenizer(bytes.NewReader(data))
	depth, elements := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return nil
			}
			return fmt.Errorf("%w: %v", ErrHTML, z.Err())
		case html.StartTagToken:
			elements++
			if elements > maxHTMLElements {
				return fmt.Errorf("%w: more than %d elements", ErrTooLarge, maxHTMLElements)
			}
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] || optionalEnd[a] {
				continue
			}
			depth++
			if depth > maxHTMLDepth {
				return fmt.Errorf("%w: elements nested more than %d deep", ErrTooDeep, maxHTMLDepth)
			}
		case html.SelfClosingTagToken:
			elements++
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if !voidElements[a] && !optionalEnd[a] && depth > 0 {
				depth--
			}
		}
	}
}

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

var optionalEnd = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true,
	atom.Optgroup: true, atom.Td: true, atom.Th: true, atom.Tr: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true, atom.Colgroup: true, atom.Rp: true, atom.Rt: true,
	atom.Html: true, atom.Head: true, atom.Body: true,
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// domain is the host of a URL without "www.", "" when there is none.
func domain(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// languageCode reduces a language tag ("en-GB", "en_US") to its ISO 639-1
// code; "" when it is not one.
func languageCode(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}
