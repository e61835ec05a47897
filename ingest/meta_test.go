package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/article"
)

func TestReadMeta(t *testing.T) {
	read := func(line string) Doc {
		t.Helper()
		docs := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(line), Format: JSONL})
		if len(docs) != 1 || docs[0].Err != nil {
			t.Fatalf("%s: %+v", line, docs)
		}
		return docs[0]
	}
	tests := []struct {
		line string
		want article.Meta
		err  string
	}{
		{`{"text":"x","url":"https://a.example/1","outlet":"A","published":"2016-05-01","title":"T","author":"B","language":"en"}`,
			article.Meta{URL: "https://a.example/1", Outlet: "A", Published: time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC), Title: "T", Author: "B", Language: "en"}, ""},
		{`{"text":"x","publisher":"breitbart","date":"2015-11-11T10:00:00+01:00"}`,
			article.Meta{Outlet: "breitbart", Published: time.Date(2015, 11, 11, 9, 0, 0, 0, time.UTC)}, ""},
		{`{"text":"x","outlet":"A","publisher":"B"}`, article.Meta{Outlet: "A"}, ""}, // the first given wins
		{`{"text":"x","other":1}`, article.Meta{}, ""},
		{`{"text":"x","date":"May 2016"}`, article.Meta{}, `"date": "May 2016" is not a date`},
		{`{"text":"x","published":20160501}`, article.Meta{}, `"published": not a string`},
		{`{"text":"x","url":["a"]}`, article.Meta{}, `"url": not a string`},
	}
	for _, tt := range tests {
		got, err := ReadMeta(read(tt.line))
		if tt.err != "" {
			if !errors.Is(err, ErrBadMeta) || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.line, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: %+v, %v; want %+v", tt.line, got, err, tt.want)
		}
	}
	// What a reader knew already is kept.
	d := read(`{"text":"x","outlet":"field"}`)
	d.Meta.Outlet = "reader"
	if m, _ := ReadMeta(d); m.Outlet != "reader" {
		t.Errorf("outlet %q, want the reader's", m.Outlet)
	}
}
