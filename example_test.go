package whosaid_test

import (
	"context"
	"fmt"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
)

func ExampleExtract() {
	doc := whosaid.Extract(`"We will not back down," the mayor said on Tuesday.`)
	for _, a := range doc.Attributions {
		fmt.Printf("%s | %s | %s | %s\n", a.Source.Text, a.Cue.Text, a.Content.Text, a.Type)
	}
	// Output:
	// the mayor | said | "We will not back down," | direct
}

func ExampleExtractor_ExtractArticle() {
	x, err := whosaid.NewExtractor()
	if err != nil {
		panic(err)
	}
	// The page's metadata names the writer of its "I"; the text does not.
	doc, err := x.ExtractArticle(context.Background(), "I think this is the cheapest TV of the season.",
		article.Meta{Author: "By Eric Song, IGN"})
	if err != nil {
		panic(err)
	}
	for _, a := range doc.Attributions {
		fmt.Printf("%s | %s | %s | %s\n", a.Source.Text, a.Source.Speaker, a.Source.Kind, a.Content.Text)
	}
	// Output:
	// I | Eric Song | person | this is the cheapest TV of the season
}
