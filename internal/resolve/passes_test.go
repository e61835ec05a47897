package resolve

import (
	"os"
	"strings"
	"testing"
)

// TestPassOrderIsWritten: every pass is named once, and the comment on
// passes gives the reason for each in the order of the list.
func TestPassOrderIsWritten(t *testing.T) {
	src, err := os.ReadFile("passes.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(src[:strings.Index(string(src), "func passes()")])
	at := 0
	seen := map[string]bool{}
	for _, p := range passes() {
		if seen[p.name] || p.name == "" || p.run == nil {
			t.Errorf("pass %q is unnamed, has no function or is listed twice", p.name)
		}
		seen[p.name] = true
		i := strings.Index(doc[at:], "- "+p.name+": ")
		if i < 0 {
			t.Errorf("the comment on passes gives no reason for %q after the pass before it", p.name)
			continue
		}
		at += i + 1
	}
}
