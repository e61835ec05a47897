// Package progress draws a progress line on a terminal: documents done,
// input read in MB/s, and, when the input size is known, a bar and the
// time left.
package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Bar redraws one line of w, in place, until Stop.
type Bar struct {
	w     io.Writer
	total int64         // input bytes, 0 when unknown
	bytes *atomic.Int64 // input bytes read so far
	docs  atomic.Int64
	start time.Time
	stop  chan struct{}
	done  sync.WaitGroup
}

// Start draws the line every interval until Stop. total is the size of
// the input in bytes, 0 when unknown; bytes counts what was read of it.
func Start(w io.Writer, total int64, bytes *atomic.Int64, interval time.Duration) *Bar {
	b := &Bar{w: w, total: total, bytes: bytes, start: time.Now(), stop: make(chan struct{})}
	b.done.Go(func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fmt.Fprintf(b.w, "\r%s\x1b[K", Line(b.docs.Load(), b.bytes.Load(), b.total, time.Since(b.start)))
			case <-b.stop:
				fmt.Fprint(b.w, "\r\x1b[K") // leave the line clean for the summary
				return
			}
		}
	})
	return b
}

// Doc counts one document done.
func (b *Bar) Doc() { b.docs.Add(1) }

// Stop erases the line and stops drawing it.
func (b *Bar) Stop() {
	close(b.stop)
	b.done.Wait()
}

// Line renders the progress after elapsed time:
//
//	1234 documents  12.5 MB/s  [=========>          ]  48%  ETA 1m05s
//
// with only documents and MB/s when total is 0 (unknown).
func Line(docs, bytes, total int64, elapsed time.Duration) string {
	secs := elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(bytes) / 1e6 / secs
	}
	s := fmt.Sprintf("%d documents  %.1f MB/s", docs, rate)
	if total <= 0 {
		return s
	}
	frac := min(float64(bytes)/float64(total), 1)
	const width = 20
	fill := int(frac * width)
	bar := strings.Repeat("=", fill)
	if fill < width {
		bar += ">" + strings.Repeat(" ", width-fill-1)
	}
	eta := "?"
	if bytes > 0 && secs > 0 {
		left := time.Duration(float64(total-bytes) / float64(bytes) * secs * float64(time.Second))
		eta = max(left, 0).Round(time.Second).String()
	}
	return fmt.Sprintf("%s  [%s] %3.0f%%  ETA %s", s, bar, frac*100, eta)
}
