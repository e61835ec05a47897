package main

import (
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/ingest"
)

// Layout of the input formats in `whosaid extract --help`.
const (
	helpWidth  = 78 // columns of a line
	helpIndent = 21 // where a format's description starts
)

// formatsHelp lists the input formats of ingest's table, in the order
// they are sniffed, so that the help says what the readers do.
func formatsHelp() string {
	var b strings.Builder
	b.WriteString("Input formats, told apart by file name (before any .gz), else by content,\nin this order; any of them may be gzip-compressed:\n")
	pad := strings.Repeat(" ", helpIndent)
	for _, f := range ingest.Formats() {
		names := "any other name"
		if len(f.Extensions) > 0 {
			names = strings.Join(f.Extensions, " ")
		}
		first := "  " + f.Name
		first += strings.Repeat(" ", max(1, helpIndent-len(first)))
		b.WriteString(wrap(first, names, pad))
		b.WriteString(wrap(pad, "content: "+f.DescribeSniff(strconv.Quote), pad+"  "))
		b.WriteString(wrap(pad, f.Reader, pad))
	}
	return b.String()
}

// wrap writes text after first, broken into lines of at most helpWidth
// columns (a longer word has a line of its own), the next lines starting
// with indent.
func wrap(first, text, indent string) string {
	var b strings.Builder
	line := first
	empty := true
	for _, w := range strings.Fields(text) {
		if !empty && len(line)+1+len(w) > helpWidth {
			b.WriteString(line + "\n")
			line, empty = indent, true
		}
		if !empty {
			line += " "
		}
		line += w
		empty = false
	}
	b.WriteString(line + "\n")
	return b.String()
}
