package progress

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestLine(t *testing.T) {
	tests := []struct {
		docs, bytes, total int64
		elapsed            time.Duration
		want               string
	}{
		{0, 0, 0, 0, "0 documents  0.0 MB/s"},
		{12, 5e6, 0, 2 * time.Second, "12 documents  2.5 MB/s"},
		{12, 5e6, 20e6, 2 * time.Second, "12 documents  2.5 MB/s  [=====>              ]  25%  ETA 6s"},
		{40, 20e6, 20e6, 4 * time.Second, "40 documents  5.0 MB/s  [====================] 100%  ETA 0s"},
		{1, 0, 20e6, time.Second, "1 documents  0.0 MB/s  [>                   ]   0%  ETA ?"},
	}
	for _, tt := range tests {
		if got := Line(tt.docs, tt.bytes, tt.total, tt.elapsed); got != tt.want {
			t.Errorf("Line(%d, %d, %d, %v) =\n%q, want\n%q", tt.docs, tt.bytes, tt.total, tt.elapsed, got, tt.want)
		}
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestBarDrawsAndErases(t *testing.T) {
	var out syncBuffer
	var read atomic.Int64
	bar := Start(&out, 100, &read, time.Millisecond)
	bar.Doc()
	read.Store(50)
	for !strings.Contains(out.String(), "1 documents") {
		time.Sleep(time.Millisecond)
	}
	bar.Stop()
	if s := out.String(); !strings.HasSuffix(s, "\r\x1b[K") || !strings.Contains(s, "50%") {
		t.Errorf("output %q: want a line at 50%% then an erased line", s)
	}
}
