-- GET /api/v1/applications/{id} as the resident who filed them (TOKEN): the ids in IDS_FILE in turn.
package.path = os.getenv("WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local ids = common.read_lines(assert(os.getenv("IDS_FILE"), "IDS_FILE is not set"))
local i = 0

setup = common.setup
done = common.done

request = function()
  i = i % #ids + 1
  return wrk.format("GET", "/api/v1/applications/" .. ids[i], common.bearer())
end

response = function(status)
  common.count(status)
end
