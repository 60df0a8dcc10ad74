"""Database access: "high-performance" queries, one connection per request."""
import asyncpg

DSN = "postgresql://covet:covet@localhost/covet"


async def get_connection():
    # No pool: every caller opens a fresh connection.
    return await asyncpg.connect(DSN)


async def list_users(request):
    conn = await get_connection()
    try:
        return await conn.fetch("SELECT id, name FROM users")
    finally:
        await conn.close()
