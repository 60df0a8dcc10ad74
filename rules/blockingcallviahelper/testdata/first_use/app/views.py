from app.clients import Server, cached_then_every_call, get_session, load, settings

_server = None


async def handler():
    get_session()  # want note "get_session\\(\\) blocks the event loop: get_session -> _session.get; .*; it blocks on first use only \\(behind `if _session is None:` in get_session\\)"
    settings()  # want note "it blocks on first use only \\(settings is cached\\)"
    Server().start()  # want note "Server.start -> Server.wait_ready -> time.sleep; .*first use only \\(behind `if not self.running:` in Server.start\\)"
    Server().ping()  # want warning "Server.ping -> time.sleep"
    load()  # want warning "load -> git_branch -> subprocess.check_output"
    cached_then_every_call()  # want warning "cached_then_every_call -> git_branch"


async def lazy_caller():
    global _server
    if _server is None:
        _server = Server()
        _server.ping()  # want note "first use only \\(behind `if _server is None:`\\)"
