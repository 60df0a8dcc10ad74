import mysql.connector
import psycopg2
import pymongo
import pymysql
import pyodbc
import redis
import requests
import urllib3
from flask import Blueprint, Flask, g

app = Flask(__name__)
bp = Blueprint("api", __name__)


@app.route("/items")
def items():
    conn = psycopg2.connect("dbname=app")  # want "psycopg2.pool.ThreadedConnectionPool"
    return conn.cursor().execute("select 1")


@bp.route("/mysql")
def from_mysql():
    a = pymysql.connect(host="db")  # want "new database connection once per request"
    b = mysql.connector.connect(host="db")  # want "mysql.connector.pooling.MySQLConnectionPool"
    return a, b


@app.before_request
def open_db():
    g.db = pyodbc.connect("DSN=app")  # want "in request handler open_db"


def mongo_view(request):
    client = pymongo.MongoClient("mongodb://db")  # want "one MongoClient"
    return client.app.users.find_one()


class TimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.cache = redis.Redis()

    def __call__(self, request):
        r = redis.StrictRedis()  # want "in request handler TimingMiddleware.__call__"
        return self.get_response(request)


@app.get("/fetch")
def fetch():
    with requests.Session() as s:  # want "one requests.Session at startup"
        http = urllib3.PoolManager()  # want "one urllib3.PoolManager"
        return s.get("https://example.com").text
