from pkg.settings import load_settings


async def startup():
    return load_settings()  # want "load_settings\\(\\) blocks the event loop: load_settings -> read_file -> open; make load_settings async"
