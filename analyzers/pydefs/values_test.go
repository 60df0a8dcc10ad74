package pydefs

import (
	"maps"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/python"
)

// index builds an Index over files given as module -> source.
func index(t *testing.T, files map[string]string) *Index {
	t.Helper()
	py := &python.Result{Files: map[string]*python.FileFacts{}}
	srcs := map[string][]byte{}
	for module, src := range files {
		ff := extract(t, module, src)
		py.Files[ff.Path] = ff
		py.Paths = append(py.Paths, ff.Path)
		srcs[ff.Path] = []byte(src)
	}
	src := func(p string) []byte { return srcs[p] }
	return NewIndex(py, manifests(src, maps.Keys(srcs)), src)
}

var factoryRepo = map[string]string{
	"app.cache": `import functools
import redis
from redis import asyncio as aioredis
from typing import Optional

redis_client = redis.Redis(host="localhost")

def get_cache() -> redis.Redis:
    return redis.Redis.from_url(URL)

def unannotated():
    return redis.Redis.from_url(URL)

@functools.lru_cache
def cached() -> Optional[redis.Redis]:
    return None

def via_module():
    return redis_client

def via_factory():
    return get_cache()

def async_cache():
    return aioredis.Redis()

def loop_a():
    return loop_b()

def loop_b():
    return loop_a()

class Cache(redis.Redis):
    prefix = "app"

    def get_prefixed(self, k):
        return self.get(self.prefix + k)

class AsyncCache(aioredis.Redis):
    pass

factory_client = get_cache()
`,
	"app.models": `from django.db import models

class Base(models.Model):
    class Meta:
        abstract = True

class Order(Base):
    objects = OrderManager()

class Item(Base):
    def save(self):
        pass
`,
	"app.services": `import sqlite3
from app.cache import get_cache

class OrderRepo:
    def save(self, order):
        sqlite3.connect("db").execute("insert")

class OrderService:
    def __init__(self, repo):
        self.repo = repo

    def repository(self) -> OrderRepo:
        return OrderRepo()

    def create(self, order):
        self.repository().save(order)

def get_order_service():
    return OrderService(OrderRepo())
`,
}

func TestExpand(t *testing.T) {
	x := index(t, factoryRepo)
	for _, c := range []struct{ callee, want, via string }{
		{"app.cache.get_cache().set", "redis.Redis().set", "app.cache.get_cache"},
		{"app.cache.unannotated().get", "redis.Redis.from_url().get", "app.cache.unannotated"},
		{"app.cache.cached().get", "redis.Redis().get", "app.cache.cached"},
		{"app.cache.redis_client.get", "redis.Redis().get", "app.cache.redis_client"},
		{"app.cache.via_module().get", "redis.Redis().get", "app.cache.via_module"}, // the front-end named the value
		{"app.cache.via_factory().get", "redis.Redis().get", "app.cache.via_factory app.cache.get_cache"},
		{"app.cache.factory_client.get", "redis.Redis().get", "app.cache.factory_client app.cache.get_cache"},
		{"app.cache.async_cache().get", "redis.asyncio.Redis().get", "app.cache.async_cache"},
		{"app.cache.Cache().get", "redis.Redis().get", "app.cache.Cache"},
		{"app.cache.Cache", "redis.Redis", "app.cache.Cache"},
		{"app.cache.AsyncCache().get", "redis.asyncio.Redis().get", "app.cache.AsyncCache"},
		{"app.models.Order", "django.db.models.Model", "app.models.Order"},
		{"app.models.Item().delete", "django.db.models.Model().delete", "app.models.Item"},
		{"app.models.Base.objects.filter().first", "django.db.models.Model.objects.filter().first", "app.models.Base"},
		{"app.services.get_order_service().create", "app.services.OrderService().create", "app.services.get_order_service"},
		{"app.services.OrderService().repository().save", "app.services.OrderRepo().save", "app.services.OrderService.repository"},
		// What the repository defines itself is not rewritten.
		{"app.cache.Cache().get_prefixed", "app.cache.Cache().get_prefixed", ""},
		{"app.cache.Cache.prefix.upper", "app.cache.Cache.prefix.upper", ""},
		{"app.models.Order.objects.filter", "app.models.Order.objects.filter", ""},
		{"app.models.Item().save", "app.models.Item().save", ""},
		{"app.services.OrderService().create", "app.services.OrderService().create", ""},
		// A class with no library base, a function called as itself, names
		// the repository does not define.
		{"app.services.OrderRepo().save", "app.services.OrderRepo().save", ""},
		{"app.cache.get_cache", "app.cache.get_cache", ""},
		{"redis.Redis().get", "redis.Redis().get", ""},
		{"", "", ""},
	} {
		e := x.Expand(c.callee)
		var via []string
		for _, o := range e.Via {
			via = append(via, o.Name)
		}
		if e.Callee != c.want || strings.Join(via, " ") != c.via {
			t.Errorf("Expand(%q) = %q via %q, want %q via %q", c.callee, e.Callee, via, c.want, c.via)
		}
	}
}

