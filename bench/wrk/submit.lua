-- POST /api/v1/applications as the signed-in resident (TOKEN), as the phone page sends it: a new
-- Idempotency-Key and a new valid ID number on every request (ID_START upwards), so every request files
-- an application. The id of each 201 is appended to IDS_FILE for the later scenarios.
package.path = os.getenv("WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local start = tonumber(os.getenv("ID_START") or "0")
local n = start
local ids = io.open(assert(os.getenv("IDS_FILE"), "IDS_FILE is not set"), "a")
ids:setvbuf("line")

setup = common.setup
done = common.done

request = function()
  n = n + 1
  return wrk.format("POST", "/api/v1/applications",
    common.bearer({ ["Content-Type"] = "application/json", ["Idempotency-Key"] = "write-path-" .. start .. "-" .. n }),
    common.submission(n))
end

response = function(status, headers, body)
  common.count(status)
  if status == 201 then
    local id = body:match('"id":"([^"]+)"')
    if id then
      ids:write(id, "\n")
    end
  end
end
