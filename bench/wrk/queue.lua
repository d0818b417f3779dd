-- GET /api/v1/queue as the caseworker (TOKEN): the staff console's first screen, the default page.
package.path = os.getenv("WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

setup = common.setup
done = common.done

request = function()
  return wrk.format("GET", "/api/v1/queue", common.bearer())
end

response = function(status)
  common.count(status)
end
