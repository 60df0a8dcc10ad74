import asyncio

from app import services
from app.services import get_reports, get_reports_typed, reports


class Dashboard:
    def __init__(self):
        self.reports = get_reports()

    async def render(self):
        return self.reports.totals()  # want "self\\.reports\\.totals\\(\\) blocks the event loop: ReportService\\.totals -> "


async def handler():
    get_reports().totals()  # want "get_reports\\(\\)\\.totals\\(\\) blocks the event loop: ReportService\\.totals"
    svc = get_reports_typed()
    svc.totals()  # want "svc\\.totals\\(\\) blocks the event loop: ReportService\\.totals"
    reports.totals()  # want "reports\\.totals\\(\\) blocks the event loop: ReportService\\.totals"
    services.reports.totals()  # want "services\\.reports\\.totals\\(\\) blocks the event loop"
    await asyncio.to_thread(reports.totals)
    return await get_reports().totals()
