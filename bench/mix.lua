-- The warm-up load: every target in turn, so the JIT compiles every page's code path before anything
-- is measured. BENCH_MIX names a file of targets, one a line, tab-separated:
--   METHOD  PATH  CONTENT-TYPE or -  COOKIE or -  BODY or -
local requests = {}
local i = 0

local function field(v)
  if v == "-" then return nil end
  return v
end

function init(args)
  for line in io.lines(os.getenv("BENCH_MIX")) do
    local method, path, ctype, cookie, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
    if method then
      local headers = {}
      headers["Content-Type"] = field(ctype)
      headers["Cookie"] = field(cookie)
      requests[#requests + 1] = wrk.format(method, path, headers, field(body))
    end
  end
  i = math.random(#requests) - 1
end

function request()
  i = i % #requests + 1
  return requests[i]
end
