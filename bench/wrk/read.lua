-- A read scenario of bench/load: GET the URL given to wrk, with a bearer token when LOAD_TOKEN is set.
package.path = os.getenv("LOAD_LUA_DIR") .. "/?.lua;" .. package.path
local report = require("report")

local token = os.getenv("LOAD_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept-Language"] = "en-US"

done = report.done
