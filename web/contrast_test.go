package web

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"testing"
)

// luminance is the relative luminance of an sRGB colour "#rrggbb" (WCAG 2).
func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil || len(hex) != 7 {
		t.Fatalf("colour %q", hex)
	}
	ch := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(v>>16&255) + 0.7152*ch(v>>8&255) + 0.0722*ch(v&255)
}

func contrast(t *testing.T, a, b string) float64 {
	la, lb := luminance(t, a), luminance(t, b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestTextContrast: the text colours of the style sheet reach WCAG AA
// (4.5:1) on the page's backgrounds.
func TestTextContrast(t *testing.T) {
	css, err := staticFS.ReadFile("static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`--([a-z0-9-]+): (#[0-9a-f]{6});`).FindAllSubmatch(css, -1) {
		vars[string(m[1])] = string(m[2])
	}
	backgrounds := []string{vars["paper"], vars["wash"]}
	texts := map[string]string{"ink": vars["ink"], "ink-2": vars["ink-2"], "muted": vars["muted"], "accent": vars["accent"],
		"boilerplate": "#6b7079", "hedge mark": "#8f3e6f", "hedged badge": "#7c2f5e"}
	for name, fg := range texts {
		for _, bg := range backgrounds {
			if fg == "" || bg == "" || !bytes.Contains(css, []byte(fg)) {
				t.Fatalf("colour of %s (%q) or background missing from the style sheet", name, fg)
			}
			if c := contrast(t, fg, bg); c < 4.5 {
				t.Errorf("%s %s on %s: contrast %.2f, want at least 4.5", name, fg, bg, c)
			}
		}
	}
}
