# Two files are module "helpers" (no __init__.py): which one runs depends
# on sys.path, so the bare name is not followed; the longer names are unique.
import helpers
from tools.helpers import load as tools_load
from scripts.helpers import load as scripts_load


async def handler(path):
    helpers.load(path)
    tools_load(path)  # want "tools_load\\(\\) blocks the event loop: load -> open"
    scripts_load(path)
