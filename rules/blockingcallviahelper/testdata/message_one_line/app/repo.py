from sqlalchemy.orm import Session

from app.db import SessionLocal


def enabled_plugins(session: Session):
    return (
        session.query(Plugin)
        .filter(Plugin.enabled)
        .all()
    )


def plugins():
    session: Session = SessionLocal()
    return enabled_plugins(session)
