package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"
)

// TestDateWithoutDateparser: go.mod replaces go-dateparser with
// third_party/go-dateparser, which has no parser, so htmldate must run in
// its fast mode; there it still finds the dates pages give in their
// metadata, their JSON-LD and in digits.
func TestDateWithoutDateparser(t *testing.T) {
	if mode := extractorOptions("").HtmlDateMode; mode != trafilatura.Fast {
		t.Fatalf("HtmlDateMode = %v: only the fast mode runs without go-dateparser (third_party/go-dateparser)", mode)
	}
	body := "<article><h1>Council backs the plan</h1>" + strings.Repeat("<p>The council said on Tuesday that the plan for the harbour would go ahead after a long debate among its members.</p>", 4) + "</article>"
	tests := []struct{ name, head, body string }{
		{"a meta tag", `<meta property="article:published_time" content="2019-11-14T08:00:00Z">`, body},
		{"JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-14T08:00:00Z"}</script>`, body},
		{"a time element", "", `<time datetime="2019-11-14">14 November 2019</time>` + body},
	}
	want := time.Date(2019, 11, 14, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Council backs the plan</title>" + tt.head + "</head><body>" + tt.body + "</body></html>"
			d, err := ReadHTML("page.html", strings.NewReader(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Meta.Published.UTC().Truncate(24 * time.Hour); !got.Equal(want) {
				t.Errorf("published %v, want %v", d.Meta.Published, want)
			}
		})
	}
}
