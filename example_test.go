package whosaid_test

import (
	"fmt"

	"github.com/whosaid/whosaid"
)

func ExampleExtract() {
	doc := whosaid.Extract(`"We will not back down," the mayor said on Tuesday.`)
	for _, a := range doc.Attributions {
		fmt.Printf("%s | %s | %s | %s\n", a.Source.Text, a.Cue.Text, a.Content.Text, a.Type)
	}
	// Output:
	// the mayor | said | "We will not back down," | direct
}
