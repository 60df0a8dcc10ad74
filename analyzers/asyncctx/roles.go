package asyncctx

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/python"
)

// Role is what running a function means: how often the framework runs it.
type Role uint8

const (
	// Plain functions run per call of whoever calls them.
	Plain Role = iota
	// RequestHandler functions run once per request.
	RequestHandler
	// MsgHandler functions run once per message, event or task.
	MsgHandler
	// WSHandler functions run once per WebSocket connection.
	WSHandler
	// Dependency functions are dependency-injection providers the
	// framework calls once per request (FastAPI's Depends, Litestar's
	// Provide).
	Dependency
	// Once functions run once per process or application: __init__,
	// startup and lifespan hooks, application factories, main.
	Once
	// Cached functions run once per distinct arguments.
	Cached
)

// routeDecorators are the last names of decorators that register a
// function as a request handler: FastAPI, Starlette, Flask, Quart, Sanic,
// aiohttp's RouteTableDef, Litestar, Django Ninja.
var routeDecorators = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true,
	"route": true, "api_route": true, "view": true, "http": true,
	"before_request": true, "after_request": true, "teardown_request": true, "middleware": true,
	"exception_handler": true, "errorhandler": true,
}

// wsDecorators register WebSocket handlers (FastAPI, Starlette, Sanic,
// Quart, flask-sock, Litestar).
var wsDecorators = map[string]bool{"websocket": true, "websocket_route": true, "ws": true, "websocket_listener": true}

// messageDecorators register message and task handlers: discord.py
// (commands, listeners), python-socketio, aiogram, pyrogram, Celery,
// dramatiq.
var messageDecorators = map[string]bool{
	"command": true, "listen": true, "on": true, "message_handler": true, "message": true, "on_message": true,
	"task": true, "shared_task": true, "actor": true, "hybrid_command": true, "slash_command": true,
}

// onceDecorators register startup and shutdown hooks.
var onceDecorators = map[string]bool{
	"on_event": true, "before_first_request": true, "before_serving": true, "after_serving": true,
	"listener": true, "on_startup": true, "on_shutdown": true, "lifespan": true, "fixture": true,
}

// cacheDecorators memoise a function's result.
var cacheDecorators = map[string]bool{
	"cache": true, "lru_cache": true, "cached_property": true, "cached": true, "alru_cache": true,
	"cache_resource": true, "memoize": true, "singleton": true, "once": true,
}

// messageMethods are handler names that frameworks call per message or
// per connection by convention: discord.py events, Channels consumers,
// Starlette's WebSocketEndpoint, Django and Starlette middleware.
var messageMethods = map[string]bool{
	"on_message": true, "on_message_edit": true, "on_reaction_add": true, "on_member_join": true,
	"on_interaction": true, "on_receive": true, "receive": true, "receive_json": true, "websocket_receive": true,
	"dispatch": true, "process_request": true, "process_view": true, "process_response": true,
}

// wsMethods run once per WebSocket connection in class-based endpoints.
var wsMethods = map[string]bool{"on_connect": true, "connect": true, "websocket_connect": true}

// onceNames are functions that run once by convention.
var onceNames = map[string]bool{
	"__init_subclass__": true, "setUp": true, "setUpClass": true, "asyncSetUp": true, "setup": true,
	"startup": true, "on_startup": true, "start": true, "init": true, "initialize": true, "lifespan": true,
	"main": true, "create_app": true, "make_app": true, "build_app": true, "get_app": true, "app_factory": true,
	"get_application": true, "create_application": true, "on_ready": true, "setup_hook": true, "run": true,
	"configure": true, "init_app": true, "ready": true,
}

// oncePrefixes name startup helpers.
var oncePrefixes = []string{"init_", "setup_", "startup_", "create_app", "configure_", "on_startup", "_init_", "_setup_"}

// appCtors are application objects: a function building one is an
// application factory.
var appCtors = map[string]bool{
	"fastapi.FastAPI": true, "flask.Flask": true, "starlette.applications.Starlette": true,
	"aiohttp.web.Application": true, "sanic.Sanic": true, "quart.Quart": true, "litestar.Litestar": true,
	"django.core.asgi.get_asgi_application": true, "django.core.wsgi.get_wsgi_application": true,
}

// viewBaseSuffixes mark class-based views, whose HTTP-verb methods are
// request handlers.
var viewBaseSuffixes = []string{"View", "ViewSet", "APIView", "HTTPEndpoint", "RequestHandler", "Resource", "MethodView", "Handler"}

