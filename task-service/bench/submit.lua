-- wrk script: officer.cchc.1 reports completion (POST /api/tasks/{id}/submissions) of consecutive open tasks, each
-- wrk thread from its own range. FIRST_TASK: the first task id; PER_THREAD: ids per thread; TOKEN: the bearer token.
local threads = 0

function setup(thread)
   thread:set("next_id", tonumber(os.getenv("FIRST_TASK")) + threads * tonumber(os.getenv("PER_THREAD")))
   threads = threads + 1
end

local headers = {
   ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
   ["Content-Type"] = "application/json",
}
local body = '{"documentNumber":"15/BC-CCHC","issuedOn":"2026-11-30","summary":"Báo cáo kết quả thực hiện"}'

function request()
   local id = next_id
   next_id = next_id + 1
   return wrk.format("POST", "/api/tasks/" .. id .. "/submissions", headers, body)
end
