-- The baseline: POST /insert of the minimal app, the same body as a submission (one durable INSERT).
package.path = os.getenv("WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local n = tonumber(os.getenv("ID_START") or "0")

setup = common.setup
done = common.done

request = function()
  n = n + 1
  return wrk.format("POST", "/insert", { ["Content-Type"] = "application/json" }, common.submission(n))
end

response = function(status)
  common.count(status)
end
