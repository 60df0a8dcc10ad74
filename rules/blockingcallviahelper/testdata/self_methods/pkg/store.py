import time

from pkg.base import Repository


class Settings:
    def __init__(self, path):
        with open(path) as f:
            self.text = f.read()


class Store(Repository):
    def load(self):
        return self.fetch()

    @classmethod
    def wait(cls):
        time.sleep(1)

    def ok(self):
        return 1

    async def handle(self):
        self.load()  # want "self.load\\(\\) blocks the event loop: Store.load -> Repository.fetch -> open; make Store.load async"
        self.fetch()  # want "self.fetch\\(\\) blocks the event loop: Repository.fetch -> open"
        self.ok()
        self.missing()

    @classmethod
    async def on_class(cls):
        cls.wait()  # want "cls.wait\\(\\) blocks the event loop: Store.wait -> time.sleep"


async def use_instances():
    Settings("a.toml")  # want "Settings\\(\\) blocks the event loop: Settings.__init__ -> open; move the blocking work out of Settings.__init__, or run it with await asyncio.to_thread\\(Settings, \\.\\.\\.\\)"
    Store().load()  # want "Store\\(\\).load\\(\\) blocks the event loop: Store.load -> Repository.fetch -> open"
    Store.wait()  # want "Store.wait -> time.sleep"
    Store()


class Cached(Repository):
    def fetch(self):
        return super().fetch()

    def connect(self):
        # Overrides the base's blocking connect.
        return None

    async def refresh(self):
        self.fetch()  # want "self.fetch\\(\\) blocks the event loop: Cached.fetch -> Repository.fetch -> open"
        super().fetch()  # want "super\\(\\).fetch\\(\\) blocks the event loop: Repository.fetch -> open"
        self.connect()
        super().connect()  # want "Repository.connect -> sqlite3.connect"


class Service:
    def __init__(self):
        self.store = Store()

    async def serve(self):
        # The front-end follows attributes assigned in the class's methods.
        self.store.load()  # want "self.store.load\\(\\) blocks the event loop: Store.load -> Repository.fetch -> open"
