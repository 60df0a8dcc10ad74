//go:build !unix

package discover

import (
	"io/fs"
	"os"
)

// openNoFollow refuses anything but a regular file before opening it; the
// open itself is not race-free here, unlike on unix.
func openNoFollow(name string) (*os.File, error) {
	info, err := os.Lstat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular{info.Mode()}
	}
	return os.Open(name)
}
