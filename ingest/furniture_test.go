package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestPruneFurniture(t *testing.T) {
	long := strings.Repeat("The council said the bridge would reopen in May. ", 8)
	tests := []struct{ name, page, keep, drop string }{
		{"a share bar inside the article",
			`<article><p>` + long + `</p><div class="share-buttons"><p>Share on Facebook</p></div></article>`,
			"bridge would reopen", "Share on Facebook"},
		{"related links after the article",
			`<article><p>` + long + `</p></article><ul class="related-stories"><li><p>Five other bridges</p></li></ul>`,
			"bridge would reopen", "Five other bridges"},
		{"the article's own wrapper, whatever its class",
			`<div class="m-advertisement-off-canvas--pusher"><p>` + long + `</p><div class="ad-slot"><p>Buy now</p></div></div>`,
			"bridge would reopen", "Buy now"},
		{"no paragraph text: furniture goes as always",
			`<div class="newsletter">Sign up</div>`,
			"", "Sign up"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			pruneFurniture(doc)
			got := nodeText(doc)
			if !strings.Contains(got, tt.keep) {
				t.Errorf("lost %q: %q", tt.keep, got)
			}
			if strings.Contains(got, tt.drop) {
				t.Errorf("kept %q: %q", tt.drop, got)
			}
		})
	}
}
