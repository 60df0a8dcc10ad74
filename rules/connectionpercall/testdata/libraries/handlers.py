import aiomysql
import motor.motor_asyncio
import psycopg
import psycopg2.pool
import redis
from motor.motor_tornado import MotorClient
from psycopg_pool import AsyncConnectionPool
from sanic import Sanic
from sqlmodel import create_engine

app = Sanic("app")


@app.route("/a")
async def a(request):
    conn = await psycopg.AsyncConnection.connect("dbname=app")  # want "psycopg_pool.ConnectionPool"
    pool = AsyncConnectionPool("dbname=app")  # want "a pool per call pools nothing"
    my = await aiomysql.connect(host="db")  # want "aiomysql.create_pool"
    mypool = await aiomysql.create_pool(host="db")  # want "new connection pool once per request"
    return conn, pool, my, mypool


@app.route("/b")
async def b(request):
    m1 = motor.motor_asyncio.AsyncIOMotorClient("mongodb://db")  # want "one MongoClient \\(motor client\\)"
    m2 = MotorClient("mongodb://db")  # want "motor client"
    pg = psycopg2.pool.SimpleConnectionPool(1, 5, "dbname=app")  # want "pool per call"
    rp = redis.ConnectionPool.from_url("redis://db")  # want "new connection pool"
    r = redis.Redis.from_url("redis://db")  # want "redis ConnectionPool"
    e = create_engine("sqlite:///x.db")  # want "one engine per URL|once per URL"
    return m1, m2, pg, rp, r, e
