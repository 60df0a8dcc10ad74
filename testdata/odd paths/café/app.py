"""Columns count code points: the finding after "naïve" and the emoji must
land on the call, whatever the bytes before it."""
import time
import requests


async def crème(request):
    naïve = "😀"; time.sleep(0.5)
    return naïve


async def fetch(url):
	return requests.get(url)  # indented with a tab


async def spread(url):
    return (requests
            .post)(url)
