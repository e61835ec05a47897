package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/internal/extract"
)

// TestTrainCommand trains on a two-article corpus and checks that the
// model reads back, predicts for every article, and is the same twice.
func TestTrainCommand(t *testing.T) {
	dir := t.TempDir()
	var models [][]byte
	for k := range 2 {
		out := filepath.Join(dir, "m"+string(rune('0'+k)))
		pred := filepath.Join(dir, "pred.jsonl")
		err := run([]string{"-train", "testdata/train.jsonl", "-conllu", "testdata/train.conllu", "-o", out,
			"-epochs", "3", "-min-updates", "1", "-dev", "testdata/train.jsonl", "-pred", pred}, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := extract.ReadModel(bytes.NewReader(b)); err != nil {
			t.Fatalf("model does not read back: %v", err)
		}
		models = append(models, b)
		f, err := os.Open(pred)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var p struct{ ID string }
			if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, p.ID)
		}
		f.Close()
		if len(ids) != 2 || ids[0] != "d1" || ids[1] != "d2" {
			t.Errorf("predictions for %q, want d1 and d2", ids)
		}
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two trainings on the same data differ")
	}
}

func TestTrainCommandErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-train", "testdata/missing.jsonl"},
		{"-train", "testdata/train.jsonl", "-conllu", "testdata/missing.conllu", "-o", filepath.Join(t.TempDir(), "m")},
		{"-no-such-flag"},
	} {
		if err := run(args, io.Discard); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}
