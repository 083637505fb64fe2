-- Requests for bin/load-benchmark: rotates over signed-in sessions (COOKIES, comma-separated) and paths
-- (PATHS, comma-separated); AUTH sets an Authorization header; BODY makes it a JSON POST. AUTHS and BODIES
-- (separated by "|") rotate together instead: request k goes with Authorization k and body k (a desk of each agency
-- taking in its own dossiers).
local cookies, paths, auths, bodies = {}, {}, {}, {}
for c in string.gmatch(os.getenv("COOKIES") or "", "[^,]+") do table.insert(cookies, c) end
for p in string.gmatch(os.getenv("PATHS") or "/", "[^,]+") do table.insert(paths, p) end
for a in string.gmatch(os.getenv("AUTHS") or "", "[^|]+") do table.insert(auths, a) end
for b in string.gmatch(os.getenv("BODIES") or "", "[^|]+") do table.insert(bodies, b) end
local auth, body = os.getenv("AUTH"), os.getenv("BODY")
local i = math.random(1000)

request = function()
  i = i + 1
  local headers = {}
  if #bodies > 0 then
    local k = (i % #bodies) + 1
    auth, body = auths[k], bodies[k]
  end
  if #cookies > 0 then headers["Cookie"] = cookies[(i % #cookies) + 1] end
  if auth and auth ~= "" then headers["Authorization"] = auth end
  local path = paths[(i % #paths) + 1]
  if body and body ~= "" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", path, headers, body)
  end
  return wrk.format("GET", path, headers)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %.1f %.1f %.1f\n", summary.requests, summary.duration, e.status,
    e.timeout, e.connect + e.read + e.write, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
