// Package warctest writes WARC archives for tests and benchmarks: records
// as Common Crawl writes them, each in a gzip member of its own when
// compressed.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"html"
	"io"
	"strings"
	"time"
)

// Record is one WARC record. For a response, Status and ContentType make
// its HTTP header, Body its payload; for other types Body is the block.
type Record struct {
	Type        string // response, request, revisit, warcinfo, metadata, ...
	ID          string // WARC-Record-ID without brackets; made up when empty
	URI         string
	Date        time.Time
	Status      int    // HTTP status of a response; 0 means 200
	ContentType string // HTTP Content-Type of a response
	Body        string
}

// Bytes returns the record in WARC format, uncompressed.
func (r Record) Bytes(n int) []byte {
	block := r.Body
	blockType := "application/warc-fields"
	if r.Type == "response" {
		status := r.Status
		if status == 0 {
			status = 200
		}
		block = fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s",
			status, statusText(status), r.ContentType, len(r.Body), r.Body)
		blockType = "application/http; msgtype=response"
	}
	id := r.ID
	if id == "" {
		id = fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", n)
	}
	date := r.Date
	if date.IsZero() {
		date = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <%s>\r\nWARC-Date: %s\r\n", r.Type, id, date.UTC().Format(time.RFC3339))
	if r.URI != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
	}
	if r.Type == "revisit" {
		b.WriteString("WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n")
		b.WriteString("WARC-Payload-Digest: sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ\r\n")
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", blockType, len(block), block)
	return b.Bytes()
}

func statusText(status int) string {
	switch status {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	case 301:
		return "Moved Permanently"
	}
	return "Status"
}

// Writer writes records to w, one gzip member each when compressing.
type Writer struct {
	w        io.Writer
	compress bool
	n        int
	zw       *gzip.Writer
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer, compress bool) *Writer {
	return &Writer{w: w, compress: compress}
}

// Write writes one record.
func (w *Writer) Write(r Record) error {
	w.n++
	data := r.Bytes(w.n)
	if !w.compress {
		_, err := w.w.Write(data)
		return err
	}
	if w.zw == nil {
		w.zw = gzip.NewWriter(w.w)
	} else {
		w.zw.Reset(w.w)
	}
	if _, err := w.zw.Write(data); err != nil {
		return err
	}
	return w.zw.Close()
}

// Page wraps an article's paragraphs (separated by blank lines or line
// breaks) in a news page with navigation, share buttons, related links
// and a comment form, as a CMS would.
func Page(site, title, text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>`, html.EscapeString(title), html.EscapeString(site))
	fmt.Fprintf(&b, `<meta property="og:site_name" content="%s"><meta property="og:title" content="%s"></head><body>`, html.EscapeString(site), html.EscapeString(title))
	b.WriteString(`<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>`)
	fmt.Fprintf(&b, `<main><article><h1>%s</h1><div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div><div class="article-body">`, html.EscapeString(title))
	for _, p := range strings.Split(text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
		}
	}
	b.WriteString(`</div></article><aside class="related"><h3>More stories</h3><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather: rain ahead</a></li></ul></aside>`)
	b.WriteString(`<section id="comments"><h3>Leave a comment</h3><form method="post" action="/comment"><label>Name <input name="name"></label><label>Comment <textarea name="c"></textarea></label><button>Post comment</button></form></section></main>`)
	b.WriteString(`<footer><p>&copy; 2024 ` + html.EscapeString(site) + `. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`)
	return b.String()
}
