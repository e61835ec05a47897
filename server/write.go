package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/internal/pipeline"
	"github.com/whosaid/whosaid/store"
)

// PostResult is the answer to a POST of documents.
type PostResult struct {
	Stored    int          `json:"stored"`
	Failed    int          `json:"failed"`
	Documents []PostedItem `json:"documents"` // in input order
	// Error is set, with status 400, when no document could be stored.
	Error *ErrorDetail `json:"error,omitempty"`
}

// PostedItem is the outcome of one posted document.
type PostedItem struct {
	Index        int    `json:"index"` // 0-based, in the request
	ID           string `json:"id,omitempty"`
	Attributions int    `json:"attributions"`
	Error        string `json:"error,omitempty"`
}

func (a *API) postDocuments(w http.ResponseWriter, r *http.Request) {
	if err := a.authorize(w, r, "a write"); err != nil {
		a.fail(w, r, err)
		return
	}
	if a.x == nil {
		a.fail(w, r, errorf(http.StatusForbidden, "the server is read-only: it has no extractor"))
		return
	}
	if err := noParams(r); err != nil {
		a.fail(w, r, err)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.opts.MaxBody))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	items, err := splitBody(body)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	res := PostResult{Documents: make([]PostedItem, len(items))}
	var ok []int // indexes of the documents read
	docs := make([]ingest.Doc, len(items))
	for i, item := range items {
		res.Documents[i].Index = i
		d, err := readItem(i, item, a.opts.MaxBody)
		if err != nil {
			res.Documents[i].Error = err.Error()
			continue
		}
		docs[i] = d
		ok = append(ok, i)
	}
	ctx, cancel := context.WithTimeout(r.Context(), a.opts.WriteTimeout)
	defer cancel()
	extracted, err := a.extract(ctx, docs, ok)
	if errors.Is(err, context.DeadlineExceeded) {
		err = errorf(http.StatusServiceUnavailable, "the extraction took longer than the limit of %v and was stopped; nothing was stored; send fewer or shorter documents", a.opts.WriteTimeout)
	}
	if err != nil {
		a.fail(w, r, err)
		return
	}
	var articles []store.Article
	var stored []int // indexes of the documents stored
	for j, i := range ok {
		if e := extracted[j]; e.err != nil {
			res.Documents[i].Error = e.err.Error()
			continue
		}
		articles = append(articles, extracted[j].article)
		stored = append(stored, i)
	}
	articles, stored = lastOfEachID(articles, stored, res.Documents)
	if len(articles) > 0 {
		if err := a.store.Put(ctx, articles); err != nil {
			a.fail(w, r, err)
			return
		}
	}
	for j, i := range stored {
		res.Documents[i].ID = articles[j].Doc.ID
		res.Documents[i].Attributions = len(articles[j].Doc.Attributions)
	}
	ok = stored
	res.Stored, res.Failed = len(ok), len(items)-len(ok)
	status := http.StatusOK
	if res.Stored == 0 {
		status = http.StatusBadRequest
		first := res.Documents[0].Error
		res.Error = &ErrorDetail{Status: status, Message: fmt.Sprintf("no document stored; document 0: %s", first)}
	}
	writeJSON(w, status, res)
}

// lastOfEachID keeps, of the articles that share an ID, the last, as
// storing them in turn would: the others are marked in items as replaced,
// so that the counts say what the store holds. stored[k] is the index in
// items of articles[k].
func lastOfEachID(articles []store.Article, stored []int, items []PostedItem) ([]store.Article, []int) {
	last := make(map[string]int, len(articles))
	for k, a := range articles {
		last[a.Doc.ID] = k
	}
	if len(last) == len(articles) {
		return articles, stored
	}
	var keptArticles []store.Article
	var kept []int
	for k, a := range articles {
		if l := last[a.Doc.ID]; l != k {
			items[stored[k]].Error = fmt.Sprintf("replaced by document %d of this request, which has the same id %q", stored[l], a.Doc.ID)
			continue
		}
		keptArticles = append(keptArticles, a)
		kept = append(kept, stored[k])
	}
	return keptArticles, kept
}

