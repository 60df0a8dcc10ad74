package blocking

import "testing"

// TestReadable: messages name the method a reader knows, without calls
// and without a class's alternative constructor; a module-level function
// that builds a value keeps its name.
func TestReadable(t *testing.T) {
	for in, want := range map[string]string{
		"redis.Redis.from_url().get":           "redis.Redis.get",
		"redis.Redis().hgetall":                "redis.Redis.hgetall",
		"sqlite3.connect().cursor().execute":   "sqlite3.connect.cursor.execute",
		"sqlalchemy.orm.Session().query().all": "sqlalchemy.orm.Session.query.all",
		"app.Cache.from_env().get":             "app.Cache.get",
		"get":                                  "get",
	} {
		if got := readable(in); got != want {
			t.Errorf("readable(%q) = %q, want %q", in, got, want)
		}
	}
}
