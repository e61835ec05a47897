package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/ingest"
)

// analyseForm is the body of the analyse page before an article is given.
type analyseForm struct {
	Text      string // the pasted text, kept when it could not be analysed
	Error     string
	MaxUpload string
}

// articlePage is the body of the article page: an analysed article, or a
// stored one (with its ID).
type articlePage struct {
	Source  string // "pasted text" or the file name, for an analysed article
	DocID   string // for a stored article
	Meta    article.Meta
	Article articleView
}

func (s *server) analyseForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "analyse", page{Title: "Analyse an article", Nav: "analyse",
		Body: analyseForm{MaxUpload: byteSize(s.opts.MaxUpload)}})
}

// pastedName names pasted text in errors.
const pastedName = "pasted text"

// analyse reads the pasted text or the uploaded file, extracts its
// attributions and shows the article with them.
func (s *server) analyse(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxUpload)
	formErr := func(status int, text, msg string) {
		s.render(w, r, status, "analyse", page{Title: "Analyse an article", Nav: "analyse",
			Body: analyseForm{Text: strings.ToValidUTF8(text, "\uFFFD"), Error: msg, MaxUpload: byteSize(s.opts.MaxUpload)}})
	}
	// Everything is kept in memory: the body is already capped.
	// ParseMultipartForm would hide the error of a form that is not
	// multipart, so each kind is parsed by its own call.
	var err error
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		err = r.ParseMultipartForm(s.opts.MaxUpload)
	} else {
		err = r.ParseForm()
	}
	if err != nil {
		if errors.As(err, new(*http.MaxBytesError)) {
			formErr(http.StatusRequestEntityTooLarge, "", fmt.Sprintf("The article is too large: at most %s can be analysed at once.", byteSize(s.opts.MaxUpload)))
			return
		}
		formErr(http.StatusBadRequest, "", "The form could not be read: "+err.Error())
		return
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	text := r.PostFormValue("text")
	name, format, input := pastedName, ingest.Text, io.Reader(strings.NewReader(text))
	if files := uploadedFiles(r); len(files) > 0 && files[0].Size > 0 {
		header := files[0]
		file, err := header.Open()
		if err != nil {
			formErr(http.StatusBadRequest, text, "The uploaded file could not be read: "+err.Error())
			return
		}
		defer file.Close()
		name, format, input = uploadName(header), uploadFormat(header, file), file
	}
	if name == pastedName && strings.TrimSpace(text) == "" {
		formErr(http.StatusBadRequest, text, "Paste the text of an article or choose a file to analyse.")
		return
	}
	release, ok := s.takeTurn(r.Context())
	if !ok {
		w.Header().Set("Retry-After", "10")
		formErr(http.StatusServiceUnavailable, text, "The server is busy analysing other articles. Try again in a moment.")
		return
	}
	defer release()
	// The analysis ends at the time limit, or as soon as the visitor
	// leaves: its turn is then free for the next one.
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.AnalyseTimeout)
	defer cancel()
	// Reading an HTML page cannot be stopped half way; its time counts
	// against the limit, which the extraction checks first.
	doc, err := readOne(name, input, format, s.opts.MaxUpload)
	if err != nil {
		formErr(http.StatusBadRequest, text, err.Error())
		return
	}
	extracted, err := s.extract(ctx, doc.Text)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		formErr(http.StatusServiceUnavailable, text, fmt.Sprintf("The analysis took longer than the limit of %v and was stopped. Try a shorter article.", s.opts.AnalyseTimeout))
		return
	case err != nil:
		s.log.Info("web: analysis stopped, the visitor has gone", "source", name, "bytes", len(doc.Text), "err", err)
		return
	}
	title := doc.Meta.Title
	if title == "" && extracted.Title == nil {
		title = "Analysed " + name
	}
	s.render(w, r, http.StatusOK, "article", page{Title: "Analysis of " + name, Nav: "analyse",
		Body: articlePage{Source: name, Meta: doc.Meta, Article: newArticleView(extracted, title)}})
}

// takeTurn waits until fewer than MaxAnalyses analyses run, for up to
// s.wait and while the request lasts; it reports false if the turn did
// not come.
func (s *server) takeTurn(ctx context.Context) (release func(), ok bool) {
	release = func() { <-s.turns }
	select {
	case s.turns <- struct{}{}:
		return release, true
	default:
	}
	timer := time.NewTimer(s.wait)
	defer timer.Stop()
	select {
	case s.turns <- struct{}{}:
		return release, true
	case <-timer.C:
	case <-ctx.Done():
	}
	return nil, false
}

// uploadedFiles are the files of the form's file field, none when the
// form is not multipart.
func uploadedFiles(r *http.Request) []*multipart.FileHeader {
	if r.MultipartForm == nil {
		return nil
	}
	return r.MultipartForm.File["file"]
}

// readOne reads one document from an upload or the pasted text: the
// reader's error names the input and says what is wrong.
func readOne(name string, r io.Reader, format ingest.Format, max int64) (ingest.Doc, error) {
	for doc := range ingest.ReadFrom(name, r, ingest.Options{MaxSize: max, Format: format, Workers: 1}) {
		return doc, doc.Err
	}
	return ingest.Doc{}, fmt.Errorf("%s: %w", name, ingest.ErrEmpty)
}

// uploadName is the base name of an uploaded file, for errors and titles.
func uploadName(h *multipart.FileHeader) string {
	name := path.Base(strings.ReplaceAll(h.Filename, "\\", "/"))
	if name == "." || name == "/" || !utf8.ValidString(name) {
		return "uploaded file"
	}
	return name
}

// uploadFormat tells HTML pages from plain text by name, declared type and
// content: an upload is one article, never a JSONL or WARC batch.
func uploadFormat(h *multipart.FileHeader, f multipart.File) ingest.Format {
	lower := strings.ToLower(h.Filename)
	for _, spec := range ingest.Formats() {
		if spec.Format != ingest.HTML {
			continue
		}
		for _, ext := range spec.Extensions { // ingest's table, so that both agree on a name
			if strings.HasSuffix(lower, ext) {
				return ingest.HTML
			}
		}
	}
	if strings.HasPrefix(h.Header.Get("Content-Type"), "text/html") {
		return ingest.HTML
	}
	head := make([]byte, 512)
	n, _ := f.ReadAt(head, 0)
	if strings.HasPrefix(http.DetectContentType(head[:n]), "text/html") {
		return ingest.HTML
	}
	return ingest.Text
}

// byteSize writes a size for people: "4 MiB".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
