-- wrk script for RoleBot's GET /api/ask: rotates over six questions the default knowledge answers (an unanswered
-- question is also written to the feedback store on every request, which is not what this measures) and prints
-- answers/s and latency percentiles in milliseconds. Used by run.sh; see the README's "Operations" section.
local questions = {
  "does an MLE need Spark?",
  "What is the difference between a data scientist and an ML engineer?",
  "What skills does a data scientist need?",
  "Which role deploys models to production?",
  "Does an ML engineer need Kubernetes?",
  "what does an ML engineer do?",
}

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, q in ipairs(questions) do paths[i] = "/api/ask?q=" .. encode(q) end

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("answers/s: %.0f  (requests %d in %.1f s, non-2xx or socket errors %d)\n", summary.requests / seconds, summary.requests, seconds, failed))
  io.write(string.format("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end
