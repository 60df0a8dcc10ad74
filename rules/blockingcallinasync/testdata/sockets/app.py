import socket
from socket import create_connection


async def raw(host):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setblocking(True)
    s.connect((host, 80))  # want "s.connect\\(\\) \\(socket.socket\\(\\).connect\\) in async function; use asyncio.open_connection"
    s.sendall(b"x")  # want "sendall"
    s.send(b"x")  # want "s.send"
    s.recv(10)  # want "s.recv"
    conn = create_connection((host, 80))  # want "create_connection"
    conn.recv(1)  # want "conn.recv"
    srv = socket.socket()
    srv.bind(("", 0))
    srv.listen()
    srv.accept()  # want "srv.accept"
    srv.accept()[0].recv(1)  # want "srv.accept\\(\\)\\[0\\].recv" "srv.accept"
    socket.gethostbyname(host)  # want "gethostbyname.*getaddrinfo"
    socket.getaddrinfo(host, 80)  # want "socket.getaddrinfo"
    s.close()
    s.fileno()


async def non_blocking(loop, host):
    s = socket.socket()
    s.setblocking(False)
    await loop.sock_connect(s, (host, 80))
    await loop.sock_sendall(s, b"x")
    reader, writer = await asyncio.open_connection(host, 80)
    await reader.read(10)
    writer.write(b"x")
    await loop.getaddrinfo(host, 80)


import asyncio
