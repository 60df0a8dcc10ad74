package python

import (
	"strings"
	"testing"
)

// TestReturnFacts: a def's Returns is its annotation when it names a class,
// else the value its returns agree on; disagreeing or unnamed returns leave
// it empty.
func TestReturnFacts(t *testing.T) {
	src := `import functools
import redis
from redis import asyncio as aioredis
from typing import Optional, Annotated
from app.services import OrderService

client = redis.Redis(host="x")

def annotated() -> redis.Redis:
    return make()

def optional() -> Optional[redis.Redis]:
    return None

def union() -> "redis.Redis | None":
    return redis.Redis.from_url("u")

def from_call(url):
    if not url:
        return None
    return redis.Redis.from_url(url)

def from_local():
    c = redis.Redis()
    return c

def from_module():
    return client

@functools.lru_cache
def cached():
    return OrderService(repo)

def agree(flag):
    if flag:
        return redis.Redis()
    return redis.Redis()

def disagree(flag):
    if flag:
        return redis.Redis()
    return aioredis.Redis()

def unnamed(x):
    return x

def expression():
    return 1 + 2

def bare():
    return

def async_variant():
    return aioredis.from_url("u")

def outer():
    def inner():
        return redis.Redis()
    return inner

def unbound():
    return nowhere

class Repo:
    def service(self) -> Annotated[OrderService, "meta"]:
        ...

def get_db():
    db = redis.Redis()
    try:
        yield db
    finally:
        db.close()

def session() -> Iterator[redis.Redis]:
    yield redis.Redis()
    return 5

def yield_from():
    yield from get_db()

def yields_disagree():
    yield redis.Redis()
    yield aioredis.Redis()
`
	ff := extract(t, "app/cache.py", "app.cache", src)
	want := map[string]string{
		"annotated":     "redis.Redis()",
		"optional":      "redis.Redis()",
		"union":         "redis.Redis.from_url()", // a string annotation names nothing: the return does
		"from_call":     "redis.Redis.from_url()",
		"from_local":    "redis.Redis()",
		"from_module":   "redis.Redis()",
		"cached":        "app.services.OrderService()",
		"agree":         "redis.Redis()",
		"disagree":      "",
		"unnamed":       "",
		"expression":    "",
		"bare":          "",
		"async_variant": "redis.asyncio.from_url()",
		"inner":         "redis.Redis()",
		"outer":         "app.cache.outer.inner",
		"unbound":       "",
		"service":       "app.services.OrderService()",
		// A generator hands out what it yields (a FastAPI dependency, a
		// contextmanager); its returns and annotation are not that.
		"get_db":          "redis.Redis()",
		"session":         "redis.Redis()",
		"yield_from":      "",
		"yields_disagree": "",
	}
	got := map[string]Scope{}
	for _, s := range ff.Scopes {
		if s.IsFunction() {
			got[s.Name] = s
		}
	}
	for name, w := range want {
		s, ok := got[name]
		if !ok {
			t.Errorf("no def %s", name)
			continue
		}
		if s.Returns != w {
			t.Errorf("%s returns %q, want %q", name, s.Returns, w)
		}
		if (s.Returns == "") != (s.ReturnsAt.End == 0) {
			t.Errorf("%s: returns %q at %v", name, s.Returns, s.ReturnsAt)
		}
	}
	if s := got["from_call"]; src[s.ReturnsAt.Start:s.ReturnsAt.End] != "redis.Redis.from_url(url)" {
		t.Errorf("from_call returns at %q", src[s.ReturnsAt.Start:s.ReturnsAt.End])
	}
	if s := got["annotated"]; src[s.ReturnsAt.Start:s.ReturnsAt.End] != "redis.Redis" {
		t.Errorf("annotated returns at %q", src[s.ReturnsAt.Start:s.ReturnsAt.End])
	}
}

