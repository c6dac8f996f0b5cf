-- A write scenario of bench/load, run with as many threads as connections (wrk keeps Lua state per thread,
-- so each connection is one thread with its own resource). Thread k takes line k of LOAD_TARGETS:
--   PATH <tab> TOKEN <tab> BODY
-- It first GETs PATH to read the resource's version, then PUTs BODY with __VERSION__ replaced by the version
-- it last read; every response's version (the last "version" field of the JSON) is the next request's.
package.path = os.getenv("LOAD_LUA_DIR") .. "/?.lua;" .. package.path
local report = require("report")

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
end

local path, body, version
function init(args)
  local n = 0
  for line in io.lines(os.getenv("LOAD_TARGETS")) do
    n = n + 1
    if n == index then
      local p, token, b = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
      path, body = p, b
      wrk.headers["Authorization"] = "Bearer " .. token
    end
  end
  if path == nil then
    error("LOAD_TARGETS has no line " .. tostring(index))
  end
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  if version == nil then
    return wrk.format("GET", path)
  end
  return wrk.format("PUT", path, nil, (body:gsub("__VERSION__", version)))
end

function response(status, headers, text)
  if status == 200 then
    local last
    for v in text:gmatch('"version":(%d+)') do last = v end
    if last then version = last end
  end
end

done = report.done
