package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The browser tests drive Debian's Chromium headless through the DevTools
// protocol (chromedp) against the handler on an httptest server. Without
// Chromium they skip, unless WHOSAID_REQUIRE_CHROMIUM is set (as .ci/run
// does): then they fail.

// requireChromium is the variable that turns a missing browser into a failure.
const requireChromium = "WHOSAID_REQUIRE_CHROMIUM"

// screenshotDir is where the tests write a picture of each page, from the
// repository root.
const screenshotDir = "../build/screenshots"

func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("WHOSAID_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv(requireChromium) != "" {
		t.Fatalf("Chromium not found and %s is set: install the chromium package", requireChromium)
	}
	t.Skipf("Chromium not found (apt-get install chromium); set %s=1 to make this a failure", requireChromium)
	return ""
}

// startBrowser starts one headless Chromium for the test, with a fresh
// profile and no background traffic.
func startBrowser(t *testing.T) context.Context {
	path := chromiumPath(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // start the browser now
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// tab is one browser tab with what its pages wrote to the console and the
// dialogs they opened.
type tab struct {
	ctx     context.Context
	mu      sync.Mutex
	console []string
	dialogs []string
}

func newTab(t *testing.T, browser context.Context) *tab {
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	tb := &tab{ctx: ctx}
	messages := chromedp.Console(ctx)
	dialogs := chromedp.Events(ctx, cdppage.JavascriptDialogOpening)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.console = append(tb.console, fmt.Sprintf("%s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1))
			tb.mu.Unlock()
		}
	}()
	go func() {
		for d, err := range dialogs {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.dialogs = append(tb.dialogs, string(d.Type)+": "+d.Message)
			tb.mu.Unlock()
			// Close it, or the page hangs.
			chromedp.Call(ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	return tb
}

// do runs actions, failing the test on error.
func (tb *tab) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a script in the page.
func eval[T any](t *testing.T, tb *tab, script string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](script, opts...))
	if err != nil {
		t.Fatalf("%s: %v", script, err)
	}
	return v
}

// quiet asserts that the pages of the tab logged nothing: no error, no
// CSP violation, no exception, and opened no dialog.
func (tb *tab) quiet(t *testing.T) {
	t.Helper()
	// The browser reports console messages in order: once a marker logged
	// now has arrived, so has every message logged before it.
	const marker = "whosaid-test: end of messages"
	eval[bool](t, tb, `console.debug("`+marker+`"), true`)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		tb.mu.Lock()
		arrived := slices.ContainsFunc(tb.console, func(m string) bool { return strings.Contains(m, marker) })
		tb.mu.Unlock()
		if arrived {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the console marker never arrived")
		}
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, m := range tb.console {
		if !strings.Contains(m, marker) {
			t.Errorf("console: %s", m)
		}
	}
	tb.console = slices.DeleteFunc(tb.console, func(m string) bool { return strings.Contains(m, marker) })
	for _, d := range tb.dialogs {
		t.Errorf("dialog opened: %s", d)
	}
}

// screenshot writes a full-page PNG of the tab under build/screenshots.
func (tb *tab) screenshot(t *testing.T, name string) {
	t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrowser runs the pages in Chromium: one browser, one tab per case.
func TestBrowser(t *testing.T) {
	text, exp := seed(t)
	browser := startBrowser(t)
	srv := httptest.NewServer(testHandler(t, testCorpus(t)))
	defer srv.Close()

	t.Run("analyse the seed article", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t, chromedp.Navigate(srv.URL+"/"))
		tb.screenshot(t, "analyse-form")
		tb.do(t,
			chromedp.SetValue(chromedp.ID("text-input"), text),
			chromedp.Click(chromedp.CSS("form.analyse button[type=submit]")),
			chromedp.WaitVisible(chromedp.ID("text")),
		)
		// Each expected attribution is in the details list, linked from its
		// cue in the text.
		type entry struct {
			ID, Speaker, Source, Cue, Content string
			Linked                            bool
		}
		entries := eval[[]entry](t, tb, `[...document.querySelectorAll('li.attr')].map(li => {
			const f = name => { const dt = [...li.querySelectorAll('dt')].find(d => d.textContent === name); return dt ? dt.nextElementSibling.textContent : ''; };
			const link = document.getElementById('t' + li.id.slice(1));
			return {ID: li.id, Speaker: li.querySelector('.speaker').textContent, Source: f('Source'), Cue: f('Cue'), Content: f('Content'),
				Linked: !!link && link.matches('#text a.hl.cue') && link.getAttribute('href') === '#' + li.id};
		})`)
		for _, e := range exp.Attributions {
			found := false
			for _, got := range entries {
				if (containsFold(got.Source, e.Source) || containsFold(got.Speaker, e.Source)) &&
					containsFold(got.Cue, e.Cue) && containsFold(got.Content, e.Content) {
					found = true
					if !got.Linked {
						t.Errorf("attribution %s (%s %s) has no cue link in the text", got.ID, e.Source, e.Cue)
					}
					break
				}
			}
			if !found {
				t.Errorf("attribution %q %q %q not shown", e.Source, e.Cue, e.Content)
			}
		}
		// The highlights are styled (the style sheet loaded under the CSP)
		// and distinct: colour and a cue that is not colour.
		type look struct{ Background, Outline, Decoration, Shadow, Weight string }
		styles := eval[map[string]look](t, tb, `Object.fromEntries(['src', 'cue', 'con', 'own', 'boiler'].map(c => {
			const el = document.querySelector('#text .hl.' + c); const s = el && getComputedStyle(el);
			return [c, s ? {Background: s.backgroundColor + ' ' + s.backgroundImage, Outline: s.outlineStyle, Decoration: s.textDecorationStyle + ' ' + s.textDecorationLine, Shadow: s.boxShadow, Weight: s.fontWeight} : null];
		}))`)
		if s := styles["cue"]; s.Outline != "solid" || s.Weight != "700" {
			t.Errorf("cue not boxed and bold: %+v", s)
		}
		if s := styles["con"]; s.Decoration != "dashed underline" {
			t.Errorf("content not underlined dashed: %+v", s)
		}
		if s := styles["src"]; !strings.Contains(s.Shadow, "inset") {
			t.Errorf("source not underlined solid: %+v", s)
		}
		if s := styles["own"]; !strings.Contains(s.Background, "repeating-linear-gradient") {
			t.Errorf("own voice not hatched: %+v", s)
		}
		nested := eval[int](t, tb, `document.querySelectorAll('#text .hl.con .hl.con.n1').length`)
		if nested == 0 {
			t.Error("no nested content drawn inside an outer content")
		}
		// The side panel: speakers and their counts add up to the list.
		panel := eval[struct {
			Groups, Refs, Items int
			Share               string
		}](t, tb, `({Groups: document.querySelectorAll('.speaker-group').length,
			Refs: document.querySelectorAll('.speaker-group .refs a').length,
			Items: document.querySelectorAll('li.attr').length,
			Share: document.querySelector('.figure .big').textContent})`)
		if panel.Groups == 0 || panel.Refs != panel.Items || !strings.HasSuffix(panel.Share, "%") {
			t.Errorf("side panel: %+v", panel)
		}
		tb.screenshot(t, "analyse-result")
		// The same page on a phone: one column, nothing wider than the screen.
		tb.do(t, chromedp.EmulateViewport(390, 844))
		if w := eval[int](t, tb, `document.documentElement.scrollWidth`); w > 390 {
			wide := eval[[]string](t, tb, `[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391).slice(0, 5).map(e => e.tagName + '.' + e.className)`)
			t.Errorf("the page is %d px wide on a 390 px screen: %q", w, wide)
		}
		tb.screenshot(t, "analyse-phone")
		tb.do(t, chromedp.ResetViewport())

		// A click on a highlight opens its details; Escape closes them and
		// gives the focus back.
		tb.do(t, chromedp.Click(chromedp.ID("t1")), chromedp.WaitVisible(chromedp.ID("popover")))
		pop := eval[string](t, tb, `document.getElementById('popover').textContent`)
		want := eval[string](t, tb, `document.querySelector('#a1 .speaker').textContent`)
		if !strings.Contains(pop, want) {
			t.Errorf("popover %q does not name the speaker %q", pop, want)
		}
		tb.screenshot(t, "analyse-popover")
		tb.do(t, chromedp.KeyEvent(kb.Escape), chromedp.WaitNotVisible(chromedp.ID("popover")))
		if id := eval[string](t, tb, `document.activeElement.id`); id != "t1" {
			t.Errorf("focus after closing went to %q, want the highlight t1", id)
		}
		tb.quiet(t)
	})

	t.Run("keyboard reaches the highlights", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t,
			chromedp.Navigate(srv.URL+docURL(seedID)),
			chromedp.WaitVisible(chromedp.ID("text")),
		)
		tb.do(t, chromedp.KeyEvent(kb.Tab))
		if c := eval[string](t, tb, `document.activeElement.className`); c != "skip" {
			t.Fatalf("first Tab focuses %q, want the skip link", c)
		}
		reached := false
		for range 20 {
			tb.do(t, chromedp.KeyEvent(kb.Tab))
			if eval[bool](t, tb, `document.activeElement.matches('#text a.hl.cue')`) {
				reached = true
				break
			}
		}
		if !reached {
			t.Fatal("20 Tabs do not reach a highlight")
		}
		if o := eval[string](t, tb, `getComputedStyle(document.activeElement).outlineStyle`); o == "none" {
			t.Error("the focused highlight shows no focus ring")
		}
		tb.screenshot(t, "keyboard-focus")
		// Enter on the highlight opens its details.
		tb.do(t, chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.ID("popover")))
		tb.quiet(t)
	})

	t.Run("search and open a result", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t,
			chromedp.Navigate(srv.URL+"/search"),
			chromedp.SendKeys(chromedp.ID("q"), "bridge"),
			chromedp.Submit(chromedp.ID("q")),
			// The page before the query lists results too, without marks.
			chromedp.WaitVisible(chromedp.CSS(".result mark")),
		)
		marks := eval[[]string](t, tb, `[...document.querySelectorAll('.result mark')].map(m => m.textContent)`)
		if len(marks) == 0 {
			t.Fatal("no query word marked in the results")
		}
		for _, m := range marks {
			if !containsFold(m, "bridge") {
				t.Errorf("marked %q for the query bridge", m)
			}
		}
		tb.screenshot(t, "search")
		href := eval[string](t, tb, `document.querySelector('.result .result-meta a').getAttribute('href')`)
		tb.do(t,
			chromedp.Click(chromedp.CSS(".result .result-meta a")),
			chromedp.WaitVisible(chromedp.ID("text")),
		)
		loc, err := chromedp.Run(tb.ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(loc, href) {
			t.Errorf("opened %s, want %s", loc, href)
		}
		_, frag, _ := strings.Cut(href, "#")
		if !eval[bool](t, tb, `document.getElementById('`+frag+`').matches(':target')`) {
			t.Errorf("the attribution %s is not the target of the page", frag)
		}
		tb.screenshot(t, "article")
		tb.quiet(t)
	})

	t.Run("speaker page", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t,
			chromedp.Navigate(srv.URL+"/speakers?name=Jane"),
			chromedp.Click(chromedp.CSS("table.data a")),
			chromedp.WaitVisible(chromedp.ID("timeline")),
		)
		got := eval[struct {
			Name    string
			Bars    int
			Outlets []string
			Aliases []string
			Quotes  int
		}](t, tb, `({Name: document.querySelector('h1').textContent,
			Bars: document.querySelectorAll('#timeline svg rect').length,
			Outlets: [...document.querySelectorAll('#by-outlet svg text[text-anchor=end]')].map(t => t.textContent),
			Aliases: [...document.querySelectorAll('.alias')].map(a => a.textContent),
			Quotes: document.querySelectorAll('.result').length})`)
		if got.Name != "Jane Ortiz" || got.Bars < 2 || len(got.Outlets) != 2 || got.Quotes < 3 || len(got.Aliases) == 0 {
			t.Errorf("speaker page: %+v", got)
		}
		tb.screenshot(t, "speaker")
		tb.quiet(t)
	})

	t.Run("outlets and a CSV download", func(t *testing.T) {
		tb := newTab(t, browser)
		tb.do(t, chromedp.Navigate(srv.URL+"/outlets"), chromedp.WaitVisible(chromedp.ID("types")))
		charts := eval[map[string]int](t, tb, `Object.fromEntries(['anonymous-share', 'hedge-rate', 'types'].map(id =>
			[id, document.querySelectorAll('#' + id + ' svg[role=img] rect').length]))`)
		for id, n := range charts {
			if n < 3 {
				t.Errorf("chart %s has %d bars", id, n)
			}
		}
		tb.screenshot(t, "outlets")
		// The chart's CSV link downloads the figures: click it and read the
		// file the browser saved.
		dir := t.TempDir()
		if _, err := chromedp.CallBrowser(tb.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
			Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: ptr(true)}); err != nil {
			t.Fatal(err)
		}
		progress := chromedp.BrowserEvents(tb.ctx, cdpbrowser.DownloadProgress)
		tb.do(t, chromedp.Click(chromedp.CSS("#anonymous-share a.csv")))
		var saved string
		for ev, err := range progress {
			if err != nil {
				t.Fatal(err)
			}
			if ev.State == cdpbrowser.DownloadProgressStateCompleted {
				saved = filepath.Join(dir, ev.GUID)
				break
			}
			if ev.State == cdpbrowser.DownloadProgressStateCanceled {
				t.Fatal("download canceled")
			}
		}
		csv, err := os.ReadFile(saved)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(csv)), "\n")
		if lines[0] != "outlet,anonymous_share,attributions" || len(lines) != 4 {
			t.Errorf("downloaded CSV: %q", csv)
		}
		tb.quiet(t)
	})

	t.Run("hostile text runs nothing", func(t *testing.T) {
		raw, err := os.ReadFile("testdata/corpus/hostile.txt")
		if err != nil {
			t.Fatal(err)
		}
		tb := newTab(t, browser)
		resp, err := chromedp.Run(tb.ctx, chromedp.NavigateResponse(srv.URL+docURL("corpus/hostile.txt")))
		if err != nil {
			t.Fatal(err)
		}
		if csp, _ := resp.Headers["Content-Security-Policy"].(string); csp != ContentSecurityPolicy {
			t.Errorf("CSP header %q", csp)
		}
		checkInert := func(where string) {
			t.Helper()
			got := eval[struct {
				Title, Text string
				Scripts     []string
				Images      int
			}](t, tb, `({Title: document.title, Text: document.getElementById('text').textContent,
				Scripts: [...document.scripts].map(s => s.getAttribute('src')),
				Images: document.querySelectorAll('img, [onerror]').length})`)
			if strings.Contains(got.Title, "pwned") {
				t.Errorf("%s: the article's script ran: title %q", where, got.Title)
			}
			if !strings.Contains(got.Text, "<script>document.title='pwned'</script>") || !strings.Contains(got.Text, "onerror=alert(1)") {
				t.Errorf("%s: the markup is not shown as text: %q", where, got.Text)
			}
			if len(got.Scripts) != 1 || !strings.HasPrefix(got.Scripts[0], "/static/app.js?v=") || got.Images != 0 {
				t.Errorf("%s: scripts %q, images %d", where, got.Scripts, got.Images)
			}
		}
		checkInert("stored article")
		tb.screenshot(t, "hostile")
		tb.do(t,
			chromedp.Navigate(srv.URL+"/"),
			chromedp.SetValue(chromedp.ID("text-input"), string(raw)),
			chromedp.Click(chromedp.CSS("form.analyse button[type=submit]")),
			chromedp.WaitVisible(chromedp.ID("text")),
		)
		checkInert("analysed")
		// Clicking the highlight of the hostile quote opens the popover,
		// which copies text only.
		tb.do(t, chromedp.Click(chromedp.CSS("#text .hl.con")), chromedp.WaitVisible(chromedp.ID("popover")))
		if n := eval[int](t, tb, `document.querySelectorAll('#popover script, #popover img').length`); n != 0 {
			t.Errorf("the popover holds %d elements from the article", n)
		}
		tb.quiet(t)
	})
}

func ptr[T any](v T) *T { return &v }