// wsBaseSuffixes mark class-based WebSocket endpoints and consumers.
var wsBaseSuffixes = []string{"WebSocketEndpoint", "WebsocketConsumer", "WebSocketConsumer", "JsonWebsocketConsumer", "WebSocketHandler"}

// roleOf classifies function fn of a file.
func (r *pyRepo) roleOf(f *pyFile, fn int) Role {
	s := f.ff.Scopes[fn]
	isAsync := s.Kind == python.AsyncDef
	ro := Plain
	for _, d := range f.Decorators[fn] {
		name := python.LastName(d.Text)
		switch {
		case cacheDecorators[name]:
			return Cached
		case onceDecorators[name], name == "asynccontextmanager" && strings.Contains(s.Name, "lifespan"):
			return Once
		case wsDecorators[name]:
			ro = WSHandler
		case routeDecorators[name] && ro != WSHandler:
			ro = RequestHandler
		case messageDecorators[name] && (isAsync || name == "task" || name == "shared_task" || name == "actor") && ro == Plain:
			ro = MsgHandler
		case name == "event" && strings.HasPrefix(s.Name, "on_") && !onceNames[s.Name] && ro == Plain:
			ro = MsgHandler
		}
	}
	if ro != Plain {
		return ro
	}
	if onceNames[s.Name] {
		return Once
	}
	for _, p := range oncePrefixes {
		if strings.HasPrefix(s.Name, p) {
			return Once
		}
	}
	if r.registered[defKey{f.ff.Path, fn}] != Plain {
		return r.registered[defKey{f.ff.Path, fn}]
	}
	if r.wsParam(f, fn) != "" {
		return WSHandler
	}
	if cls := f.ownClass(fn); cls >= 0 {
		bases := r.basesOf(f, cls)
		switch {
		case hasSuffix(bases, wsBaseSuffixes) && (wsMethods[s.Name] || messageMethods[s.Name]):
			return WSHandler
		case messageMethods[s.Name]:
			return MsgHandler
		case s.Name == "__call__" && r.hasParam(f, fn, "request"):
			return RequestHandler
		case hasSuffix(bases, viewBaseSuffixes) && routeDecorators[s.Name]:
			return RequestHandler
		}
	} else if messageMethods[s.Name] && isAsync {
		return MsgHandler
	}
	if r.hasParam(f, fn, "request") || r.hasParam(f, fn, "req") {
		return RequestHandler
	}
	if r.buildsApp[defKey{f.ff.Path, fn}] {
		return Once
	}
	return Plain
}

// wsTypes are the connection classes of the WebSocket libraries
// (Starlette/FastAPI, aiohttp, websockets).
var wsTypes = map[string]bool{
	"WebSocket": true, "WebSocketResponse": true, "WebSocketServerProtocol": true,
	"WebSocketCommonProtocol": true, "ServerConnection": true,
}

// IsWSParam tells a parameter that holds a WebSocket: named websocket or
// ws, or annotated with a WebSocket class.
func IsWSParam(b *python.Binding) bool {
	return b.Name == "websocket" || b.Name == "ws" || wsTypes[python.LastName(strings.TrimSuffix(b.Value, "()"))]
}

// wsParam is the name of fn's parameter that holds a WebSocket, or "".
func (r *pyRepo) wsParam(f *pyFile, fn int) string {
	for _, b := range f.Params[fn] {
		if IsWSParam(b) {
			return b.Name
		}
	}
	return ""
}

func (r *pyRepo) hasParam(f *pyFile, fn int, name string) bool {
	for _, b := range f.Params[fn] {
		if b.Name == name {
			return true
		}
	}
	return false
}

func hasSuffix(names, suffixes []string) bool {
	for _, n := range names {
		n = python.LastName(n)
		for _, s := range suffixes {
			if strings.HasSuffix(n, s) {
				return true
			}
		}
	}
	return false
}

// Per says what a handler runs once per.
func (ro Role) Per() string {
	switch ro {
	case WSHandler:
		return "WebSocket connection"
	case MsgHandler:
		return "message"
	case RequestHandler, Dependency:
		return "request"
	}
	return "call"
}

// KindName names a handler in messages.
func (ro Role) KindName() string {
	switch ro {
	case WSHandler:
		return "WebSocket handler"
	case MsgHandler:
		return "message handler"
	case Dependency:
		return "dependency"
	}
	return "request handler"
}
