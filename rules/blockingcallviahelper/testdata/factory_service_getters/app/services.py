import functools
import sqlite3


class ReportService:
    def totals(self):
        return sqlite3.connect("reports.db").execute("SELECT 1").fetchall()


@functools.lru_cache
def get_reports():
    return ReportService()


def get_reports_typed() -> "ReportService":
    return ReportService()


reports = get_reports()