// TestExpandCycle: factories returning each other's results end after a
// bounded number of rewrites.
func TestExpandCycle(t *testing.T) {
	x := index(t, factoryRepo)
	e := x.Expand("app.cache.loop_a().get")
	if len(e.Via) != maxExpandSteps {
		t.Errorf("a cycle took %d steps: %q", len(e.Via), e.Callee)
	}
}

// TestExpandOrigins: each definition followed is named with its path and
// the line it stands on.
func TestExpandOrigins(t *testing.T) {
	x := index(t, factoryRepo)
	e := x.Expand("app.cache.via_factory().get")
	want := []Origin{
		{Path: "app.cache.py", Name: "app.cache.via_factory", Text: "return get_cache()"},
		{Path: "app.cache.py", Name: "app.cache.get_cache", Text: "def get_cache() -> redis.Redis:"},
	}
	if len(e.Via) != len(want) {
		t.Fatalf("via %+v", e.Via)
	}
	for i, o := range e.Via {
		src := factoryRepo["app.cache"]
		if o.Path != want[i].Path || o.Name != want[i].Name || o.Text != want[i].Text || !strings.Contains(want[i].Text, src[o.Span.Start:o.Span.End]) {
			t.Errorf("origin %d = %+v (%q), want %+v", i, o, src[o.Span.Start:o.Span.End], want[i])
		}
	}
}

// TestExpandAmbiguous: a module-level name bound to two values, or a
// factory defined in two files under one module name, is not followed.
func TestExpandAmbiguous(t *testing.T) {
	x := index(t, map[string]string{
		"app.clients": `import redis
client = redis.Redis()
if DEBUG:
    client = FakeRedis()
`,
		"a.app.factory": `import redis
def get():
    return redis.Redis()
`,
		"b.app.factory": `import redis
def get():
    return redis.Redis()
`,
	})
	for _, callee := range []string{"app.clients.client.get", "app.factory.get().get"} {
		if e := x.Expand(callee); e.Callee != callee {
			t.Errorf("Expand(%q) = %q", callee, e.Callee)
		}
	}
}

// TestResolveThroughFactories: a method of a service obtained from a
// factory resolves to the repository's def.
func TestResolveThroughFactories(t *testing.T) {
	x := index(t, factoryRepo)
	for callee, want := range map[string]string{
		"app.services.get_order_service().create":       "app.services.OrderService.create",
		"app.services.OrderService().repository().save": "app.services.OrderRepo.save",
	} {
		d, ok := x.Resolve(callee)
		if !ok || d.S().Qual != want {
			t.Errorf("Resolve(%q) = %v %v, want %s", callee, d.S().Qual, ok, want)
		}
	}
}

// TestExpandLongCallees: long dotted names and long chains are left as they
// are, however a factory begins them.
func TestExpandLongCallees(t *testing.T) {
	x := index(t, factoryRepo)
	for _, callee := range []string{
		strings.Repeat("a.", 200) + "get",
		"app.cache.get_cache()" + strings.Repeat(".x()", maxCallee),
	} {
		if e := x.Expand(callee); e.Callee != callee || len(e.Via) > 0 {
			t.Errorf("Expand of a %d-byte callee rewrote it", len(callee))
		}
	}
	if e := x.Expand("app.cache.get_cache()" + strings.Repeat(".x()", 100)); len(e.Via) != 1 {
		t.Errorf("a short chain was not expanded: %.60q", e.Callee)
	}
}
