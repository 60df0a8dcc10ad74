class Server:
    def __init__(self):
        self.websockets = set()

    def register(self, protocol: WebSocketServerProtocol):
        # Called from somewhere the analysis cannot see; unregister runs
        # when the connection is lost.
        self.websockets.add(protocol)

    def unregister(self, protocol: WebSocketServerProtocol):
        self.websockets.remove(protocol)
