package blocking

import "strings"

// Files: open, shutil, and filesystem queries through os.path and pathlib.
var (
	fileB   = Blocking{"file", "use aiofiles or anyio.Path, or move the work to asyncio.to_thread"}
	shutilB = Blocking{"file", "move it to await asyncio.to_thread(...) (or anyio.to_thread.run_sync)"}
	statB   = Blocking{"file", "use await anyio.Path(...) or trio.Path(...) methods, or move it to await asyncio.to_thread(...)"}
)

// pathQuiet are the names ruff's ASYNC240 lets through on os.path and
// pathlib.Path (pure path arithmetic), but open, which ASYNC230 covers.
const pathQuiet = "ALLOW_MISSING altsep anchor as_posix as_uri basename commonpath commonprefix curdir defpath devnull dirname drive " +
	"expandvars extsep genericpath is_absolute is_relative_to is_reserved isabs join joinpath match name normcase os " +
	"pardir parent parents parts pathsep relative_to root samestat sep split splitdrive splitext splitroot stem suffix suffixes " +
	"supports_unicode_filenames sys with_name with_segments with_stem with_suffix"

func init() {
	addExact(fileB, "open io.open io.open_code os.fdopen codecs.open")
	addExact(shutilB, "shutil.copy shutil.copy2 shutil.copyfile shutil.copyfileobj shutil.copytree shutil.copymode shutil.copystat shutil.move shutil.rmtree shutil.make_archive shutil.unpack_archive")

	// ASYNC240: every os.path function that asks the filesystem (or the
	// working directory, or the user database). normpath and isreserved,
	// which ruff also reports, only read their argument.
	addExact(statB, prefixEach("os.path.", "exists lexists isfile isdir islink ismount isjunction isdevdrive "+
		"getsize getmtime getatime getctime abspath realpath relpath expanduser samefile sameopenfile"))

	// pathlib: every method but path arithmetic (ASYNC240), open included
	// (ASYNC230). PurePath does no I/O and has none of them.
	pathOps := map[string]string{}
	for _, m := range strings.Fields("joinpath with_name with_suffix with_stem with_segments resolve absolute expanduser relative_to") {
		pathOps[m] = "pathlib.Path"
	}
	addType("pathlib.Path", &objType{blocking: fileB,
		blocks: words("*"), quiet: words(pathQuiet),
		returns: pathOps, attrs: map[string]string{"parent": "pathlib.Path", "parents": "pathlib.Path.parents"}, div: "pathlib.Path"},
		"pathlib.Path pathlib.PosixPath pathlib.WindowsPath pathlib.Path.home pathlib.Path.cwd")
	types["pathlib.Path.parents"] = &objType{index: "pathlib.Path"}
}
