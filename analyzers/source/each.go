package source

import "sync"

// MaxBytesInFlight bounds the source being parsed at once, whatever Jobs is:
// a tree costs about 30 times its source in memory.
const MaxBytesInFlight = 8 << 20

// Each calls fn for every file, from at most s.Jobs goroutines, with at most
// MaxBytesInFlight bytes of source between the start and end of fn calls.
// worker is in [0, s.Jobs), so fn can keep one parser per worker. Each
// returns when every call has.
func (s *Set) Each(files []*File, fn func(worker int, f *File)) {
	jobs := s.Jobs
	if jobs > len(files) {
		jobs = len(files)
	}
	budget := newBudget(MaxBytesInFlight)
	next := make(chan *File)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for f := range next {
				n := budget.acquire(len(f.Src))
				fn(w, f)
				budget.release(n)
			}
		}(w)
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
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
