import socket


def charge_card(token):
    return socket.create_connection(("payments.example", 443))
