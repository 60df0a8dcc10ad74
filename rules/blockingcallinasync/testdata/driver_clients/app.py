import asyncio

import aioboto3
import boto3
from aiobotocore.session import get_session
from elasticsearch import AsyncElasticsearch, Elasticsearch, helpers
from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import AsyncMongoClient, MongoClient
from pymongo.collection import Collection

es = Elasticsearch("http://es:9200")
s3 = boto3.client("s3")
mongo = MongoClient("mongodb://h")  # module level: runs at import


async def search(q, doc):
    es.search(index="docs", query=q)  # want "es.search\\(\\) \\(elasticsearch.Elasticsearch\\(\\).search\\).*AsyncElasticsearch"
    es.index(index="docs", document=doc)  # want "es.index"
    es.get(index="docs", id="1")  # want "es.get"
    es.count(index="docs")  # want "es.count"
    es.indices.create(index="new")  # want "es.indices.create"
    es.options(request_timeout=5).bulk(operations=[])  # want "bulk"
    helpers.bulk(es, [])  # want "helpers.bulk"
    local = Elasticsearch("http://es:9200")
    local.scroll(scroll_id="x")  # want "local.scroll"
    es.options(ignore_status=404)


async def aws(key, body):
    s3.put_object(Bucket="b", Key=key, Body=body)  # want "s3.put_object\\(\\) \\(boto3.client\\(\\).put_object\\).*aioboto3"
    s3.get_object(Bucket="b", Key=key)["Body"].read()  # want "s3.get_object"
    session = boto3.Session(profile_name="p")
    sqs = session.client("sqs")
    sqs.send_message(QueueUrl="u", MessageBody=body)  # want "sqs.send_message"
    s3.generate_presigned_url("get_object", Params={})
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket="b")
    table = boto3.resource("dynamodb").Table("t")
    table.get_item(Key={"k": key})  # want "table.get_item"
    table.put_item(Item={})  # want "table.put_item"
    items = table.query(KeyConditionExpression="k").get("Items")  # want "table.query"
    bucket = boto3.resource("s3").Bucket("b")
    bucket.upload_file("f", key)  # want "bucket.upload_file"
    bucket.Object(key).get()  # want "get"
    return pages, items


async def documents(uid, users: Collection):
    mongo.app.users.find_one({"_id": uid})  # want "mongo.app.users.find_one"
    db = mongo["app"]
    db["users"].find_one({"_id": uid})  # want "find_one"
    users.insert_one({})  # want "users.insert_one"
    users.find({}).sort("x")


async def async_clients(q, key, body, uid):
    aes = AsyncElasticsearch("http://es:9200")
    await aes.search(index="docs", query=q)
    await aes.indices.create(index="new")
    await helpers.async_bulk(aes, [])
    async with aioboto3.Session().client("s3") as client:
        await client.put_object(Bucket="b", Key=key, Body=body)
    async with get_session().create_client("s3") as client:
        await client.get_object(Bucket="b", Key=key)
    motor = AsyncIOMotorClient("mongodb://h")
    await motor.app.users.find_one({"_id": uid})
    amongo = AsyncMongoClient("mongodb://h")
    await amongo.app.users.find_one({"_id": uid})


def upload(key, body):
    s3.put_object(Bucket="b", Key=key, Body=body)


async def offloaded(key, body, q):
    await asyncio.to_thread(upload, key, body)
    await asyncio.to_thread(s3.put_object, Bucket="b", Key=key, Body=body)
    await asyncio.get_running_loop().run_in_executor(None, lambda: es.search(index="docs", query=q))
