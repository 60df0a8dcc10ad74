from app.repo import plugins


async def handler():
    # A chain spread over lines is shown on one line.
    return plugins()  # want "plugins -> enabled_plugins -> session.query\\(Plugin\\) .filter\\(Plugin.enabled\\) .all; make"
