import sqlite3

import MySQLdb
import cx_Oracle
import mysql.connector
import oracledb
import psycopg2
import pymongo
import pymysql
import redis
from pymongo import MongoClient
from redis import StrictRedis

import aiosqlite
import asyncpg
import motor.motor_asyncio
import redis.asyncio as aioredis

CACHE = redis.Redis()  # module level: not in an async function


async def sqlite(path, q):
    conn = sqlite3.connect(path)  # want "sqlite3.connect.*aiosqlite"
    cur = conn.cursor()
    cur.execute(q)  # want "cur.execute\\(\\) \\(sqlite3.connect\\(\\).cursor\\(\\).execute\\)"
    cur.fetchall()  # want "cur.fetchall"
    conn.execute(q).fetchone()  # want "conn.execute\\(q\\).fetchone" "conn.execute"
    conn.commit()  # want "conn.commit"
    with sqlite3.connect(path) as c2:  # want "sqlite3.connect"
        c2.executemany(q, [])  # want "c2.executemany"
    cur.description
    conn.close()


async def psycopg(dsn, q):
    conn = psycopg2.connect(dsn)  # want "psycopg2.connect.*asyncpg"
    with conn.cursor() as cur:
        cur.execute(q)  # want "cur.execute"
        cur.fetchone()  # want "cur.fetchone"
        cur.fetchmany(3)  # want "cur.fetchmany"
    conn.rollback()  # want "conn.rollback"


async def mysql_drivers(q):
    a = pymysql.connect(host="h")  # want "pymysql.connect.*aiomysql"
    a.cursor().execute(q)  # want "a.cursor\\(\\).execute"
    b = mysql.connector.connect(host="h")  # want "mysql.connector.connect"
    b.cursor().fetchall()  # want "fetchall"
    c = MySQLdb.connect(host="h")  # want "MySQLdb.connect"
    c.commit()  # want "c.commit"


async def oracle(q):
    o = cx_Oracle.connect("dsn")  # want "cx_Oracle.connect.*oracledb.connect_async"
    o.cursor().execute(q)  # want "execute"
    p = oracledb.connect(dsn="dsn")  # want "oracledb.connect"
    p.commit()  # want "p.commit"
    pool = oracledb.create_pool(dsn="dsn")
    pool.acquire()  # want "pool.acquire"
    await oracledb.connect_async(dsn="dsn")


async def mongo():
    client = MongoClient("mongodb://h")  # connects lazily: the commands block
    client.app.users.find_one({})  # want "client.app.users.find_one.*motor"
    client["app"]["users"].insert_one({})  # want "insert_one"
    db = client.get_database("app")
    db.users.update_many({}, {})  # want "update_many"
    cursor = db.users.find({})
    cursor.sort("x").limit(3)
    client.close()


async def caches(key):
    r = redis.Redis(host="h")  # connects on the first command
    r.get(key)  # want "r.get.*redis.asyncio"
    r.set(key, 1)  # want "r.set"
    pipe = r.pipeline()
    pipe.set(key, 1).incr(key)
    pipe.execute()  # want "pipe.execute"
    u = redis.from_url("redis://h")
    u.hgetall(key)  # want "u.hgetall"
    StrictRedis().delete(key)  # want "StrictRedis\\(\\).delete"
    CACHE.incr(key)  # want "CACHE.incr"


async def async_drivers(dsn, q, key):
    conn = await asyncpg.connect(dsn)
    await conn.execute(q)
    await conn.fetch(q)
    async with aiosqlite.connect("db") as db:
        await db.execute(q)
        await db.commit()
    ar = aioredis.Redis()
    await ar.get(key)
    ar.pipeline()
    af = aioredis.from_url("redis://h")
    await af.set(key, 1)
    m = motor.motor_asyncio.AsyncIOMotorClient()
    await m.app.users.find_one({})


def sync_is_fine(path, q):
    conn = sqlite3.connect(path)
    conn.execute(q).fetchall()
    CACHE.get("k")
