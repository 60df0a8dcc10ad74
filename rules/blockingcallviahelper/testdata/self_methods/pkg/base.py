import sqlite3


class Repository:
    def connect(self):
        return sqlite3.connect(self.path)

    def fetch(self):
        return open(self.path).read()
