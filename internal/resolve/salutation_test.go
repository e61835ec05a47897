package resolve

import "testing"

func TestSalutations(t *testing.T) {
	tests := []struct{ name, text, source, content string }{
		{"a letter's salutation and dash before the source",
			"Letters\n\n{s1 Sir, – Dr Ruth Kavanagh, the HSE's regional manager,} {c1 told} {t1 this newspaper that the unit was safe}.",
			"Dr Ruth Kavanagh, the HSE's regional manager,", "this newspaper that the unit was safe"},
		{"a salutation before the content",
			"Letters\n\n{t1 Dear Editor, the bridge is unsafe}, {s1 engineers} {c1 say}.",
			"engineers", "the bridge is unsafe"},
		{"no salutation without its comma",
			"Letters\n\n{s1 Sir Keith Lowe} {c1 said} {t1 the bridge was unsafe}.",
			"Sir Keith Lowe", "the bridge was unsafe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit")
			if len(d.atts) != 1 {
				t.Fatalf("%d attributions, want 1", len(d.atts))
			}
			a := d.atts[0]
			if got := d.spans(a.Source...); got != tt.source {
				t.Errorf("source %q, want %q", got, tt.source)
			}
			if got := d.spans(a.Content...); got != tt.content {
				t.Errorf("content %q, want %q", got, tt.content)
			}
		})
	}
}
