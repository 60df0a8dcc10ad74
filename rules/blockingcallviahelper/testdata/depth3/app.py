import requests


def fetch(url):
    return requests.get(url)


def fetch_user(uid):
    return fetch("https://example.com/users/" + uid)


def user_name(uid):
    return fetch_user(uid).json()["name"]


def greeting(uid):
    return "hello " + user_name(uid)


async def handler(request):
    return greeting(request.uid)  # want "greeting\\(\\) blocks the event loop: greeting -> user_name -> fetch_user -> fetch -> requests.get"
