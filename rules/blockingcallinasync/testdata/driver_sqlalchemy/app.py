import asyncio
from typing import Optional

from fastapi import Depends, FastAPI
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, scoped_session, sessionmaker

from .models import User

engine = create_engine("postgresql://h/app")
SessionLocal = sessionmaker(bind=engine)
Scoped = scoped_session(SessionLocal)
db = SQLAlchemy()
app = FastAPI()

async_engine = create_async_engine("postgresql+asyncpg://h/app")
AsyncSessionLocal = async_sessionmaker(async_engine)


def get_db():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


@app.get("/users/{uid}")
async def read_user(uid: int, db_session: Session = Depends(get_db)):
    user = db_session.get(User, uid)  # want "db_session.get\\(\\) \\(sqlalchemy.orm.Session\\(\\).get\\).*AsyncSession"
    rows = db_session.execute(select(User)).scalars().all()  # want "db_session.execute"
    first = db_session.query(User).filter(User.id == uid).first()  # want "first"
    n = db_session.query(User).count()  # want "count"
    q = db_session.query(User).filter_by(name="x")
    q.order_by(User.id)
    q.all()  # want "q.all"
    db_session.add(User(name="x"))
    db_session.add_all([])
    db_session.delete(user)
    db_session.flush()  # want "db_session.flush"
    db_session.commit()  # want "db_session.commit"
    db_session.refresh(user)  # want "db_session.refresh"
    db_session.scalars(select(User))  # want "db_session.scalars"
    return rows, first, n


async def annotated(db: Session, uid: int):
    db.query(User).filter(User.id == uid).one_or_none()  # want "one_or_none"
    db.execute(select(User)).scalars().first()  # want "db.execute\\(\\) \\(sqlalchemy.orm.Session\\(\\).execute\\) "


class UserRepository:
    def __init__(self, session: Session):
        self.session = session

    async def by_id(self, uid: int):
        return self.session.get(User, uid)  # want "self.session.get"


async def engines(e: Engine, opt: Optional[Session]):
    with engine.connect() as conn:  # want "engine.connect"
        conn.execute(text("select 1"))  # want "conn.execute"
        conn.exec_driver_sql("select 1")  # want "conn.exec_driver_sql"
        conn.commit()  # want "conn.commit"
    with engine.begin() as tx:  # want "engine.begin"
        tx.scalar(text("select 1"))  # want "tx.scalar"
    e.connect()  # want "e.connect"
    opt.execute(text("select 1"))  # want "opt.execute"
    engine.dispose()


async def factories():
    with SessionLocal() as s:
        s.execute(select(User))  # want "s.execute"
        s.rollback()  # want "s.rollback"
    with Session(engine) as s2:
        s2.merge(User(name="x"))  # want "s2.merge"
    with SessionLocal.begin() as s3:
        s3.add(User(name="y"))
    Scoped.query(User).one()  # want "one"
    Scoped().commit()  # want "Scoped\\(\\).commit"
    db.session.commit()  # want "db.session.commit"
    db.session.add(User(name="z"))
    select(User).where(User.id == 1)


async def async_sessions(uid: int, session: AsyncSession):
    await session.get(User, uid)
    await session.execute(select(User))
    await session.commit()
    session.add(User(name="x"))
    async with AsyncSessionLocal() as s:
        await s.scalars(select(User))
        await s.flush()
    async with async_engine.connect() as conn:
        await conn.execute(text("select 1"))
    async with async_engine.begin() as tx:
        await tx.run_sync(lambda c: c.execute(text("select 1")))


def load(uid):
    with SessionLocal() as s:
        return s.get(User, uid)


async def offloaded(uid):
    await asyncio.to_thread(load, uid)
    await asyncio.get_running_loop().run_in_executor(None, load, uid)
