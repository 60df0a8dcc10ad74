import asyncio
import functools

import clickhouse_driver
import cx_Oracle
import duckdb
import ibm_db_dbi
import MySQLdb
import oracledb
import psycopg
import psycopg2.pool
import pymssql
import pyodbc
import snowflake.connector
from clickhouse_driver import Client
from psycopg_pool import ConnectionPool

import aioodbc
import aiomysql
import aiosqlite
import asyncpg
import asynch
from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool

DSN = "Driver={ODBC Driver 18 for SQL Server};Server=db"
CONN = pyodbc.connect(DSN)  # module level: runs at import, not on the loop
POOL = psycopg2.pool.ThreadedConnectionPool(1, 4, "dbname=app")


async def odbc(q):
    conn = pyodbc.connect(DSN)  # want "pyodbc.connect.*aioodbc"
    cur = conn.cursor()
    cur.execute(q)  # want "cur.execute\\(\\) \\(pyodbc.connect\\(\\).cursor\\(\\).execute\\)"
    cur.fetchall()  # want "cur.fetchall"
    conn.execute(q).fetchone()  # want "conn.execute\\(q\\).fetchone" "conn.execute"
    conn.commit()  # want "conn.commit"
    with pyodbc.connect(DSN) as c2:  # want "pyodbc.connect"
        c2.cursor().execute(q)  # want "c2.cursor\\(\\).execute"
    cur.tables()  # want "cur.tables"
    cur.description
    conn.close()


async def annotated(conn: pyodbc.Connection, cur: pyodbc.Cursor, ora: oracledb.Connection, q):
    conn.commit()  # want "conn.commit\\(\\) \\(pyodbc.Connection\\(\\).commit\\)"
    cur.fetchone()  # want "cur.fetchone"
    ora.cursor().execute(q)  # want "ora.cursor\\(\\).execute"


class Repository:
    @classmethod
    async def rows(cls, q):
        return CONN.cursor().execute(q).fetchall()  # want "CONN.cursor\\(\\).execute\\(q\\).fetchall" "CONN.cursor\\(\\).execute"


async def oracle_and_mssql(q):
    o = cx_Oracle.connect("dsn")  # want "cx_Oracle.connect"
    o.ping()  # want "o.ping"
    m = pymssql.connect(server="db")  # want "pymssql.connect.*aioodbc"
    m.cursor().execute(q)  # want "m.cursor\\(\\).execute"
    my = MySQLdb.connect(host="h")  # want "MySQLdb.connect"
    my.cursor().fetchall()  # want "fetchall"


async def warehouses(q):
    db2 = ibm_db_dbi.connect("DATABASE=app")  # want "ibm_db_dbi.connect.*no async API"
    db2.cursor().execute(q)  # want "execute"
    sf = snowflake.connector.connect(user="u", account="a")  # want "snowflake.connector.connect"
    sfc = sf.cursor()
    sfc.execute(q)  # want "sfc.execute"
    sfc.fetch_pandas_all()  # want "sfc.fetch_pandas_all"
    ch = Client("clickhouse")
    ch.execute(q)  # want "ch.execute\\(\\) \\(clickhouse_driver.Client\\(\\).execute\\).*asynch"
    clickhouse_driver.Client.from_url("clickhouse://h").execute_iter(q)  # want "execute_iter"
    d = duckdb.connect("app.duckdb")  # want "duckdb.connect.*no async API"
    d.execute(q).fetchall()  # want "fetchall" "d.execute"
    d.sql(q).df()  # want "df" "d.sql"
    d.read_csv("x.csv")  # want "d.read_csv"
    duckdb.sql(q)  # want "duckdb.sql"
    rel = d.table("t")
    rel.filter("x > 1").limit(3)


async def psycopg3(q):
    with psycopg.connect("dbname=app") as conn:  # want "psycopg.connect.*AsyncConnection"
        with conn.cursor() as cur:
            cur.execute(q)  # want "cur.execute"
            cur.fetchone()  # want "cur.fetchone"
        conn.execute(q)  # want "conn.execute"
    c3 = psycopg.Connection.connect("dbname=app")  # want "psycopg.Connection.connect"
    c3.commit()  # want "c3.commit"
    pool = ConnectionPool("dbname=app")
    with pool.connection() as pc:  # want "pool.connection.*AsyncConnectionPool"
        pc.execute(q)  # want "pc.execute"
    conn2 = POOL.getconn()  # want "POOL.getconn.*create_pool"
    conn2.cursor().execute(q)  # want "execute"
    POOL.putconn(conn2)


async def async_variants(q):
    async with aioodbc.connect(dsn=DSN) as conn:
        async with conn.cursor() as cur:
            await cur.execute(q)
            await cur.fetchall()
    ora = await oracledb.connect_async(dsn="dsn")
    await ora.cursor().execute(q)
    async with await AsyncConnection.connect("dbname=app") as aconn:
        await aconn.execute(q)
    apool = AsyncConnectionPool("dbname=app")
    async with apool.connection() as ac:
        await ac.execute(q)
    async with aiosqlite.connect("db") as lite:
        await lite.execute(q)
    pg = await asyncpg.connect("postgres://h")
    await pg.fetch(q)
    my = await aiomysql.connect(host="h")
    await (await my.cursor()).execute(q)
    ch = await asynch.connect("clickhouse://h")
    async with ch.cursor() as cur:
        await cur.execute(q)


def query_sync(q):
    conn = pyodbc.connect(DSN)
    return conn.cursor().execute(q).fetchall()


async def offloaded(q):
    await asyncio.to_thread(query_sync, q)
    await asyncio.to_thread(CONN.cursor().execute, q)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, functools.partial(query_sync, q))
    await loop.run_in_executor(None, lambda: duckdb.sql(q).fetchall())
