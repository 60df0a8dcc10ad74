import time


async def trailing():
    time.sleep(1)  # noqa: CVT201
    time.sleep(2)  # covet-lint: ignore[CVT201] waits for the fake clock


async def alone_above():
    # covet-lint: ignore[CVT201] startup only
    time.sleep(3)
    time.sleep(4)  # want "CVT201 blocking call time.sleep"


async def above_blank_and_comments():
    # noqa: CVT201

    # an unrelated comment
    time.sleep(5)


async def in_string():
    x = "# noqa: CVT201"; time.sleep(6)  # want "CVT201"
    y = "covet-lint: ignore[CVT201]"; time.sleep(7)  # want "CVT201"
    return x, y


async def other_tools():
    time.sleep(8)  # noqa: E501, CVT201
    time.sleep(9)  # type: ignore  # noqa: CVT201
    time.sleep(10)  # noqa: E501  # want "CVT201"


async def bare():
    time.sleep(11)  # noqa  # want "CVT201"
    time.sleep(12)  # NOQA  # want "CVT201"
    time.sleep(13)  # noqa CVT201  # want "CVT201"


async def names():
    time.sleep(13)  # noqa: blocking-call-in-async
    time.sleep(14)  # covet-lint: ignore[blocking-call-in-async, CVT202]
    time.sleep(15)  # covet-lint: ignore[CVT202]  # want "CVT201"


async def multiline_call():
    time.sleep(  # noqa: CVT201
        16,
    )
    time.sleep(  # want "CVT201"
        17,  # noqa: CVT201  # want "CVT001 unused suppression: no CVT201"
    )
