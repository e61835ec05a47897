package main

import (
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
)

// The pipeline's counters, in namespace "whosaid". These are handles, not
// state: Beam keeps the counts per bundle and sums them per job, which is
// why they are declared once here, as Beam's own examples do.
var (
	files        = beam.NewCounter(namespace, "files")
	records      = beam.NewCounter(namespace, "warc_records")
	read         = beam.NewCounter(namespace, "documents_read")
	skipped      = beam.NewCounter(namespace, "skipped")
	extracted    = beam.NewCounter(namespace, "extracted")
	duplicates   = beam.NewCounter(namespace, "duplicates")
	failed       = beam.NewCounter(namespace, "failed")
	attributions = beam.NewCounter(namespace, "attributions")
	storedDocs   = beam.NewCounter(namespace, "stored")
	storeFailed  = beam.NewCounter(namespace, "store_failed")
)

const namespace = "whosaid"

// counts sums the pipeline's counters by name over the steps that count.
func counts(res metrics.QueryResults) map[string]int64 {
	out := map[string]int64{}
	for _, c := range res.Counters() {
		if c.Namespace() == namespace {
			out[c.Name()] += c.Result()
		}
	}
	return out
}

// summary renders the counts as `whosaid extract` renders its tally:
// "84 documents read, 84 extracted, 0 failed; 1234 attributions". Every
// document read is extracted, a duplicate, skipped or failed.
func summary(c map[string]int64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents read, %d extracted", c["documents_read"], c["extracted"])
	if n := c["duplicates"]; n > 0 {
		fmt.Fprintf(&b, ", %d duplicates", n)
	}
	if n := c["skipped"]; n > 0 {
		fmt.Fprintf(&b, ", %d skipped", n)
	}
	fmt.Fprintf(&b, ", %d failed; %d attributions", c["failed"], c["attributions"])
	if n, f := c["stored"], c["store_failed"]; n+f > 0 {
		fmt.Fprintf(&b, "; %d stored, %d not stored", n, f)
	}
	return b.String()
}
