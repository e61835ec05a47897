package web

import (
	"bytes"
	"mime/multipart"
	"testing"

	"github.com/whosaid/whosaid/ingest"
)

// An upload is HTML by name (ingest's extensions, any case), then by its
// content; anything else is text.
func TestUploadFormat(t *testing.T) {
	for _, tc := range []struct {
		name, content string
		want          ingest.Format
	}{
		{"page.html", "Anna said so.", ingest.HTML},
		{"PAGE.HTM", "Anna said so.", ingest.HTML},
		{"page.shtml", "Anna said so.", ingest.HTML},
		{"page.xhtml", "Anna said so.", ingest.HTML},
		{"saved", "<!DOCTYPE html><html><body><p>Anna said so.</p></body></html>", ingest.HTML},
		{"note.txt", "Anna said so.", ingest.Text},
		{"html.txt", "Anna said <b>so</b>.", ingest.Text},
	} {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		fw, err := mw.CreateFormFile("file", tc.name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(tc.content))
		mw.Close()
		form, err := multipart.NewReader(&b, mw.Boundary()).ReadForm(1 << 20)
		if err != nil {
			t.Fatal(err)
		}
		h := form.File["file"][0]
		f, err := h.Open()
		if err != nil {
			t.Fatal(err)
		}
		if got := uploadFormat(h, f); got != tc.want {
			t.Errorf("%s: format %v, want %v", tc.name, got, tc.want)
		}
		f.Close()
	}
}
