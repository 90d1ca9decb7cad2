-- One fixed request for wrk, described by the environment bench/run sets. The session cookie and the
-- CSRF token were obtained once, as a browser would (bench/run's set-up); every request reuses them, so
-- the load runs inside one established session instead of making one new session per request.
local function env(name)
  local v = os.getenv(name)
  if v ~= nil and v ~= "" then return v end
  return nil
end

wrk.method = env("BENCH_METHOD") or "GET"
wrk.body = env("BENCH_BODY")
wrk.headers["Content-Type"] = env("BENCH_CONTENT_TYPE")
wrk.headers["Cookie"] = env("BENCH_COOKIE")
