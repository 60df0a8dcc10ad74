import asyncio
import time


async def handler():
    await asyncio.sleep(1)  # noqa: CVT201  # want "CVT001 unused suppression: no CVT201 \\(blocking-call-in-async\\)"
    await asyncio.sleep(2)  # covet-lint: ignore[CVT201, CVT999]  # want "CVT001 unused suppression: no CVT201" "CVT001 suppression names unknown rule CVT999"
    time.sleep(3)  # noqa: CVT201, CVT998  # want "CVT001 suppression names unknown rule CVT998"
    time.sleep(4)  # covet-lint: ignore[nonsense-rule, CVT201]  # want "CVT001 suppression names unknown rule nonsense-rule"
    x = 1  # covet-lint: ignore  # want "CVT001 suppression names no rule"
    y = 2  # covet-lint: ignore[]  # want "CVT001 suppression names no rule"
    z = 3  # noqa: E501, W291
    return x, y, z


async def stale_above():
    # noqa: blocking-call-in-async  # want "CVT001 unused suppression: no CVT201"
    await asyncio.sleep(5)


def unused_can_be_silenced():
    pass  # noqa: CVT201, CVT001



def stale_cvt001():
    # noqa: CVT001  # want "CVT001 unused suppression: no CVT001"
    pass
    pass  # noqa: CVT001  # want "CVT001 unused suppression: no CVT001"


def used_cvt001():
    # covet-lint: ignore[CVT001]
    pass  # noqa: CVT201


# covet-lint: ignore[CVT201]  # want "CVT001 unused suppression: no CVT201 .* covers no line"
