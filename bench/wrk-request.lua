-- One fixed request for wrk, read from files written by ServiceBenchHarness:
--   WRK_BODY_FILE  set: POST that file as application/json (the /cypher bodies)
--   WRK_PATH_FILE  set: request path and query string from that file (the /sparql?query=... URLs)
--   WRK_ACCEPT     Accept header (default application/json)
-- done() prints one WRKSUMMARY line that bench/service-bench.sh collects into its table.
local function slurp(name)
  local f = assert(io.open(name, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local body = os.getenv("WRK_BODY_FILE")
local path = os.getenv("WRK_PATH_FILE")
wrk.headers["Accept"] = os.getenv("WRK_ACCEPT") or "application/json"
if body and body ~= "" then
  wrk.method = "POST"
  wrk.body = slurp(body)
  wrk.headers["Content-Type"] = "application/json"
end
if path and path ~= "" then
  wrk.path = slurp(path):gsub("%s+$", "")
end

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "WRKSUMMARY requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "non2xx=%d connect=%d read=%d write=%d timeout=%d bytes=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout, summary.bytes))
end
