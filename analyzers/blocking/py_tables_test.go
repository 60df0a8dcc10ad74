package blocking

import "testing"

// expectTable checks that each callee of blocks is found with its family
// and that no callee of quiet is found.
func expectTable(t *testing.T, blocks map[string]string, quiet []string) {
	t.Helper()
	for callee, family := range blocks {
		if b, ok := LookupPython(callee); !ok || b.Family != family {
			t.Errorf("%s: %+v %v, want family %s", callee, b, ok, family)
		}
	}
	for _, callee := range quiet {
		if b, ok := LookupPython(callee); ok {
			t.Errorf("%s reported as %+v", callee, b)
		}
	}
}

func TestSQLDrivers(t *testing.T) {
	expectTable(t, map[string]string{
		"pyodbc.connect":                                                                  "database",
		"pyodbc.connect().cursor().execute":                                               "database",
		"pyodbc.connect().execute().fetchall":                                             "database",
		"pyodbc.Connection().commit":                                                      "database",
		"pyodbc.Cursor().fetchone":                                                        "database",
		"pyodbc.Cursor().tables":                                                          "database",
		"oracledb.connection.Connection().cursor().execute":                               "database",
		"oracledb.Cursor().fetchall":                                                      "database",
		"cx_Oracle.Cursor().execute":                                                      "database",
		"pymssql.connect().cursor().execute":                                              "database",
		"pymssql._mssql.connect().execute_query":                                          "database",
		"MySQLdb.connect().cursor().fetchall":                                             "database",
		"MySQLdb.cursors.DictCursor().execute":                                            "database",
		"ibm_db_dbi.connect().cursor().execute":                                           "database",
		"ibm_db.exec_immediate":                                                           "database",
		"snowflake.connector.connect().cursor().execute":                                  "database",
		"snowflake.connector.connect().cursor().fetch_pandas_all":                         "database",
		"snowflake.connector.SnowflakeConnection().execute_string":                        "database",
		"clickhouse_driver.Client().execute":                                              "database",
		"clickhouse_driver.Client.from_url().execute_iter":                                "database",
		"clickhouse_driver.dbapi.connect().cursor().execute":                              "database",
		"clickhouse_connect.get_client":                                                   "database",
		"clickhouse_connect.get_client().query":                                           "database",
		"duckdb.connect":                                                                  "database",
		"duckdb.connect().execute().fetchall":                                             "database",
		"duckdb.connect().sql().df":                                                       "database",
		"duckdb.connect().read_csv":                                                       "database",
		"duckdb.DuckDBPyConnection().query":                                               "database",
		"duckdb.sql":                                                                      "database",
		"duckdb.sql().filter().fetchall":                                                  "database",
		"psycopg.connect().cursor().execute":                                              "database",
		"psycopg.Connection.connect().execute":                                            "database",
		"psycopg.Connection().commit":                                                     "database",
		"psycopg.Cursor().stream":                                                         "database",
		"psycopg_pool.ConnectionPool().connection":                                        "database",
		"psycopg_pool.ConnectionPool().connection().execute":                              "database",
		"psycopg2.pool.ThreadedConnectionPool":                                            "database",
		"psycopg2.pool.ThreadedConnectionPool().getconn":                                  "database",
		"psycopg2.extras.execute_values":                                                  "database",
		"psycopg2.extras.RealDictCursor().fetchall":                                       "database",
		"sqlite3.Connection().backup":                                                     "database",
		"sqlite3.Cursor().executemany":                                                    "database",
		"mysql.connector.pooling.MySQLConnectionPool().get_connection().cursor().execute": "database",
	}, []string{
		"pyodbc.connect().cursor", "pyodbc.Connection().close", "pyodbc.Cursor().close", "pyodbc.Row",
		"aioodbc.connect", "aioodbc.connect().cursor().execute", "oracledb.connect_async", "oracledb.connect_async().cursor().execute",
		"oracledb.create_pool_async().acquire", "psycopg.AsyncConnection.connect", "psycopg.AsyncConnection().execute",
		"psycopg.AsyncCursor().fetchall", "psycopg_pool.AsyncConnectionPool().connection", "aiosqlite.connect().execute",
		"asyncpg.connect().fetch", "aiomysql.connect().cursor().execute", "asynch.connect().cursor().execute",
		"clickhouse_connect.get_async_client().query", "duckdb.connect().table", "duckdb.connect().sql().filter",
		"psycopg2.pool.ThreadedConnectionPool().putconn", "snowflake.connector.connect().cursor().description",
	})
}

