import pkg.sub.mod
import pkg.sub.mod as m
from pkg.sub.mod import run_tool as tool
from .sub import mod as relmod
from .sub.mod import quiet


async def build():
    m.run_tool(["make"])  # want "m.run_tool\\(\\) blocks the event loop: run_tool -> subprocess.run"
    tool(["make"])  # want "tool\\(\\) blocks the event loop: run_tool -> subprocess.run; make run_tool async, or run it with await asyncio.to_thread\\(tool, \\.\\.\\.\\)"
    pkg.sub.mod.run_tool(["make"])  # want "run_tool -> subprocess.run"
    relmod.run_tool(["make"])  # want "run_tool -> subprocess.run"
    quiet(["make"])
    m.quiet(["make"])
