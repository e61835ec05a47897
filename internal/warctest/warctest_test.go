package warctest

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

func TestCorpus(t *testing.T) {
	texts := []string{"First article.\nIts second paragraph.", "Second article."}
	var a, b bytes.Buffer
	st, err := Corpus(&a, 200<<10, texts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Corpus(&b, 200<<10, texts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two corpora with the same arguments differ")
	}
	if st.Bytes != int64(a.Len()) || st.Bytes < 200<<10 || st.Pages == 0 || st.Pages >= st.Records {
		t.Errorf("stats %+v for %d bytes", st, a.Len())
	}
	// One gzip member per record, each starting with a WARC header.
	r := bytes.NewReader(a.Bytes())
	members := 0
	for r.Len() > 0 {
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		zr.Multistream(false)
		rec, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(rec), "WARC/1.0\r\nWARC-Type: ") || !strings.HasSuffix(string(rec), "\r\n\r\n") {
			t.Fatalf("member %d is not one WARC record: %.60q", members, rec)
		}
		members++
	}
	if members != st.Records {
		t.Errorf("%d gzip members, %d records", members, st.Records)
	}
}