func TestSQLAlchemy(t *testing.T) {
	expectTable(t, map[string]string{
		"sqlalchemy.create_engine().connect":                           "database",
		"sqlalchemy.create_engine().connect().execute":                 "database",
		"sqlalchemy.create_engine().begin().exec_driver_sql":           "database",
		"sqlalchemy.create_engine().execute":                           "database",
		"sqlalchemy.engine.Engine().raw_connection().cursor().execute": "database",
		"sqlalchemy.engine.Connection().scalars":                       "database",
		"sqlalchemy.Connection().begin().commit":                       "database",
		"sqlalchemy.orm.Session().execute":                             "database",
		"sqlalchemy.orm.session.Session().commit":                      "database",
		"sqlalchemy.orm.Session().query().filter().order_by().all":     "database",
		"sqlalchemy.orm.Session().query().filter_by().first":           "database",
		"sqlalchemy.orm.Session().query().count":                       "database",
		"sqlalchemy.orm.Session().get":                                 "database",
		"sqlalchemy.orm.Session().flush":                               "database",
		"sqlalchemy.orm.Session().refresh":                             "database",
		"sqlalchemy.orm.Session().merge":                               "database",
		"sqlalchemy.orm.Session().scalars":                             "database",
		"sqlalchemy.orm.Session().connection().execute":                "database",
		"sqlalchemy.orm.sessionmaker()().execute":                      "database",
		"sqlalchemy.orm.sessionmaker().begin().commit":                 "database",
		"sqlalchemy.orm.scoped_session().query().one":                  "database",
		"sqlalchemy.orm.scoped_session()().commit":                     "database",
		"flask_sqlalchemy.SQLAlchemy().session.commit":                 "database",
		"flask_sqlalchemy.SQLAlchemy().session.query().paginate":       "database",
		"flask_sqlalchemy.SQLAlchemy().engine.connect":                 "database",
		"sqlmodel.Session().exec":                                      "database",
	}, []string{
		"sqlalchemy.create_engine", "sqlalchemy.create_engine().dispose", "sqlalchemy.orm.Session().add",
		"sqlalchemy.orm.Session().add_all", "sqlalchemy.orm.Session().delete", "sqlalchemy.orm.Session().close",
		"sqlalchemy.orm.Session().query", "sqlalchemy.orm.Session().query().filter",
		"sqlalchemy.orm.Session().execute().scalars", "sqlalchemy.orm.Session().execute().scalars().all",
		"sqlalchemy.orm.Session().query().first().delete", "sqlalchemy.select", "sqlalchemy.select().where",
		"sqlalchemy.orm.sessionmaker", "sqlalchemy.orm.sessionmaker()", "sqlalchemy.ext.asyncio.create_async_engine().connect",
		"sqlalchemy.ext.asyncio.AsyncSession().execute", "sqlalchemy.ext.asyncio.async_sessionmaker()().commit",
		"sqlalchemy.ext.asyncio.AsyncEngine().begin",
	})
}

