-- wrk script: POST a complete registration form. TOKEN and RECEIVED_AT come from the environment (run.sh sets them).
local token = os.getenv("TOKEN")
local received_at = os.getenv("RECEIVED_AT")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"complainant":{"name":"J. de Vries","type":"Debtor","email":"j.devries@example.com","phone":"0612345678",' ..
  '"address":{"street":"Damrak 1","postalCode":"1012 LG","city":"Amsterdam"}},"fileNumber":"D-2026-0042",' ..
  '"channel":"Phone","receivedAt":"' .. received_at .. '","description":"De medewerker was onbeleefd aan de telefoon.",' ..
  '"requestedOutcome":"Excuses en een betalingsregeling."}'

local non201 = 0
response = function(status, headers, body)
  if status ~= 201 then
    non201 = non201 + 1
    if non201 <= 3 then io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n") end
  end
end
