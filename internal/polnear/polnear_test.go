package polnear

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFirstDocs(t *testing.T) {
	data := []byte("# newdoc id = a\n1\tx\n\n# newdoc id = b\n1\ty\n\n# newdoc id = c\n1\tz\n")
	for docs, want := range map[int]string{
		0: string(data), 1: "# newdoc id = a\n1\tx\n\n", 2: "# newdoc id = a\n1\tx\n\n# newdoc id = b\n1\ty\n\n", 5: string(data),
	} {
		if got := string(FirstDocs(data, docs)); got != want {
			t.Errorf("FirstDocs(%d) = %q, want %q", docs, got, want)
		}
	}
}

func TestTexts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.jsonl")
	if err := os.WriteFile(path, []byte(`{"id":"x","text":"He said.","attributions":[]}`+"\n"+`{"id":"y","text":"No."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	texts, err := Texts(path)
	if err != nil || len(texts) != 2 || texts["x"] != "He said." || texts["y"] != "No." {
		t.Fatalf("Texts = %v, %v", texts, err)
	}
	if err := os.WriteFile(path, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Texts(path); err == nil {
		t.Error("no error for bad JSON")
	}
}