func TestDjangoORM(t *testing.T) {
	expectTable(t, map[string]string{
		"django.db.models.Model.objects.get":                                 "database",
		"django.db.models.Model.objects.filter().first":                      "database",
		"django.db.models.Model.objects.filter().exclude().order_by().count": "database",
		"django.db.models.Model.objects.all().exists":                        "database",
		"django.db.models.Model.objects.create":                              "database",
		"django.db.models.Model.objects.get_or_create":                       "database",
		"django.db.models.Model.objects.filter().update":                     "database",
		"django.db.models.Model.objects.filter().delete":                     "database",
		"django.db.models.Model.objects.bulk_create":                         "database",
		"django.db.models.Model.objects.aggregate":                           "database",
		"django.db.models.Model.objects.values_list().get":                   "database",
		"django.db.models.Model.objects.get().save":                          "database",
		"django.db.models.Model.objects.all()[].delete":                      "database",
		"django.db.models.Model._default_manager.latest":                     "database",
		"django.db.models.Model().save":                                      "database",
		"django.db.models.Model().delete":                                    "database",
		"django.db.models.Model().refresh_from_db":                           "database",
		"django.db.models.base.Model.objects.iterator":                       "database",
		"django.contrib.auth.models.User.objects.get":                        "database",
		"django.contrib.auth.models.User().save":                             "database",
		"django.contrib.auth.get_user_model().objects.filter().exists":       "database",
		"django.db.connection.cursor":                                        "database",
		"django.db.connection.cursor().execute":                              "database",
		"django.db.connections[].cursor().fetchall":                          "database",
	}, []string{
		"django.db.models.Model.objects.filter", "django.db.models.Model.objects.filter().exclude",
		"django.db.models.Model.objects.all", "django.db.models.Model.objects.values_list",
		"django.db.models.Model.objects.select_related().prefetch_related", "django.db.models.Model.objects.aget",
		"django.db.models.Model.objects.filter().afirst", "django.db.models.Model.objects.acount",
		"django.db.models.Model().asave", "django.db.models.Model().adelete", "django.db.models.Model.objects",
		"django.db.models.Model", "django.db.models.Model()", "django.db.models.Model().clean",
		"django.db.models.Model.DoesNotExist", "django.db.models.Q", "django.db.models.Model.objects.none",
		"asgiref.sync.sync_to_async", "channels.db.database_sync_to_async",
		"django.db.connection", "django.db.models.Modelx.objects.get", "django.db.models.Model.objectsx.get",
	})
}

func TestDocumentStores(t *testing.T) {
	expectTable(t, map[string]string{
		"elasticsearch.Elasticsearch().search":           "database",
		"elasticsearch.Elasticsearch().index":            "database",
		"elasticsearch.Elasticsearch().bulk":             "database",
		"elasticsearch.Elasticsearch().mget":             "database",
		"elasticsearch.Elasticsearch().scroll":           "database",
		"elasticsearch.Elasticsearch().indices.create":   "database",
		"elasticsearch.Elasticsearch().cluster.health":   "database",
		"elasticsearch.Elasticsearch().options().search": "database",
		"elasticsearch.helpers.bulk":                     "database",
		"opensearchpy.OpenSearch().search":               "database",
		"pymongo.MongoClient()[].users.find_one":         "database",
		"pymongo.database.Database()[].find_one":         "database",
		"pymongo.collection.Collection().insert_one":     "database",
		"pymongo.collection.Collection().find().to_list": "database",
	}, []string{
		"elasticsearch.Elasticsearch", "elasticsearch.Elasticsearch().options", "elasticsearch.Elasticsearch().close",
		"elasticsearch.AsyncElasticsearch().search", "elasticsearch.AsyncElasticsearch().indices.create",
		"elasticsearch.helpers.async_bulk", "pymongo.AsyncMongoClient().app.users.find_one",
		"motor.motor_asyncio.AsyncIOMotorClient().app.users.find_one", "pymongo.collection.Collection().find",
	})
}

