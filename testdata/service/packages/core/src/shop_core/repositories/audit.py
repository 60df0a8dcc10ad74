import sqlite3

from shop_core.settings import AUDIT_DB


class AuditLog:
    def record(self, event: str, order_id: int) -> None:
        conn = sqlite3.connect(AUDIT_DB)
        try:
            conn.execute("insert into audit (event, order_id) values (?, ?)", (event, order_id))
            conn.commit()
        finally:
            conn.close()
