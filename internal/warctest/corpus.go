package warctest

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// CorpusStats says what Corpus wrote.
type CorpusStats struct {
	Bytes   int64 // compressed bytes written
	Pages   int   // HTML responses with status 200: the documents
	Records int   // all records
}

// Corpus writes a WARC.gz of about size compressed bytes laid out as a
// news crawl: mostly HTML responses with status 200, each a page of
// texts[i] (cycled, each copy made distinct by a reference number) amid
// the furniture of a real news page (menus, scripts, related links,
// footer; some 40 KB of HTML), with a few 404s, images and revisits in
// between. The same arguments give the same bytes.
func Corpus(w io.Writer, size int64, texts []string) (CorpusStats, error) {
	cw := &countingWriter{w: w}
	ww := NewWriter(cw, true)
	rng := rand.New(rand.NewPCG(1, 2))
	var st CorpusStats
	date := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; cw.n < size; i++ {
		date = date.Add(17 * time.Second)
		uri := fmt.Sprintf("https://site%d.example/news/%d", i%37, i)
		var r Record
		switch k := rng.IntN(100); {
		case k < 3:
			r = Record{Type: "response", URI: uri, Date: date, Status: 404, ContentType: "text/html", Body: "<html><body><h1>Not found</h1></body></html>"}
		case k < 8:
			img := make([]byte, 2000+rng.IntN(6000))
			for j := range img {
				img[j] = byte(rng.Uint32())
			}
			r = Record{Type: "response", URI: uri + ".jpg", Date: date, ContentType: "image/jpeg", Body: string(img)}
		case k < 10:
			r = Record{Type: "revisit", URI: uri, Date: date}
		default:
			text := texts[st.Pages%len(texts)]
			text += fmt.Sprintf("\nReference %d of the wire service.", st.Pages)
			site := fmt.Sprintf("Site %d News", i%37)
			r = Record{Type: "response", URI: uri, Date: date, ContentType: "text/html; charset=utf-8",
				Body: heavyPage(rng, site, firstWords(text, 10), text)}
			st.Pages++
		}
		if err := ww.Write(r); err != nil {
			return st, err
		}
		st.Records++
	}
	st.Bytes = cw.n
	return st, nil
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

var menuWords = strings.Fields("world politics business markets technology science health sport football " +
	"tennis culture books film music travel food opinion editorials letters obituaries weather video podcasts " +
	"newsletters subscribe account search archive local national europe asia africa americas middle east")

// heavyPage is Page with the weight of a real news page: a long menu,
// inline scripts and styles, many related links and a large footer.
func heavyPage(rng *rand.Rand, site, title, text string) string {
	var pad strings.Builder
	pad.WriteString(`<div class="mega-menu">`)
	for range 150 + rng.IntN(100) {
		w1, w2 := menuWords[rng.IntN(len(menuWords))], menuWords[rng.IntN(len(menuWords))]
		fmt.Fprintf(&pad, `<li class="menu-item menu-item-%d"><a href="/%s/%s-%d">%s %s</a></li>`, rng.IntN(9999), w1, w2, rng.IntN(999999), w1, w2)
	}
	pad.WriteString(`</div><script>window.__CONFIG__={`)
	for range 120 {
		fmt.Fprintf(&pad, `"k%d":"%x",`, rng.IntN(99999), rng.Uint64())
	}
	pad.WriteString(`};</script><style>`)
	for range 80 {
		fmt.Fprintf(&pad, `.c%x{margin:%dpx;color:#%06x}`, rng.Uint32(), rng.IntN(40), rng.IntN(1<<24))
	}
	pad.WriteString(`</style>`)
	page := Page(site, title, text)
	i := strings.Index(page, "<header>")
	page = page[:i] + pad.String() + page[i:]
	var foot strings.Builder
	foot.WriteString(`<div class="footer-links">`)
	for range 60 + rng.IntN(60) {
		w := menuWords[rng.IntN(len(menuWords))]
		fmt.Fprintf(&foot, `<a href="/%s/%d">%s</a> `, w, rng.IntN(999999), w)
	}
	foot.WriteString(`</div>`)
	j := strings.LastIndex(page, "</footer>")
	return page[:j] + foot.String() + page[j:]
}