// extracted is one document extracted, or why it could not be.
type extracted struct {
	article store.Article
	err     error
}

// extract runs the extractor over the documents at indexes ok, on the
// API's workers, in the same order. A panic of the extractor is that
// document's failure, not the batch's.
func (a *API) extract(ctx context.Context, docs []ingest.Doc, ok []int) ([]extracted, error) {
	out := make([]extracted, 0, len(ok))
	in := func(yield func(ingest.Doc) bool) {
		for _, i := range ok {
			if !yield(docs[i]) {
				return
			}
		}
	}
	for _, e := range pipeline.Ordered(in, a.opts.Workers, 2*a.opts.Workers, func(d ingest.Doc) extracted {
		return a.extractOne(ctx, d)
	}) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// extractOne extracts one document; it stops when ctx is done (the
// client has gone, or the time limit has passed), and the batch with it.
func (a *API) extractOne(ctx context.Context, d ingest.Doc) (e extracted) {
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("extractor panicked", "doc", d.ID, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			e = extracted{err: fmt.Errorf("the extractor failed on this document")}
		}
	}()
	doc, err := a.extract1(ctx, d.Text)
	if err != nil {
		return extracted{err: err}
	}
	doc.ID = d.ID
	return extracted{article: store.Article{Doc: doc, Meta: d.Meta}}
}

// splitBody cuts a request body into its documents: a JSON array of
// objects, one JSON object (however laid out), or JSON Lines. Each item
// is one line of JSON, for the JSONL reader of package ingest.
func splitBody(body []byte) ([][]byte, error) {
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, errorf(http.StatusBadRequest, "empty body: send a JSON object {\"id\":...,\"text\":...}, an array of them, or JSON Lines")
	}
	if trimmed[0] == '[' {
		var raws []json.RawMessage
		if err := json.Unmarshal(trimmed, &raws); err != nil {
			return nil, errorf(http.StatusBadRequest, "the body is not a JSON array: %v", err)
		}
		if len(raws) == 0 {
			return nil, errorf(http.StatusBadRequest, "the body is an empty array")
		}
		items := make([][]byte, len(raws))
		for i, raw := range raws {
			items[i] = compact(raw)
		}
		return items, nil
	}
	if json.Valid(trimmed) {
		return [][]byte{compact(trimmed)}, nil
	}
	// JSON Lines: a line that is not JSON fails alone, the others go on.
	var items [][]byte
	for line := range bytes.Lines(body) {
		if line = bytes.TrimSpace(line); len(line) > 0 {
			items = append(items, line)
		}
	}
	return items, nil
}

func compact(raw []byte) []byte {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return raw // not JSON: the reader says so
	}
	return b.Bytes()
}

// readItem reads one posted document with the JSONL reader of package
// ingest (the checks of the command line: UTF-8, NUL bytes, a "text"
// field, duplicate fields) and its metadata fields.
func readItem(i int, item []byte, maxSize int64) (ingest.Doc, error) {
	name := fmt.Sprintf("document %d", i)
	var doc ingest.Doc
	for d := range ingest.ReadFrom(name, bytes.NewReader(item), ingest.Options{Format: ingest.JSONL, MaxSize: maxSize}) {
		doc = d
	}
	if doc.Err != nil {
		return doc, fmt.Errorf("%s", strings.TrimPrefix(doc.Err.Error(), name+":1: "))
	}
	var id struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(item, &id) == nil && (len(id.ID) == 0 || string(id.ID) == "null" || string(id.ID) == `""`) {
		// No id: one from the text, so that posting the same text twice
		// replaces it rather than storing it twice.
		sum := sha256.Sum256([]byte(doc.Text))
		doc.ID = "sha256:" + hex.EncodeToString(sum[:12])
	}
	meta, err := ingest.ReadMeta(doc)
	if err != nil {
		return doc, err
	}
	doc.Meta = meta
	return doc, nil
}
