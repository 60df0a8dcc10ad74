import os

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql+psycopg2://shop@localhost/shop")
ASYNC_DATABASE_URL = DATABASE_URL.replace("+psycopg2", "+asyncpg")
CACHE_URL = os.environ.get("CACHE_URL", "redis://localhost:6379/0")
AUDIT_DB = os.environ.get("AUDIT_DB", "audit.sqlite3")
