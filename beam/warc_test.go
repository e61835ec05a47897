package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

// testRecord is one WARC record for the tests, as Common Crawl writes
// them: a response with an HTTP header, or another record with a block.
type testRecord struct {
	Type        string // response, request, metadata, ...
	ID          string // WARC-Record-ID, without brackets
	Status      int    // HTTP status of a response
	ContentType string // HTTP Content-Type of a response
	Body        string
}

// bytes returns the record in WARC format, uncompressed.
func (r testRecord) bytes() []byte {
	block := r.Body
	blockType := "application/warc-fields"
	if r.Type == "response" {
		block = fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", r.Status, r.ContentType, len(r.Body), r.Body)
		blockType = "application/http; msgtype=response"
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <%s>\r\nWARC-Date: 2024-01-02T03:04:05Z\r\n", r.Type, r.ID)
	fmt.Fprintf(&b, "WARC-Target-URI: https://news.example/%s\r\n", strings.TrimPrefix(r.ID, "urn:uuid:"))
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", blockType, len(block), block)
	return b.Bytes()
}

// page is an HTML response whose article text tells it apart.
func page(id, topic string) testRecord {
	var p strings.Builder
	for i := range 4 {
		fmt.Fprintf(&p, "<p>The council voted on the %s plan on Monday, the mayor said in a statement, adding that the work would start next spring (%d).</p>\n", topic, i)
	}
	body := fmt.Sprintf("<!doctype html><html><head><title>The %s plan</title></head><body><article><h1>The %s plan</h1>\n%s</article></body></html>", topic, topic, p.String())
	return testRecord{Type: "response", ID: id, Status: 200, ContentType: "text/html; charset=utf-8", Body: body}
}

// writeArchive joins the records, each in a gzip member of its own when
// compress is set; damage changes the bytes of the i-th record first.
func writeArchive(t testing.TB, compress bool, records []testRecord, damage map[int]func([]byte) []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	for i, r := range records {
		b := r.bytes()
		if compress {
			var z bytes.Buffer
			zw := gzip.NewWriter(&z)
			zw.Write(b)
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
			b = z.Bytes()
		}
		if f := damage[i]; f != nil {
			b = f(bytes.Clone(b))
		}
		out.Write(b)
	}
	return out.Bytes()
}
