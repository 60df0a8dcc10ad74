import requests


def charge(order_id, amount):
    return requests.post("https://payments.example/charge", json={"order": order_id, "amount": amount})
