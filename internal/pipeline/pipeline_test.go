package pipeline

import (
	"iter"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func count(n int, pulled *atomic.Int64, stopped *atomic.Bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if pulled != nil {
				pulled.Add(1)
			}
			if !yield(i) {
				if stopped != nil {
					stopped.Store(true)
				}
				return
			}
		}
	}
}

func TestOrderedKeepsOrder(t *testing.T) {
	tests := []struct {
		name             string
		n, workers, wind int
	}{
		{"one worker", 200, 1, 1},
		{"several workers", 500, 4, 16},
		{"many workers, tight window", 500, 8, 8},
		{"window below workers is raised", 100, 4, 1},
		{"zero workers means one", 50, 0, 0},
		{"empty input", 0, 4, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next := 0
			for in, out := range Ordered(count(tt.n, nil, nil), tt.workers, tt.wind, func(i int) int {
				// Random delays make later values finish first.
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				return i * i
			}) {
				if in != next || out != in*in {
					t.Fatalf("got (%d, %d) at position %d", in, out, next)
				}
				next++
			}
			if next != tt.n {
				t.Fatalf("yielded %d values, want %d", next, tt.n)
			}
		})
	}
}

func TestOrderedBoundsInFlight(t *testing.T) {
	const window = 6
	var pulled atomic.Int64
	yielded := int64(0)
	maxInFlight := int64(0)
	for range Ordered(count(300, &pulled, nil), 3, window, func(i int) int {
		if i%10 == 0 { // a slow head of line lets the others pile up
			time.Sleep(2 * time.Millisecond)
		}
		return i
	}) {
		// The value being yielded is still in flight.
		maxInFlight = max(maxInFlight, pulled.Load()-yielded)
		yielded++
	}
	if maxInFlight > window {
		t.Fatalf("%d values in flight, window is %d", maxInFlight, window)
	}
	if maxInFlight < 2 {
		t.Fatalf("at most %d value in flight: no parallelism", maxInFlight)
	}
}

func TestOrderedRunsInParallel(t *testing.T) {
	// Every call waits until 4 calls run at once: this finishes only if
	// 4 workers really run together.
	const workers = 4
	var wg sync.WaitGroup
	wg.Add(workers)
	done := make(chan struct{})
	go func() {
		for range Ordered(count(workers, nil, nil), workers, workers, func(i int) int {
			wg.Done()
			wg.Wait()
			return i
		}) {
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("workers did not run concurrently")
	}
}

func TestOrderedEarlyStop(t *testing.T) {
	var stopped atomic.Bool
	var calls atomic.Int64
	n := 0
	for in := range Ordered(count(1_000_000, nil, &stopped), 4, 8, func(i int) int {
		calls.Add(1)
		return i
	}) {
		if in != n {
			t.Fatalf("got %d at %d", in, n)
		}
		n++
		if n == 10 {
			break
		}
	}
	// The source is stopped at its next value, soon after.
	deadline := time.Now().Add(5 * time.Second)
	for !stopped.Load() {
		if time.Now().After(deadline) {
			t.Fatal("source not stopped after the consumer broke out")
		}
		time.Sleep(time.Millisecond)
	}
	if c := calls.Load(); c > 10+8+4 {
		t.Fatalf("f called %d times after stopping at 10", c)
	}
}
