# Beyond ruff's fixture: each os.path function and pathlib.Path method
# ASYNC240 reports (every name but its list of path arithmetic), and the
# path arithmetic it lets through.
import os.path
from os import path as osp
from pathlib import Path, PosixPath, PurePath

import anyio


async def os_path_queries(p):
    os.path.isfile(p)  # want "os.path.isfile"
    os.path.isdir(p)  # want "os.path.isdir"
    os.path.islink(p)  # want "os.path.islink"
    os.path.ismount(p)  # want "os.path.ismount"
    os.path.lexists(p)  # want "os.path.lexists"
    osp.getsize(p)  # want "osp.getsize\\(\\) \\(os.path.getsize\\)"
    os.path.getmtime(p)  # want "os.path.getmtime"
    os.path.getatime(p)  # want "os.path.getatime"
    os.path.getctime(p)  # want "os.path.getctime"
    os.path.realpath(p)  # want "os.path.realpath"
    os.path.relpath(p)  # want "os.path.relpath"
    os.path.expanduser(p)  # want "os.path.expanduser"
    os.path.samefile(p, p)  # want "os.path.samefile"
    if os.path.exists(os.path.join(p, "x")):  # want "os.path.exists"
        pass


async def os_path_arithmetic(p):
    os.path.join(p, "x")
    os.path.dirname(p)
    os.path.basename(p)
    os.path.splitext(p)
    os.path.isabs(p)
    os.path.normcase(p)
    os.path.commonpath([p])
    os.path.expandvars(p)
    os.path.normpath(p)  # ruff reports it; it only reads its argument


async def path_queries(p: Path, pp: PosixPath):
    p.is_file()  # want "p.is_file"
    p.is_dir()  # want "p.is_dir"
    p.stat()  # want "p.stat"
    p.iterdir()  # want "p.iterdir"
    p.glob("*.py")  # want "p.glob"
    p.mkdir(parents=True)  # want "p.mkdir"
    p.unlink()  # want "p.unlink"
    p.rename("q")  # want "p.rename"
    p.resolve()  # want "p.resolve"
    p.expanduser()  # want "p.expanduser"
    (p / "sub").exists()  # want "exists"
    p.parent.is_dir()  # want "is_dir"
    pp.chmod(0o644)  # want "pp.chmod"


async def path_arithmetic(p: Path):
    p.with_suffix(".txt").as_posix()
    p.joinpath("a").relative_to(p)
    p.match("*.py")
    p.parent.name
    PurePath("x").with_name("y")
    Path.home()
    await anyio.Path(p).exists()
    await anyio.Path(p).stat()
