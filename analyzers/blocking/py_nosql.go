package blocking

// Document stores and caches.
func init() {
	// pymongo: the client, its databases and collections.
	mongo := driver("motor or pymongo.AsyncMongoClient")
	// MongoClient and the Redis clients connect lazily (in a background
	// thread, or on the first command): building one does not wait, the
	// commands do.
	addType("pymongo.client", &objType{blocking: mongo,
		blocks:  words("list_database_names list_databases drop_database server_info start_session"),
		returns: map[string]string{"get_database": "pymongo.db", "get_default_database": "pymongo.db"},
		attrs:   map[string]string{"*": "pymongo.db"}, index: "pymongo.db"},
		"pymongo.MongoClient pymongo.mongo_client.MongoClient pymongo.synchronous.mongo_client.MongoClient")
	addType("pymongo.db", &objType{blocking: mongo,
		blocks:  words("list_collection_names list_collections command create_collection drop_collection validate_collection"),
		returns: map[string]string{"get_collection": "pymongo.collection"},
		attrs:   map[string]string{"*": "pymongo.collection"}, index: "pymongo.collection"},
		"pymongo.database.Database pymongo.synchronous.database.Database")
	addType("pymongo.collection", &objType{blocking: mongo,
		blocks: words("find_one insert_one insert_many update_one update_many replace_one delete_one delete_many aggregate " +
			"count_documents estimated_document_count distinct find_one_and_delete find_one_and_replace find_one_and_update " +
			"bulk_write create_index create_indexes drop drop_index drop_indexes index_information list_indexes rename watch"),
		returns: map[string]string{"find": "pymongo.cursor"},
		attrs:   map[string]string{"*": "pymongo.collection"}, index: "pymongo.collection"},
		"pymongo.collection.Collection pymongo.synchronous.collection.Collection")
	addType("pymongo.cursor", &objType{blocking: mongo, blocks: words("next to_list distinct explain"),
		returns: map[string]string{"sort": "pymongo.cursor", "limit": "pymongo.cursor", "skip": "pymongo.cursor", "batch_size": "pymongo.cursor"}},
		"pymongo.cursor.Cursor pymongo.synchronous.cursor.Cursor")

	// redis: every command blocks; pipelines block on execute.
	rd := driver("redis.asyncio")
	redisCtors := "redis.Redis redis.StrictRedis redis.from_url redis.Redis.from_url redis.StrictRedis.from_url " +
		"redis.client.Redis redis.client.StrictRedis redis.RedisCluster redis.cluster.RedisCluster"
	addType("redis.client", &objType{blocking: rd, blocks: words("*"),
		quiet:   words("pipeline pubsub lock register_script get_encoder get_connection_kwargs set_response_callback close"),
		returns: map[string]string{"pipeline": "redis.pipeline", "pubsub": "redis.pubsub", "lock": "redis.lock"}},
		redisCtors)
	addType("redis.pipeline", &objType{blocking: rd, blocks: words("execute watch"), returns: map[string]string{"*": "redis.pipeline"}}, "")
	addType("redis.pubsub", &objType{blocking: rd, blocks: words("subscribe psubscribe unsubscribe punsubscribe get_message listen ping")}, "")
	addType("redis.lock", &objType{blocking: rd, blocks: words("acquire release extend reacquire locked owned")}, "")
}

// elasticsearch (and its OpenSearch fork): every API call of the client
// and of its namespaces (es.indices.create) is an HTTP request; so are the
// bulk helpers.
func init() {
	es := driver("elasticsearch.AsyncElasticsearch")
	addType("elasticsearch.client", &objType{blocking: es, blocks: words("*"), quiet: words("options close"),
		returns: to("elasticsearch.client", "options"), attrs: to("elasticsearch.namespace", "*")},
		"elasticsearch.Elasticsearch elasticsearch.client.Elasticsearch")
	addType("elasticsearch.namespace", &objType{blocking: es, blocks: words("*")}, "")
	addExact(es, prefixEach("elasticsearch.helpers.", "bulk streaming_bulk parallel_bulk scan reindex"))

	osearch := driver("opensearchpy.AsyncOpenSearch")
	addType("opensearch.client", &objType{blocking: osearch, blocks: words("*"), quiet: words("close"),
		attrs: to("opensearch.namespace", "*")}, "opensearchpy.OpenSearch opensearchpy.client.OpenSearch")
	addType("opensearch.namespace", &objType{blocking: osearch, blocks: words("*")}, "")
	addExact(osearch, prefixEach("opensearchpy.helpers.", "bulk streaming_bulk parallel_bulk scan reindex"))
}
