package ingest

import (
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// jsonLDPublished finds "datePublished" in JSON-LD without decoding the
// (often invalid) JSON around it.
var jsonLDPublished = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{10,40})"`)

// publishedTime looks in a page's metadata for the time of publication
// with its time of day: <meta property="article:published_time">,
// itemprop="datePublished", JSON-LD "datePublished", then the first <time
// datetime>. The main-content extractor finds the day well, but drops
// the time; day is its finding (zero when none), and a time found here is
// taken only near that day.
func publishedTime(doc *html.Node, day time.Time) time.Time {
	var found []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode && depth < maxHTMLDepth {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				if key == "article:published_time" || key == "og:published_time" || key == "datepublished" {
					found = append(found, attr(n, "content"))
				}
			case atom.Script:
				if attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
					if m := jsonLDPublished.FindStringSubmatch(n.FirstChild.Data); m != nil {
						found = append(found, m[1])
					}
				}
			case atom.Time:
				if v := attr(n, "datetime"); v != "" {
					found = append(found, v)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	for _, s := range found {
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(s))
		if err != nil {
			continue
		}
		t = t.UTC()
		// The day may be the page's local one: allow for time zones.
		if d := t.Sub(day); day.IsZero() || d > -36*time.Hour && d < 36*time.Hour {
			return t
		}
	}
	return day
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