func TestBoto3(t *testing.T) {
	expectTable(t, map[string]string{
		"boto3.client().put_object":                                   "http",
		"boto3.client().get_object":                                   "http",
		"boto3.client().list_objects_v2":                              "http",
		"boto3.Session().client().invoke":                             "http",
		"boto3.session.Session().client().send_message":               "http",
		"boto3.client().get_paginator().paginate().build_full_result": "http",
		"boto3.client().get_waiter().wait":                            "http",
		"boto3.resource().Table().get_item":                           "http",
		"boto3.resource().Table().query":                              "http",
		"boto3.resource().Table().batch_writer().put_item":            "http",
		"boto3.Session().resource().Bucket().upload_file":             "http",
		"boto3.resource().Bucket().objects.filter().delete":           "http",
		"boto3.resource().Object().get":                               "http",
		"boto3.resource().meta.client.upload_file":                    "http",
		"botocore.session.get_session().create_client().list_buckets": "http",
	}, []string{
		"boto3.client", "boto3.client().get_paginator", "boto3.client().get_paginator().paginate",
		"boto3.client().generate_presigned_url", "boto3.client().generate_presigned_post", "boto3.client().can_paginate",
		"boto3.client().get_waiter", "boto3.client().close", "boto3.resource", "boto3.resource().Table",
		"boto3.resource().Bucket().Object", "boto3.resource().Table().batch_writer", "boto3.resource().Bucket().objects.all",
		"boto3.resource().Table().query().get", "aioboto3.Session().client().put_object",
		"aiobotocore.session.get_session().create_client().put_object",
	})
}

// TestAsync240 covers ruff's ASYNC240: os.path functions that ask the
// filesystem, and pathlib.Path methods but path arithmetic.
func TestAsync240(t *testing.T) {
	blocks := map[string]string{}
	for _, f := range []string{"exists", "lexists", "isfile", "isdir", "islink", "ismount", "getsize", "getmtime",
		"getatime", "getctime", "abspath", "realpath", "relpath", "expanduser", "samefile"} {
		blocks["os.path."+f] = "file"
	}
	for _, m := range []string{"exists", "is_file", "is_dir", "stat", "lstat", "iterdir", "glob", "rglob", "mkdir", "unlink",
		"rmdir", "rename", "replace", "resolve", "absolute", "expanduser", "samefile", "chmod", "owner", "readlink", "open", "read_text"} {
		blocks["pathlib.Path()."+m] = "file"
	}
	blocks["pathlib.Path().absolute().exists"] = "file"
	blocks["pathlib.PosixPath().parent.is_dir"] = "file"
	expectTable(t, blocks, []string{
		"os.path.join", "os.path.dirname", "os.path.basename", "os.path.split", "os.path.splitext", "os.path.isabs",
		"os.path.normpath", "os.path.normcase", "os.path.commonpath", "os.path.expandvars",
		"pathlib.Path().is_absolute", "pathlib.Path().is_relative_to", "pathlib.Path().as_posix", "pathlib.Path().relative_to",
		"pathlib.Path().with_suffix", "pathlib.Path().joinpath", "pathlib.Path().match", "pathlib.Path.home", "pathlib.Path.cwd",
		"pathlib.PurePath().exists", "trio.Path().exists", "anyio.Path().exists", "anyio.Path().absolute",
	})
}

// TestLongStaticChainLookup: a chain that starts at a static name is
// followed as far as a constructor's, and no further.
func TestLongStaticChainLookup(t *testing.T) {
	for i, c := range chainCallees("django.db.models.Model.objects", ".filter", 20000) {
		if b, ok := LookupPython(c); ok {
			t.Fatalf("%d links: lazy filter() reported as %+v", i, b)
		}
	}
	// Model, objects, filter() and count take four of the steps.
	for i, c := range chainCallees("django.db.models.Model.objects.filter()", ".exclude", maxSteps+2) {
		_, ok := LookupPython(c + "().count")
		if want := i+4 <= maxSteps; ok != want {
			t.Fatalf("%d links then count: blocking %v, want %v", i+1, ok, want)
		}
	}
}