// TestInjectedParameters: FastAPI's Depends in its three spellings, and an
// annotated parameter, bind the parameter to what is injected.
func TestInjectedParameters(t *testing.T) {
	src := `from typing import Annotated
from fastapi import Depends, Security
import fastapi
from app.deps import get_service
from app import deps
from app.services import OrderService

async def typed(svc: OrderService = Depends(get_service)):
    svc.create()  # typed

async def annotated(svc: Annotated[OrderService, Depends(get_service)]):
    svc.create()  # annotated

async def untyped(svc=Depends(get_service)):
    svc.create()  # untyped

async def keyword(svc=fastapi.Depends(dependency=deps.get_service)):
    svc.create()  # keyword

async def security(svc=Security(get_service, scopes=["a"])):
    svc.create()  # security

async def plain(svc: OrderService):
    svc.create()  # plain

async def other(svc=make(get_service)):
    svc.create()  # other

async def no_factory(svc=Depends()):
    svc.create()  # no_factory
`
	ff := extract(t, "app/api.py", "app.api", src)
	for marker, want := range map[string]string{
		"# typed":      "app.services.OrderService().create",
		"# annotated":  "app.services.OrderService().create",
		"# untyped":    "app.deps.get_service().create",
		"# keyword":    "app.deps.get_service().create",
		"# security":   "app.deps.get_service().create",
		"# plain":      "app.services.OrderService().create",
		"# other":      "",
		"# no_factory": "",
	} {
		if got := calleeOn(t, ff, src, marker, "svc.create").Callee; got != want {
			t.Errorf("%s: callee %q, want %q", marker, got, want)
		}
	}
}

// TestTypeAliases: an alias wrapping a class in Annotated (FastAPI's
// SessionDep), Optional or Union is bound to the class, so a parameter
// annotated with it is an instance; other subscripts are not.
func TestTypeAliases(t *testing.T) {
	src := `from typing import Annotated, Optional, TypeAlias
from fastapi import Depends
from sqlmodel import Session
import httpx

SessionDep = Annotated[Session, Depends(get_db)]
Explicit: TypeAlias = Annotated[httpx.Client, Depends(get_client)]
Maybe = Optional[httpx.Client]
Table = dict[str, Session]
Client = httpx.Client
`
	ff := extract(t, "app/deps.py", "app.deps", src)
	want := map[string]string{
		"SessionDep": "sqlmodel.Session", "Explicit": "httpx.Client", "Maybe": "httpx.Client",
		"Table": "dict[]", "Client": "httpx.Client", // as any subscript resolves
	}
	for _, b := range ff.Bindings {
		if w, ok := want[b.Name]; ok && b.Value != w {
			t.Errorf("%s bound to %q, want %q", b.Name, b.Value, w)
		}
	}
}

// TestSameFileAliasParameters: a parameter annotated with a type alias of
// its own module gets the alias's class, whether the alias stands above or
// below the def; a bare name bound to nothing stays as written, and a
// parameter of a nested def sees the module's alias too.
func TestSameFileAliasParameters(t *testing.T) {
	src := `from typing import Annotated
from fastapi import Depends
from shop.controllers import OrderController

async def below(c: Later):
    return c.recent()

Controller = Annotated[OrderController, Depends(get_controller)]
Later = Annotated[OrderController, Depends(get_controller)]

async def above(c: Controller):
    return c.recent()

async def unknown(c: Nowhere):
    return c.recent()

def outer():
    async def inner(c: Controller):
        return c.recent()
    return inner
`
	ff := extract(t, "app/routes.py", "app.routes", src)
	var got []string
	for _, c := range ff.Calls {
		if c.Text == "c.recent" {
			got = append(got, c.Callee)
		}
	}
	want := []string{"shop.controllers.OrderController().recent", "shop.controllers.OrderController().recent", "Nowhere().recent", "shop.controllers.OrderController().recent"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("callees %q, want %q", got, want)
	}
}
