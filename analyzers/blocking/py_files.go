package blocking

import "strings"

// Files: open, shutil and pathlib.
var (
	fileB   = Blocking{"file", "use aiofiles or anyio.Path, or move the work to asyncio.to_thread"}
	shutilB = Blocking{"file", "move it to await asyncio.to_thread(...) (or anyio.to_thread.run_sync)"}
)

func init() {
	addExact(fileB, "open io.open io.open_code os.fdopen codecs.open")
	addExact(shutilB, "shutil.copy shutil.copy2 shutil.copyfile shutil.copyfileobj shutil.copytree shutil.copymode shutil.copystat shutil.move shutil.rmtree shutil.make_archive shutil.unpack_archive")

	// pathlib (PurePath does no I/O and has none of these).
	pathOps := map[string]string{}
	for _, m := range strings.Fields("joinpath with_name with_suffix with_stem with_segments resolve absolute expanduser relative_to") {
		pathOps[m] = "pathlib.Path"
	}
	addType("pathlib.Path", &objType{blocking: fileB,
		blocks:  words("open read_text read_bytes write_text write_bytes touch"),
		returns: pathOps, attrs: map[string]string{"parent": "pathlib.Path", "parents": "pathlib.Path.parents"}, div: "pathlib.Path"},
		"pathlib.Path pathlib.PosixPath pathlib.WindowsPath pathlib.Path.home pathlib.Path.cwd")
	types["pathlib.Path.parents"] = &objType{index: "pathlib.Path"}
}
