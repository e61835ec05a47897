// Package pipeline maps a function over a stream on several goroutines and
// gives the results back in input order, with a bounded number of values
// in flight.
package pipeline

import (
	"iter"
	"sync"
)

type job[In, Out any] struct {
	in   In
	out  Out
	done chan struct{}
}

// Ordered applies f to every value of in, on workers goroutines, and
// yields each value with its result in input order. At most window values
// are in flight (taken from in and not yet yielded), so memory stays
// bounded however long in is; window is raised to workers if smaller.
// f must be safe for concurrent use.
//
// in is iterated on a goroutine of its own. When the consumer stops early,
// the workers stop, and in is stopped at its next value.
func Ordered[In, Out any](in iter.Seq[In], workers, window int, f func(In) Out) iter.Seq2[In, Out] {
	workers = max(workers, 1)
	window = max(window, workers)
	return func(yield func(In, Out) bool) {
		tokens := make(chan struct{}, window) // one per value in flight
		order := make(chan *job[In, Out], window)
		jobs := make(chan *job[In, Out])
		stop := make(chan struct{})

		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					select {
					case j, ok := <-jobs:
						if !ok {
							return
						}
						j.out = f(j.in)
						close(j.done)
					case <-stop:
						return
					}
				}
			})
		}

		go func() {
			defer close(order)
			defer close(jobs)
			acquire := func() bool {
				select {
				case tokens <- struct{}{}:
					return true
				case <-stop:
					return false
				}
			}
			// A token is taken before each value is pulled from in, so
			// that no more than window values are ever out of it.
			if !acquire() {
				return
			}
			for v := range in {
				j := &job[In, Out]{in: v, done: make(chan struct{})}
				order <- j // never blocks: it holds at most window jobs
				select {
				case jobs <- j:
				case <-stop:
					return
				}
				if !acquire() {
					return
				}
			}
		}()

		defer func() {
			close(stop)
			wg.Wait()
		}()
		for j := range order {
			<-j.done
			ok := yield(j.in, j.out)
			<-tokens
			if !ok {
				return
			}
		}
	}
}
