package output

import "testing"

func TestCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{`=HYPERLINK("http://evil","x")`, `'=HYPERLINK("http://evil","x")`},
		{"+1+2", "'+1+2"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"-0.5", "-0.5"},
		{"\tx", "'\tx"},
		{"Reuters", "Reuters"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CSVCell(tt.in); got != tt.want {
			t.Errorf("CSVCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
