package main

// pool runs the costly work of a bundle's elements on up to n goroutines
// and hands the results back in order, on the bundle's own goroutine,
// where the DoFn may emit them. A distributed runner runs bundles in
// parallel on its workers; the local runner (Prism) runs a stage's
// elements as one bundle, on one goroutine, so this is how a run on one
// machine uses its cores. With n = 1 the work runs in place.
//
// Results wait to be emitted until a later element, or FinishBundle,
// flushes them; at most 2n are in flight, which bounds memory.
type pool[R any] struct {
	n       int
	sem     chan struct{}
	pending []*task[R]
}

type task[R any] struct {
	done chan struct{}
	r    R
}

func newPool[R any](n int) *pool[R] {
	return &pool[R]{n: max(1, n), sem: make(chan struct{}, max(1, n))}
}

// submit starts work, then delivers the results that are due, oldest
// first, so that no more than 2n stay in flight.
func (p *pool[R]) submit(work func() R, deliver func(R)) {
	if p.n == 1 {
		deliver(work())
		return
	}
	t := &task[R]{done: make(chan struct{})}
	p.pending = append(p.pending, t)
	go func() {
		p.sem <- struct{}{}
		t.r = work()
		<-p.sem
		close(t.done)
	}()
	p.flush(2*p.n-1, deliver)
}

// flush delivers results, oldest first, waiting for them, until at most
// keep are pending.
func (p *pool[R]) flush(keep int, deliver func(R)) {
	for len(p.pending) > keep {
		t := p.pending[0]
		<-t.done
		p.pending[0] = nil
		p.pending = p.pending[1:]
		deliver(t.r)
	}
}
