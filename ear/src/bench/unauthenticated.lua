-- wrk script: the same POST without credentials (answered 401 before any resource runs).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{}'
