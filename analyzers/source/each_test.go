package source

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestEachBoundsBytesInFlight runs Each with more jobs than the byte budget
// allows and records the most source bytes inside fn at once.
func TestEachBoundsBytesInFlight(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var files []*File
	for i := 0; i < 60; i++ {
		files = append(files, &File{Path: fmt.Sprintf("f%02d.py", i), Src: make([]byte, 200<<10+rng.Intn(2<<20))})
	}
	huge := &File{Path: "huge.py", Src: make([]byte, MaxBytesInFlight+3<<20)}
	files = append(files[:30], append([]*File{huge}, files[30:]...)...)
	for _, jobs := range []int{1, 4, 32} {
		t.Run(fmt.Sprint("jobs=", jobs), func(t *testing.T) {
			s := &Set{Jobs: jobs}
			var mu sync.Mutex
			inFlight, maxBytes, running, maxRunning := 0, 0, 0, 0
			seen := map[string]int{}
			var bad atomic.Int32
			s.Each(files, func(worker int, f *File) {
				if worker < 0 || worker >= jobs {
					bad.Add(1)
				}
				mu.Lock()
				seen[f.Path]++
				inFlight += len(f.Src)
				running++
				if running > 1 && inFlight > maxBytes {
					maxBytes = inFlight
				}
				if f == huge && running > 1 {
					bad.Add(1) // a file over the budget must run alone
				}
				maxRunning = max(maxRunning, running)
				mu.Unlock()
				time.Sleep(2 * time.Millisecond)
				mu.Lock()
				inFlight -= len(f.Src)
				running--
				mu.Unlock()
			})
			if bad.Load() != 0 {
				t.Errorf("%d calls broke the rules (worker out of range or huge file not alone)", bad.Load())
			}
			if maxBytes > MaxBytesInFlight {
				t.Errorf("%d bytes in flight, budget %d", maxBytes, MaxBytesInFlight)
			}
			if len(seen) != len(files) {
				t.Errorf("visited %d files of %d", len(seen), len(files))
			}
			for p, n := range seen {
				if n != 1 {
					t.Errorf("%s visited %d times", p, n)
				}
			}
			if jobs > 1 && maxRunning < 2 {
				t.Errorf("never ran two files at once with %d jobs", jobs)
			}
			if jobs == 1 && maxRunning != 1 {
				t.Errorf("ran %d files at once with 1 job", maxRunning)
			}
			t.Logf("jobs=%d: at most %d files and %.1f MiB in flight", jobs, maxRunning, float64(maxBytes)/(1<<20))
		})
	}
}

func TestEachNoFiles(t *testing.T) {
	(&Set{Jobs: 4}).Each(nil, func(int, *File) { t.Error("called") })
}

// TestEachPanicReachesCaller: a panic on one file does not end the process
// from a worker goroutine; the other files are visited and Each panics in
// the caller's goroutine, where the driver recovers it.
func TestEachPanicReachesCaller(t *testing.T) {
	var files []*File
	for i := 0; i < 20; i++ {
		files = append(files, &File{Path: fmt.Sprintf("f%02d.py", i), Src: []byte("x")})
	}
	var visited atomic.Int32
	got := func() (p any) {
		defer func() { p = recover() }()
		(&Set{Jobs: 4}).Each(files, func(_ int, f *File) {
			visited.Add(1)
			if f.Path == "f07.py" {
				panic("bad file")
			}
		})
		return nil
	}()
	msg, _ := got.(string)
	if !strings.Contains(msg, "f07.py: bad file") {
		t.Errorf("recovered %v, want a panic naming f07.py", got)
	}
	if visited.Load() != 20 {
		t.Errorf("visited %d of 20 files", visited.Load())
	}
}
