package output

import (
	"strconv"
	"strings"
)

// CSVCell keeps a spreadsheet from running a cell as a formula: names and
// outlets come from untrusted articles, and a cell starting with "=" (or
// "+", "-", "@", a tab or a carriage return) that is not a number gets a
// leading apostrophe.
func CSVCell(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		// A number such as -0.5 is data, not a formula.
		if _, err := strconv.ParseFloat(cell, 64); err != nil {
			return "'" + cell
		}
	}
	return cell
}
