-- wrk script: POST a registration form without description and requested outcome: authentication, JSON binding and
-- validation run, the database is never touched (400). The ceiling of the request path without the database.
local token = os.getenv("TOKEN")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"complainant":{"name":"J. de Vries","type":"Debtor","email":"j.devries@example.com","phone":"0612345678",' ..
  '"address":{"street":"Damrak 1","postalCode":"1012 LG","city":"Amsterdam"}},"fileNumber":"D-2026-0042",' ..
  '"channel":"Phone","receivedAt":"' .. os.getenv("RECEIVED_AT") .. '"}'
