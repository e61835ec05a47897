package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/whosaid/whosaid/server"
)

// post ingests JSONL files through the API: POST /api/documents with
// batch documents per request, as a client would, and prints the rate.
func post(ctx context.Context, base, token string, paths []string, batch int, stdout io.Writer) error {
	start := time.Now()
	var docs, attrs int
	var buf bytes.Buffer
	n := 0
	flush := func() error {
		if n == 0 {
			return nil
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/documents", bytes.NewReader(buf.Bytes()))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/x-ndjson")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		var res server.PostResult
		if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
			return fmt.Errorf("POST: %d: %w", resp.StatusCode, err)
		}
		if resp.StatusCode != http.StatusOK || res.Failed > 0 {
			return fmt.Errorf("POST: %d, %d stored, %d failed: %+v", resp.StatusCode, res.Stored, res.Failed, res.Documents)
		}
		for _, d := range res.Documents {
			attrs += d.Attributions
		}
		docs += res.Stored
		buf.Reset()
		n = 0
		return nil
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, server.DefaultMaxBody)
		for sc.Scan() {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			if buf.Len()+len(sc.Bytes()) >= server.DefaultMaxBody {
				if err := flush(); err != nil {
					f.Close()
					return err
				}
			}
			buf.Write(sc.Bytes())
			buf.WriteByte('\n')
			if n++; n == batch {
				if err := flush(); err != nil {
					f.Close()
					return err
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	if err := flush(); err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Fprintf(stdout, "posted %d documents (%d attributions found) in %s: %.0f documents/s through POST /api/documents (extraction and store)\n",
		docs, attrs, el.Round(time.Millisecond), float64(docs)/el.Seconds())
	return nil
}
