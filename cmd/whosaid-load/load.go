package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	"github.com/whosaid/whosaid/server"
	"github.com/whosaid/whosaid/store"
)

// filters are the filters a search is combined with, one per request,
// drawn uniformly: what a researcher narrows a search by.
type filters struct {
	outlets []string
	months  []time.Time // first days of months with documents
}

func (f filters) draw(r *rand.Rand, q url.Values) string {
	switch r.IntN(6) {
	case 0:
		o := f.outlets[r.IntN(len(f.outlets))]
		q.Set("outlet", o)
		return "outlet"
	case 1:
		q.Set("kind", []string{"person", "organization", "anonymous"}[r.IntN(3)])
		return "kind"
	case 2:
		q.Set("type", []string{"direct", "indirect", "mixed"}[r.IntN(3)])
		return "type"
	case 3:
		q.Set("hedged", "true")
		return "hedged"
	default:
		if len(f.months) == 0 {
			q.Set("hedged", "false")
			return "hedged"
		}
		m := f.months[r.IntN(len(f.months))]
		q.Set("from", m.Format(time.DateOnly))
		q.Set("to", m.AddDate(0, 1, 0).Format(time.DateOnly))
		return "month"
	}
}

// findFilters reads the outlets and the months of the store.
func findFilters(ctx context.Context, st store.Store) (filters, error) {
	var f filters
	stats, err := st.Outlets(ctx, store.OutletFilter{})
	if err != nil {
		return f, err
	}
	for _, o := range stats {
		f.outlets = append(f.outlets, o.Outlet)
	}
	if len(f.outlets) == 0 {
		return f, fmt.Errorf("the store has no outlets; ingest documents with an outlet first")
	}
	// Documents come newest first: the first and the last give the span.
	first, err := st.Documents(ctx, store.DocumentFilter{Page: store.Page{Limit: 1}})
	if err != nil || first.Total == 0 {
		return f, err
	}
	last, err := st.Documents(ctx, store.DocumentFilter{Page: store.Page{Limit: 1, Offset: first.Total - 1}})
	if err != nil {
		return f, err
	}
	newest, oldest := first.Items[0].Meta.Published, last.Items[0].Meta.Published
	if newest.IsZero() || oldest.IsZero() {
		return f, nil // undated documents sort last: no month filter
	}
	for m := time.Date(oldest.Year(), oldest.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(newest); m = m.AddDate(0, 1, 0) {
		f.months = append(f.months, m)
	}
	return f, nil
}

// result is what a load run measured.
type result struct {
	requests, failures int
	hits               int // requests with at least one item
	latencies          []time.Duration
	elapsed            time.Duration
	firstFailure       string
}

func (r result) quantile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	return r.latencies[min(len(r.latencies)-1, int(q*float64(len(r.latencies))))]
}

// fire sends searches from workers goroutines for d, each a random query
// word and a random filter, and measures each round trip.
func fire(ctx context.Context, base string, v *vocab, f filters, workers int, d time.Duration, seed uint64) result {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	var mu sync.Mutex
	var res result
	var wg sync.WaitGroup
	start := time.Now()
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(w)))
			var lat []time.Duration
			var n, failed, hits int
			var first string
			for ctx.Err() == nil {
				q := url.Values{"q": {v.queryWord(r)}, "limit": {"20"}}
				f.draw(r, q)
				t0 := time.Now()
				items, err := search(ctx, client, base+"/api/attributions?"+q.Encode())
				if ctx.Err() != nil {
					break // cut by the end of the run, not measured
				}
				lat = append(lat, time.Since(t0))
				n++
				if err != nil {
					failed++
					if first == "" {
						first = err.Error()
					}
				} else if items > 0 {
					hits++
				}
			}
			mu.Lock()
			res.requests += n
			res.failures += failed
			res.hits += hits
			res.latencies = append(res.latencies, lat...)
			if res.firstFailure == "" {
				res.firstFailure = first
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	slices.Sort(res.latencies)
	return res
}

func search(ctx context.Context, client *http.Client, target string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK {
		var e server.ErrorBody
		json.Unmarshal(body, &e)
		return 0, fmt.Errorf("%s: %d %s", target, resp.StatusCode, e.Error.Message)
	}
	var l store.List[json.RawMessage]
	if err := json.Unmarshal(body, &l); err != nil {
		return 0, err
	}
	return len(l.Items), nil
}
