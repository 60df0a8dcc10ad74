package discover

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"
)

// Reading is behind variables so tests can make a folder or a file fail to
// read: tests run as root, where permissions stop nothing.
var (
	readDir  = os.ReadDir
	readFile = readRegular
)

// errNotRegular is returned for anything but a regular file.
type errNotRegular struct{ mode fs.FileMode }

func (e errNotRegular) Error() string {
	return fmt.Sprintf("not a regular file (%s)", describeMode(e.mode))
}

// errTooLarge is returned for a file over the size limit.
type errTooLarge struct{ size, limit int64 }

func (e errTooLarge) Error() string {
	return fmt.Sprintf("%d bytes is over --max-file-size (%d)", e.size, e.limit)
}

// readRegular reads a regular file of at most limit bytes. It opens without
// following a final symlink and without blocking (a named pipe swapped in
// after the folder was listed is refused, not waited on), then checks what
// it opened.
func readRegular(name string, limit int64) ([]byte, error) {
	f, err := openNoFollow(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular{info.Mode()}
	}
	if info.Size() > limit {
		return nil, errTooLarge{info.Size(), limit}
	}
	src, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(src)) > limit { // it grew while we read
		return nil, errTooLarge{int64(len(src)), limit}
	}
	return src, nil
}

func describeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeSymlink != 0:
		return "symlink"
	case m.IsDir():
		return "folder"
	}
	return m.Type().String()
}

// invalidUTF8 finds the first invalid UTF-8 sequence, as a 1-based line and
// code-point column, and its byte offset.
func invalidUTF8(src []byte) (line, col, off int, bad bool) {
	if utf8.Valid(src) {
		return 0, 0, 0, false
	}
	line, col = 1, 1
	for off < len(src) {
		r, size := utf8.DecodeRune(src[off:])
		if r == utf8.RuneError && size <= 1 {
			return line, col, off, true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		off += size
	}
	return line, col, off, true
}
