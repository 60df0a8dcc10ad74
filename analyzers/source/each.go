package source

import (
	"fmt"
	"runtime/debug"
	"sort"
	"sync"
)

// MaxBytesInFlight bounds the source being parsed at once, whatever Jobs is:
// a tree costs about 30 times its source in memory.
const MaxBytesInFlight = 8 << 20

// Each calls fn for every file, from at most s.Jobs goroutines, with at most
// MaxBytesInFlight bytes of source between the start and end of fn calls.
// worker is in [0, s.Jobs), so fn can keep one parser per worker. Each
// returns when every call has. If fn panics, the other files are still
// visited and Each then panics in the caller's goroutine, naming the file,
// so that the driver's recover turns it into an internal error instead of
// the panic ending the process from a worker goroutine.
func (s *Set) Each(files []*File, fn func(worker int, f *File)) {
	jobs := max(s.Jobs, 1)
	if jobs > len(files) {
		jobs = len(files)
	}
	budget := newBudget(MaxBytesInFlight)
	next := make(chan *File)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var panics []string
	visit := func(w int, f *File) {
		n := budget.acquire(len(f.Src))
		defer budget.release(n)
		defer func() {
			if p := recover(); p != nil {
				mu.Lock()
				panics = append(panics, fmt.Sprintf("%s: %v\n%s", f.Path, p, debug.Stack()))
				mu.Unlock()
			}
		}()
		fn(w, f)
	}
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for f := range next {
				visit(w, f)
			}
		}(w)
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	if len(panics) > 0 {
		sort.Strings(panics)
		panic(fmt.Sprintf("panic visiting %d file(s); first: %s", len(panics), panics[0]))
	}
}

// budget is a counting semaphore over bytes.
type budget struct {
	mu   sync.Mutex
	cond *sync.Cond
	free int
	max  int
}

func newBudget(max int) *budget {
	b := &budget{free: max, max: max}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes are free and takes them; a file larger than
// the whole budget takes all of it.
func (b *budget) acquire(n int) int {
	if n > b.max {
		n = b.max
	}
	b.mu.Lock()
	for b.free < n {
		b.cond.Wait()
	}
	b.free -= n
	b.mu.Unlock()
	return n
}

func (b *budget) release(n int) {
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}
