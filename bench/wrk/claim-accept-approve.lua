-- A caseworker (TOKEN) working through submitted applications: claim, accept, approve each, in that
-- order, each step sent only after the previous one's 200 (read from the answer's "id" and "status").
-- The ids come from IDS_FILE, lines CYCLE_FROM+1 onwards, so each round takes fresh ones. Every
-- request is one action; counters: taken (ids claimed or tried), claimed, accepted, approved (cycles
-- done), ran_out (ids reused: the bench fails).
package.path = os.getenv("WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local ids = common.read_lines(assert(os.getenv("IDS_FILE"), "IDS_FILE is not set"))
local next_id = tonumber(os.getenv("CYCLE_FROM") or "0")
local to_accept, to_approve = {}, {}
local body = { ["Content-Type"] = "application/json" }
counters = { taken = 0, claimed = 0, accepted = 0, approved = 0, ran_out = 0 }

setup = common.setup
done = common.done

local function action(id, verb, json)
  return wrk.format("POST", "/api/v1/applications/" .. id .. "/" .. verb, common.bearer(body), json)
end

request = function()
  if #to_approve > 0 then
    return action(table.remove(to_approve, 1), "approve", '{"reason":"经入户查看，房屋鉴定为 C 级危房。","benefit":"补助改造资金 2 万元"}')
  end
  if #to_accept > 0 then
    return action(table.remove(to_accept, 1), "accept", "{}")
  end
  next_id = next_id + 1
  counters.taken = counters.taken + 1
  if next_id > #ids then
    -- Out of submitted applications: counted, and write-path.sh fails the run.
    counters.ran_out = counters.ran_out + 1
    next_id = 1
  end
  return action(ids[next_id], "claim", "{}")
end

response = function(status, headers, answer)
  common.count(status)
  if status ~= 200 then
    return
  end
  local id = answer:match('"id":"([^"]+)"')
  local state = answer:match('"status":"([^"]+)"')
  if state == "Submitted" then
    counters.claimed = counters.claimed + 1
    to_accept[#to_accept + 1] = id
  elseif state == "Accepted" then
    counters.accepted = counters.accepted + 1
    to_approve[#to_approve + 1] = id
  elseif state == "Approved" then
    counters.approved = counters.approved + 1
  end
end
