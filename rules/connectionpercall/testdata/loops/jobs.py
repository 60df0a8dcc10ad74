import time

import httpx
import psycopg
import requests


def sync_all(urls):
    for url in urls:
        s = requests.Session()  # want "once per iteration \\(in a loop in sync_all\\)"
        s.get(url)


def check(urls):
    return [httpx.Client().get(u) for u in urls]  # want "in a loop in check"


def consume():
    while True:
        try:
            conn = psycopg.connect("dbname=app")
        except psycopg.OperationalError:
            time.sleep(1)
            continue
        serve(conn)


def connect_with_retry():
    for attempt in range(5):
        try:
            return psycopg.connect("dbname=app")
        except psycopg.OperationalError:
            time.sleep(2**attempt)


def wait_for_server(timeout=60):
    for _ in range(timeout):
        try:
            conn = psycopg.connect("dbname=postgres")
        except psycopg.OperationalError:
            time.sleep(1)
        else:
            conn.close()
            return


def fetch_each(urls):
    for url in urls:
        try:
            client = httpx.Client()  # want "once per iteration \\(in a loop in fetch_each\\)"
            client.get(url)
        except httpx.HTTPError:
            pass


def serve(conn):
    pass
