package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/shared"
	"github.com/whosaid/whosaid/internal/warctest"
)

// The article of every page in testdata/charset, as it must read whatever
// the encoding of the page.
var charsetArticle = []string{
	"back the plan for the old harbour, after a debate that ran late into the night — the longest of the year.",
	"“We can’t wait any longer,” said Renée Dubois,",
	"the cost, €4 million, was too high",
}

// mojibake are what UTF-8 looks like read as windows-1252.
var mojibake = []string{"â€", "Ã©", "Â"}

// TestPageEncoding decides the encoding of a small page of each case, in
// testdata/charset, and reads its article.
func TestPageEncoding(t *testing.T) {
	tests := []struct {
		file, contentType string
		name, by          string
		damaged           bool // the dash is cut, so U+FFFD stands for it
	}{
		{"utf8_undeclared.html", "", "utf-8", byValid, false},
		{"utf8_undeclared.html", "text/html", "utf-8", byValid, false}, // an HTTP type without charset says nothing
		{"windows1252_meta.html", "", "windows-1252", byMeta, false},
		{"latin1_meta_late.html", "", "windows-1252", byMeta, false}, // ISO-8859-1 means windows-1252
		{"utf8_meta_late.html", "", "utf-8", byMeta, false},
		{"windows1252_undeclared.html", "", "windows-1252", byDetected, false},
		{"windows1252_undeclared.html", "text/html; charset=windows-1252", "windows-1252", byHTTP, false},
		{"utf8_meta_late.html", "text/html; charset=UTF-8", "utf-8", byHTTP, false},
		{"windows1252_meta.html", "text/html; charset=nonsense", "windows-1252", byMeta, false},
		{"utf8_bom.html", "", "utf-8", byBOM, false},
		{"utf8_bom.html", "text/html; charset=windows-1252", "utf-8", byBOM, false},
		{"utf16le_bom.html", "", "utf-16le", byBOM, false},
		{"meta_in_script.html", "", "utf-8", byValid, false},
		{"meta_in_body.html", "", "utf-8", byValid, false},
		{"utf8_damaged.html", "", "utf-8", byDetected, true},
		{"unknown_label.html", "", "utf-8", byValid, false},
		{"meta_utf16.html", "", "utf-8", byMeta, false},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.contentType, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "charset", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			pe := decidePageEncoding(data, tt.contentType)
			if pe.name != tt.name || pe.by != tt.by {
				t.Errorf("encoding %s by %s, want %s by %s", pe.name, pe.by, tt.name, tt.by)
			}
			d := Options{}.convert(Doc{ID: tt.file, Source: tt.file, page: &page{data: data, contentType: tt.contentType}})
			if d.Err != nil {
				t.Fatal(d.Err)
			}
			checkArticle(t, d.Text, tt.damaged)
		})
	}
}

// checkArticle fails unless text holds charsetArticle and no mojibake.
func checkArticle(t *testing.T, text string, damaged bool) {
	t.Helper()
	for _, want := range charsetArticle {
		if damaged {
			want = strings.Replace(want, "—", "\uFFFD", 1)
		}
		if !strings.Contains(text, want) {
			t.Errorf("the text lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range mojibake {
		if strings.Contains(text, bad) {
			t.Errorf("mojibake %q in the text:\n%s", bad, text)
		}
	}
}

// The charset of a record's HTTP header decides, in a WARC archive;
// without one, undeclared UTF-8 is UTF-8 and undeclared windows-1252 is
// detected.
func TestWARCCharset(t *testing.T) {
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join("testdata", "charset", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	date := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	recs := []warctest.Record{
		{Type: "response", URI: "https://a.example/1", Date: date, ContentType: "text/html; charset=ISO-8859-1", Body: read("windows1252_undeclared.html")},
		{Type: "response", URI: "https://a.example/2", Date: date, ContentType: "text/html", Body: read("utf8_undeclared.html")},
		{Type: "response", URI: "https://a.example/3", Date: date, ContentType: "text/html", Body: read("windows1252_undeclared.html")},
		{Type: "response", URI: "https://a.example/4", Date: date, ContentType: "text/html; charset=utf-8", Body: read("utf8_meta_late.html")},
	}
	var b bytes.Buffer
	w := warctest.NewWriter(&b, true)
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for d := range ReadFrom("charset.warc.gz", &b, Options{}) {
		if d.Err != nil {
			t.Fatal(d.Err)
		}
		checkArticle(t, d.Text, false)
		n++
	}
	if n != len(recs) {
		t.Errorf("%d documents, want %d", n, len(recs))
	}
}

func TestCharsetInContent(t *testing.T) {
	for content, want := range map[string]string{
		"text/html; charset=iso-8859-1":       "iso-8859-1",
		"text/html;charset=UTF-8":             "UTF-8",
		"text/html; CHARSET = 'windows-1252'": "windows-1252",
		`text/html; charset="koi8-r"; x=y`:    "koi8-r",
		"text/html; charset=utf-8 extra":      "utf-8",
		"text/html; charset='unclosed":        "",
		"text/html":                           "",
		"charsetless; charset=big5":           "big5",  // the first "charset" has no "="
		"İİİİ charset=utf-8":                  "utf-8", // lower-casing İ would shift offsets
		"":                                    "",
	} {
		if got := charsetInContent(content); got != want {
			t.Errorf("charsetInContent(%q) = %q, want %q", content, got, want)
		}
	}
}

// FuzzCharsetInContent: any content gives a label that is part of it.
func FuzzCharsetInContent(f *testing.F) {
	f.Add("text/html; charset=iso-8859-1")
	f.Add(`text/html; CHARSET = "koi8-r"`)
	f.Add("İcharset='x")
	f.Fuzz(func(t *testing.T, content string) {
		if got := charsetInContent(content); !strings.Contains(content, got) {
			t.Fatalf("charsetInContent(%q) = %q, not part of it", content, got)
		}
	})
}

// TestNewsPagesDecode reads the real pages beside the repository: none may
// come out as mojibake. Most declare no charset in their first 1024
// bytes, several none at all.
func TestNewsPagesDecode(t *testing.T) {
	dir := shared.Path(t, "data/news-pages/html")
	files, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	read := 0
	for _, f := range files {
		for d := range Read([]string{f}, Options{}) {
			if d.Err != nil {
				continue // a page without article text is not this test's matter
			}
			read++
			for _, bad := range mojibake[:1] {
				if i := strings.Index(d.Text, bad); i >= 0 {
					t.Errorf("%s: mojibake %q", filepath.Base(f), d.Text[max(0, i-30):min(len(d.Text), i+30)])
				}
			}
		}
	}
	if read < len(files)*9/10 {
		t.Errorf("only %d of %d pages read", read, len(files))
	}
}
