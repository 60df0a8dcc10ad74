import sqlite3


def load_orders(path):
    return sqlite3.connect(path).execute("select * from orders").fetchall()
