package blocking

// ORMs: SQLAlchemy's sync engine, connections and sessions (also through
// sessionmaker, scoped_session, Flask-SQLAlchemy and SQLModel), and
// Django's ORM. Building statements (select(), filter()) does no I/O; the
// results of execute are already fetched, so nothing chained on them is.
var (
	sqlalchemyB = driver("sqlalchemy.ext.asyncio's AsyncEngine and AsyncSession")
	djangoB     = Blocking{"database", "Django raises SynchronousOnlyOperation here: use the async methods (aget, afirst, acount, asave, ...) or wrap it in sync_to_async"}
)

func init() {
	sqlAlchemy()
	djangoORM()
}

func sqlAlchemy() {
	addType("sqlalchemy.engine", &objType{blocking: sqlalchemyB, blocks: words("connect begin execute raw_connection"),
		returns: with(to("sqlalchemy.connection", "connect begin"), to("sqlalchemy.dbapi.connection", "raw_connection"))},
		"sqlalchemy.create_engine sqlalchemy.engine.create_engine sqlalchemy.engine_from_config sqlalchemy.Engine "+
			"sqlalchemy.engine.Engine sqlalchemy.engine.base.Engine sqlmodel.create_engine")
	addType("sqlalchemy.connection", &objType{blocking: sqlalchemyB,
		blocks:  words("execute exec_driver_sql scalar scalars commit rollback begin begin_nested get_isolation_level"),
		returns: to("sqlalchemy.transaction", "begin begin_nested")},
		"sqlalchemy.Connection sqlalchemy.engine.Connection sqlalchemy.engine.base.Connection")
	addType("sqlalchemy.transaction", &objType{blocking: sqlalchemyB, blocks: words("commit rollback")}, "")
	sqlDriver{name: "sqlalchemy.dbapi", b: sqlalchemyB}.add()

	session := objType{blocking: sqlalchemyB,
		blocks: words("execute exec scalars scalar get get_one commit flush refresh merge rollback connection begin_nested " +
			"bulk_save_objects bulk_insert_mappings bulk_update_mappings"),
		returns: with(to("sqlalchemy.query", "query"), to("sqlalchemy.connection", "connection"), to("sqlalchemy.engine", "get_bind")),
		attrs:   to("sqlalchemy.engine", "bind")}
	addType("sqlalchemy.session", &session,
		"sqlalchemy.orm.Session sqlalchemy.orm.session.Session sqlmodel.Session sqlmodel.orm.session.Session")
	scoped := session
	scoped.call = "sqlalchemy.session"
	addType("sqlalchemy.scoped_session", &scoped, "sqlalchemy.orm.scoped_session sqlalchemy.orm.scoping.scoped_session")
	addType("sqlalchemy.sessionmaker", &objType{call: "sqlalchemy.session", returns: to("sqlalchemy.session", "begin")},
		"sqlalchemy.orm.sessionmaker sqlalchemy.orm.session.sessionmaker")
	// Query: building is lazy; these run it (paginate and *_or_404 are
	// Flask-SQLAlchemy's).
	runs := "all first one one_or_none scalar count get update delete paginate first_or_404 get_or_404 one_or_404"
	addType("sqlalchemy.query", &objType{blocking: sqlalchemyB, blocks: words(runs),
		returns: with(to("sqlalchemy.query", "*"), to("", runs))}, "sqlalchemy.orm.Query sqlalchemy.orm.query.Query")
	addType("flask_sqlalchemy", &objType{attrs: with(to("sqlalchemy.scoped_session", "session"), to("sqlalchemy.engine", "engine"))},
		"flask_sqlalchemy.SQLAlchemy")
}

// djangoORM classifies the canonical forms the front-end gives a model
// class of the repository ("django.db.models.Model"), its manager chains
// (".objects.filter().first") and its instances ("Model().save").
func djangoORM() {
	models := "django.db.models.Model django.db.models.base.Model django.contrib.auth.models.User " +
		"django.contrib.auth.models.AbstractUser django.contrib.auth.models.AbstractBaseUser " +
		"django.contrib.auth.models.Group django.contrib.auth.models.Permission"
	addType("django.model", &objType{blocking: djangoB, blocks: words("save delete refresh_from_db full_clean validate_unique")}, models)
	addType("django.modelclass", &objType{attrs: to("django.queryset", "objects _default_manager _base_manager")},
		"django.contrib.auth.get_user_model")
	for m := range words(models) {
		addStatic(m, "django.modelclass")
	}
	lazy := "filter exclude all order_by select_related prefetch_related values values_list annotate alias only defer using none " +
		"distinct reverse union intersection difference select_for_update extra dates datetimes raw complex_filter"
	one := "get first last earliest latest create"
	addType("django.queryset", &objType{blocking: djangoB,
		blocks: words(one + " count exists get_or_create update_or_create update delete bulk_create bulk_update in_bulk " +
			"aggregate iterator explain contains"),
		returns: with(to("django.queryset", lazy), to("django.model", one)), index: "django.model"}, "")
	sqlDriver{name: "django.db", b: djangoB, connMore: "cursor ensure_connection"}.add()
	addType("django.db.connections", &objType{index: "django.db.connection"}, "")
	addStatic("django.db.connection", "django.db.connection")
	addStatic("django.db.connections", "django.db.connections")
}
