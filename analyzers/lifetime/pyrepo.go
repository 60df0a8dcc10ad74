package lifetime

import (
	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
)

// defKey names a function of the repository.
type defKey struct {
	path  string
	scope int
}

// pyRepo is the Python side of the analysis: every file's derived facts,
// the repository's definitions, and the roles of its functions.
type pyRepo struct {
	py    *python.Result
	x     *pydefs.Index
	ctx   *asyncctx.Result
	src   func(string) []byte
	files map[string]*pyFile
	// callers are the WebSocket handlers calling each function.
	callers map[defKey]wsFn
}

func newPyRepo(py *python.Result, x *pydefs.Index, ctx *asyncctx.Result, src func(string) []byte) *pyRepo {
	r := &pyRepo{py: py, x: x, ctx: ctx, src: src, files: map[string]*pyFile{}}
	for _, p := range py.Paths {
		r.files[p] = newPyFile(py.Files[p], src(p))
	}
	return r
}

// role is the role asyncctx gives the function.
func (r *pyRepo) role(f *pyFile, fn int) asyncctx.Role {
	return r.ctx.Role(f.ff.Path, fn)
}

// args are a call's arguments as written, keyword names dropped.
func (f *pyFile) args(c *python.Call) []string { return asyncctx.Args(f.src, c) }
