import sqlite3


class OrderRepository:
    def __init__(self, path):
        self.path = path

    def add(self, order):
        conn = sqlite3.connect(self.path)
        conn.execute("INSERT INTO orders VALUES (?)", (order,))
        conn.commit()
