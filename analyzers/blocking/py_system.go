package blocking

// Sleeping, input, processes, sockets and DNS.
var (
	sleepB  = Blocking{"sleep", "use await asyncio.sleep(...)"}
	inputB  = Blocking{"input", "read input with await asyncio.to_thread(input, ...)"}
	runB    = Blocking{"process", "use await asyncio.create_subprocess_exec(...) (or anyio.run_process)"}
	waitB   = Blocking{"process", "move the wait to await asyncio.to_thread(...)"}
	socketB = Blocking{"socket", "use asyncio.open_connection or the loop.sock_* coroutines"}
	dnsB    = Blocking{"dns", "use await loop.getaddrinfo(...)"}
)

func init() {
	addExact(sleepB, "time.sleep")
	addExact(inputB, "input")
	addExact(runB, "subprocess.Popen subprocess.run subprocess.call subprocess.check_call subprocess.check_output subprocess.getoutput subprocess.getstatusoutput os.system os.popen os.posix_spawn os.posix_spawnp")
	addExact(runB, prefixEach("os.", "spawnl spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe"))
	addExact(waitB, prefixEach("os.", "wait wait3 wait4 waitid waitpid"))
	addExact(socketB, "socket.create_connection")
	addExact(dnsB, prefixEach("socket.", "getaddrinfo gethostbyname gethostbyname_ex gethostbyaddr getnameinfo getfqdn"))

	addType("socket", &objType{blocking: socketB,
		blocks:  words("accept connect connect_ex recv recv_into recvfrom recvfrom_into recvmsg recvmsg_into send sendall sendto sendmsg sendfile"),
		returns: map[string]string{"accept": "socket.pair", "dup": "socket"}},
		"socket.socket socket.create_connection socket.create_server socket.fromfd socket.socket.fromfd")
	addType("socket.pair", &objType{index: "socket"}, "socket.socketpair")
	addType("ssl.context", &objType{returns: map[string]string{"wrap_socket": "socket"}},
		"ssl.create_default_context ssl.SSLContext")
}
