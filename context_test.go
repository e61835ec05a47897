package whosaid_test

import (
	"context"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

// checkCountingContext is a context that is done from its limit-th
// check on: it counts the work ExtractContext does between checks, with
// no clock involved.
type checkCountingContext struct {
	context.Context
	checks, limit int
}

func (c *checkCountingContext) Err() error {
	c.checks++
	if c.limit > 0 && c.checks >= c.limit {
		return context.Canceled
	}
	return nil
}

func TestExtractContext(t *testing.T) {
	sample, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	// Twenty copies, half of them with the line breaks lost.
	text := strings.Repeat(string(sample)+"\n", 10) + strings.Repeat(strings.ReplaceAll(string(sample), "\n", " ")+" ", 10)
	x, err := whosaid.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	want := x.Extract(text)
	sentences := strings.Count(text, ". ") // a floor: every sentence ends so but the headlines

	// Not done: the document of Extract, having checked the context at
	// least once a sentence.
	full := &checkCountingContext{Context: context.Background()}
	got, err := x.ExtractContext(full, text)
	if err != nil {
		t.Fatalf("ExtractContext: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("ExtractContext and Extract differ")
	}
	if full.checks < sentences {
		t.Errorf("%d checks of the context for more than %d sentences: some take more than a sentence of work", full.checks, sentences)
	}

	// Done before, early or late: no document, ctx's error, and not one
	// check more than the one that found it done.
	for _, limit := range []int{1, 2, full.checks / 3, full.checks / 2, full.checks - 1} {
		ctx := &checkCountingContext{Context: context.Background(), limit: limit}
		doc, err := x.ExtractContext(ctx, text)
		if !errors.Is(err, context.Canceled) || doc != nil {
			t.Errorf("done at check %d of %d: got a document %v and error %v, want none and context.Canceled", limit, full.checks, doc != nil, err)
		}
		if ctx.checks != limit {
			t.Errorf("done at check %d: went on to check %d", limit, ctx.checks)
		}
	}

	// A real cancelled context, and the package-level function.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if doc, err := whosaid.ExtractContext(ctx, text); !errors.Is(err, context.Canceled) || doc != nil {
		t.Errorf("cancelled: got a document %v and error %v", doc != nil, err)
	}
	if doc, err := whosaid.ExtractContext(context.Background(), ""); err != nil || doc == nil || len(doc.Attributions) != 0 {
		t.Errorf("empty text: %+v, %v", doc, err)
	}
}
