package web

import (
	"encoding/csv"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// download clicks the link at sel and returns the file the browser saved.
func (tb *tab) download(t *testing.T, sel string) []byte {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: ptr(true)}); err != nil {
		t.Fatal(err)
	}
	progress := chromedp.BrowserEvents(tb.ctx, cdpbrowser.DownloadProgress)
	tb.do(t, chromedp.Click(chromedp.CSS(sel)))
	for ev, err := range progress {
		if err != nil {
			t.Fatal(err)
		}
		switch ev.State {
		case cdpbrowser.DownloadProgressStateCompleted:
			b, err := os.ReadFile(filepath.Join(dir, ev.GUID))
			if err != nil {
				t.Fatal(err)
			}
			return b
		case cdpbrowser.DownloadProgressStateCanceled:
			t.Fatal("download canceled")
		}
	}
	t.Fatal("no download")
	return nil
}

func parseCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	if err != nil {
		t.Fatalf("CSV %q: %v", b, err)
	}
	return recs
}

// TestBrowserWorkflow runs the researcher's workflow in Chromium: forms
// that read what the API reads, CSV downloads with the filters applied,
// scaled charts, links from articles to speakers, the API page, and every
// page at 390 px.
func TestBrowserWorkflow(t *testing.T) {
	seed(t)
	browser := startBrowser(t)
	srv := httptest.NewServer(testHandler(t, testCorpus(t)))
	defer srv.Close()

	t.Run("search hedged in a lowercase outlet, then download it", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t,
			chromedp.Navigate(srv.URL+"/search"),
			chromedp.Click(chromedp.CSS(`input[name=hedged][value=true]`)),
			chromedp.SetValue(chromedp.ID("outlet"), "valley post"),
			chromedp.Submit(chromedp.ID("q")),
			// The link of the filtered results: the page before the
			// submit has a CSV link too, which a busy machine let the
			// test read first.
			chromedp.WaitVisible(chromedp.CSS(`a.csv[href^="/search.csv"][href*="hedged=true"]`)),
		)
		got := eval[struct {
			URL              string
			Results, Hedged  int
			Outlets          []string
			Summary, Checked string
		}](t, tb, `({URL: location.search, Results: document.querySelectorAll('.result').length,
			Hedged: document.querySelectorAll('.result .badge.hedged').length,
			Outlets: [...new Set([...document.querySelectorAll('.result-meta span:first-of-type')].map(s => s.textContent))],
			Summary: document.querySelector('.results-summary').textContent,
			Checked: document.querySelector('input[name=hedged]:checked').value})`)
		if !strings.Contains(got.URL, "hedged=true") || got.Results == 0 || got.Hedged != got.Results ||
			len(got.Outlets) != 1 || got.Outlets[0] != "Valley Post" || got.Checked != "true" {
			t.Errorf("hedged search in valley post: %+v", got)
		}
		tb.screenshot(t, "search-hedged")
		recs := parseCSV(t, tb.download(t, `a.csv[href^="/search.csv"]`))
		total := strings.Fields(got.Summary)
		if n := len(recs) - 1; len(total) < 3 || total[2] != strconv.Itoa(n) {
			t.Errorf("CSV of %d rows for %q", n, got.Summary)
		}
		for _, r := range recs[1:] {
			if r[3] != "Valley Post" || r[9] == "" {
				t.Errorf("CSV row not a hedged attribution of the Valley Post: %q", r)
			}
		}
		tb.quiet(t)
	})

	t.Run("outlets in a date range, with gender", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t,
			chromedp.Navigate(srv.URL+"/outlets"),
			chromedp.SetValue(chromedp.ID("from"), "2024-03-01"),
			chromedp.SetValue(chromedp.ID("to"), "2024-03-31"),
			chromedp.Click(chromedp.CSS(`input[name=gender]`)),
			chromedp.Click(chromedp.CSS(`form.query-row button[type=submit]`)),
			chromedp.WaitVisible(chromedp.ID("gender")),
		)
		got := eval[struct {
			URL, Lead   string
			Rows        int
			GenderBars  int
			HedgeBar    float64
			HedgeAxis   float64
			HedgeTop    string
			MaxHedgeVal string
		}](t, tb, `(() => {
			const bars = [...document.querySelectorAll('#hedge-rate svg rect')];
			const ticks = [...document.querySelectorAll('#hedge-rate svg line')];
			const labels = [...document.querySelectorAll('#hedge-rate svg text[text-anchor=middle]')];
			return {URL: location.search, Lead: document.querySelector('.lead').textContent,
				Rows: document.querySelectorAll('table.data tbody tr').length,
				GenderBars: document.querySelectorAll('#gender svg[role=img] rect').length,
				HedgeBar: Math.max(...bars.map(b => b.width.baseVal.value)),
				HedgeAxis: ticks[ticks.length - 1].x1.baseVal.value - ticks[0].x1.baseVal.value,
				HedgeTop: labels[labels.length - 1].textContent};
		})()`)
		if !strings.Contains(got.URL, "from=2024-03-01") || !strings.Contains(got.URL, "gender=true") ||
			!strings.Contains(got.Lead, "from 2024-03-01 to 2024-03-31") || got.Rows != 3 || got.GenderBars == 0 {
			t.Errorf("outlets in March with gender: %+v", got)
		}
		// The largest hedge rate reaches past half its axis, whatever it is.
		if got.HedgeBar > 0 && got.HedgeBar < got.HedgeAxis/2 {
			t.Errorf("the largest hedge bar is %.0f px of a %.0f px axis (top %s)", got.HedgeBar, got.HedgeAxis, got.HedgeTop)
		}
		tb.screenshot(t, "outlets-gender")
		recs := parseCSV(t, tb.download(t, "#gender a.csv"))
		if strings.Join(recs[0], ",") != "outlet,female,male,unknown,female_share,male_share,unknown_share" || len(recs) != 4 {
			t.Errorf("gender CSV: %q", recs)
		}
		table := parseCSV(t, tb.download(t, `a.csv[href^="/outlets/outlets.csv"]`))
		if len(table) != 4 || table[0][len(table[0])-1] != "unknown_share" {
			t.Errorf("outlets CSV: %q", table)
		}
		tb.quiet(t)
	})

	t.Run("an article's speaker leads to their page", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t, chromedp.Navigate(srv.URL+docURL(seedID)), chromedp.WaitVisible(chromedp.ID("text")))
		name := eval[string](t, tb, `document.querySelector('.speaker-group a.name').textContent`)
		tb.do(t, chromedp.Click(chromedp.CSS(".speaker-group a.name")), chromedp.WaitVisible(chromedp.ID("timeline")))
		if h1 := eval[string](t, tb, `document.querySelector('h1').textContent`); h1 != name {
			t.Errorf("the link of %q opened the page of %q", name, h1)
		}
		tb.quiet(t)
	})

	t.Run("the API page", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t, chromedp.Navigate(srv.URL+"/api"), chromedp.WaitVisible(chromedp.ID("schemas-heading")))
		tb.do(t, chromedp.Click(chromedp.CSS(`.api-toc a[href="#get-api-outlets"]`)))
		got := eval[struct {
			Target bool
			Params []string
		}](t, tb, `({Target: document.getElementById('get-api-outlets').matches(':target'),
			Params: [...document.querySelectorAll('#get-api-outlets tbody th code')].map(c => c.textContent)})`)
		if !got.Target || strings.Join(got.Params, ",") != "from,to,gender" {
			t.Errorf("API page, GET /api/outlets: %+v", got)
		}
		tb.screenshot(t, "api")
		tb.quiet(t)
	})

	t.Run("every page at 390 px", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t, chromedp.EmulateViewport(390, 844))
		pages := map[string]string{
			"phone-search":   "/search?q=bridge",
			"phone-speakers": "/speakers?gender=true",
			"phone-speaker":  "/speakers/1",
			"phone-outlets":  "/outlets?gender=true&from=2024-03-01",
			"phone-article":  docURL(seedID),
			"phone-api":      "/api",
		}
		for name, target := range pages {
			tb.do(t, chromedp.Navigate(srv.URL+target), chromedp.WaitReady(chromedp.ID("main")))
			if w := eval[int](t, tb, `document.documentElement.scrollWidth`); w > 390 {
				wide := eval[[]string](t, tb, `[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391 && !e.closest('.table-scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className)`)
				t.Errorf("%s is %d px wide on a 390 px screen: %q", target, w, wide)
			}
			// Every control of the page's forms is on the screen.
			off := eval[[]string](t, tb, `[...document.querySelectorAll('main input:not([type=hidden]), main select, main button')].filter(e => {
				const r = e.getBoundingClientRect(); return r.left < 0 || r.right > 390; }).map(e => e.tagName + '#' + e.id)`)
			if len(off) > 0 {
				t.Errorf("%s: controls off the screen: %q", target, off)
			}
			tb.screenshot(t, name)
		}
		tb.quiet(t)
	})
}
