package resolve

import (
	"testing"
)

func TestAnonymityPass(t *testing.T) {
	tests := []struct {
		name, text string
		kind       Kind
		reason     string
	}{
		{"on condition of anonymity",
			"{s1 A senior official} {c1 said}, on condition of anonymity, {t1 that talks were planned}.",
			Anonymous, "on condition of anonymity"},
		{"who asked not to be named",
			"{s1 A senior official}, who asked not to be named, {c1 said} {t1 that talks were planned}.",
			Anonymous, "who asked not to be named"},
		{"the reason inside the source's own span",
			"{s1 Three residents, who asked not to be named,} {c1 said} {t1 they opposed the plan}.",
			Anonymous, "who asked not to be named"},
		{"not authorized to speak publicly",
			"{s1 Two officials} {c1 said} {t1 talks were planned}, speaking because they were not authorized to speak publicly.",
			Anonymous, "speaking because they were not authorized to speak publicly"},
		{"a named source has no reason to be unnamed",
			"{s1 John Smith}, who asked not to be named, {c1 said} {t1 that talks were planned}.",
			Person, ""},
		{"an anonymous source whose sentence gives no reason",
			"{s1 A senior official} {c1 said} {t1 that talks were planned}.",
			Anonymous, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "admit", "order")
			d.atts[0].Kind = tt.kind // what speakers would have found
			runPasses(t, d, "anonymity")
			if got := d.spans(d.atts[0].AnonymityReason); got != tt.reason {
				t.Errorf("reason %q, want %q", got, tt.reason)
			}
		})
	}
}
