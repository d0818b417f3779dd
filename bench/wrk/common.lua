-- Shared by bench/write-path.sh's wrk scripts (loaded with require; WRK_DIR names this directory).
-- Counts answers by status in each thread and prints them in done(), as "statuses 201=… 409=…", plus
-- any extra counters a script keeps in the global table `counters`.
local common = {}

statuses = {}
counters = {}

function common.count(status)
  statuses[status] = (statuses[status] or 0) + 1
end

-- An 18-digit resident ID number (GB 11643) that no other n gives: household registration in 五华区
-- (530102), a birth date 1971-01-01 + floor(n / 1000) days, sequence n % 1000, and the MOD 11-2 check
-- character. 20,000 days of 1,000 numbers each: write-path.sh gives every run its own block.
local weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }
local checks = "10X98765432"
local base = os.time({ year = 1971, month = 1, day = 1, hour = 12 })

function common.id_number(n)
  local first17 = "530102" .. os.date("%Y%m%d", base + math.floor(n / 1000) * 86400) .. string.format("%03d", n % 1000)
  local sum = 0
  for i = 1, 17 do
    sum = sum + (first17:byte(i) - 48) * weights[i]
  end
  local c = sum % 11 + 1
  return first17 .. checks:sub(c, c)
end

-- A submission for 农村危房改造 (住建局, 五华区) with the ID number of n: an item one county department
-- decides alone, so that the caseworker's claim → accept → approve cycle is its whole procedure (低保 now
-- goes through the township's stages first, ADR 0040).
function common.submission(n)
  return '{"itemCode":"housing.safety","regionCode":"530102001",'
    .. '"applicant":{"name":"李秀英","idNumber":"' .. common.id_number(n) .. '","phone":"13800138000"},'
    .. '"answers":{"houseCondition":"cracked","houseStructure":"earthWood","stillLivingIn":true,"householdCategory":"dibao"},'
    .. '"description":"土坯房的墙裂开了，下雨屋顶漏水，一家三口还住在里面。"}'
end

-- Reads one id per line.
function common.read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then
      lines[#lines + 1] = line
    end
  end
  return lines
end

function common.bearer(headers)
  headers = headers or {}
  headers["Authorization"] = "Bearer " .. assert(os.getenv("TOKEN"), "TOKEN is not set")
  return headers
end

local threads = {}

function common.setup(thread)
  threads[#threads + 1] = thread
end

function common.done(summary, latency, requests)
  local all, extra = {}, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      all[status] = (all[status] or 0) + count
    end
    for name, count in pairs(thread:get("counters")) do
      extra[name] = (extra[name] or 0) + count
    end
  end
  local keys = {}
  for status in pairs(all) do
    keys[#keys + 1] = status
  end
  table.sort(keys)
  local line = "statuses"
  for _, status in ipairs(keys) do
    line = line .. " " .. status .. "=" .. all[status]
  end
  io.write(line, "\n")
  for name, count in pairs(extra) do
    io.write("counter ", name, "=", count, "\n")
  end
  -- Exact percentiles in microseconds, for the table (wrk's own print rounds to two decimals of a unit).
  io.write(string.format("latency_us p50=%d p99=%d\n", latency:percentile(50), latency:percentile(99)))
end

return common
