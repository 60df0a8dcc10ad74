package blocking

// boto3: every method of a low-level client is an HTTP request but the
// local helpers; resources block on the actions that call the service.
var awsB = Blocking{"http", "use aioboto3 or aiobotocore, or move it to await asyncio.to_thread(...)"}

func init() {
	addType("boto3.session", &objType{returns: with(to("boto3.client", "client"), to("boto3.resource", "resource"))},
		"boto3.Session boto3.session.Session")
	addType("boto3.client", &objType{blocking: awsB, blocks: words("*"),
		quiet:   words("get_paginator get_waiter can_paginate generate_presigned_url generate_presigned_post close"),
		returns: with(to("boto3.paginator", "get_paginator"), to("boto3.waiter", "get_waiter"))},
		"boto3.client")
	addType("botocore.session", &objType{returns: to("boto3.client", "create_client")},
		"botocore.session.get_session botocore.session.Session")
	addType("boto3.paginator", &objType{returns: to("boto3.pages", "paginate")}, "")
	addType("boto3.pages", &objType{blocking: awsB, blocks: words("build_full_result search")}, "")
	addType("boto3.waiter", &objType{blocking: awsB, blocks: words("wait")}, "")

	// Resources: sub-resources (Table, Bucket, Object, ...) are lazy
	// handles; these actions call the service.
	actions := "get_item put_item query scan update_item delete_item batch_get_item batch_write_item " +
		"upload_file download_file upload_fileobj download_fileobj put_object get put delete load reload copy copy_from " +
		"create delete_objects wait_until_exists wait_until_not_exists send_message send_messages receive_messages publish"
	addType("boto3.resource", &objType{blocking: awsB, blocks: words(actions),
		returns: with(to("boto3.resource", "*"), to("", actions), to("boto3.batch", "batch_writer")),
		attrs:   with(to("boto3.collection", "objects buckets tables queues object_versions"), to("boto3.meta", "meta"))},
		"boto3.resource")
	addType("boto3.batch", &objType{blocking: awsB, blocks: words("put_item delete_item")}, "")
	addType("boto3.collection", &objType{blocking: awsB, blocks: words("delete"),
		returns: with(to("boto3.collection", "all filter limit page_size"))}, "")
	addType("boto3.meta", &objType{attrs: to("boto3.client", "client")}, "")
}
